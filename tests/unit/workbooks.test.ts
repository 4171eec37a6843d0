/**
 * Every workbook a secretary sends, as written and as LibreOffice prints and recalculates it: title,
 * date and page numbers on every page, headers and text that fit their columns, named fonts, the
 * secretary as author, and cached formula results that match what a spreadsheet program computes.
 */
import { execFileSync } from 'node:child_process'
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import ExcelJS from 'exceljs'
import JSZip from 'jszip'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { convertWithLibreOffice } from '../support/libreoffice.ts'
import type { ProcedureName } from '../../src/shared/api/index.ts'
import { createTestDatabase, type CallInput, type TestDatabase } from '../support/testDatabase.ts'
import { exampleWorld } from '../support/world.ts'

let db: TestDatabase
let work: string
/** Each workbook kind, by a short name: its bytes and the title its pages should carry. */
const files = new Map<string, { data: Uint8Array; title: RegExp }>()

async function exported<N extends ProcedureName>(name: N, ...input: CallInput<N>) {
  const before = db.host.saved.length
  await db.call(name, ...input)
  return db.host.saved[before]!.data
}

beforeAll(async () => {
  db = await createTestDatabase()
  work = mkdtempSync(join(tmpdir(), 'radsrum-workbooks-'))
  const { council } = await exampleWorld(db)
  const person = (await db.call('register.listPeople', { search: 'Maria Lindqvist' }))[0]!
  files.set('register', {
    data: await exported('exports.registerXlsx'),
    title: /Register · (Aktörer|Personer|Organ|Uppdrag)/,
  })
  files.set('attendance', {
    data: await exported('exports.attendanceXlsx', { bodyId: council.id, year: null }),
    title: /Närvaro Trygghetsrådet \d{4}/,
  })
  files.set('budget', {
    data: await exported('exports.budgetXlsx', { year: null }),
    title: /Budget 2012–2013: sammanställning|Användning av det ekonomiska stödet \d{4}/,
  })
  files.set('yearplan', {
    data: await exported('exports.yearPlanXlsx', { bodyId: council.id, year: 2026 }),
    title: /Sammanträdesplan Trygghetsrådet 2026/,
  })
  files.set('person', {
    data: await exported('exports.personExtractXlsx', { personId: person.id }),
    title: /Registerutdrag – Maria Lindqvist · /,
  })
  for (const [name, { data }] of files) writeFileSync(join(work, `${name}.xlsx`), data)
}, 120_000)
afterAll(async () => {
  await db.close()
  rmSync(work, { recursive: true, force: true })
})

const load = async (data: Uint8Array | Buffer) => {
  const workbook = new ExcelJS.Workbook()
  await workbook.xlsx.load(Buffer.from(data) as unknown as ArrayBuffer)
  return workbook
}
const xml = async (data: Uint8Array, pattern: RegExp) => {
  const zip = await JSZip.loadAsync(data)
  return Promise.all(
    Object.keys(zip.files)
      .filter((name) => pattern.test(name))
      .sort()
      .map((name) => zip.file(name)!.async('string')),
  )
}

