/**
 * The conditions of a hand-written query, each with its parameters, so optional filters read as
 * one line each and the placeholders and values cannot drift apart.
 */
export interface SqlConditions {
  /** Adds `clause` with its values when `value` is set (not null, undefined, '' or false). */
  when(value: unknown, clause: string, ...values: unknown[]): SqlConditions
  /** Adds `clause` with its values. */
  add(clause: string, ...values: unknown[]): SqlConditions
  /** The clauses joined by `and`, e.g. for `where ${sql}`; '1' when there are none. */
  readonly sql: string
  /** `where …`, or nothing when there are no conditions. */
  readonly where: string
  readonly params: unknown[]
}

export function sqlConditions(): SqlConditions {
  const clauses: string[] = []
  const params: unknown[] = []
  const conditions: SqlConditions = {
    when(value, clause, ...values) {
      return value === null || value === undefined || value === '' || value === false
        ? conditions
        : conditions.add(clause, ...values)
    },
    add(clause, ...values) {
      clauses.push(clause)
      params.push(...values)
      return conditions
    },
    get sql() {
      return clauses.length > 0 ? clauses.join(' and ') : '1'
    },
    get where() {
      return clauses.length > 0 ? `where ${clauses.join(' and ')}` : ''
    },
    params,
  }
  return conditions
}

/** `?, ?, ?` for an `in (…)` list. */
export const placeholders = (values: readonly unknown[]): string => values.map(() => '?').join(', ')

/** `%text%` for `like ? escape '\'`, with the user's own % and _ matched literally. */
export const containsPattern = (text: string): string =>
  `%${text.replace(/[\\%_]/g, (character) => `\\${character}`)}%`
