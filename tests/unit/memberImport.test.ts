import ExcelJS from 'exceljs'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { createTestDatabase, type TestDatabase, errorOf } from '../support/testDatabase.ts'
import { swedish } from '../../src/shared/messages/index.ts'

let db: TestDatabase
beforeEach(async () => {
  db = await createTestDatabase()
  await db.call('register.createOrganisation', { name: 'Polisen', kind: 'police' })
  await db.call('register.createOrganisation', {
    name: 'Socialtjänsten',
    kind: 'municipalDepartment',
  })
})
afterEach(async () => db.close())

async function workbook(
  rows: (string | number | null)[][],
): Promise<{ fileName: string; base64: string }> {
  const book = new ExcelJS.Workbook()
  const sheet = book.addWorksheet('Personer')
  sheet.addRows(rows)
  return {
    fileName: 'personer.xlsx',
    base64: Buffer.from(await book.xlsx.writeBuffer()).toString('base64'),
  }
}

const header = ['Namn', 'Titel', 'Organisation', 'E-post', 'Telefon']

describe('member import from .xlsx', () => {
  it('previews creates and updates without writing, then imports on confirmation', async () => {
    await db.call('register.createPerson', { name: 'Anna Holm', email: 'anna.holm@exempel.se' })
    const file = await workbook([
      header,
      ['Anna Holm', 'Kommunpolis', 'Polisen', 'Anna.Holm@exempel.se', '060-12 34 56'],
      ['Bo Ek', 'Socialsekreterare', 'socialtjänsten', 'bo.ek@exempel.se', null],
      [null, null, null, null, null],
    ])
    const preview = await db.call('register.previewMemberImport', { file })
    expect(preview.rows.map((row) => [row.row, row.name, row.action])).toEqual([
      [2, 'Anna Holm', 'update'],
      [3, 'Bo Ek', 'create'],
    ])
    expect((await db.call('register.listPeople')).map((person) => person.name)).toEqual([
      'Anna Holm',
    ])

    await db.call('register.applyMemberImport', { file })
    const people = await db.call('register.listPeople')
    expect(people.map((person) => [person.name, person.title, person.organisationName])).toEqual([
      ['Anna Holm', 'Kommunpolis', 'Polisen'],
      ['Bo Ek', 'Socialsekreterare', 'Socialtjänsten'],
    ])
  })

  it('reports row-by-row errors and writes nothing while any row is wrong', async () => {
    const file = await workbook([
      ['Förteckning över ledamöter'],
      header,
      ['', 'Rektor', 'Polisen', 'x@exempel.se', null],
      ['Cia Berg', null, 'Skolverket', 'cia@exempel.se', null],
      ['Dan Ek', null, 'Polisen', 'dan@exempel', null],
      ['Eva Ek', null, 'Polisen', 'eva@exempel.se', null],
    ])
    const preview = await db.call('register.previewMemberImport', { file })
    expect(preview.rows.map((row) => [row.row, row.action, row.errors.map(swedish)])).toEqual([
      [3, 'error', ['Namn saknas.']],
      [
        4,
        'error',
        ['Okänd organisation ”Skolverket”. Lägg till aktören först eller rätta stavningen.'],
      ],
      [5, 'error', ['Ogiltig e-postadress. Skriv den som namn@exempel.se.']],
      [6, 'create', []],
    ])
    const refused = await errorOf(db.call('register.applyMemberImport', { file }))
    expect(refused).toMatchObject({
      code: 'VALIDATION',
      message: '3 rad(er) har fel. Rätta filen och försök igen; ingenting har sparats.',
    })
    expect(await db.call('register.listPeople')).toEqual([])
  })

  it('refuses a file that is not a workbook, or has no Namn column, with a reason', async () => {
    const text = {
      fileName: 'personer.xlsx',
      base64: Buffer.from('Namn;E-post\nAnna;a@b.se').toString('base64'),
    }
    expect(await errorOf(db.call('register.previewMemberImport', { file: text }))).toMatchObject({
      code: 'VALIDATION',
      message:
        'Filen är ingen Excel-arbetsbok (.xlsx). Spara den som ”Excel-arbetsbok” och försök igen.',
    })
    const noHeader = await workbook([
      ['Förnamn', 'Efternamn'],
      ['Anna', 'Holm'],
    ])
    expect(
      (await errorOf(db.call('register.previewMemberImport', { file: noHeader }))).message,
    ).toContain('Hittade ingen rubrikrad')
  })

  it('refuses a file larger than the limit before reading it', async () => {
    const huge = { fileName: 'stor.xlsx', base64: 'A'.repeat(15 * 1024 * 1024) }
    expect((await errorOf(db.call('register.previewMemberImport', { file: huge }))).message).toBe(
      'Filen är för stor (högst 10 MB).',
    )
  })
})
