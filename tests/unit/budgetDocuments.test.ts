import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import ExcelJS from 'exceljs'
import JSZip from 'jszip'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { convertWithLibreOffice } from '../support/libreoffice.ts'
import { wordPart, wordTextOf } from '../support/wordText.ts'
import type { GrantDto } from '../../src/shared/api/budget.ts'
import type { FinalReportDto } from '../../src/shared/api/reports.ts'
import { KRONOR_FORMAT } from '../../src/main/exports/excel.ts'
import { buildFinalReportDocx } from '../../src/main/exports/finalReportDocx.ts'
import type { ProcedureName } from '../../src/shared/api/index.ts'
import { createTestDatabase, type CallInput, type TestDatabase } from '../support/testDatabase.ts'

let db: TestDatabase
let work: string
let grant: GrantDto
beforeAll(async () => {
  db = await createTestDatabase()
  work = mkdtempSync(join(tmpdir(), 'radsrum-budget-docs-'))
  await db.call('system.loadExampleData')
  grant = (await db.call('budget.listGrants'))[0]!
}, 60_000)
afterAll(async () => {
  await db.close()
  rmSync(work, { recursive: true, force: true })
})

async function exported<N extends ProcedureName>(name: N, ...input: CallInput<N>) {
  const before = db.host.saved.length
  await db.call(name, ...input)
  return db.host.saved[before]!
}

