import { conflict } from '../../shared/api/errors.ts'
import { Body, Organisation, Person } from '../db/entities/register.ts'
import { migrationsList } from '../db/migrations/index.ts'
import { loadExampleData } from '../demo/index.ts'
import type { AreaHandlers } from './types.ts'
import type { EntityManager } from '@mikro-orm/sqlite'

/** Deletes every row of the program's tables in one transaction; the schema and its migrations stay. */
async function emptyDatabase(em: EntityManager): Promise<void> {
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

export const systemHandlers: AreaHandlers<'system'> = {
  async 'system.info'({ em, clock, app }) {
    const counts = await Promise.all([em.count(Organisation), em.count(Person), em.count(Body)])
    return {
      appVersion: app.appVersion,
      databasePath: app.databasePath,
      schemaVersion: migrationsList.length,
      isEmpty: counts.every((count) => count === 0),
      today: clock.today(),
    }
  },
  async 'system.loadExampleData'(ctx) {
    const counts = await Promise.all([
      ctx.em.count(Organisation),
      ctx.em.count(Person),
      ctx.em.count(Body),
    ])
    if (counts.some((count) => count > 0)) {
      throw conflict(
        'Exempeldata kan bara laddas i en tom databas. Skapa en ny databasfil för att prova exemplet.',
      )
    }
    await loadExampleData(ctx)
    return { loaded: true }
  },
  async 'system.startOver'(ctx) {
    if (!ctx.database)
      throw conflict('Databasen kan inte tömmas härifrån. Använd programmet eller radsrum restore.')
    // The backup comes first and must succeed: emptying without one could lose everything.
    const backup = await ctx.database.backups.backUp('manual')
    await emptyDatabase(ctx.em)
    return { backup: backup.fileName }
  },
  async 'system.openFile'({ host }, { path }) {
    return { opened: await host.openFile(path) }
  },
}
