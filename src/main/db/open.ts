import { existsSync, mkdirSync } from 'node:fs'
import { basename, dirname, join } from 'node:path'
import Database from 'better-sqlite3'
import { MikroORM } from '@mikro-orm/sqlite'
import { MIGRATIONS_TABLE, ormConfig } from './config.ts'
import { knownMigrationNames, migrationsList } from './migrations/index.ts'
import { applyPragmas } from './pragmas.ts'
import { fileRows, rawSql, sql } from './sqlWhere.ts'
import { m, render, swedish, type Language, type Message } from '../../shared/messages/index.ts'

export type DatabaseProblem = 'NEWER_VERSION' | 'DAMAGED' | 'LOCKED' | 'UNREADABLE'

/**
 * Why the database could not be opened, in words the secretary can act on. Nothing was written.
 * Kept as messages, paragraph by paragraph: the CLI and the logs read it in Swedish (`message`),
 * main's start-up dialogs in the UI's language (`inLanguage`), since they come before any page.
 */
export class DatabaseOpenError extends Error {
  readonly problem: DatabaseProblem
  readonly says: readonly Message[]
  constructor(problem: DatabaseProblem, ...says: Message[]) {
    super(says.map(swedish).join('\n\n'))
    this.name = 'DatabaseOpenError'
    this.problem = problem
    this.says = says
  }
  inLanguage(language: Language): string {
    return this.says.map((message) => render(message, language)).join('\n\n')
  }
}

export interface OpenedDatabase {
  orm: MikroORM
  path: string
  /** The safety copy taken before migrating, if one was needed. */
  backupPath: string | null
  close(): Promise<void>
}

export interface OpenOptions {
  path: string
  /** Where the pre-migration copy goes; default: a "säkerhetskopior" folder beside the database. */
  backupDir?: string
  now?: () => Date
}

interface Inspection {
  isNew: boolean
  pending: number
}

/** Read-only look at an existing file: is it ours, is it intact, is it from a newer Rådsrum? */
function inspect(path: string): Inspection {
  if (!existsSync(path)) return { isNew: true, pending: migrationsList.length }
  let db: Database.Database
  try {
    db = new Database(path, { readonly: true, fileMustExist: true, timeout: 5000 })
  } catch (error) {
    throw asOpenError(error, path)
  }
  try {
    const check = db.pragma('quick_check', { simple: true })
    if (check !== 'ok') {
      throw new DatabaseOpenError(
        'DAMAGED',
        m('database.damaged', { file: basename(path), check: String(check) }),
      )
    }
    const hasTable =
      fileRows(
        db,
        sql`select 1 from sqlite_master where type = 'table' and name = ${MIGRATIONS_TABLE}`,
      ).length > 0
    const applied = hasTable ? appliedMigrations(db) : []
    const unknown = applied.filter((name) => !knownMigrationNames.has(name))
    if (unknown.length > 0) {
      throw new DatabaseOpenError(
        'NEWER_VERSION',
        m('database.newerVersion', { file: basename(path) }),
      )
    }
    const [{ n: tableCount }] = fileRows<{ n: number }>(
      db,
      sql`select count(*) as n from sqlite_master where type = 'table'`,
    ) as [{ n: number }]
    return { isNew: tableCount === 0, pending: migrationsList.length - applied.length }
  } catch (error) {
    throw asOpenError(error, path)
  } finally {
    db.close()
  }
}

/** The names of the migrations a database file has had, read without the ORM. */
export const appliedMigrations = (db: Database.Database): string[] =>
  fileRows<{ name: string }>(db, sql`select name from ${rawSql(MIGRATIONS_TABLE)}`).map(
    (row) => row.name,
  )

function asOpenError(error: unknown, path: string): Error {
  if (error instanceof DatabaseOpenError) return error
  const code = (error as { code?: string }).code ?? ''
  if (code === 'SQLITE_BUSY' || code === 'SQLITE_LOCKED') {
    return new DatabaseOpenError('LOCKED', m('database.busy', { file: basename(path) }))
  }
  if (code === 'SQLITE_NOTADB' || code === 'SQLITE_CORRUPT') {
    return new DatabaseOpenError('DAMAGED', m('database.notOurs', { file: basename(path) }))
  }
  return new DatabaseOpenError(
    'UNREADABLE',
    m('database.unreadable', { file: basename(path), error: (error as Error).message }),
  )
}

const stamp = (date: Date) =>
  date.toISOString().replace(/[-:]/g, '').replace(/\..*$/, '').replace('T', '-')

/** A consistent copy with SQLite's online backup API (never a file copy of a live WAL database), then verified. */
export async function backupDatabase(sourcePath: string, targetPath: string): Promise<void> {
  mkdirSync(dirname(targetPath), { recursive: true })
  const source = new Database(sourcePath, { readonly: true, fileMustExist: true, timeout: 5000 })
  try {
    await source.backup(targetPath)
  } finally {
    source.close()
  }
  // A backup is one self-contained file: switch the copy out of WAL so no -wal/-shm files follow it.
  const copy = new Database(targetPath, { fileMustExist: true })
  try {
    copy.pragma('journal_mode = DELETE')
    const result = copy.pragma('integrity_check', { simple: true })
    if (result !== 'ok')
      throw new Error(
        `Säkerhetskopian ${basename(targetPath)} klarade inte kontrollen: ${String(result)}`,
      )
  } finally {
    copy.close()
  }
}

export async function openDatabase(options: OpenOptions): Promise<OpenedDatabase> {
  const { path } = options
  const now = options.now ?? (() => new Date())
  mkdirSync(dirname(path), { recursive: true })
  const state = inspect(path)

  let backupPath: string | null = null
  if (!state.isNew && state.pending > 0) {
    const backupDir = options.backupDir ?? join(dirname(path), 'säkerhetskopior')
    backupPath = join(
      backupDir,
      `${basename(path, '.sqlite')}-före-uppdatering-${stamp(now())}.sqlite`,
    )
    await backupDatabase(path, backupPath)
  }

  let orm: MikroORM
  try {
    orm = await MikroORM.init(ormConfig(path))
    const native = await orm.em.getConnection().getNativeClient()
    applyPragmas(native)
  } catch (error) {
    throw asOpenError(error, path)
  }
  if (state.pending > 0) {
    try {
      await orm.migrator.up()
    } catch (error) {
      await orm.close(true)
      const reason = (error as Error).message
      throw new DatabaseOpenError(
        'UNREADABLE',
        backupPath
          ? m('database.notUpdatedCopy', { error: reason, copy: backupPath })
          : m('database.notUpdated', { error: reason }),
      )
    }
  }
  return { orm, path, backupPath, close: () => orm.close(true) }
}
