import type { MikroORM } from '@mikro-orm/sqlite'
import { backupManager, type BackupManager } from '../backup/backups.ts'
import { restoreDatabaseFile } from '../backup/restore.ts'
import { backupFolderFor } from '../backup/settings.ts'
import { holdSharedLock } from './lock.ts'
import { openDatabase, type OpenedDatabase } from './open.ts'

/**
 * The open database of a running app (or CLI, or test), swappable: a restore closes the ORM,
 * replaces the file and opens it again, while the dispatcher keeps asking `orm` for the current one.
 */
export interface DatabaseSession {
  readonly path: string
  readonly orm: MikroORM
  readonly backups: BackupManager
  /** True while a restore swaps the file (automatic backups wait). */
  readonly restoring: boolean
  /** Closes the database, restores the backup over it, reopens. If reopening fails, the previous database is put back. */
  restore(backupPath: string): Promise<{ keptAside: string }>
  close(): Promise<void>
}

export async function openSession(
  path: string,
  now: () => Date = () => new Date(),
): Promise<DatabaseSession> {
  // Held while open, so that a restore in another process (radsrum restore) is refused, not lost.
  let lock = holdSharedLock(path)
  let current: OpenedDatabase
  try {
    current = await openDatabase({ path, backupDir: backupFolderFor(path), now })
  } catch (error) {
    lock.release()
    throw error
  }
  const backups = backupManager(path, now)
  let restoring = false
  return {
    get restoring() {
      return restoring
    },
    path,
    get orm() {
      return current.orm
    },
    backups,
    async restore(backupPath) {
      restoring = true
      try {
        return await swap(backupPath)
      } finally {
        restoring = false
      }
    },
    async close() {
      await current.close()
      lock.release()
    },
  }

  async function swap(backupPath: string): Promise<{ keptAside: string }> {
    await current.close()
    // The restore needs the exclusive lock, which this session's own shared one would block.
    lock.release()
    let keptAside: string
    try {
      ;({ keptAside } = await restoreDatabaseFile({
        databasePath: path,
        backupPath,
        backupFolder: backups.folder(),
        now: now(),
      }))
    } catch (error) {
      lock = holdSharedLock(path)
      current = await openDatabase({ path, backupDir: backups.folder(), now })
      throw error
    }
    lock = holdSharedLock(path)
    try {
      current = await openDatabase({ path, backupDir: backups.folder(), now })
    } catch (error) {
      // The restored copy would not open (it should: it was checked): undo, so the app keeps working.
      lock.release()
      await restoreDatabaseFile({
        databasePath: path,
        backupPath: keptAside,
        backupFolder: backups.folder(),
        now: now(),
      })
      lock = holdSharedLock(path)
      current = await openDatabase({ path, backupDir: backups.folder(), now })
      throw error
    }
    return { keptAside }
  }
}