describe('every workbook', () => {
  it('has the secretary as author, a title, Swedish as language, and does not claim Excel wrote it', async () => {
    for (const [name, { data }] of files) {
      const [core] = await xml(data, /^docProps\/core\.xml$/)
      const [app] = await xml(data, /^docProps\/app\.xml$/)
      expect(core, name).toContain('<dc:creator>Eva Marklund</dc:creator>')
      expect(core, name).toContain('<cp:lastModifiedBy>Eva Marklund</cp:lastModifiedBy>')
      expect(core, name).toMatch(/<dc:title>[^<]+<\/dc:title>/)
      expect(core, name).toContain('<dc:language>sv-SE</dc:language>')
      expect(app, name).toContain('<Application>Rådsrum</Application>')
      expect(app, name).not.toMatch(/Microsoft|AppVersion/)
    }
    // The deputies' notes on the attendance sheet are signed by the secretary too.
    const comments = await xml(files.get('attendance')!.data, /^xl\/comments\d+\.xml$/)
    expect(comments.length).toBeGreaterThan(0)
    for (const sheet of comments) expect(sheet).toContain('<author>Eva Marklund</author>')
  })

  it('names the face and size of every font (a bare <b/> prints in a serif in LibreOffice)', async () => {
    for (const [name, { data }] of files) {
      const [styles] = await xml(data, /^xl\/styles\.xml$/)
      const fonts = [...styles!.matchAll(/<font>([\s\S]*?)<\/font>/g)].map((match) => match[1]!)
      expect(fonts.length, name).toBeGreaterThan(1)
      for (const font of fonts) {
        expect(font, name).toContain('<name val="Calibri"/>')
        expect(font, name).toContain('<sz val="11"/>')
      }
    }
  })

  it('prints each sheet with its title, the day, "Sida n av m", fitted to the width, the header row on every page', async () => {
    for (const [name, { data, title }] of files) {
      const workbook = await load(data)
      for (const sheet of workbook.worksheets) {
        const where = `${name}/${sheet.name}`
        expect(sheet.headerFooter.oddHeader, where).toMatch(/^&L&"Calibri,Bold"/)
        expect(sheet.headerFooter.oddHeader, where).toMatch(title)
        expect(sheet.headerFooter.oddHeader, where).toContain(
          `&R&"Calibri,Regular"Utskrivet ${db.clock.today()}`,
        )
        expect(sheet.headerFooter.oddFooter, where).toContain('Sida &P av &N')
        expect(sheet.pageSetup, where).toMatchObject({ fitToPage: true, fitToWidth: 1 })
        expect(sheet.pageSetup.fitToHeight, where).toBe(0)
        expect(sheet.pageSetup.printTitlesRow, where).toBe('1:1')
      }
    }
    // Wide sheets print across the page, narrow ones upright.
    const orientation = async (file: string, sheet: string) =>
      (await load(files.get(file)!.data)).getWorksheet(sheet)!.pageSetup.orientation
    expect(await orientation('attendance', '2012')).toBe('landscape')
    expect(await orientation('register', 'Uppdrag')).toBe('landscape')
    expect(await orientation('budget', '2012')).toBe('portrait')
    expect(await orientation('person', 'Personuppgifter')).toBe('portrait')
  })

  it('has columns as wide as their headers, and as their content up to a cap, beyond which text wraps', async () => {
    for (const [name, { data }] of files) {
      const workbook = await load(data)
      for (const sheet of workbook.worksheets) {
        sheet.getRow(1).eachCell((cell, column) => {
          const width = sheet.getColumn(column).width ?? 9
          const text = String(cell.value ?? '')
          const where = `${name}/${sheet.name}/${text}`
          // Whole on one line, or wrapped onto two lines whose longer one fits.
          if (cell.alignment?.wrapText && text.length + 3 > width) {
            expect(sheet.getRow(1).height, where).toBeGreaterThanOrEqual(30)
            expect(
              Math.max(...text.split(' ').map((word) => word.length)) + 3,
              where,
            ).toBeLessThanOrEqual(width)
          } else if (!cell.alignment?.textRotation) {
            expect(text.length + 2, where).toBeLessThanOrEqual(width)
          }
        })
        sheet.eachRow((row, number) => {
          if (number === 1) return
          row.eachCell((cell, column) => {
            if (cell.isMerged || typeof cell.value !== 'string') return
            const width = sheet.getColumn(column).width ?? 9
            const longest = Math.max(...cell.value.split('\n').map((line) => line.length))
            // A column's width counts "0" digits; running text is about a tenth narrower.
            if (longest > (width - 1) * 1.1) {
              expect(cell.alignment?.wrapText, `${name}/${sheet.name}/${cell.address}`).toBe(true)
              expect(row.height, `${name}/${sheet.name}/${cell.address}`).toBeGreaterThan(15)
            }
          })
        })
      }
    }
    // The explanation under the register extract wraps in a column of its own width.
    const about = (await load(files.get('person')!.data)).getWorksheet('Om utdraget')!
    expect(about.getColumn(1).width).toBeLessThanOrEqual(100)
    expect(about.getCell('A3').alignment?.wrapText).toBe(true)
  })
})

describe('as LibreOffice prints them (Carlito for Calibri)', () => {
  let pages: Map<string, string[]>
  beforeAll(() => {
    convertWithLibreOffice(
      work,
      'pdf',
      [...files.keys()].map((name) => `${name}.xlsx`),
    )
    pages = new Map(
      [...files.keys()].map((name) => [
        name,
        execFileSync('pdftotext', ['-layout', join(work, `${name}.pdf`), '-'])
          .toString('utf8')
          .split('\f')
          .filter((page) => page.trim() !== ''),
      ]),
    )
  }, 180_000)

  it('every page of every workbook carries its title, the day and "Sida n av m"', () => {
    for (const [name, printed] of pages) {
      expect(printed.length, name).toBeGreaterThan(0)
      printed.forEach((page, index) => {
        expect(page, `${name} page ${index + 1}`).toMatch(files.get(name)!.title)
        expect(page, `${name} page ${index + 1}`).toContain(`Utskrivet ${db.clock.today()}`)
        expect(page, `${name} page ${index + 1}`).toContain(
          `Sida ${index + 1} av ${printed.length}`,
        )
      })
    }
  })

  it('the year plan keeps numbers apart from text: no "6tisdag", no date running into its time', () => {
    const text = pages.get('yearplan')!.join('\n')
    expect(text).toMatch(/\b6 +tisdag +2026-02-03 +13\.15–15\.00/)
    // On the page: after a week number or a date, the next cell's text starts a clear gap away
    // (at least half a character of 11 pt), not a hair's breadth from it.
    const bbox = execFileSync('pdftotext', ['-bbox', join(work, 'yearplan.pdf'), '-']).toString()
    const words = [
      ...bbox.matchAll(/xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)"[^>]*>([^<]+)</g),
    ].map((match) => ({
      left: Number(match[1]),
      line: Math.round(Number(match[2])),
      right: Number(match[3]),
      text: match[4]!,
    }))
    // The table's rows: the lines with a meeting's date (not the footer's "Sida 1 av 1").
    const rows = new Set(
      words.filter((word) => /^\d{4}-\d{2}-\d{2}$/.test(word.text)).map((word) => word.line),
    )
    const gaps = words.flatMap((word) => {
      if (!rows.has(word.line) || !/^\d[\d-]*$/.test(word.text)) return []
      const next = words
        .filter((other) => other.line === word.line && other.left > word.right)
        .sort((a, b) => a.left - b.left)[0]
      return next ? [{ between: `${word.text} ${next.text}`, gap: next.left - word.right }] : []
    })
    expect(gaps.length).toBeGreaterThan(12)
    for (const { between, gap } of gaps) expect(gap, between).toBeGreaterThanOrEqual(6)
  })
})

