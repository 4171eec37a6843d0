/**
 * A corpus of bad .xlsx files for the member import, through register.previewMemberImport: each is
 * refused with a reason or read within limits, parsed in a worker thread, and the process's memory
 * (the main process in the app) grows by less than 200 MB while it happens.
 */
import ExcelJS from 'exceljs'
import JSZip from 'jszip'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { ImportPreviewDto } from '../../src/shared/api/register.ts'
import { swedish } from '../../src/shared/messages/index.ts'
import { createTestDatabase, type TestDatabase } from '../support/testDatabase.ts'
import { writeZip, type ZipEntry } from '../support/zipWriter.ts'

const CONTENT_TYPES = `<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/></Types>`
const ROOT_RELS = `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>`
const WORKBOOK = `<?xml version="1.0" encoding="UTF-8"?><workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets><sheet name="Personer" sheetId="1" r:id="rId1"/></sheets></workbook>`
const WORKBOOK_RELS = `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/></Relationships>`
const SHEET_HEAD = `<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>Namn</t></is></c></row>`
const SHEET_TAIL = `</sheetData></worksheet>`
const parts = (sheet: ZipEntry, ...more: ZipEntry[]) =>
  writeZip([
    { name: '[Content_Types].xml', data: CONTENT_TYPES },
    { name: '_rels/.rels', data: ROOT_RELS },
    { name: 'xl/workbook.xml', data: WORKBOOK },
    { name: 'xl/_rels/workbook.xml.rels', data: WORKBOOK_RELS },
    sheet,
    ...more,
  ])
const ONE_ROW = {
  name: 'xl/worksheets/sheet1.xml',
  data: `${SHEET_HEAD}<row r="2"><c r="A2" t="inlineStr"><is><t>Anna Berg</t></is></c></row>${SHEET_TAIL}`,
}

async function workbook(rows: (string | ExcelJS.CellValue)[][]): Promise<Buffer> {
  const book = new ExcelJS.Workbook()
  const sheet = book.addWorksheet('Personer')
  sheet.addRow(['Namn', 'Titel', 'Organisation', 'E-post', 'Telefon'])
  for (const row of rows) sheet.addRow(row)
  return Buffer.from(await book.xlsx.writeBuffer())
}

const corpus: Record<string, () => Promise<Buffer>> = {
  // 2 GB of spaces in the sheet, about 2 MB compressed, honestly declared.
  'zip bomb (declared size)': async () =>
    parts({
      name: 'xl/worksheets/sheet1.xml',
      huge: { chunk: ' '.repeat(1024), repeat: 2 * 1024 * 1024 },
    }),
  // 300 MB of rows that declares 3 kB: only the worker's heap limit and timeout stop it.
  'zip bomb (lying about its size)': async () =>
    parts({
      name: 'xl/worksheets/sheet1.xml',
      declaredSize: 3000,
      huge: {
        prefix: SHEET_HEAD,
        chunk: '<row><c t="inlineStr"><is><t>Anna</t></is></c></row>',
        repeat: 6_000_000,
        suffix: SHEET_TAIL,
      },
    }),
  // A valid sheet beside an image that declares 3 kB and inflates to 1 GB (outside the JS heap, so
  // the worker's heap limit never sees it), and a theme that does the same with 600 MB of XML.
  'media bomb (1 GB image declaring 3 kB)': async () =>
    parts(ONE_ROW, {
      name: 'xl/media/image1.png',
      declaredSize: 3000,
      huge: { chunk: '\u0000'.repeat(1024), repeat: 1024 * 1024 },
    }),
  'theme bomb (600 MB theme declaring 3 kB)': async () =>
    parts(ONE_ROW, {
      name: 'xl/theme/theme1.xml',
      declaredSize: 3000,
      huge: {
        prefix:
          '<?xml version="1.0"?><a:theme xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main">',
        chunk: ' '.repeat(1024),
        repeat: 600 * 1024,
        suffix: '</a:theme>',
      },
    }),
  '1,048,576 rows': async () =>
    parts({
      name: 'xl/worksheets/sheet1.xml',
      huge: {
        prefix: SHEET_HEAD,
        chunk: '<row><c t="inlineStr"><is><t>Anna Berg</t></is></c></row>',
        repeat: 1_048_575,
        suffix: SHEET_TAIL,
      },
    }),
  'not a zip file': async () => Buffer.from('Namn;Titel\nAnna;Sekreterare\n'.repeat(100)),
  'zip without a workbook': async () =>
    Buffer.from(await new JSZip().file('hej.txt', 'hej').generateAsync({ type: 'uint8array' })),
  'malformed XML': async () =>
    parts({
      name: 'xl/worksheets/sheet1.xml',
      data: `${SHEET_HEAD}<row r="2"><c r="A2" t="inlineStr"><is><t>Anna</is></c></row><row`,
    }),
  '32k-character cells': async () =>
    workbook([
      [
        'A'.repeat(32_767),
        'T'.repeat(32_767),
        '',
        `${'e'.repeat(32_000)}@exempel.se`,
        '1'.repeat(32_767),
      ],
    ]),
  'cells starting with =': async () =>
    workbook([
      ['=HYPERLINK("http://evil.example","klicka")', '=1+1', '', '', ''],
      [
        { formula: 'CONCATENATE("Anna"," Berg")', result: 'Anna Berg' },
        "=cmd|' /C calc'!A0",
        '',
        '',
        '',
      ],
    ]),
}

