import type Database from 'better-sqlite3'

/**
 * The connection settings every open of the app's database gets (openDatabase, and the crash
 * test's writer, so the crash test proves these and not a copy of them).
 */
export function applyPragmas(native: Database.Database): void {
  native.pragma('busy_timeout = 5000') // a write waits for another process's write, then BUSY
  native.pragma('journal_mode = WAL')
  native.pragma('synchronous = FULL') // a commit is on the disk before it is acknowledged
  native.pragma('foreign_keys = ON')
  // Deleted and overwritten text is zeroed, not left in free space (erased contact details).
  native.pragma('secure_delete = ON')
}
