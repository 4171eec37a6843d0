import type { EntityManager } from '@mikro-orm/sqlite'
import type { DatabaseSession } from './db/session.ts'
import type { BackupDto } from '../shared/api/backup.ts'
import type { SavedFile } from '../shared/api/procedure.ts'
import { isoDayInSweden } from '../shared/domain/dates.ts'
import type { Language } from '../shared/messages/index.ts'

export interface Clock {
  now(): Date
  /** Today's date in Sweden, YYYY-MM-DD. */
  today(): string
}

export const systemClock: Clock = {
  now: () => new Date(),
  today: () => isoDayInSweden(new Date()),
}

/** A clock that stands still, for tests and reproducible examples. */
export const fixedClock = (instant: string | Date): Clock => {
  const date = new Date(instant)
  return { now: () => new Date(date), today: () => isoDayInSweden(date) }
}

/** A document built by an export service; the host decides where it is saved. */
export interface DocumentFile {
  fileName: string
  data: Uint8Array
}

/**
 * What an export service answers: the file's name and its bytes, which may still be being built in a
 * worker (workers/buildDocument.ts). The dispatcher waits for them outside its call queue, so other
 * calls go on while a large document is built.
 */
export interface PendingDocument {
  fileName: string
  data: Uint8Array | Promise<Uint8Array>
}

/** What differs between the three doors: Electron (dialogs), the CLI (--out) and the test harness. */
export interface Host {
  saveDocument(file: DocumentFile): Promise<SavedFile>
  openFile(path: string): Promise<boolean>
  /** A folder picker (Electron's dialog); hosts without one leave it out. Null when cancelled. */
  chooseFolder?(current: string): Promise<string | null>
  /**
   * Asks, in a dialog the page cannot draw or answer, whether to replace the database with this
   * backup. Hosts without one cannot restore through a procedure (the CLI has `radsrum restore`).
   */
  confirmRestore?(backup: BackupDto): Promise<boolean>
  /** The UI's language changed: main's own dialogs and menu follow it (Electron only). */
  languageChanged?(language: Language): void
}

export interface AppInfo {
  appVersion: string
  databasePath: string
}

/** What every service receives: a forked EntityManager, the clock, the host and facts about the app. */
export interface ServiceContext {
  em: EntityManager
  clock: Clock
  host: Host
  app: AppInfo
  /** The swappable database (backups and restore); absent where a door has none. */
  database?: DatabaseSession
}
