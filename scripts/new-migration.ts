/**
 * Writes a migration for the difference between the entities and the schema that the listed
 * migrations produce: `npm run db:migration -- Name`. Then list the new class in migrations/index.ts.
 */
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { openDatabase } from '../src/main/db/open.ts'

const name = process.argv[2]
if (!name || !/^[A-Z][A-Za-z0-9]+$/.test(name)) {
  console.error('Ange ett namn i PascalCase, t.ex. npm run db:migration -- Meetings')
  process.exit(1)
}
const dir = mkdtempSync(join(tmpdir(), 'radsrum-migration-'))
const db = await openDatabase({ path: join(dir, 'schema.sqlite') })
try {
  const result = await db.orm.migrator.create('src/main/db/migrations', false, false, name)
  console.log(
    result.fileName ? `Skrev ${result.fileName}` : 'Ingen skillnad: ingen migrering behövs.',
  )
} finally {
  await db.close()
  rmSync(dir, { recursive: true, force: true })
}
