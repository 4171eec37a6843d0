import { Migrator } from '@mikro-orm/migrations'
import { defineConfig, SqliteDriver } from '@mikro-orm/sqlite'
import { entities } from './entities/index.ts'
import { migrationsList } from './migrations/index.ts'

export const MIGRATIONS_TABLE = 'mikro_orm_migrations'

export function ormConfig(dbName: string, migrationsPath = 'src/main/db/migrations') {
  return defineConfig({
    driver: SqliteDriver,
    dbName,
    entities,
    extensions: [Migrator],
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
