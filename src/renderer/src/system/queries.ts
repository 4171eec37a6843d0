import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query'
import { api } from '../api.ts'

const keys = { backups: ['system', 'backups'] as const }

export const useBackups = () =>
  useQuery({ queryKey: keys.backups, queryFn: () => api.backup.list({}) })

function useBackupMutation<I, O>(fn: (input: I) => Promise<O>, refreshAll = false) {
  const client = useQueryClient()
  return useMutation({
    mutationFn: fn,
    // A restore replaces the whole database: every cached query is stale.
    onSuccess: () =>
      refreshAll
        ? client.invalidateQueries()
        : client.invalidateQueries({ queryKey: keys.backups }),
  })
}

export const useBackUpNow = () => useBackupMutation(() => api.backup.backUpNow({}))
export const useDefaultBackupFolder = () => useBackupMutation(() => api.backup.useDefaultFolder({}))
export const useChooseBackupFolder = () => useBackupMutation(() => api.backup.chooseFolder({}))
export const useRestoreBackup = () =>
  useBackupMutation((fileName: string) => api.backup.restore({ fileName }), true)
