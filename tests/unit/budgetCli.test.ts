import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import ExcelJS from 'exceljs'
import JSZip from 'jszip'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { runRadsrum } from '../support/cli.ts'

let dir: string
let db: string

const radsrum = (...args: string[]) => runRadsrum(db, ...args)

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'radsrum-budget-cli-'))
  db = join(dir, 'x.sqlite')
})
afterAll(() => rmSync(dir, { recursive: true, force: true }))

describe('radsrum export budget / final-report', () => {
  it('writes one year’s budget, the final report for a grant, and refuses a year without budget', async () => {
    expect((await radsrum('demo')).code).toBe(0)
    const year = join(dir, 'budget-2012.xlsx')
    expect(
      JSON.parse((await radsrum('export', 'budget', '--year', '2012', '--out', year)).stdout),
    ).toMatchObject({ saved: true, path: year })
    const book = new ExcelJS.Workbook()
    await book.xlsx.readFile(year)
    expect(book.worksheets.map((sheet) => sheet.name)).toEqual(['Sammanställning', '2012'])

    const report = join(dir, 'slutrapport.docx')
    expect((await radsrum('export', 'final-report', '--grant', '1', '--out', report)).code).toBe(0)
    const xml = await (
      await JSZip.loadAsync(await import('node:fs').then((fs) => fs.readFileSync(report)))
    )
      .file('word/document.xml')!
      .async('string')
    expect(xml).toContain('B3.3-0294/2011')

    const none = await radsrum('export', 'budget', '--year', '2019', '--out', join(dir, 'x.xlsx'))
    expect(none.code).toBe(1)
    expect(JSON.parse(none.stderr).error.message).toBe(
      'Det finns inga budgetrader för 2019. Välj ett år som har aktiviteter med budget.',
    )
  }, 180_000)
})