describe('the budget workbook', () => {
  it('has a sheet per year in the seed’s layout and a summary, with formulas, kronor format, frozen header and upright print (four columns fit A4 portrait)', async () => {
    const file = await exported('exports.budgetXlsx', {})
    expect(file.fileName).toBe('Budget 2012–2013.xlsx')
    const workbook = new ExcelJS.Workbook()
    await workbook.xlsx.load(Buffer.from(file.data) as unknown as ArrayBuffer)
    expect(workbook.worksheets.map((sheet) => sheet.name)).toEqual([
      'Sammanställning',
      '2012',
      '2013',
    ])

    const y2012 = workbook.getWorksheet('2012')!
    expect(y2012.getRow(1).values).toEqual([
      undefined,
      'Aktivitet',
      'Totalkostnad',
      'Medel från Brå',
      'Egen finans',
    ])
    expect(
      [2, 3, 4].map((row) => [
        y2012.getCell(row, 1).value,
        y2012.getCell(row, 2).value,
        y2012.getCell(row, 3).value,
      ]),
    ).toEqual([
      ['Trygghetsdag 1', 37_000, 10_000],
      ['Trygghetsdag 2', 10_000, 0],
      ['Trygghetsdag 3', 21_500, 0],
    ])
    expect(y2012.getCell('D2').value).toEqual({ formula: 'B2-C2', result: 27_000 })
    expect(y2012.getCell('A5').value).toBe('SUMMA')
    expect(y2012.getCell('B5').value).toEqual({ formula: 'SUM(B2:B4)', result: 68_500 })
    expect(y2012.getCell('C5').value).toEqual({ formula: 'SUM(C2:C4)', result: 10_000 })
    expect(y2012.getCell('D5').value).toEqual({ formula: 'SUM(D2:D4)', result: 58_500 })
    for (const cell of ['B2', 'C3', 'D4', 'B5'])
      expect(y2012.getCell(cell).numFmt).toBe(KRONOR_FORMAT)
    expect(y2012.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 })
    expect(y2012.pageSetup).toMatchObject({
      orientation: 'portrait',
      fitToPage: true,
      fitToWidth: 1,
      fitToHeight: 0,
    })
    expect(y2012.getColumn(1).width).toBeGreaterThanOrEqual(16)

    const summary = workbook.getWorksheet('Sammanställning')!
    expect(summary.getCell('A2').value).toBe('2012')
    expect(summary.getCell('B2').value).toEqual({ formula: "'2012'!B5", result: 68_500 })
    expect(summary.getCell('C3').value).toEqual({ formula: "'2013'!C5", result: 40_000 })
    expect(summary.getCell('B4').value).toEqual({ formula: 'SUM(B2:B3)', result: 163_500 })
    expect(summary.getCell('D4').numFmt).toBe(KRONOR_FORMAT)
  })

  it('adds up to the seed’s sums when LibreOffice recalculates it, shown as "163 500 kr"', async () => {
    const file = await exported('exports.budgetXlsx', {})
    // Drop the cached results so that every figure a reader sees is computed by the formulas.
    const workbook = new ExcelJS.Workbook()
    await workbook.xlsx.load(Buffer.from(file.data) as unknown as ArrayBuffer)
    workbook.eachSheet((sheet) =>
      sheet.eachRow((row) =>
        row.eachCell((cell) => {
          if (cell.formula) cell.value = { formula: cell.formula } as ExcelJS.CellFormulaValue
        }),
      ),
    )
    writeFileSync(join(work, 'budget.xlsx'), new Uint8Array(await workbook.xlsx.writeBuffer()))
    convertWithLibreOffice(
      work,
      'csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,true,false,false,-1',
      ['budget.xlsx'],
    )
    const csv = (sheet: string) =>
      readFileSync(join(work, `budget-${sheet}.csv`), 'utf8')
        .trim()
        .split('\n')
    expect(csv('2012')).toEqual([
      'Aktivitet,Totalkostnad,Medel från Brå,Egen finans',
      'Trygghetsdag 1,37 000 kr,10 000 kr,27 000 kr',
      'Trygghetsdag 2,10 000 kr,0 kr,10 000 kr',
      'Trygghetsdag 3,21 500 kr,0 kr,21 500 kr',
      'SUMMA,68 500 kr,10 000 kr,58 500 kr',
    ])
    expect(csv('2013').at(-1)).toBe('SUMMA,95 000 kr,40 000 kr,55 000 kr')
    expect(csv('Sammanställning')).toEqual([
      'År,Totalkostnad,Medel från Brå,Egen finans',
      '2012,68 500 kr,10 000 kr,58 500 kr',
      '2013,95 000 kr,40 000 kr,55 000 kr',
      'SUMMA,163 500 kr,50 000 kr,113 500 kr',
    ])
  }, 180_000)

  it('exports one year, and says so clearly when a year has no budget', async () => {
    const file = await exported('exports.budgetXlsx', { year: 2013 })
    const workbook = new ExcelJS.Workbook()
    await workbook.xlsx.load(Buffer.from(file.data) as unknown as ArrayBuffer)
    expect(workbook.worksheets.map((sheet) => sheet.name)).toEqual(['Sammanställning', '2013'])
    expect(workbook.getWorksheet('Sammanställning')!.getCell('B3').value).toEqual({
      formula: 'SUM(B2:B2)',
      result: 95_000,
    })
    const result = await db.dispatcher.call('exports.budgetXlsx', { year: 2015 })
    expect(result).toMatchObject({
      ok: false,
      error: {
        code: 'VALIDATION',
        message: 'Det finns inga budgetrader för 2015. Välj ett år som har aktiviteter med budget.',
      },
    })
  })
})

