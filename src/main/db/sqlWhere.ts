import type Database from 'better-sqlite3'
import type { EntityManager } from '@mikro-orm/sqlite'

/**
 * Hand-written SQL, with its values kept beside it as bound parameters. Build it with the `sql`
 * tag only, so that no value is ever pasted into the text (no injection, no quoting by hand) and
 * the `?` marks and the values cannot drift apart.
 */
export class Sql {
  readonly sql: string
  readonly params: unknown[]
  constructor(text: string, params: unknown[]) {
    this.sql = text
    this.params = params
  }
}

/**
 * sql`select … where body_id = ${bodyId} and id in (${ids}) and ${conditions}`:
 * a value becomes `?`, an array `?, ?, ?` (for `in (…)`), and a nested sql`…`, sqlConditions()
 * or rawSql(…) is spliced in with its own values.
 */
export function sql(strings: TemplateStringsArray, ...values: unknown[]): Sql {
  let text = strings[0]!
  const params: unknown[] = []
  values.forEach((value, index) => {
    if (value instanceof Sql || value instanceof Conditions) {
      text += value.sql
      params.push(...value.params)
    } else if (Array.isArray(value)) {
      text += placeholders(value)
      params.push(...value)
    } else {
      text += '?'
      params.push(value)
    }
    text += strings[index + 1]!
  })
  return new Sql(text, params)
}

/** Text taken as it is: only for names from a fixed list in the code (a column), never for input. */
export const rawSql = (text: string): Sql => new Sql(text, [])

/** Runs a query built with `sql` and returns its rows. */
export const queryRows = <Row extends object>(em: EntityManager, query: Sql): Promise<Row[]> =>
  em.execute<Row[]>(query.sql, query.params)

/** Runs a statement built with `sql` that returns no rows (update, delete) and says so to the driver. */
export const runSql = (em: EntityManager, query: Sql): Promise<unknown> =>
  em.execute(query.sql, query.params, 'run')

/** The same as queryRows for a file opened with better-sqlite3 itself, outside the ORM (inspection, backups, the lock file). */
export const fileRows = <Row extends object>(db: Database.Database, query: Sql): Row[] =>
  db.prepare(query.sql).all(...query.params) as Row[]

/**
 * The conditions of a hand-written query, each with its parameters, so optional filters read as
 * one line each. Spliced into sql`… where ${conditions}` they are joined by `and`.
 */
export interface SqlConditions {
  /** Adds `clause` with its values when `value` is set (not null, undefined, '' or false). */
  when(value: unknown, clause: string | Sql, ...values: unknown[]): SqlConditions
  /** Adds `clause` with its values. */
  add(clause: string | Sql, ...values: unknown[]): SqlConditions
  /** The clauses joined by `and`, e.g. for `where ${sql}`; '1 = 1' when there are none. */
  readonly sql: string
  /** `where …`, or nothing when there are no conditions. */
  readonly where: string
  readonly params: unknown[]
}

class Conditions implements SqlConditions {
  private readonly clauses: string[] = []
  readonly params: unknown[] = []

  when(value: unknown, clause: string | Sql, ...values: unknown[]): SqlConditions {
    return value === null || value === undefined || value === '' || value === false
      ? this
      : this.add(clause, ...values)
  }

  add(clause: string | Sql, ...values: unknown[]): SqlConditions {
    if (clause instanceof Sql) {
      this.clauses.push(clause.sql)
      this.params.push(...clause.params)
    } else {
      this.clauses.push(clause)
      this.params.push(...values)
    }
    return this
  }

  get sql(): string {
    return this.clauses.length > 0 ? this.clauses.join(' and ') : '1 = 1'
  }

  get where(): string {
    return this.clauses.length > 0 ? `where ${this.clauses.join(' and ')}` : ''
  }
}

export const sqlConditions = (): SqlConditions => new Conditions()

/** `?, ?, ?` for an `in (…)` list. */
const placeholders = (values: readonly unknown[]): string => values.map(() => '?').join(', ')

/** `%text%` for `like ? escape '\'`, with the user's own % and _ matched literally. */
export const containsPattern = (text: string): string =>
  `%${text.replace(/[\\%_]/g, (character) => `\\${character}`)}%`
