import {
  ForeignKeyConstraintViolationException,
  NotFoundError,
  OptimisticLockError,
  UniqueConstraintViolationException,
} from '@mikro-orm/core'
import type { MikroORM } from '@mikro-orm/sqlite'
import { z } from 'zod'
import { contract, type ProcedureName } from '../shared/api/index.ts'
import { AppError, errorIssue, type ErrorBody, type Result } from '../shared/api/errors.ts'
import { decodeMessage, m, type Message, type MessageKey } from '../shared/messages/index.ts'
import { takeWriteLock } from './db/transactions.ts'
import type { DatabaseSession } from './db/session.ts'
import type {
  AppInfo,
  Clock,
  DocumentFile,
  Host,
  PendingDocument,
  ServiceContext,
} from './context.ts'
import { budgetHandlers } from './services/budget/index.ts'
import { attendanceAreaHandlers } from './services/attendance/index.ts'
import { exportHandlers } from './services/exports/index.ts'
import { goalHandlers } from './services/goals/index.ts'
import { indicatorHandlers } from './services/indicators/index.ts'
import { meetingsHandlers } from './services/meetings/index.ts'
import { backupHandlers } from './services/backup/index.ts'
import { minutesHandlers } from './services/minutes/index.ts'
import { registerHandlers } from './services/register/index.ts'
import { reportHandlers } from './services/reports/index.ts'
import { systemHandlers } from './services/system/index.ts'
import type { Handlers } from './services/types.ts'

/** Every procedure's implementation, by name. The type makes a missing one a compile error. */
export const handlers: Handlers = {
  ...systemHandlers,
  ...registerHandlers,
  ...goalHandlers,
  ...budgetHandlers,
  ...indicatorHandlers,
  ...reportHandlers,
  ...meetingsHandlers,
  ...attendanceAreaHandlers,
  ...minutesHandlers,
  ...exportHandlers,
  ...backupHandlers,
}

export interface DispatcherOptions {
  /** The ORM, or (with a session whose database can be restored) a getter for the current one. */
  orm: MikroORM | (() => MikroORM)
  session?: DatabaseSession
  clock: Clock
  host: Host
  app: AppInfo
  log?: (message: string, error: unknown) => void
}

export interface Dispatcher {
  call(name: string, input: unknown): Promise<Result<unknown>>
}

/**
 * True if any string in the input holds a NUL character. MikroORM writes parameter values into the
 * SQL text for SQLite, where a NUL ends the statement early: refuse them for every procedure, here.
 */
export function containsNul(value: unknown, depth = 0): boolean {
  if (typeof value === 'string') return value.includes('\u0000')
  if (depth > 20 || value === null || typeof value !== 'object') return false
  if (Array.isArray(value)) return value.some((item) => containsNul(item, depth + 1))
  for (const [key, item] of Object.entries(value))
    if (key.includes('\u0000') || containsNul(item, depth + 1)) return true
  return false
}

const NUL_REFUSED: ErrorBody = new AppError('VALIDATION', m('common.nul'), [
  errorIssue(m('common.nulShort')),
]).toBody()

export const isProcedureName = (name: unknown): name is ProcedureName =>
  typeof name === 'string' && Object.hasOwn(contract, name) && Object.hasOwn(handlers, name)

/** SQLite result codes the secretary can do something about. Nothing was saved in any of them. */
const STORAGE_MESSAGES: Record<string, MessageKey> = {
  SQLITE_FULL: 'common.storageFull',
  SQLITE_READONLY: 'common.storageReadonly',
  SQLITE_BUSY: 'common.storageBusy',
  SQLITE_LOCKED: 'common.storageBusy',
  SQLITE_IOERR: 'common.storageIo',
}

/** The SQLite code of an error from better-sqlite3 or MikroORM (which copies it), e.g. SQLITE_FULL. */
export function sqliteCode(error: unknown): string | null {
  for (let current = error, depth = 0; current && depth < 5; depth++) {
    const code = (current as { code?: unknown }).code
    if (typeof code === 'string' && code.startsWith('SQLITE_')) return code
    current = (current as { cause?: unknown }).cause
  }
  return null
}

export function storageErrorBody(error: unknown): ErrorBody | null {
  const code = sqliteCode(error)
  if (!code) return null
  const base = Object.keys(STORAGE_MESSAGES).find(
    (known) => code === known || code.startsWith(`${known}_`),
  )
  return base ? new AppError('STORAGE', { key: STORAGE_MESSAGES[base]! }).toBody() : null
}

