import { Migrator } from '@mikro-orm/migrations'
import { defineConfig, SqliteDriver } from '@mikro-orm/sqlite'
import { entities } from './entities/index.ts'
import { migrationsList } from './migrations/index.ts'

export const MIGRATIONS_TABLE = 'mikro_orm_migrations'

/** The full-text index and its FTS5 shadow tables: made by a migration, not entities (no drift). */
export const SEARCH_TABLES = [/^minutes_search(_(data|idx|content|docsize|config))?$/]

export function ormConfig(dbName: string, migrationsPath = 'src/main/db/migrations') {
  return defineConfig({
    driver: SqliteDriver,
    dbName,
    entities,
    extensions: [Migrator],
    // The search index's triggers come from its migration; the schema diff must not drop them.
    schemaGenerator: { skipTables: SEARCH_TABLES, ignoreTriggers: true },
    allowGlobalContext: false,
    debug: false,
    migrations: {
      tableName: MIGRATIONS_TABLE,
      migrationsList,
      path: migrationsPath,
      pathTs: migrationsPath,
      silent: true,
      transactional: true,
      allOrNothing: true,
      snapshot: false,
      emit: 'ts',
    },
  })
}