describe('the final report', () => {
  it('has the seed’s sections, the register’s actors, the indicators and one money table per year with SUMMA', async () => {
    const file = await exported('exports.finalReportDocx', { grantId: grant.id })
    expect(file.fileName).toBe('Slutrapport B3.3-0294-2011.docx')
    const zip = await JSZip.loadAsync(file.data)
    expect(await zip.file('docProps/core.xml')!.async('string')).toContain(
      '<dc:title>Slutrapport av projektet Utveckling av trygghetsskapande arbete i Sundsvalls kommun</dc:title>',
    )
    const xml = await wordPart(file.data)
    const headings = [
      ...xml.matchAll(/<w:pStyle w:val="Heading1"\/>.*?<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g),
    ].map((match) => match[1])
    expect(headings).toEqual([
      'Problembild',
      'Åtgärder',
      'Genomförande',
      'Aktörer',
      'Resultat',
      'Användning av det ekonomiska stödet',
    ])
    const text = wordTextOf(xml)
    expect(text).toContain('Diarienummer: B3.3-0294/2011')
    expect(text).toContain('Från kommunen deltar barn- och utbildningsförvaltningen')
    expect(text).toContain(
      'Polisen och kommunen deltar i var och en av de 14 lokala trygghetsgrupperna',
    )
    // The seed's Aktörer: räddningstjänsten is the municipality's own; the researcher's firm is no actor.
    expect(/Från kommunen deltar ([^.]*)\./.exec(text)![1]).toContain('räddningstjänsten')
    const others = /Övriga aktörer är ([^.]*)\./.exec(text)![1]!
    expect(others).toContain('Polisen')
    expect(others).not.toMatch(/Räddningstjänsten|Handlingsverket/)
    expect(text).not.toContain('Handlingsverket')
    // A share changes by procentenheter (the seed: "minskat med mellan 2,1 och 3,6 procentenheter").
    expect(text).toContain('−3,6 procentenheter (bättre)')
    expect(text).toContain('−2,1 procentenheter (bättre)')
    expect(text).toContain('−0,12 (bättre)')
    expect(text).not.toMatch(/\d %\s*\((bättre|sämre)\)/)
    expect(text).toContain('1,33 (2010)')
    expect(text).toContain('1,21 (2013)')
    // A table cell is a paragraph, so a line each.
    expect(text).toMatch(/SUMMA\n68\s500 kr\n10\s000 kr\n58\s500 kr/)
    expect(text).toMatch(/SUMMA\n95\s000 kr\n40\s000 kr\n55\s000 kr/)
    expect(text).toMatch(/SUMMA\n163\s500 kr\n50\s000 kr\n113\s500 kr/)
    expect(text).toContain('Sundsvall 2014-01-07')
    expect(text).toContain('Maria Lindqvist\nDirektör, Kultur & Fritid')
    expect(text).toContain('Annika Holmgren\nEkonom, Kultur & Fritid')
    expect(xml.match(/<w:tblHeader\/>/g)?.length).toBeGreaterThanOrEqual(4)

    writeFileSync(join(work, 'rapport.docx'), file.data)
    convertWithLibreOffice(work, 'txt:Text (encoded):UTF8', ['rapport.docx'])
    const seen = readFileSync(join(work, 'rapport.txt'), 'utf8')
    expect(seen).toContain('Användning av det ekonomiska stödet 2012')
    expect(seen).toMatch(/SUMMA\s+163\s500 kr\s+50\s000 kr\s+113\s500 kr/)
  }, 180_000)

  it('still opens with 50 pages of pasted text full of odd characters', async () => {
    const base = await db.call('reports.getFinalReport', { grantId: grant.id })
    const odd =
      'Citat ”så här” & <b>inte fetstil</b> \u0001\u0008 \ud83d\ude00 emoji, \ud800 ensam surrogat, zero\u200bwidth, RTL \u202e, tab\there.\n- punkt ]]> &amp;\n'
    const long = odd.repeat(Math.floor(190_000 / odd.length))
    const report: FinalReportDto = {
      ...base,
      texts: { ...base.texts, implementation: long, results: long },
    }
    const data = await buildFinalReportDocx(report, 'Eva Marklund')
    const xml = await wordPart(data)
    // eslint-disable-next-line no-control-regex
    expect(xml).not.toMatch(/[\u0000-\u0008]/)
    expect(xml).toContain('&lt;b&gt;inte fetstil&lt;/b&gt;')
    writeFileSync(join(work, 'lang.docx'), data)
    convertWithLibreOffice(work, 'pdf', ['lang.docx'])
    expect(readdirSync(work)).toContain('lang.pdf')
    const pages =
      readFileSync(join(work, 'lang.pdf'), 'latin1').match(/\/Type\s*\/Page[^s]/g)?.length ?? 0
    expect(pages).toBeGreaterThanOrEqual(50)
  }, 240_000)
})
