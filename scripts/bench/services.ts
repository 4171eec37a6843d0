import type { MikroORM } from '@mikro-orm/sqlite'
import Database from 'better-sqlite3'
import { fixedClock } from '../../src/main/context.ts'
import { openSession, type DatabaseSession } from '../../src/main/db/session.ts'
import { createDispatcher, type Dispatcher } from '../../src/main/registry.ts'
import { RecordingHost } from '../../tests/support/testDatabase.ts'
import { BENCH_TODAY } from './shape.ts'

/** The main side as the app runs it: the real session and dispatcher on the data set, with a fixed "today". */
export interface BenchServices {
  session: DatabaseSession
  dispatcher: Dispatcher
  host: RecordingHost
  /** A second, read-only connection for the raw-SQL floors. */
  raw: Database.Database
  /** Calls a procedure and throws on an error answer (a bench must not time failures). */
  call(name: string, input: unknown): Promise<unknown>
  /** The SQL the ORM sent during `work`, with its parameters inlined as MikroORM sends them. */
  capture(work: () => Promise<unknown>): Promise<string[]>
  close(): Promise<void>
}

interface QueryLogging {
  executeQuery(
    query: string,
    run: () => Promise<unknown>,
    context?: { formatted?: string },
  ): Promise<unknown>
}

export async function openBenchServices(path: string): Promise<BenchServices> {
  const clock = fixedClock(`${BENCH_TODAY}T10:00:00+01:00`)
  const session = await openSession(path, () => clock.now())
  const host = new RecordingHost()
  const dispatcher = createDispatcher({
    orm: () => session.orm,
    session,
    clock,
    host,
    app: { appVersion: 'bench', databasePath: path },
    log: () => undefined,
  })
  const raw = new Database(path, { readonly: true })
  let captured: string[] | null = null
  hookQueries(session.orm, (sql) => captured?.push(sql))
  const call = async (name: string, input: unknown) => {
    const result = await dispatcher.call(name, input)
    if (!result.ok) throw new Error(`${name}: ${result.error.code} ${result.error.message}`)
    return result.value
  }
  return {
    session,
    dispatcher,
    host,
    raw,
    call,
    async capture(work) {
      captured = []
      try {
        await work()
        return captured
      } finally {
        captured = null
      }
    },
    async close() {
      raw.close()
      await session.close()
    },
  }
}

/**
 * Every statement MikroORM runs passes through the connection's protected executeQuery with the
 * SQL as it goes to SQLite; wrapping it lets the bench replay exactly that SQL as its floor.
 */
function hookQueries(orm: MikroORM, record: (sql: string) => void): void {
  const connection = orm.em.getConnection() as unknown as QueryLogging
  const original = connection.executeQuery.bind(connection)
  connection.executeQuery = (query, run, context) => {
    record(context?.formatted ?? query)
    return original(query, run, context)
  }
}
