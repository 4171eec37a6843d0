import type { EntityManager } from '@mikro-orm/sqlite'

/** Deletes every row of the program's tables in one transaction; the schema and its migrations stay. */
export async function emptyDatabase(em: EntityManager): Promise<void> {
  const tables = await em.execute<{ name: string; sql: string }[]>(
    "select name, sql from sqlite_master where type = 'table' and name not like 'sqlite\\_%' escape '\\'",
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
    for (const table of own) await tx.execute(`delete from \`${table.name}\``)
  })
}
