import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import {
  fixedClock,
  type Clock,
  type DocumentFile,
  type Host,
  type ServiceContext,
} from '../../src/main/context.ts'
import { openSession, type DatabaseSession } from '../../src/main/db/session.ts'
import { createDispatcher, type Dispatcher } from '../../src/main/registry.ts'
import type { BackupDto } from '../../src/shared/api/backup.ts'
import type { ErrorBody, ErrorIssue } from '../../src/shared/api/errors.ts'
import { messageProblem, swedish } from '../../src/shared/messages/index.ts'
import type { CallInput, ContractType, ProcedureName } from '../../src/shared/api/index.ts'
import type { OutputOf } from '../../src/shared/api/procedure.ts'
import type { SavedFile } from '../../src/shared/api/procedure.ts'

/** A host that keeps saved documents in memory (and optionally on disk), for tests. */
export class RecordingHost implements Host {
  readonly saved: DocumentFile[] = []
  readonly opened: string[] = []
  /** What the folder dialog answers (null: cancelled), and the restore dialogs it was asked. */
  folderToChoose: string | null = null
  restoreAnswer = true
  readonly restoreQuestions: BackupDto[] = []
  /** The languages the page reported (system.setLanguage), in order. */
  readonly languages: string[] = []
  private readonly savedPaths = new Set<string>()
  private readonly directory: string | undefined
  constructor(directory?: string) {
    this.directory = directory
  }
  async saveDocument(file: DocumentFile): Promise<SavedFile> {
    this.saved.push(file)
    if (!this.directory) return { saved: true, fileName: file.fileName, path: null }
    const { writeFileAtomic } = await import('../../src/main/files.ts')
    const path = join(this.directory, file.fileName)
    writeFileAtomic(path, file.data)
    this.savedPaths.add(path)
    return { saved: true, fileName: file.fileName, path }
  }
  /** Like the Electron host: only a file it saved itself. */
  async openFile(path: string): Promise<boolean> {
    if (!this.savedPaths.has(path)) return false
    this.opened.push(path)
    return true
  }
  async chooseFolder(): Promise<string | null> {
    return this.folderToChoose
  }
  async confirmRestore(backup: BackupDto): Promise<boolean> {
    this.restoreQuestions.push(backup)
    return this.restoreAnswer
  }
  languageChanged(language: string): void {
    this.languages.push(language)
  }
}

export interface TestDatabase {
  dir: string
  path: string
  /** The open database; `database.orm` is the current ORM (a restore replaces it). */
  database: DatabaseSession
  dispatcher: Dispatcher
  host: RecordingHost
  clock: Clock
  /** A service context on a fresh fork, for calling services directly. */
  context(): ServiceContext
  /**
   * Calls a procedure through the dispatcher and returns the value, or throws with the error body.
   * Typed from the contract: a misspelt name or a missing required field does not compile.
   */
  call<N extends ProcedureName>(name: N, ...input: CallInput<N>): Promise<OutputOf<ContractType[N]>>
  /** The same door for input a test makes wrong on purpose (hostile, misspelt, out of range). */
  callUnchecked(name: string, input?: unknown): Promise<unknown>
  close(): Promise<void>
}

/** A real SQLite file in a temporary folder, migrated, with the full dispatcher in front of it. */
export async function createTestDatabase(
  options: { clock?: Clock; saveTo?: string } = {},
): Promise<TestDatabase> {
  const dir = mkdtempSync(join(tmpdir(), 'radsrum-test-'))
  const path = join(dir, 'radsrum.sqlite')
  const clock = options.clock ?? fixedClock('2026-11-25T10:00:00+01:00')
  const database = await openSession(path, () => clock.now())
  const host = new RecordingHost(options.saveTo)
  const app = { appVersion: 'test', databasePath: path }
  const dispatcher = createDispatcher({
    orm: () => database.orm,
    session: database,
    clock,
    host,
    app,
    log: () => undefined,
  })
  return {
    dir,
    path,
    database,
    dispatcher,
    host,
    clock,
    context: () => ({ em: database.orm.em.fork(), clock, host, app, database }),
    call: <N extends ProcedureName>(name: N, ...input: CallInput<N>) =>
      callDispatcher(dispatcher, name, input[0]) as Promise<OutputOf<ContractType[N]>>,
    callUnchecked: (name: string, input?: unknown) => callDispatcher(dispatcher, name, input),
    async close() {
      await database.close()
      rmSync(dir, { recursive: true, force: true })
    },
  }
}

/** Input is optional only where the procedure's schema accepts `{}` (the same rule as the renderer's Api). */
export type { CallInput }

async function callDispatcher(dispatcher: Dispatcher, name: string, input: unknown = {}) {
  const result = await dispatcher.call(name, input)
  if (!result.ok)
    throw Object.assign(new Error(`${name}: ${result.error.code} ${result.error.message}`), {
      body: result.error,
    })
  return result.value
}

/**
 * Every error a procedure answers says its message as a key both languages know, with the
 * parameters its text takes, and its Swedish message is that key rendered: otherwise the English
 * UI would show it in Swedish (or as a bare key). Checked on every error the service tests see.
 */
export function checkErrorSaysKnownKey(body: ErrorBody): ErrorBody {
  const said = [body, ...(body.issues ?? [])]
  for (const message of said) {
    const problem = messageProblem(message)
    if (problem) throw new Error(`${problem}: ${JSON.stringify(body)}`)
    if (swedish(message) !== message.message)
      throw new Error(`the Swedish message is not its key rendered: ${JSON.stringify(message)}`)
  }
  return body
}

/** The error body of a call that must fail (a call that succeeds fails the test). */
export async function errorOf(promise: Promise<unknown>): Promise<ErrorBody> {
  try {
    await promise
  } catch (error) {
    return checkErrorSaysKnownKey((error as { body: ErrorBody }).body)
  }
  throw new Error('väntade ett fel')
}

/** Issues as path and message only, for assertions that read like the screen. */
export const brief = (issues: ErrorIssue[] | undefined) =>
  (issues ?? []).map(({ path, message }) => ({ path, message }))