/**
 * Each formula cell of a file by "sheet number!address": its formula and the cached result as
 * written (null when there is none). Read from the XML: exceljs reads a cached 0 as no result.
 */
async function formulaCells(data: Uint8Array | Buffer) {
  const cells = new Map<string, { formula: string; result: string | null }>()
  const zip = await JSZip.loadAsync(data)
  const sheets = Object.keys(zip.files).filter((name) =>
    /^xl\/worksheets\/sheet\d+\.xml$/.test(name),
  )
  for (const sheet of sheets) {
    const number = /(\d+)\.xml$/.exec(sheet)![1]
    const text = await zip.file(sheet)!.async('string')
    for (const match of text.matchAll(
      /<c r="([A-Z]+\d+)"[^>]*>\s*<f[^>]*>([^<]*)<\/f>\s*(?:<v>([^<]*)<\/v>|<v\/>)?/g,
    ))
      cells.set(`${number}!${match[1]}`, {
        formula: match[2]!,
        result: match[3] ?? (match[0].endsWith('<v/>') ? '' : null),
      })
  }
  return cells
}

describe('formulas', () => {
  it('carry the figures LibreOffice computes from them, so previews and data_only readers show them', async () => {
    // The same workbooks without any cached result: LibreOffice computes every formula itself.
    const bare = [...files.keys()].filter((name) => name === 'attendance' || name === 'budget')
    for (const name of bare) {
      const workbook = await load(files.get(name)!.data)
      workbook.eachSheet((sheet) =>
        sheet.eachRow((row) =>
          row.eachCell((cell) => {
            if (cell.formula) cell.value = { formula: cell.formula } as ExcelJS.CellFormulaValue
          }),
        ),
      )
      writeFileSync(
        join(work, `bare-${name}.xlsx`),
        new Uint8Array(await workbook.xlsx.writeBuffer()),
      )
    }
    convertWithLibreOffice(
      work,
      'xlsx:Calc MS Excel 2007 XML',
      bare.map((name) => `bare-${name}.xlsx`),
      { outDir: join(work, 'computed') },
    )
    let formulas = 0
    for (const name of files.keys()) {
      const ours = await formulaCells(files.get(name)!.data)
      if (ours.size === 0) continue
      // Every workbook with a formula is recalculated here; none is left out unchecked.
      expect(bare, name).toContain(name)
      const computed = await formulaCells(readFileSync(join(work, 'computed', `bare-${name}.xlsx`)))
      for (const [where, cell] of ours) {
        formulas += 1
        const theirs = computed.get(where)
        expect(cell.result, `${name} ${where} ${cell.formula}`).not.toBeNull()
        expect(theirs, `${name} ${where}`).toBeDefined()
        if (cell.result !== '' && !Number.isNaN(Number(cell.result)))
          expect(Number(cell.result), `${name} ${where} ${cell.formula}`).toBeCloseTo(
            Number(theirs!.result),
            9,
          )
        else expect(cell.result, `${name} ${where} ${cell.formula}`).toBe(theirs!.result ?? '')
      }
    }
    expect(formulas).toBeGreaterThan(300)
  }, 180_000)

  it('openpyxl with data_only=True reads the attendance rates as figures', () => {
    const rates = execFileSync(
      // Debian's python3-openpyxl (.ci/run installs it), not whichever python3 is first on PATH.
      '/usr/bin/python3',
      [
        '-c',
        `import openpyxl, json, sys
sheet = openpyxl.load_workbook(sys.argv[1], data_only=True)['2012']
header = [cell.value for cell in sheet[1]]
rate = header.index('Närvaro')
print(json.dumps({row[0].value: row[rate].value for row in sheet.iter_rows(min_row=2, max_row=12)}))`,
        join(work, 'attendance.xlsx'),
      ],
      { encoding: 'utf8' },
    )
    const byName = JSON.parse(rates) as Record<string, number | null>
    expect(Object.keys(byName).length).toBe(11)
    for (const rate of Object.values(byName)) {
      expect(typeof rate).toBe('number')
      expect(rate).toBeGreaterThanOrEqual(0)
      expect(rate).toBeLessThanOrEqual(1)
    }
  })
})
