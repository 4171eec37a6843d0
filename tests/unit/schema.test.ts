import { mkdtempSync, rmSync, writeFileSync, readFileSync, existsSync, readdirSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import Database from 'better-sqlite3'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { DatabaseOpenError, openDatabase } from '../../src/main/db/open.ts'
import { migrationsList } from '../../src/main/db/migrations/index.ts'

let dir: string
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'radsrum-schema-'))
})
afterEach(() => rmSync(dir, { recursive: true, force: true }))

describe('database schema and opening', () => {
  it('migrating an empty database gives exactly the entities schema (no drift)', async () => {
    const db = await openDatabase({ path: join(dir, 'a.sqlite') })
    try {
      const diff = await db.orm.schema.getUpdateSchemaSQL({ wrap: false })
      expect(diff.trim()).toBe('')
    } finally {
      await db.close()
    }
  })

  it('opens in WAL mode with full sync and foreign keys on', async () => {
    const db = await openDatabase({ path: join(dir, 'a.sqlite') })
    try {
      const native = await db.orm.em.getConnection().getNativeClient()
      expect(native.pragma('journal_mode', { simple: true })).toBe('wal')
      expect(native.pragma('synchronous', { simple: true })).toBe(2)
      expect(native.pragma('foreign_keys', { simple: true })).toBe(1)
    } finally {
      await db.close()
    }
  })

  it('refuses a database written by a newer version, without writing to it', async () => {
    const path = join(dir, 'newer.sqlite')
    const first = await openDatabase({ path })
    await first.close()
    const raw = new Database(path)
    raw
      .prepare('insert into mikro_orm_migrations (name, executed_at) values (?, ?)')
      .run('Migration29990101000000_Future', new Date().toISOString())
    raw.pragma('wal_checkpoint(TRUNCATE)')
    raw.close()
    const before = readFileSync(path)
    await expect(openDatabase({ path })).rejects.toThrow(DatabaseOpenError)
    await expect(openDatabase({ path })).rejects.toThrow('nyare version av Rådsrum')
    expect(readFileSync(path).equals(before)).toBe(true)
  })

  it('takes a checked backup before running pending migrations', async () => {
    const path = join(dir, 'old.sqlite')
    const first = await openDatabase({ path })
    await first.close()
    // Pretend a migration that creates tables has not run yet: remove its record (its tables stay).
    const raw = new Database(path)
    const creating = migrationsList.find((migration) => migration.name.endsWith('_MinutesSearch'))!
    raw.prepare('delete from mikro_orm_migrations where name = ?').run(creating.name)
    raw.close()
    const backups = join(dir, 'backups')
    await expect(openDatabase({ path, backupDir: backups })).rejects.toThrow()
    // The migration fails (its tables exist), the database is left as it was and the copy is intact.
    const copies = readdirSync(backups)
    expect(copies).toHaveLength(1)
    const copy = new Database(join(backups, copies[0]!), { readonly: true })
    expect(copy.pragma('integrity_check', { simple: true })).toBe('ok')
    copy.close()
  })

  it('explains a file that is not a database', async () => {
    const path = join(dir, 'not.sqlite')
    writeFileSync(path, 'detta är ingen databas '.repeat(100))
    await expect(openDatabase({ path })).rejects.toThrow(/ingen Rådsrum-databas eller är skadad/)
    expect(existsSync(path)).toBe(true)
  })
})