describe('hostile .xlsx files for the member import', () => {
  let db: TestDatabase
  const files = new Map<string, Buffer>()
  beforeAll(async () => {
    db = await createTestDatabase()
    for (const [name, make] of Object.entries(corpus)) files.set(name, await make())
  }, 120_000)
  afterAll(() => db.close())

  /** Calls the preview while sampling the process's resident memory; answers the result and the growth in MB. */
  async function preview(name: string) {
    const base64 = files.get(name)!.toString('base64')
    global.gc?.()
    const before = process.memoryUsage().rss
    let peak = before
    const sampler = setInterval(() => (peak = Math.max(peak, process.memoryUsage().rss)), 10)
    const started = Date.now()
    try {
      const result = await db.dispatcher.call('register.previewMemberImport', {
        file: { fileName: `${name}.xlsx`, base64 },
      })
      peak = Math.max(peak, process.memoryUsage().rss)
      const growthMb = Math.round((peak - before) / 1024 / 1024)
      console.log(
        `import corpus ${name}: ${files.get(name)!.length} bytes, ${result.ok ? 'read' : `refused: ${result.error.message}`}; +${growthMb} MB, ${Date.now() - started} ms`,
      )
      return { result, growthMb }
    } finally {
      clearInterval(sampler)
    }
  }

  it.each([
    'zip bomb (declared size)',
    'zip bomb (lying about its size)',
    '1,048,576 rows',
    'not a zip file',
    'zip without a workbook',
    'malformed XML',
  ])('%s: refused with a reason, memory bounded', { timeout: 60_000 }, async (name) => {
    const { result, growthMb } = await preview(name)
    expect(result).toMatchObject({ ok: false, error: { code: 'VALIDATION' } })
    expect(!result.ok && result.error.message.length).toBeGreaterThan(20)
    expect(growthMb).toBeLessThan(200)
  })

  it('zip bomb (lying about its size): stopped by counting the bytes it really inflates, not by a memory limit or the timeout', async () => {
    const { result, growthMb } = await preview('zip bomb (lying about its size)')
    expect(result).toMatchObject({
      ok: false,
      error: { message: expect.stringMatching(/för stor när den packas upp \(högst 50 MB\)/) },
    })
    expect(growthMb).toBeLessThan(200)
  })

  it.each(['media bomb (1 GB image declaring 3 kB)', 'theme bomb (600 MB theme declaring 3 kB)'])(
    '%s: the import never inflates parts it does not read; the people come through, memory bounded',
    { timeout: 60_000 },
    async (name) => {
      const { result, growthMb } = await preview(name)
      expect(result.ok).toBe(true)
      const rows = (result as { value: ImportPreviewDto }).value.rows
      expect(rows.map((row) => row.name)).toEqual(['Anna Berg'])
      expect(growthMb).toBeLessThan(100)
    },
  )

  it('32k-character cells: read within limits, each over-long value reported on its row', async () => {
    const { result, growthMb } = await preview('32k-character cells')
    expect(growthMb).toBeLessThan(200)
    expect(result.ok).toBe(true)
    const value = (result as { value: ImportPreviewDto }).value
    expect(value.errorCount).toBe(1)
    expect(value.rows[0]!.name.length).toBeLessThanOrEqual(1000)
    expect(value.rows[0]!.errors.map(swedish).join(' ')).toMatch(/längre än 200 tecken/)
  })

  it('cells starting with = are read as plain text (never evaluated), and stay text in the register export', async () => {
    const { result } = await preview('cells starting with =')
    expect(result.ok).toBe(true)
    const rows = (result as { value: ImportPreviewDto }).value.rows
    expect(rows.map((row) => row.name)).toEqual([
      '=HYPERLINK("http://evil.example","klicka")',
      'Anna Berg',
    ])
    const base64 = files.get('cells starting with =')!.toString('base64')
    await db.call('register.applyMemberImport', { file: { fileName: 'lika.xlsx', base64 } })
    await db.call('exports.registerXlsx')
    const exported = await JSZip.loadAsync(db.host.saved.at(-1)!.data)
    const people = await exported.file('xl/worksheets/sheet2.xml')!.async('string')
    expect(people).not.toMatch(/<f>/)
    const book = new ExcelJS.Workbook()
    await book.xlsx.load(db.host.saved.at(-1)!.data as unknown as ArrayBuffer)
    const names = book.getWorksheet('Personer')!.getColumn(1).values.slice(2)
    // Written escaped (one apostrophe), so no spreadsheet program evaluates it.
    expect(names).toContain(`'=HYPERLINK("http://evil.example","klicka")`)
    expect(names).toContain('Anna Berg')
    const titles = book.getWorksheet('Personer')!.getColumn(2).values.slice(2)
    expect(titles).toEqual(expect.arrayContaining(["'=1+1", "'=cmd|' /C calc'!A0"]))
  })
})
