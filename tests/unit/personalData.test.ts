import ExcelJS from 'exceljs'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { createTestDatabase, type TestDatabase } from '../support/testDatabase.ts'

let db: TestDatabase
beforeEach(async () => {
  db = await createTestDatabase()
  await db.call('system.loadExampleData')
})
afterEach(() => db.close())

const sheetRows = async (data: Uint8Array, name: string) => {
  const book = new ExcelJS.Workbook()
  await book.xlsx.load(data as unknown as ArrayBuffer)
  const rows: string[][] = []
  book
    .getWorksheet(name)!
    .eachRow((row) =>
      rows.push((row.values as ExcelJS.CellValue[]).slice(1).map((value) => String(value ?? ''))),
    )
  return rows
}

describe('personal data', () => {
  it('a register extract holds everything stored about the person: details and every membership with history', async () => {
    const people = await db.call('register.listPeople', {})
    const bodies = await db.call('register.listBodies')
    const person = people.find((candidate) => candidate.email)!
    const saved = await db.call('exports.personExtractXlsx', {
      personId: person.id,
    })
    expect(saved.fileName).toMatch(/^Registerutdrag .*\.xlsx$/)
    const data = db.host.saved.at(-1)!.data
    const details = await sheetRows(data, 'Personuppgifter')
    expect(details).toEqual(
      expect.arrayContaining([
        ['Namn', person.name],
        ['E-post', person.email!],
      ]),
    )
    const memberships = await sheetRows(data, 'Uppdrag')
    const native = await db.database.orm.em.getConnection().getNativeClient()
    const stored = native
      .prepare('select count(*) as n from membership where person_id = ?')
      .get(person.id) as { n: number }
    expect(memberships.length - 1).toBe(stored.n)
    expect(bodies.some((body) => memberships.some((row) => row[0] === body.name))).toBe(
      stored.n > 0,
    )
    expect(await sheetRows(data, 'Om utdraget')).not.toHaveLength(0)
    expect((await db.dispatcher.call('exports.personExtractXlsx', { personId: 999_999 })).ok).toBe(
      false,
    )
  })

  it('erasing contact details removes e-mail, phone and title and keeps the name in the records', async () => {
    const people = await db.call('register.listPeople', {})
    const person = people.find((candidate) => candidate.email && candidate.title)!
    const erased = await db.call('register.erasePersonContact', { id: person.id })
    expect(erased).toMatchObject({ name: person.name, email: null, phone: null, title: null })
    const native = await db.database.orm.em.getConnection().getNativeClient()
    const row = native
      .prepare('select name, email, phone, title from person where id = ?')
      .get(person.id)
    expect(row).toEqual({ name: person.name, email: null, phone: null, title: null })
    // Nothing else about the person changed: memberships are kept.
    await db.call('exports.personExtractXlsx', { personId: person.id })
    const details = await sheetRows(db.host.saved.at(-1)!.data, 'Personuppgifter')
    expect(details).toEqual(
      expect.arrayContaining([
        ['E-post', ''],
        ['Telefon', ''],
        ['Titel', ''],
      ]),
    )
  })
})
