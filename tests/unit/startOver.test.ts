import { afterEach, beforeEach, expect, it } from 'vitest'
import { createTestDatabase, type TestDatabase } from '../support/testDatabase.ts'

let db: TestDatabase
beforeEach(async () => {
  db = await createTestDatabase()
})
afterEach(() => db.close())

it(
  'starts over with an empty database after a backup that brings everything back',
  { timeout: 120_000 },
  async () => {
    await db.call('system.loadExampleData')
    const people = await db.call('register.listPeople', {})
    const meetings = await db.call('meetings.list', { yearsBack: 100 })
    expect(people.length).toBeGreaterThan(10)
    expect((await db.call('minutes.search', { query: 'trygghet' })).length).toBeGreaterThan(0)

    const { backup } = await db.call('system.startOver')

    expect((await db.call('system.info')).isEmpty).toBe(true)
    expect(await db.call('register.listPeople', {})).toEqual([])
    expect(await db.call('meetings.list', { yearsBack: 100 })).toEqual([])
    expect(await db.call('minutes.search', { query: 'trygghet' })).toEqual([])
    // The empty database is a working one: new people can be added.
    await db.call('register.createPerson', {
      name: 'Anna Berg',
      title: null,
      organisationId: null,
      email: null,
      phone: null,
    })

    await db.call('system.startOver')
    expect(await db.call('register.listPeople', {})).toEqual([])
    const listed = await db.call('backup.list')
    expect(listed.backups.map((entry) => entry.fileName)).toContain(backup)
    await db.call('backup.restore', { fileName: backup })
    expect(await db.call('register.listPeople', {})).toEqual(people)
    expect((await db.call('meetings.list', { yearsBack: 100 })).length).toBe(meetings.length)
  },
)
