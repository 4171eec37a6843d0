import { basename } from 'node:path'
import Database from 'better-sqlite3'
import { conflict } from '../../shared/api/errors.ts'
import { DatabaseOpenError } from './open.ts'
import { fileRows, sql } from './sqlWhere.ts'
import { m } from '../../shared/messages/index.ts'

/**
 * Who has the database open, across processes. Every session (the app, a CLI call, a test) holds a
 * SHARED lock on a small side file; an operation on the whole file (restore: the file is replaced,
 * and a process still holding it would go on writing to the old one) needs the EXCLUSIVE lock.
 * SQLite's own file locks do the work, so a crashed process never leaves a stale lock behind.
 */
export interface DatabaseLock {
  release(): void
}

export const lockPath = (databasePath: string) => `${databasePath}.lock`

function openLockFile(databasePath: string, timeout: number): Database.Database {
  const db = new Database(lockPath(databasePath), { timeout })
  try {
    db.pragma('journal_mode = DELETE') // rollback-journal locking: readers block an exclusive writer
    db.exec('create table if not exists lock (id integer primary key)')
    return db
  } catch (error) {
    db.close()
    throw error
  }
}

const inUse = (databasePath: string) =>
  new DatabaseOpenError('LOCKED', m('system.databaseInUse', { file: basename(databasePath) }))

const isBusy = (error: unknown) =>
  ['SQLITE_BUSY', 'SQLITE_LOCKED'].some((code) =>
    String((error as { code?: string }).code ?? '').startsWith(code),
  )

/** Held while a session has the database open; waits up to `timeoutMs` for a whole-file operation to finish. */
export function holdSharedLock(databasePath: string, timeoutMs = 5000): DatabaseLock {
  let db: Database.Database
  try {
    db = openLockFile(databasePath, timeoutMs)
    db.exec('begin')
    fileRows(db, sql`select count(*) from lock`) // the read takes SHARED and keeps it until commit
  } catch (error) {
    if (isBusy(error)) throw inUse(databasePath)
    // A folder the app may only read (a CD, a locked-down share): nothing can replace the file there.
    if (/^SQLITE_(CANTOPEN|READONLY)/.test(String((error as { code?: string }).code)))
      return { release: () => undefined }
    throw error
  }
  return { release: () => db.close() }
}

/** For replacing the whole file: refused at once while any other session has the database open. */
export function holdExclusiveLock(databasePath: string): DatabaseLock {
  let db: Database.Database | undefined
  try {
    db = openLockFile(databasePath, 0)
    db.exec('begin exclusive')
  } catch (error) {
    db?.close()
    if (isBusy(error)) throw conflict(m('system.databaseInUse', { file: basename(databasePath) }))
    throw error
  }
  const held = db
  return { release: () => held.close() }
}
