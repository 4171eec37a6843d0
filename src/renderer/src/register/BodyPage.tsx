import {
  ActionIcon,
  Anchor,
  Badge,
  Button,
  Card,
  Group,
  List,
  SimpleGrid,
  Stack,
  Table,
  Text,
  Title,
  Tooltip,
} from '@mantine/core'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { Link, useParams } from 'react-router'
import type { BodyDetailDto, MembershipDto } from '../../../shared/api/register.ts'
import { PageHeader } from '../components/PageHeader.tsx'
import { QueryState } from '../components/QueryState.tsx'
import { BodyForm } from './BodyForm.tsx'
import { EndMembershipForm, MembershipForm, SeatForm } from './MembershipForms.tsx'
import { useProcedure, useProcedureMutation } from '../components/procedures.ts'
import { notifications } from '@mantine/notifications'
import { errorMessage } from '../api.ts'

function Person({
  membership,
  onEnd,
}: {
  membership: MembershipDto
  onEnd: (membership: MembershipDto) => void
}) {
  const { t } = useTranslation('register')
  return (
    <Group gap={6} wrap="nowrap">
      <Text size="sm" fw={500}>
        {membership.personName}
      </Text>
      {membership.role !== 'member' && membership.role !== 'deputy' && (
        <Badge size="xs" variant="light">
          {t(`role.${membership.role}`)}
        </Badge>
      )}
      <Tooltip label={t('body.endMembership')}>
        <ActionIcon
          variant="subtle"
          color="gray"
          size="sm"
          aria-label={`${t('body.endMembership')}: ${membership.personName}`}
          onClick={() => onEnd(membership)}
        >
          ×
        </ActionIcon>
      </Tooltip>
    </Group>
  )
}

