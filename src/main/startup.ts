import { dialog } from 'electron'
import { checkBackupFile, listBackups } from './backup/backups.ts'
import { restoreDatabaseFile } from './backup/restore.ts'
import { backupFolderFor } from './backup/settings.ts'
import { DatabaseOpenError } from './db/open.ts'
import { openSession, type DatabaseSession } from './db/session.ts'
import type { BackupDto } from '../shared/api/backup.ts'
import { m, type Language } from '../shared/messages/index.ts'
import { damagedDialog, restoredDialog } from './dialogs.ts'

/** The newest backups that pass integrity_check, at most `count`, looking at no more than 15 files. */
export function newestGoodBackups(folder: string, count = 3): BackupDto[] {
  const good: BackupDto[] = []
  for (const backup of listBackups(folder).slice(0, 15)) {
    if (good.length >= count) break
    if (checkBackupFile(backup.path).ok) good.push(backup)
  }
  return good
}

/**
 * Opens the database; if it is damaged, explains that and offers the newest good backups. The
 * damaged file is never overwritten: a restore moves it aside into the backup folder first.
 * Other problems (newer version, locked) are explained by the caller and the app quits. The
 * dialogs speak `language`, the one chosen last time (they come before any page).
 */
export async function openWithRecovery(path: string, language: Language): Promise<DatabaseSession> {
  try {
    return await openSession(path)
  } catch (error) {
    if (!(error instanceof DatabaseOpenError) || error.problem !== 'DAMAGED') throw error
    const folder = backupFolderFor(path)
    const backups = newestGoodBackups(folder)
    if (backups.length === 0) {
      throw new DatabaseOpenError('DAMAGED', ...error.says, m('database.noGoodBackup', { folder }))
    }
    const { response } = await dialog.showMessageBox(
      damagedDialog(language, { problem: error.inLanguage(language), folder, backups }),
    )
    const chosen = backups[response]
    if (!chosen) throw new DatabaseOpenError('DAMAGED', ...error.says, m('database.nothingChanged'))
    const { keptAside } = await restoreDatabaseFile({
      databasePath: path,
      backupPath: chosen.path,
      backupFolder: folder,
      now: new Date(),
    })
    const session = await openSession(path)
    await dialog.showMessageBox(restoredDialog(language, chosen, keptAside))
    return session
  }
}
