import { mkdtempSync, readdirSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { Migration } from '@mikro-orm/migrations'
import Database from 'better-sqlite3'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { knownMigrationNames, migrationsList } from '../../src/main/db/migrations/index.ts'
import { DatabaseOpenError, openDatabase } from '../../src/main/db/open.ts'
import { createTestDatabase, type TestDatabase } from '../support/testDatabase.ts'
import { fingerprint } from '../support/fingerprint.ts'

/** A migration that does half its work and then fails; appended to the real list for one test. */
class Migration29990101000000_HalfWay extends Migration {
  override name = 'Migration29990101000000_HalfWay'
  override up(): void {
    this.addSql('create table half_way (id integer primary key);')
    this.addSql("update organisation set name = name || ' (ändrad)';")
    this.addSql('insert into no_such_table values (1);')
  }
}
const halfWay = { name: 'Migration29990101000000_HalfWay', class: Migration29990101000000_HalfWay }

let dir: string
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'radsrum-faults-'))
})
afterEach(() => rmSync(dir, { recursive: true, force: true }))

const readFingerprint = (path: string) => {
  const db = new Database(path, { readonly: true })
  try {
    return fingerprint(db)
  } finally {
    db.close()
  }
}

describe('a migration that fails halfway', () => {
  it('leaves the database exactly as it was, and the backup taken before it checks ok', async () => {
    const path = join(dir, 'radsrum.sqlite')
    const first = await openDatabase({ path })
    const native = await first.orm.em.getConnection().getNativeClient()
    native
      .prepare(
        "insert into organisation (name, kind, created_at, updated_at) values ('Polisen', 'police', 0, 0)",
      )
      .run()
    await first.close()
    const before = readFingerprint(path)

    migrationsList.push(halfWay)
    knownMigrationNames.add(halfWay.name)
    try {
      const backups = join(dir, 'backups')
      const error = await openDatabase({ path, backupDir: backups }).catch(
        (caught: unknown) => caught,
      )
      expect(error).toBeInstanceOf(DatabaseOpenError)
      expect((error as Error).message).toMatch(/kunde inte uppdateras.*oförändrad/)
      expect(readFingerprint(path)).toBe(before)

      const copies = readdirSync(backups)
      expect(copies).toHaveLength(1)
      const copy = new Database(join(backups, copies[0]!), { readonly: true })
      expect(copy.pragma('integrity_check', { simple: true })).toBe('ok')
      expect(fingerprint(copy)).toBe(before)
      copy.close()
    } finally {
      migrationsList.pop()
      knownMigrationNames.delete(halfWay.name)
    }
    const again = await openDatabase({ path })
    await again.close()
  })
})

describe('storage faults give a clear Swedish message and no corruption', () => {
  let db: TestDatabase
  beforeEach(async () => {
    db = await createTestDatabase()
  })
  afterEach(() => db.close())

  const person = (index: number) => ({
    name: `Person ${index} ${'x'.repeat(150)}`,
    title: 't'.repeat(190),
    organisationId: null,
    email: null,
    phone: null,
  })

  it('disk full (max_page_count): STORAGE error, earlier data intact, integrity ok', async () => {
    await db.call('register.createPerson', person(0))
    const native = await db.database.orm.em.getConnection().getNativeClient()
    const pages = native.pragma('page_count', { simple: true }) as number
    native.pragma(`max_page_count = ${pages}`)
    let failure: { code: string; message: string } | null = null
    for (let index = 1; index < 500 && !failure; index++) {
      const result = await db.dispatcher.call('register.createPerson', person(index))
      if (!result.ok) failure = result.error
    }
    expect(failure).toMatchObject({ code: 'STORAGE' })
    expect(failure!.message).toMatch(/^Disken är full.*Ingenting har ändrats/)
    native.pragma('max_page_count = 1073741823')
    expect(native.pragma('integrity_check', { simple: true })).toBe('ok')
    const people = await db.call('register.listPeople', {})
    expect(people[0]!.name).toBe(person(0).name)
    // Once there is room again, saving works.
    await db.call('register.createPerson', { ...person(999), name: 'Efter' })
  })

  it('read-only database: STORAGE error, nothing written, integrity ok', async () => {
    await db.call('register.createOrganisation', { name: 'Polisen', kind: 'police', contact: null })
    const native = await db.database.orm.em.getConnection().getNativeClient()
    // Tests run as root here, where chmod 0444 does not stop writes: SQLite's query_only gives the same SQLITE_READONLY.
    native.pragma('query_only = ON')
    const before = fingerprint(native)
    const result = await db.dispatcher.call('register.createOrganisation', {
      name: 'Skolan',
      kind: 'association',
      contact: null,
    })
    expect(result).toMatchObject({ ok: false, error: { code: 'STORAGE' } })
    expect(!result.ok && result.error.message).toMatch(/^Databasfilen är skrivskyddad/)
    expect(fingerprint(native)).toBe(before)
    native.pragma('query_only = OFF')
    expect(native.pragma('integrity_check', { simple: true })).toBe('ok')
  })
})