/** A zod issue as a message: ours travel encoded in the issue; zod's own get a key by their code. */
function issueMessage(issue: z.core.$ZodIssue): Message {
  const decoded = decodeMessage(issue.message)
  if (decoded) return decoded
  const path = issue.path.join('.')
  switch (issue.code) {
    case 'invalid_type':
      return m('input.wrongType', { path })
    case 'too_small':
      return m('input.tooSmall', { path, minimum: Number(issue.minimum) })
    case 'too_big':
      return m('input.tooBig', { path, maximum: Number(issue.maximum) })
    case 'unrecognized_keys':
      return m('input.unknownKeys', { keys: issue.keys.join(', ') })
    case 'invalid_value':
    case 'invalid_union':
      return m('input.invalidValue', { path })
    default:
      return m('input.invalid', { path })
  }
}

function zodErrorBody(error: z.ZodError): ErrorBody {
  const issues = error.issues.map((issue) => errorIssue(issueMessage(issue), issue.path.join('.')))
  const first = issues[0]
  const said: Message = first
    ? first.params
      ? { key: first.key, params: first.params }
      : { key: first.key }
    : m('input.incomplete')
  return new AppError('VALIDATION', said, issues).toBody()
}

function toErrorBody(error: unknown, log: DispatcherOptions['log']): ErrorBody {
  if (error instanceof AppError) return error.toBody()
  const storage = storageErrorBody(error)
  if (storage) return storage
  if (error instanceof z.ZodError) return zodErrorBody(error)
  if (error instanceof OptimisticLockError)
    return new AppError('CONFLICT', m('common.stale')).toBody()
  if (error instanceof UniqueConstraintViolationException)
    return new AppError('CONFLICT', m('common.duplicateName')).toBody()
  if (error instanceof ForeignKeyConstraintViolationException)
    return new AppError('CONFLICT', m('common.inUse')).toBody()
  if (error instanceof NotFoundError)
    return new AppError('NOT_FOUND', m('common.notFoundAny')).toBody()
  log?.('Oväntat fel i en procedur', error)
  return new AppError('INTERNAL', m('common.internal')).toBody()
}

/** The same document asked for twice has the same key; input JSON cannot express has none (it is refused anyway). */
function documentKey(name: string, input: unknown): string | null {
  try {
    return `${name} ${JSON.stringify(input ?? {})}`
  } catch {
    return null
  }
}

/**
 * The one door to the services, shared by Electron IPC, the CLI and the test harness: look the
 * name up, validate the input, run the service in its own EntityManager fork (writes in one
 * transaction) and answer a Result. Calls run one at a time: better-sqlite3 is synchronous and a
 * transaction must not interleave with another call's queries on the same connection.
 */
export function createDispatcher(options: DispatcherOptions): Dispatcher {
  let queue: Promise<unknown> = Promise.resolve()
  // The same export asked for again while it is being built joins the first: one build, one save dialog.
  const documentsInFlight = new Map<string, Promise<Result<unknown>>>()
  const serialised = <T>(work: () => Promise<T>): Promise<T> => {
    const next = queue.then(work, work)
    queue = next.catch(() => undefined)
    return next
  }

  const dispatcher: Dispatcher = {
    call(name, rawInput) {
      if (!isProcedureName(name) || contract[name].kind !== 'document') return run(name, rawInput)
      const key = documentKey(name, rawInput)
      if (key === null) return run(name, rawInput)
      const running = documentsInFlight.get(key)
      if (running) return running
      const started = run(name, rawInput).finally(() => documentsInFlight.delete(key))
      documentsInFlight.set(key, started)
      return started
    },
  }
  return dispatcher

  async function run(name: string, rawInput: unknown): Promise<Result<unknown>> {
    if (!isProcedureName(name)) {
      return {
        ok: false,
        error: new AppError(
          'NOT_FOUND',
          m('common.unknownProcedure', { name: String(name).slice(0, 100) }),
        ).toBody(),
      }
    }
    const procedure = contract[name]
    const handler = handlers[name] as (ctx: ServiceContext, input: unknown) => Promise<unknown>
    if (containsNul(rawInput)) return { ok: false, error: NUL_REFUSED }
    try {
      const input = procedure.input.parse(rawInput === undefined ? {} : rawInput)
      const value = await serialised(async () => {
        const orm = typeof options.orm === 'function' ? options.orm() : options.orm
        const em = orm.em.fork()
        const ctx: ServiceContext = {
          em,
          clock: options.clock,
          host: options.host,
          app: options.app,
          database: options.session,
        }
        if (procedure.kind === 'mutation' && procedure.transactional !== false)
          return em.transactional(async (txEm) => {
            await takeWriteLock(txEm)
            return handler({ ...ctx, em: txEm }, input)
          })
        return handler(ctx, input)
      })
      // Building and saving happen outside the queue: the worker may take seconds and a save
      // dialog may stay open for a long time, while other calls go on.
      if (procedure.kind === 'document') {
        const pending = value as PendingDocument
        const file: DocumentFile = { fileName: pending.fileName, data: await pending.data }
        return { ok: true, value: await options.host.saveDocument(file) }
      }
      return { ok: true, value }
    } catch (error) {
      return { ok: false, error: toErrorBody(error, options.log) }
    }
  }
}
