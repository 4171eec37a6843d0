import { Alert, Button, Card, Group, Stack, Text, Title } from '@mantine/core'
import { notifications } from '@mantine/notifications'
import { useTranslation } from 'react-i18next'
import { errorMessage } from '../api.ts'
import { PageHeader } from '../components/PageHeader.tsx'
import { QueryState } from '../components/QueryState.tsx'
import { useSaveDocument } from '../components/useSaveDocument.tsx'
import { useProcedure, useProcedureMutation } from '../components/procedures.ts'
import { StartGuide } from './StartGuide.tsx'

function EmptyDatabase() {
  const { t } = useTranslation('start')
  const load = useProcedureMutation('system.loadExampleData')
  return (
    <Card withBorder padding="lg" maw={720}>
      <Title order={2} size="h3" mb="xs">
        {t('emptyTitle')}
      </Title>
      <Text mb="md">{t('emptyText')}</Text>
      <Button
        loading={load.isPending}
        onClick={() =>
          load.mutate(undefined, {
            onSuccess: () => notifications.show({ color: 'teal', message: t('exampleLoaded') }),
            onError: (error) => notifications.show({ color: 'red', message: errorMessage(error) }),
          })
        }
      >
        {t('loadExample')}
      </Button>
    </Card>
  )
}

function Counts() {
  const { t } = useTranslation('start')
  const bodies = useProcedure('register.listBodies', {})
  const organisations = useProcedure('register.listOrganisations', {})
  const people = useProcedure('register.listPeople', {})
  return (
    <Text>
      {[
        t('counts.bodies', { count: bodies.data?.length ?? 0 }),
        t('counts.organisations', { count: organisations.data?.length ?? 0 }),
        t('counts.people', { count: people.data?.length ?? 0 }),
      ].join(' · ')}
    </Text>
  )
}

export function StartPage() {
  const { t } = useTranslation('start')
  const info = useProcedure('system.info', {})
  const exportRegister = useSaveDocument('exports.registerXlsx')
  return (
    <>
      <PageHeader title={t('title')} intro={t('intro')} />
      <QueryState query={info}>
        {(system) => (
          <Stack>
            <StartGuide />
            {system.isEmpty ? (
              <EmptyDatabase />
            ) : (
              <Card withBorder maw={720}>
                <Counts />
                <Group mt="md">
                  <Button
                    variant="default"
                    loading={exportRegister.isPending}
                    onClick={() => exportRegister.mutate({})}
                  >
                    {t('exportRegister', { ns: 'register' })}
                  </Button>
                </Group>
              </Card>
            )}
            <Alert variant="light" color="gray" maw={720}>
              <Text size="sm">{t('database', { path: system.databasePath })}</Text>
              <Text size="sm">{t('version', { version: system.appVersion })}</Text>
            </Alert>
          </Stack>
        )}
      </QueryState>
    </>
  )
}
