import { Alert, Anchor, Button, Grid, Select, Table, Text, Title } from '@mantine/core'
import { notifications } from '@mantine/notifications'
import { useTranslation } from 'react-i18next'
import { Link } from 'react-router'
import type { RotationDto } from '../../../shared/api/meetings.ts'
import { errorMessage } from '../api.ts'
import { PageHeader } from '../components/PageHeader.tsx'
import { EmptyState } from '../components/EmptyState.tsx'
import { QueryState } from '../components/QueryState.tsx'
import { StatusBadge } from './common.tsx'
import { useProcedure, useProcedureMutation } from '../components/procedures.ts'

function RotationView({ rotation }: { rotation: RotationDto }) {
  const { t } = useTranslation('meetings')
  const apply = useProcedureMutation('meetings.applyRotation')
  const setGroup = useProcedureMutation('meetings.setPresentingGroup')
  const fail = (error: unknown) =>
    notifications.show({ color: 'red', message: errorMessage(error) })
  const groups = rotation.groups.map((group) => ({ value: String(group.id), label: group.name }))
  const missing = rotation.upcoming.some(
    (row) => row.hasPresentationItem && row.chosenGroupId === null,
  )
  return (
    <Grid gap="xl">
      <Grid.Col span={12}>
        <Title order={2} size="h4" mb="xs">
          {rotation.councilName}
        </Title>
        {rotation.upcoming.length === 0 ? (
          <Alert color="gray">{t('rotation.noUpcoming')}</Alert>
        ) : (
          <Table verticalSpacing="xs" aria-label={t('rotation.title')}>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('rotation.meeting')}</Table.Th>
                <Table.Th>{t('overview.status')}</Table.Th>
                <Table.Th w={320}>{t('rotation.chosen')}</Table.Th>
                <Table.Th>{t('rotation.proposal')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {rotation.upcoming.map((row) => (
                <Table.Tr key={row.meetingId}>
                  <Table.Td>
                    <Anchor
                      component={Link}
                      to={`/meetings/${row.meetingId}`}
                      fw={600}
                      style={{ whiteSpace: 'nowrap' }}
                    >
                      {row.date}
                    </Anchor>
                  </Table.Td>
                  <Table.Td>
                    <StatusBadge status={row.status} />
                  </Table.Td>
                  <Table.Td>
                    <Select
                      aria-label={`${t('rotation.chosen')} ${row.date}`}
                      placeholder={t('rotation.notChosen')}
                      clearable
                      searchable
                      data={groups}
                      value={row.chosenGroupId ? String(row.chosenGroupId) : null}
                      onChange={(value) =>
                        setGroup.mutate(
                          {
                            meetingId: row.meetingId,
                            version: row.version,
                            localGroupId: value ? Number(value) : null,
                          },
                          { onError: fail },
                        )
                      }
                    />
                  </Table.Td>
                  <Table.Td>
                    {!row.hasPresentationItem ? (
                      <Text size="sm" c="dimmed">
                        {t('rotation.noItem')}
                      </Text>
                    ) : (
                      <Text
                        size="sm"
                        c={row.chosenGroupId === row.proposedGroupId ? 'dimmed' : 'indigo.8'}
                        fw={row.chosenGroupId === row.proposedGroupId ? undefined : 600}
                      >
                        {row.proposedGroupName}
                      </Text>
                    )}
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        )}
        <Button
          mt="sm"
          disabled={!missing}
          loading={apply.isPending}
          onClick={() =>
            apply.mutate(
              { councilId: rotation.councilId },
              {
                onSuccess: () =>
                  notifications.show({ color: 'teal', message: t('rotation.applied') }),
                onError: fail,
              },
            )
          }
        >
          {t('rotation.apply')}
        </Button>
      </Grid.Col>
      <Grid.Col span={{ base: 12, lg: 8 }}>
        <Title order={2} size="h4" mb="xs">
          {t('rotation.groups')}
        </Title>
        <Table striped verticalSpacing={4} aria-label={t('rotation.groups')}>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('rotation.group')}</Table.Th>
              <Table.Th>{t('rotation.lastPresented')}</Table.Th>
              <Table.Th ta="right">{t('rotation.presentations')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {[...rotation.groups]
              .sort(
                (a, b) =>
                  (a.lastPresented ?? '').localeCompare(b.lastPresented ?? '') ||
                  a.name.localeCompare(b.name, 'sv'),
              )
              .map((group) => (
                <Table.Tr key={group.id}>
                  <Table.Td>{group.name}</Table.Td>
                  <Table.Td c={group.lastPresented ? undefined : 'orange.8'}>
                    {group.lastPresented ?? t('rotation.never')}
                  </Table.Td>
                  <Table.Td ta="right">{group.presentations}</Table.Td>
                </Table.Tr>
              ))}
          </Table.Tbody>
        </Table>
      </Grid.Col>
    </Grid>
  )
}

export function RotationPage() {
  const { t } = useTranslation('meetings')
  const bodies = useProcedure('register.listBodies', {})
  const council = bodies.data?.find((body) => body.kind === 'council') ?? null
  const rotation = useProcedure('meetings.rotation', council ? { councilId: council.id } : null)
  return (
    <>
      <PageHeader title={t('rotation.title')} intro={t('rotation.intro')} />
      {bodies.isSuccess && !council ? (
        <EmptyState
          text={t('empty.noCouncil', { ns: 'common' })}
          steps={[{ label: t('empty.registerCouncil', { ns: 'common' }), to: '/register/bodies' }]}
        />
      ) : (
        <QueryState query={rotation}>{(data) => <RotationView rotation={data} />}</QueryState>
      )}
    </>
  )
}
