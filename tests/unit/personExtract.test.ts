import ExcelJS from 'exceljs'
import { afterEach, describe, expect, it } from 'vitest'
import { fixedClock } from '../../src/main/context.ts'
import { createTestDatabase, type TestDatabase } from '../support/testDatabase.ts'
import { buildWorld } from '../support/world.ts'

let db: TestDatabase
afterEach(async () => db?.close())

/** Every sheet of the written workbook as rows of text, the header row first. */
async function workbookText(data: Uint8Array): Promise<Map<string, string[][]>> {
  const book = new ExcelJS.Workbook()
  await book.xlsx.load(data as unknown as ArrayBuffer)
  const sheets = new Map<string, string[][]>()
  book.eachSheet((sheet) => {
    const rows: string[][] = []
    sheet.eachRow((row) =>
      rows.push((row.values as ExcelJS.CellValue[]).slice(1).map((value) => String(value ?? ''))),
    )
    sheets.set(sheet.name, rows)
  })
  return sheets
}

/**
 * Pelle (a member for Polisen) with one of each kind of data: apologies with Dan serving for her,
 * present later with late arrival, presenter of an item, adjuster, owner of an action, named in a
 * §, a decision, another's action, an attendance note and the situation picture, in the goal
 * document's draft and a saved version, in an idea and an activity, signatory of the final report,
 * the contact of an organisation, and a backup taken while all this was stored.
 */
async function pelleWithEverything() {
  db = await createTestDatabase({ clock: fixedClock('2026-11-25T10:00:00+01:00') })
  const world = await buildWorld(db)
  const { people, bodyId } = world
  const first = await world.meeting('2026-10-06', { noticeDate: null, replyBy: null })
  await db.call('attendance.setStatus', {
    meetingId: first.id,
    personId: people.pelle,
    status: 'apologies',
  })
  await db.call('attendance.setServing', {
    meetingId: first.id,
    deputyPersonId: people.dan,
    memberPersonId: people.pelle,
  })
  let second = await world.meeting('2026-11-10', { noticeDate: null, replyBy: null })
  second = await db.call('meetings.addItem', {
    meetingId: second.id,
    version: second.version,
    title: 'Polisens lägesrapport',
    kind: 'information',
    presenterPersonId: people.pelle,
    plannedMinutes: 15,
  })
  await world.rollCall(second.id)
  const items = second.items
  await db.call('attendance.setRange', {
    meetingId: second.id,
    personId: people.pelle,
    fromItemId: items[2]!.id,
    toItemId: null,
    note: 'Kom direkt efter ett utryckningsuppdrag.',
  })
  await db.call('attendance.setRange', {
    meetingId: second.id,
    personId: people.karin,
    fromItemId: null,
    toItemId: null,
    note: 'Lämnade över till Pelle.',
  })
  let minutes = await db.call('minutes.begin', { meetingId: second.id, struckItemIds: [] })
  minutes = await db.call('minutes.setAdjustment', {
    meetingId: second.id,
    version: minutes.version,
    adjusterIds: [people.pelle],
    adjustBy: '2026-11-17',
    adjustPlace: 'Stadshuset',
  })
  const paragraph = minutes.paragraphs.find(
    (candidate) => candidate.title === 'Polisens lägesrapport',
  )!
  await db.call('minutes.saveParagraph', {
    id: paragraph.id,
    version: paragraph.version,
    title: paragraph.title,
    text: 'Pelle redogjorde för inbrotten i förråden under hösten.',
    decisions: ['att tacka Pelle för redogörelsen'],
  })
  await db.call('minutes.addAction', {
    paragraphId: paragraph.id,
    description: 'Kartlägga belysningen vid busstationen',
    ownerPersonId: people.pelle,
    dueDate: '2027-01-31',
  })
  await db.call('minutes.addAction', {
    paragraphId: paragraph.id,
    description: 'Bjuda in Pelle till grannsamverkans möte',
    ownerPersonId: people.kent,
    dueDate: '2027-02-28',
  })
  await db.call('minutes.saveSituation', {
    meetingId: second.id,
    version: minutes.situation!.version,
    concerns: 'Inbrott i förråd, enligt Pelle.',
    events: '',
    measures: '',
  })

  const document = await db.call('goals.createDocument', { bodyId, title: 'Måldokument 2027' })
  const vision = document.sections[0]!
  await db.call('goals.updateSection', {
    id: vision.id,
    version: vision.version,
    heading: vision.heading,
    text: 'Ett tryggare Sundsvall. Texten skrevs av Pelle och Kent.',
  })
  await db.call('goals.saveVersion', { documentId: document.id, comment: 'Efter Pelles genomgång' })
  await db.call('goals.createIdea', {
    bodyId,
    text: 'Trygghetsvandring med Pelle från polisen',
    category: 'doMore',
    source: 'Workshop',
    sourceDate: '2026-10-06',
  })
  const grant = await db.call('budget.createGrant', {
    caseNumber: 'B3.3-0001/2026',
    projectName: 'Tryggare kvarter',
    amountGranted: 20_000,
    fromYear: 2026,
    toYear: 2026,
    decisionDate: null,
  })
  await db.call('budget.createActivity', {
    name: 'Trygghetsdag',
    kind: 'safetyDay',
    bodyId,
    grantId: grant.id,
    startDate: '2026-09-12',
    endDate: null,
    description: 'Pelle höll i polisens tält.',
    participants: 80,
    lines: [{ year: 2026, totalCost: 12_000, grantAmount: 5_000 }],
  })
  await db.call('reports.saveFinalReport', {
    grantId: grant.id,
    version: 0,
    place: 'Sundsvall',
    reportDate: '2026-11-20',
    signatories: [{ name: 'Pelle', title: 'Ordförande' }],
    texts: { problem: '', measures: '', implementation: '', actorsNote: '', results: '' },
  })
  await db.call('register.createOrganisation', {
    name: 'Grannsamverkan',
    kind: 'association',
    contact: 'Nås via Pelle på polisen',
  })
  const backup = await db.call('backup.backUpNow')
  return { world, second, lateFrom: items[2]!.title, backup }
}

