import type { EntityManager } from '@mikro-orm/sqlite'
import { queryRows, rawSql, runSql, sql } from '../../db/sqlWhere.ts'

/** Deletes every row of the program's tables in one transaction; the schema and its migrations stay. */
export async function emptyDatabase(em: EntityManager): Promise<void> {
  const tables = await queryRows<{ name: string; sql: string }>(
    em,
    sql`select name, sql from sqlite_master where type = 'table' and name not like 'sqlite\\_%' escape '\\'`,
  )
  const virtual = tables.filter((table) => /^create virtual/i.test(table.sql)).map((t) => t.name)
  // A full-text index keeps its rows in shadow tables that only the index itself may touch.
  const own = tables.filter(
    (table) =>
      table.name !== 'mikro_orm_migrations' &&
      !virtual.some((name) => table.name.startsWith(`${name}_`)),
  )
  await em.transactional(async (tx) => {
    // Rows reference each other; the foreign keys are checked once, at commit, when all are gone.
    await tx.execute('pragma defer_foreign_keys = on')
    // The names come from the schema the migrations wrote, not from input.
    for (const table of own) await runSql(tx, sql`delete from ${rawSql(`\`${table.name}\``)}`)
  })
}
