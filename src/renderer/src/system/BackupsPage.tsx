import { Alert, Button, Group, Modal, Paper, Stack, Table, Text, TextInput } from '@mantine/core'
import { notifications } from '@mantine/notifications'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { BackupDto, BackupOverviewDto } from '../../../shared/api/backup.ts'
import { errorMessage, fieldErrors } from '../api.ts'
import { PageHeader } from '../components/PageHeader.tsx'
import { QueryState } from '../components/QueryState.tsx'
import {
  useBackUpNow,
  useBackups,
  useChooseBackupFolder,
  useRestoreBackup,
  useSetBackupFolder,
} from './queries.ts'

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

function FolderForm({ overview }: { overview: BackupOverviewDto }) {
  const { t } = useTranslation('system')
  const [folder, setFolder] = useState(overview.folder)
  const save = useSetBackupFolder()
  const choose = useChooseBackupFolder()
  const onSaved = (next: BackupOverviewDto) => {
    setFolder(next.folder)
    notifications.show({ color: 'green', message: t('backups.folderSaved') })
  }
  return (
    <form
      onSubmit={(event) => {
        event.preventDefault()
        save.mutate(folder, { onSuccess: onSaved })
      }}
    >
      <Group align="flex-end" wrap="nowrap">
        <TextInput
          label={t('backups.folder')}
          description={t('backups.folderHelp')}
          value={folder}
          onChange={(event) => setFolder(event.currentTarget.value)}
          error={
            fieldErrors(save.error).folder ?? (save.error ? errorMessage(save.error) : undefined)
          }
          style={{ flex: 1 }}
        />
        <Button
          variant="default"
          onClick={() =>
            choose.mutate(undefined, {
              onSuccess: (next) => next.folder !== overview.folder && onSaved(next),
              onError: failed,
            })
          }
        >
          {t('backups.chooseFolder')}
        </Button>
        <Button type="submit" loading={save.isPending} disabled={folder.trim() === overview.folder}>
          {t('backups.saveFolder')}
        </Button>
      </Group>
    </form>
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
          <Table.Th />
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

export function BackupsPage() {
  const { t } = useTranslation('system')
  const query = useBackups()
  const backUpNow = useBackUpNow()
  const restore = useRestoreBackup()
  const [confirming, setConfirming] = useState<BackupDto | null>(null)
  return (
    <>
      <PageHeader
        title={t('backups.title')}
        intro={t('backups.intro')}
        actions={
          <Button
            loading={backUpNow.isPending}
            onClick={() =>
              backUpNow.mutate(undefined, {
                onSuccess: () =>
                  notifications.show({ color: 'green', message: t('backups.backedUp') }),
                onError: failed,
              })
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
                <FolderForm key={overview.folder} overview={overview} />
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
            <BackupTable backups={overview.backups} onRestore={setConfirming} />
          </Stack>
        )}
      </QueryState>
      <Modal
        opened={confirming !== null}
        onClose={() => setConfirming(null)}
        title={t('backups.confirmTitle')}
      >
        {confirming && (
          <Stack>
            <Alert color="orange">
              {t('backups.confirmText', { when: when(confirming.takenAt) })}
            </Alert>
            {restore.error && <Alert color="red">{errorMessage(restore.error)}</Alert>}
            <Group justify="flex-end">
              <Button variant="default" onClick={() => setConfirming(null)}>
                {t('actions.cancel', { ns: 'common' })}
              </Button>
              <Button
                color="orange"
                loading={restore.isPending}
                onClick={() =>
                  restore.mutate(confirming.fileName, {
                    onSuccess: (result) => {
                      setConfirming(null)
                      notifications.show({
                        color: 'green',
                        title: t('backups.restored'),
                        message: t('backups.restoredText', { file: result.keptAside.fileName }),
                        autoClose: false,
                      })
                    },
                  })
                }
              >
                {t('backups.confirm')}
              </Button>
            </Group>
          </Stack>
        )}
      </Modal>
    </>
  )
}