const extractOf = async (personId: number) => {
  await db.call('exports.personExtractXlsx', { personId })
  return workbookText(db.host.saved.at(-1)!.data)
}
const rowsOf = (sheets: Map<string, string[][]>, name: string) => {
  expect([...sheets.keys()]).toContain(name)
  return sheets.get(name)!.slice(1)
}
const anyRow = (rows: string[][], ...parts: string[]) =>
  rows.some((row) => parts.every((part) => row.some((cell) => cell.includes(part))))

describe('the register extract', () => {
  it('holds each kind of data stored about the person, in the written workbook', async () => {
    const { world, lateFrom, backup } = await pelleWithEverything()
    const sheets = await extractOf(world.people.pelle)

    expect(rowsOf(sheets, 'Personuppgifter')).toEqual(
      expect.arrayContaining([
        ['Namn', 'Pelle'],
        ['E-post', 'pelle@exempel.se'],
      ]),
    )
    expect(anyRow(rowsOf(sheets, 'Uppdrag'), 'Trygghetsrådet', 'Ledamot', '2020-01-01')).toBe(true)
    const attendance = rowsOf(sheets, 'Närvaro')
    expect(anyRow(attendance, '2026-10-06', 'Förhinder')).toBe(true)
    expect(
      attendance.some(
        (row) =>
          row[0] === '2026-11-10' &&
          row.includes(`från ${lateFrom}`) &&
          row.join().includes('utryckning'),
      ),
    ).toBe(true)
    expect(anyRow(rowsOf(sheets, 'Ersatt av'), '2026-10-06', 'Dan')).toBe(true)
    expect(
      anyRow(rowsOf(sheets, 'Ansvar för åtgärder'), 'Kartlägga belysningen', '2027-01-31'),
    ).toBe(true)
    expect(anyRow(rowsOf(sheets, 'Justerare'), '2026-11-10')).toBe(true)
    const named = rowsOf(sheets, 'Nämnd i protokoll')
    expect(anyRow(named, 'Polisens lägesrapport', 'Pelle redogjorde')).toBe(true)
    expect(anyRow(named, 'beslut', 'att tacka Pelle')).toBe(true)
    expect(anyRow(named, 'uppdrag', 'Bjuda in Pelle')).toBe(true)
    expect(anyRow(named, 'Dagordning: Polisens lägesrapport', 'Föredragande')).toBe(true)
    expect(anyRow(named, 'Närvaroanteckning', 'Lämnade över till Pelle')).toBe(true)
    expect(anyRow(named, 'Lägesbild', 'enligt Pelle')).toBe(true)
    const documents = rowsOf(sheets, 'Nämnd i dokument')
    expect(anyRow(documents, 'Måldokument 2027 (utkast)', 'skrevs av Pelle')).toBe(true)
    expect(anyRow(documents, 'Måldokument 2027, version 1', 'skrevs av Pelle')).toBe(true)
    expect(anyRow(documents, 'Idé', 'Trygghetsvandring med Pelle')).toBe(true)
    expect(anyRow(documents, 'Aktivitet', 'Trygghetsdag', 'Pelle höll i')).toBe(true)
    expect(anyRow(documents, 'Slutrapport B3.3-0001/2026', 'Undertecknare', 'Ordförande')).toBe(
      true,
    )
    expect(anyRow(documents, 'Aktör Grannsamverkan', 'Nås via Pelle')).toBe(true)
    expect(anyRow(rowsOf(sheets, 'Säkerhetskopior'), backup.fileName)).toBe(true)
    const about = rowsOf(sheets, 'Om utdraget')
      .map((row) => row[0])
      .join('\n')
    expect(about).toMatch(/Personuppgiftsansvarig: den kommun/)
    expect(about).toContain('Kontakt: Sara')
    expect(about).toContain('Ändamål:')
    expect(about).toMatch(/Rättslig grund: .*artikel 6\.1 e/)
    expect(about).toContain('Integritetsskyddsmyndigheten (IMY)')
    // Someone else is not named: Kent's extract has none of Pelle's rows.
    const kent = await extractOf(world.people.kent)
    expect(
      rowsOf(kent, 'Nämnd i dokument').some((row) => row.join(' ').includes('Undertecknare')),
    ).toBe(false)
    expect(anyRow(rowsOf(kent, 'Nämnd i dokument'), 'skrevs av Pelle och Kent')).toBe(true)
  }, 120_000)

  it('shows the deputy whom they served for', async () => {
    const { world } = await pelleWithEverything()
    const dan = await extractOf(world.people.dan)
    expect(anyRow(rowsOf(dan, 'Närvaro'), '2026-10-06', 'Pelle')).toBe(true)
  }, 120_000)
})
