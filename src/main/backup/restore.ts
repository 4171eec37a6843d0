import { existsSync, renameSync, rmSync } from 'node:fs'
import Database from 'better-sqlite3'
import { invalid } from '../../shared/api/errors.ts'
import { knownMigrationNames } from '../db/migrations/index.ts'
import { holdExclusiveLock } from '../db/lock.ts'
import { appliedMigrations, backupDatabase } from '../db/open.ts'
import { checkBackupFile, newBackupPath } from './backups.ts'
import { m, thing } from '../../shared/messages/index.ts'

const SIDE_FILES = ['-wal', '-shm', '-journal']

/** Refuses a file that is damaged, not ours, or written by a newer Rådsrum: the secretary gets the reason. */
export function assertRestorable(path: string): void {
  if (!existsSync(path)) throw invalid(m('common.notFound', { what: thing('backup') }), 'fileName')
  const check = checkBackupFile(path)
  if (!check.ok) throw invalid(check.problem, 'fileName')
  const db = new Database(path, { readonly: true, fileMustExist: true })
  try {
    const names = appliedMigrations(db)
    if (names.some((name) => !knownMigrationNames.has(name))) {
      throw invalid(m('backup.newerVersion'), 'fileName')
    }
  } finally {
    db.close()
  }
}

/**
 * Replaces the (closed) database file with a backup. First the current database is kept aside in
 * the backup folder, so the restore can be undone: as a checked copy through the backup API, or,
 * if it is too damaged to copy, by moving the file itself (with its -wal/-shm) aside untouched.
 * The backup is copied beside the database through the backup API and then renamed into place.
 */
export async function restoreDatabaseFile(options: {
  databasePath: string
  backupPath: string
  backupFolder: string
  now: Date
}): Promise<{ keptAside: string }> {
  const { databasePath, backupPath, backupFolder, now } = options
  assertRestorable(backupPath)
  // Refused while another process has the database open: it would go on writing to the replaced file.
  const lock = holdExclusiveLock(databasePath)
  try {
    return await replaceFile(databasePath, backupPath, backupFolder, now)
  } finally {
    lock.release()
  }
}

async function replaceFile(
  databasePath: string,
  backupPath: string,
  backupFolder: string,
  now: Date,
): Promise<{ keptAside: string }> {
  const keptAside = newBackupPath(backupFolder, databasePath, 'beforeRestore', now)
  if (existsSync(databasePath)) {
    try {
      await backupDatabase(databasePath, keptAside)
    } catch {
      rmSync(keptAside, { force: true })
      renameSync(databasePath, keptAside)
      for (const suffix of SIDE_FILES)
        if (existsSync(databasePath + suffix)) renameSync(databasePath + suffix, keptAside + suffix)
    }
  }
  await placeCopy(backupPath, databasePath)
  return { keptAside }
}

async function placeCopy(backupPath: string, databasePath: string): Promise<void> {
  const incoming = `${databasePath}.återställs`
  rmSync(incoming, { force: true })
  await backupDatabase(backupPath, incoming)
  for (const suffix of SIDE_FILES) rmSync(databasePath + suffix, { force: true })
  renameSync(incoming, databasePath)
}
