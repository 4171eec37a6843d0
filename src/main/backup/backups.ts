import {
  accessSync,
  constants,
  existsSync,
  mkdirSync,
  readdirSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs'
import { basename, isAbsolute, join, resolve } from 'node:path'
import Database from 'better-sqlite3'
import { invalid } from '../../shared/api/errors.ts'
import type { BackupDto, BackupKind } from '../../shared/api/backup.ts'
import {
  backupsToKeep,
  DEFAULT_ROTATION,
  pastRetention,
} from '../../shared/domain/backupRotation.ts'
import { backupDatabase } from '../db/open.ts'
import { MIGRATIONS_TABLE } from '../db/config.ts'
import { fileRows, sql } from '../db/sqlWhere.ts'
import { backupFolderFor, readSettings, writeSettings } from './settings.ts'
import { m, type Language, type Message } from '../../shared/messages/index.ts'

/** File names say what a copy is and when (UTC) it was taken: radsrum-automatisk-20261125-093000.sqlite. */
const KIND_WORD: Record<BackupKind, string> = {
  automatic: 'automatisk',
  manual: 'manuell',
  beforeUpdate: 'före-uppdatering',
  beforeRestore: 'före-återställning',
}
const WORD_KIND = new Map(
  Object.entries(KIND_WORD).map(([kind, word]) => [word, kind as BackupKind]),
)
const NAME =
  /^(.+)-(automatisk|manuell|före-uppdatering|före-återställning)-(\d{8})-(\d{6})(?:-(\d{1,4}))?\.sqlite$/

export const backupStamp = (date: Date) =>
  date.toISOString().replace(/[-:]/g, '').replace(/\..*$/, '').replace('T', '-')

const formatters = {
  sv: new Intl.DateTimeFormat('sv-SE', {
    dateStyle: 'long',
    timeStyle: 'short',
    timeZone: 'Europe/Stockholm',
  }),
  en: new Intl.DateTimeFormat('en-GB', {
    dateStyle: 'long',
    timeStyle: 'short',
    timeZone: 'Europe/Stockholm',
  }),
}
/** "25 november 2026 10:00 (radsrum-manuell-….sqlite)", for main's own dialogs. */
export const describeBackup = (backup: BackupDto, language: Language = 'sv') =>
  `${formatters[language].format(new Date(backup.takenAt))} (${basename(backup.path)})`

export function parseBackupName(fileName: string): { kind: BackupKind; takenAt: Date } | null {
  const match = NAME.exec(fileName.normalize('NFC'))
  if (!match) return null
  const [d, t] = [match[3]!, match[4]!]
  const takenAt = new Date(
    `${d.slice(0, 4)}-${d.slice(4, 6)}-${d.slice(6)}T${t.slice(0, 2)}:${t.slice(2, 4)}:${t.slice(4)}Z`,
  )
  if (Number.isNaN(takenAt.getTime())) return null
  return { kind: WORD_KIND.get(match[2]!)!, takenAt }
}

export const backupFileName = (databasePath: string, kind: BackupKind, now: Date) =>
  `${basename(databasePath, '.sqlite')}-${KIND_WORD[kind]}-${backupStamp(now)}.sqlite`

/** A path in the folder for a new backup that never overwrites an earlier one taken the same second. */
export function newBackupPath(
  folder: string,
  databasePath: string,
  kind: BackupKind,
  now: Date,
): string {
  const first = join(folder, backupFileName(databasePath, kind, now))
  if (!existsSync(first)) return first
  for (let counter = 2; ; counter++) {
    const next = first.replace(/\.sqlite$/, `-${counter}.sqlite`)
    if (!existsSync(next)) return next
  }
}

/** The backups in a folder, newest first (files that are not Rådsrum backups are ignored). */
export function listBackups(folder: string): BackupDto[] {
  let names: string[]
  try {
    names = readdirSync(folder)
  } catch {
    return []
  }
  const backups: BackupDto[] = []
  for (const fileName of names) {
    const parsed = parseBackupName(fileName)
    if (!parsed) continue
    const path = join(folder, fileName)
    try {
      const stat = statSync(path)
      if (!stat.isFile()) continue
      backups.push({
        fileName,
        path,
        kind: parsed.kind,
        takenAt: parsed.takenAt.toISOString(),
        sizeBytes: stat.size,
      })
    } catch {
      continue
    }
  }
  return backups.sort(
    (a, b) => b.takenAt.localeCompare(a.takenAt) || b.fileName.localeCompare(a.fileName),
  )
}

/** Is this file an intact Rådsrum database? integrity_check, and the migrations table must be there. */
export function checkBackupFile(path: string): { ok: true } | { ok: false; problem: Message } {
  let db: Database.Database
  try {
    db = new Database(path, { readonly: true, fileMustExist: true })
  } catch {
    return { ok: false, problem: m('backup.fileUnopenable') }
  }
  try {
    const result = db.pragma('integrity_check', { simple: true })
    if (result !== 'ok')
      return {
        ok: false,
        problem: m('backup.fileDamaged', { detail: String(result).slice(0, 200) }),
      }
    const ours = fileRows(
      db,
      sql`select 1 from sqlite_master where type = 'table' and name = ${MIGRATIONS_TABLE}`,
    )
    if (ours.length === 0) return { ok: false, problem: m('backup.fileNotOurs') }
    return { ok: true }
  } catch {
    return { ok: false, problem: m('backup.fileNotOursOrDamaged') }
  } finally {
    db.close()
  }
}

export interface BackupManager {
  folder(): string
  list(): BackupDto[]
  /** A checked copy of the live database, then rotation of the automatic ones. */
  backUp(kind: BackupKind): Promise<BackupDto>
  /** The newest automatic backup's time, or null. */
  lastAutomatic(): Date | null
  /** Main's own choice (a dialog), never a path from the page; refused if it cannot be written to. */
  setFolder(folder: string): string
  useDefaultFolder(): string
  /** Deletes automatic backups outside 7 daily / 4 weekly / 12 monthly and other kinds after 12 months; answers the deleted names. */
  rotate(): string[]
}

export function backupManager(
  databasePath: string,
  now: () => Date = () => new Date(),
): BackupManager {
  const folder = () => backupFolderFor(databasePath)
  const manager: BackupManager = {
    folder,
    list: () => listBackups(folder()),
    async backUp(kind) {
      const target = newBackupPath(folder(), databasePath, kind, now())
      try {
        await backupDatabase(databasePath, target)
      } catch (error) {
        rmSync(target, { force: true })
        throw error
      }
      if (kind === 'automatic') manager.rotate()
      return manager.list().find((backup) => backup.path === target)!
    },
    lastAutomatic() {
      const newest = manager.list().find((backup) => backup.kind === 'automatic')
      return newest ? new Date(newest.takenAt) : null
    },
    setFolder(requested) {
      const target = resolve(requested.trim())
      if (!isAbsolute(requested.trim())) throw invalid(m('backup.fullPath'), 'folder')
      try {
        mkdirSync(target, { recursive: true })
        const probe = join(target, `.radsrum-skrivtest-${process.pid}`)
        writeFileSync(probe, 'test')
        rmSync(probe)
        accessSync(target, constants.W_OK)
      } catch {
        throw invalid(m('backup.folderNotWritable'), 'folder')
      }
      writeSettings(databasePath, { ...readSettings(databasePath), backupFolder: target })
      return target
    },
    useDefaultFolder() {
      const settings = readSettings(databasePath)
      delete settings.backupFolder
      writeSettings(databasePath, settings)
      return folder()
    },
    rotate() {
      const all = manager.list()
      const automatic = all.filter((backup) => backup.kind === 'automatic')
      const keep = backupsToKeep(
        automatic.map((backup) => ({ name: backup.fileName, takenAt: new Date(backup.takenAt) })),
        DEFAULT_ROTATION,
      )
      const deleted: string[] = []
      for (const backup of all) {
        const expired =
          backup.kind === 'automatic'
            ? !keep.has(backup.fileName)
            : pastRetention(new Date(backup.takenAt), now())
        if (!expired) continue
        rmSync(backup.path, { force: true })
        deleted.push(backup.fileName)
      }
      return deleted
    },
  }
  return manager
}
