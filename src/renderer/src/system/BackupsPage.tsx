import { Button, Group, Paper, Stack, Table, Text } from '@mantine/core'
import { notifications } from '@mantine/notifications'
import { useTranslation } from 'react-i18next'
import type { BackupDto, BackupOverviewDto } from '../../../shared/api/backup.ts'
import { errorMessage } from '../api.ts'
import { PageHeader } from '../components/PageHeader.tsx'
import { QueryState } from '../components/QueryState.tsx'
import { forgetDrafts } from '../components/useAutosave.ts'
import { useConfirm } from '../components/useConfirm.tsx'
import { useProcedure, useProcedureMutation } from '../components/procedures.ts'

const when = (iso: string) =>
  new Intl.DateTimeFormat('sv-SE', {
    dateStyle: 'short',
    timeStyle: 'short',
    timeZone: 'Europe/Stockholm',
  }).format(new Date(iso))
const size = (bytes: number) =>
  bytes < 1024 * 1024
    ? `${Math.max(1, Math.round(bytes / 1024))} kB`
    : `${(bytes / 1024 / 1024).toFixed(1).replace('.', ',')} MB`
const failed = (error: unknown) =>
  notifications.show({ color: 'red', message: errorMessage(error) })

/** The folder is only shown here: it is chosen in the program's own dialog, never typed into the page. */
function FolderChoice({ overview }: { overview: BackupOverviewDto }) {
  const { t } = useTranslation('system')
  const choose = useProcedureMutation('backup.chooseFolder')
  const useDefault = useProcedureMutation('backup.useDefaultFolder')
  const onChanged = (next: BackupOverviewDto) =>
    next.folder !== overview.folder &&
    notifications.show({ color: 'green', message: t('backups.folderSaved') })
  return (
    <Group align="flex-end" wrap="nowrap">
      <Stack gap={2} style={{ flex: 1, minWidth: 0 }}>
        <Text size="sm" fw={500}>
          {t('backups.folder')}
        </Text>
        <Text size="sm" style={{ wordBreak: 'break-all' }} data-testid="backup-folder">
          {overview.folder}
        </Text>
        <Text size="xs" c="dimmed">
          {t('backups.folderHelp')}
        </Text>
      </Stack>
      <Button
        variant="default"
        loading={choose.isPending}
        onClick={() => choose.mutate({}, { onSuccess: onChanged, onError: failed })}
      >
        {t('backups.chooseFolder')}
      </Button>
      <Button
        variant="subtle"
        loading={useDefault.isPending}
        disabled={overview.folder === overview.defaultFolder}
        onClick={() => useDefault.mutate({}, { onSuccess: onChanged, onError: failed })}
      >
        {t('backups.defaultFolder')}
      </Button>
    </Group>
  )
}

function BackupTable({
  backups,
  onRestore,
}: {
  backups: BackupDto[]
  onRestore: (backup: BackupDto) => void
}) {
  const { t } = useTranslation('system')
  if (backups.length === 0) return <Text c="dimmed">{t('backups.empty')}</Text>
  return (
    <Table striped highlightOnHover verticalSpacing="xs" aria-label={t('backups.title')}>
      <Table.Thead>
        <Table.Tr>
          <Table.Th>{t('backups.takenAt')}</Table.Th>
          <Table.Th>{t('backups.kind')}</Table.Th>
          <Table.Th>{t('backups.size')}</Table.Th>
          <Table.Th>{t('backups.file')}</Table.Th>
          <Table.Td />
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {backups.map((backup) => (
          <Table.Tr key={backup.fileName}>
            <Table.Td>{when(backup.takenAt)}</Table.Td>
            <Table.Td>{t(`backups.kinds.${backup.kind}`)}</Table.Td>
            <Table.Td>{size(backup.sizeBytes)}</Table.Td>
            <Table.Td c="dimmed" style={{ wordBreak: 'break-all' }}>
              {backup.fileName}
            </Table.Td>
            <Table.Td>
              <Button
                size="compact-sm"
                variant="light"
                onClick={() => onRestore(backup)}
                aria-label={`${t('backups.restore')} ${when(backup.takenAt)}`}
              >
                {t('backups.restore')}
              </Button>
            </Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  )
}

/** Empties the database (the example data, or a trial) after a backup the server takes first. */
function StartOver() {
  const { t } = useTranslation('system')
  const askToConfirm = useConfirm()
  const startOver = useProcedureMutation('system.startOver')
  return (
    <Paper withBorder p="md">
      <Group justify="space-between" wrap="nowrap">
        <Stack gap={2}>
          <Text fw={500}>{t('startOver.title')}</Text>
          <Text size="sm" c="dimmed">
            {t('startOver.text')}
          </Text>
        </Stack>
        <Button
          color="red"
          variant="outline"
          // Beside a long explanation the button kept shrinking until its text was cut.
          style={{ flexShrink: 0 }}
          loading={startOver.isPending}
          onClick={async () => {
            const confirmed = await askToConfirm({
              title: t('startOver.confirm'),
              message: t('startOver.confirmText'),
              confirmLabel: t('startOver.button'),
              danger: true,
            })
            if (!confirmed) return
            startOver.mutate(undefined, {
              onSuccess: (result) => {
                // Unsaved drafts belong to rows that are gone.
                forgetDrafts()
                notifications.show({
                  color: 'green',
                  title: t('startOver.done'),
                  message: t('startOver.doneText', { file: result.backup }),
                  autoClose: false,
                })
              },
              onError: failed,
            })
          }}
        >
          {t('startOver.button')}
        </Button>
      </Group>
    </Paper>
  )
}

export function BackupsPage() {
  const { t } = useTranslation('system')
  const query = useProcedure('backup.list', {})
  const backUpNow = useProcedureMutation('backup.backUpNow')
  const restore = useProcedureMutation('backup.restore')
  // Main asks in its own dialog before anything is replaced; a cancelled restore answers restored: null.
  const onRestore = (backup: BackupDto) =>
    restore.mutate(
      { fileName: backup.fileName },
      {
        onSuccess: (result) => {
          if (!result.restored) return
          forgetDrafts()
          notifications.show({
            color: 'green',
            title: t('backups.restored'),
            message: t('backups.restoredText', { file: result.keptAside.fileName }),
            autoClose: false,
          })
        },
        onError: failed,
      },
    )
  return (
    <>
      <PageHeader
        title={t('backups.title')}
        intro={t('backups.intro')}
        actions={
          <Button
            loading={backUpNow.isPending}
            onClick={() =>
              backUpNow.mutate(
                {},
                {
                  onSuccess: () =>
                    notifications.show({ color: 'green', message: t('backups.backedUp') }),
                  onError: failed,
                },
              )
            }
          >
            {t('backups.backUpNow')}
          </Button>
        }
      />
      <QueryState query={query}>
        {(overview) => (
          <Stack>
            <Paper withBorder p="md">
              <Stack gap="sm">
                <FolderChoice overview={overview} />
                <Text size="sm">
                  {t('backups.database')}:{' '}
                  <Text span c="dimmed">
                    {overview.databasePath}
                  </Text>
                </Text>
                <Text size="sm">
                  {t('backups.lastAutomatic')}:{' '}
                  {overview.lastAutomatic ? when(overview.lastAutomatic) : t('backups.never')}
                </Text>
              </Stack>
            </Paper>
            <BackupTable backups={overview.backups} onRestore={onRestore} />
            <StartOver />
          </Stack>
        )}
      </QueryState>
    </>
  )
}
