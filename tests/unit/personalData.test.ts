import { existsSync, readFileSync } from 'node:fs'
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
    expect((await db.dispatcher.call('exports.personExtractXlsx', { personId: 999_999 })).ok).toBe(
      false,
    )
  })

  it('a register extract holds every trace in meetings: attendance, deputies, actions, adjusting, §§ naming the person, backups and the rights', async () => {
    const native = await db.database.orm.em.getConnection().getNativeClient()
    // A member of the example council with each kind of data: present, served for by a deputy,
    // owner of an action (named in its decision) and adjuster of minutes.
    const person = native
      .prepare(
        `select p.id, p.name from person p
          where exists (select 1 from attendance a where a.person_id = p.id)
            and exists (select 1 from attendance a where a.serving_for_id = p.id)
            and exists (select 1 from action_item ai where ai.owner_person_id = p.id)
            and exists (select 1 from minutes m where m.adjuster1_id = p.id or m.adjuster2_id = p.id)
          order by p.id limit 1`,
      )
      .get() as { id: number; name: string }
    expect(person).toBeDefined()
    const count = (sql: string) =>
      (native.prepare(sql).get(person.id, person.id) as { n: number }).n
    const backup = await db.call('backup.backUpNow')
    await db.call('exports.personExtractXlsx', { personId: person.id })
    const data = db.host.saved.at(-1)!.data
    const rowsOf = async (sheet: string) => (await sheetRows(data, sheet)).slice(1)

    expect(await rowsOf('Närvaro')).toHaveLength(
      count('select count(*) as n from attendance where person_id = ? or ? is null'),
    )
    const servedBy = await rowsOf('Ersatt av')
    expect(servedBy).toHaveLength(
      count('select count(*) as n from attendance where serving_for_id = ? or ? is null'),
    )
    expect(servedBy[0]![2]).not.toBe('')
    const action = native
      .prepare('select description from action_item where owner_person_id = ?')
      .get(person.id) as { description: string }
    expect((await rowsOf('Ansvar för åtgärder')).map((row) => row[0])).toContain(action.description)
    expect(await rowsOf('Justerare')).toHaveLength(
      count('select count(*) as n from minutes where adjuster1_id = ? or adjuster2_id = ?'),
    )
    // The decision that gave the person the action names them: "ge <namn> i uppdrag att …".
    const named = await rowsOf('Nämnd i protokoll')
    expect(named.some((row) => row[2]!.includes('beslut') && row[3]!.includes(person.name))).toBe(
      true,
    )
    expect((await rowsOf('Säkerhetskopior')).map((row) => row[0])).toContain(backup.fileName)
    const about = (await rowsOf('Om utdraget')).map((row) => row[0]).join('\n')
    for (const part of [
      'Personuppgiftsansvarig',
      'Eva Marklund',
      'Ändamål',
      'Rättslig grund',
      'Integritetsskyddsmyndigheten (IMY)',
      'närvaro vid varje möte',
    ])
      expect(about).toContain(part)
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

  it('erasing contact details leaves no part of them in the database file or its WAL', async () => {
    const erased = {
      email: 'rut.sjolander.unik@exempel.se',
      title: 'Samordnare för trygghetsfrågor i Kvissleby',
      phone: '070-987 65 43',
    }
    const person = await db.call('register.createPerson', { name: 'Rut Sjölander', ...erased })
    await db.call('register.createPerson', { name: 'Efter i samma sida' }) // her row is not the page's last
    // Each value and the e-mail's local part on its own: SQLite writes the shorter new row over part of
    // the old one, so without secure_delete pieces (not always the whole address) stay in free space.
    const needles = [...Object.values(erased), 'rut.sjolander.unik']
    const leftIn = () =>
      [db.path, `${db.path}-wal`].flatMap((path) => {
        if (!existsSync(path)) return []
        const bytes = readFileSync(path)
        return needles.filter((needle) => bytes.includes(Buffer.from(needle)))
      })
    expect(leftIn()).toEqual(expect.arrayContaining(needles))
    await db.call('register.erasePersonContact', { id: person.id })
    expect(leftIn()).toEqual([])
    expect(existsSync(`${db.path}-wal`) ? readFileSync(`${db.path}-wal`).length : 0).toBe(0)
  })
})