function SeatsTable({
  body,
  onEnd,
}: {
  body: BodyDetailDto
  onEnd: (membership: MembershipDto) => void
}) {
  const { t } = useTranslation('register')
  // The server refuses a seat that has had a member (its history stays) and says so.
  const removeSeat = useProcedureMutation('register.removeSeat')
  if (body.seats.length === 0) return <Text c="dimmed">{t('body.noSeats')}</Text>
  return (
    <Table verticalSpacing="sm" withTableBorder aria-label={t('body.seatsTitle')}>
      <Table.Thead>
        <Table.Tr>
          <Table.Th w="30%">{t('body.seat')}</Table.Th>
          <Table.Th w="30%">{t('body.holder')}</Table.Th>
          <Table.Th>{t('body.deputies')}</Table.Th>
          <Table.Td w={48} />
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {body.seats.map((seat) => (
          <Table.Tr key={seat.id}>
            <Table.Td>
              <Text fw={600} size="sm">
                {seat.label}
              </Text>
              {seat.label !== seat.organisationName && (
                <Text size="xs" c="dimmed">
                  {seat.organisationName}
                </Text>
              )}
            </Table.Td>
            <Table.Td>
              {seat.holders.length === 0 ? (
                <Badge color="orange" variant="light">
                  {t('body.vacant')}
                </Badge>
              ) : (
                seat.holders.map((holder) => (
                  <Person key={holder.id} membership={holder} onEnd={onEnd} />
                ))
              )}
            </Table.Td>
            <Table.Td>
              <Stack gap={2}>
                {seat.deputies.map((deputy) => (
                  <Group key={deputy.id} gap={6} wrap="nowrap">
                    <Person membership={deputy} onEnd={onEnd} />
                    <Text size="xs" c="dimmed">
                      {deputy.deputyForName
                        ? t('body.personalDeputy', { name: deputy.deputyForName })
                        : t('body.seatDeputy')}
                    </Text>
                  </Group>
                ))}
              </Stack>
            </Table.Td>
            <Table.Td>
              <Button
                variant="subtle"
                color="red"
                size="compact-sm"
                aria-label={t('body.removeSeat', { label: seat.label })}
                loading={removeSeat.isPending && removeSeat.variables?.id === seat.id}
                onClick={() =>
                  removeSeat.mutate(
                    { id: seat.id },
                    {
                      onSuccess: () =>
                        notifications.show({
                          color: 'teal',
                          message: t('body.seatRemoved', { label: seat.label }),
                        }),
                      onError: (error) =>
                        notifications.show({ color: 'red', message: errorMessage(error) }),
                    },
                  )
                }
              >
                {t('actions.delete', { ns: 'common' })}
              </Button>
            </Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  )
}

function BodyView({ body }: { body: BodyDetailDto }) {
  const { t } = useTranslation('register')
  const [dialog, setDialog] = useState<'seat' | 'member' | 'edit' | null>(null)
  const [ending, setEnding] = useState<MembershipDto | null>(null)
  const intro = [t(`bodyKind.${body.kind}`), body.area, body.parentName].filter(Boolean).join(' · ')
  return (
    <>
      <Anchor component={Link} to="/register/bodies" size="sm">
        ← {t('body.back')}
      </Anchor>
      <PageHeader
        title={body.name}
        intro={intro}
        actions={
          <>
            <Button variant="default" onClick={() => setDialog('edit')}>
              {t('bodies.edit')}
            </Button>
            <Button variant="default" onClick={() => setDialog('seat')}>
              {t('body.addSeat')}
            </Button>
            <Button onClick={() => setDialog('member')}>{t('body.addMember')}</Button>
          </>
        }
      />
      <Stack gap="lg">
        <section aria-labelledby="seats-title">
          <Title order={2} size="h4" id="seats-title" mb="xs">
            {t('body.seatsTitle')} ({body.seatCount})
          </Title>
          <SeatsTable body={body} onEnd={setEnding} />
        </section>
        <SimpleGrid cols={{ base: 1, md: 2 }}>
          <Card withBorder>
            <Title order={2} size="h4" mb="xs">
              {t('body.othersTitle')}
            </Title>
            <List spacing={4} listStyleType="none">
              {body.others.map((membership) => (
                <List.Item key={membership.id}>
                  <Group gap={6}>
                    <Person membership={membership} onEnd={setEnding} />
                    <Text size="xs" c="dimmed">
                      {t(`role.${membership.role}`)}
                      {membership.organisationName ? `, ${membership.organisationName}` : ''}
                    </Text>
                  </Group>
                </List.Item>
              ))}
            </List>
          </Card>
          <Card withBorder>
            <Title order={2} size="h4" mb="xs">
              {t('body.historyTitle')}
            </Title>
            <List spacing={4} listStyleType="none">
              {body.history.map((membership) => (
                <List.Item key={membership.id}>
                  <Text size="sm">
                    {membership.personName} · {t(`role.${membership.role}`)} ·{' '}
                    {t('body.period', { from: membership.from, to: membership.to })}
                  </Text>
                </List.Item>
              ))}
            </List>
          </Card>
        </SimpleGrid>
        {body.localGroups.length > 0 && (
          <section>
            <Title order={2} size="h4" mb="xs">
              {t('body.localGroupsTitle')} ({body.localGroups.length})
            </Title>
            <SimpleGrid cols={{ base: 2, md: 4 }} spacing="xs">
              {body.localGroups.map((group) => (
                <Anchor
                  key={group.id}
                  component={Link}
                  to={`/register/bodies/${group.id}`}
                  size="sm"
                >
                  {group.name}
                </Anchor>
              ))}
            </SimpleGrid>
          </section>
        )}
      </Stack>
      {dialog === 'seat' && <SeatForm body={body} onClose={() => setDialog(null)} />}
      {dialog === 'edit' && <BodyForm body={body} onClose={() => setDialog(null)} />}
      {dialog === 'member' && <MembershipForm body={body} onClose={() => setDialog(null)} />}
      {ending && <EndMembershipForm membership={ending} onClose={() => setEnding(null)} />}
    </>
  )
}

export function BodyPage() {
  const id = Number(useParams().id)
  const query = useProcedure('register.getBody', { id })
  return <QueryState query={query}>{(body) => <BodyView body={body} />}</QueryState>
}
