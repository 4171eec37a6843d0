/** Text typed by the secretary is never run as a formula by a spreadsheet, nor by a CSV saved from it. */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import ExcelJS from 'exceljs'
import { describe, expect, it } from 'vitest'
import { convertWithLibreOffice } from '../support/libreoffice.ts'
import { createTestDatabase } from '../support/testDatabase.ts'

describe('formula-like text in workbooks', () => {
  it('is written with a leading apostrophe; phone numbers and negative numbers stay as typed', async () => {
    const db = await createTestDatabase()
    try {
      await db.call('register.createOrganisation', {
        name: '=HYPERLINK("http://attacker.example","Klicka")',
        kind: 'association',
        contact: "-2+3+cmd|' /C calc'!A0",
      })
      await db.call('register.createPerson', {
        name: '@SUM(1+1)',
        title: '+HYPERLINK("http://x")',
        phone: '+46 70-123 45 67',
      })
      await db.call('register.createPerson', { name: '-5', title: '- punkt i en lista' })
      await db.call('exports.registerXlsx')
      const workbook = new ExcelJS.Workbook()
      await workbook.xlsx.load(db.host.saved[0]!.data as unknown as ArrayBuffer)
      const cells: unknown[] = []
      workbook.eachSheet((sheet) =>
        sheet.eachRow((row, number) => {
          if (number > 1) row.eachCell((cell) => cells.push(cell.value))
        }),
      )
      expect(cells).toEqual(
        expect.arrayContaining([
          `'=HYPERLINK("http://attacker.example","Klicka")`,
          `'-2+3+cmd|' /C calc'!A0`,
          `'@SUM(1+1)`,
          `'+HYPERLINK("http://x")`,
          `'- punkt i en lista`,
          '+46 70-123 45 67',
          '-5',
        ]),
      )
      const risky = cells.filter((value) => typeof value === 'string' && /^[=+@-]/.test(value))
      expect(risky.every((value) => /^[+-][\d\s().,/-]*$/.test(value as string))).toBe(true)
      // Stored as typed: only the written cell is changed.
      expect((await db.call('register.listOrganisations'))[0]!.name).toBe(
        '=HYPERLINK("http://attacker.example","Klicka")',
      )
    } finally {
      await db.close()
    }
  })

  // Why an apostrophe in the text and not Excel's quotePrefix style (the cell showing the text as
  // typed): a CSV saved from a quotePrefix cell holds the bare =HYPERLINK(…), which runs when the CSV
  // is opened again (tried with LibreOffice 2026-12-02). The apostrophe goes with the text.
  it(
    'stays inert in a CSV saved from the workbook (LibreOffice)',
    { timeout: 180_000 },
    async () => {
      const db = await createTestDatabase()
      const dir = mkdtempSync(join(tmpdir(), 'radsrum-formula-csv-'))
      try {
        await db.call('register.createOrganisation', {
          name: '=HYPERLINK("http://attacker.example","Klicka")',
          kind: 'association',
          contact: '@SUM(1+1)',
        })
        await db.call('exports.registerXlsx')
        writeFileSync(join(dir, 'register.xlsx'), db.host.saved[0]!.data)
        convertWithLibreOffice(dir, 'csv', [join(dir, 'register.xlsx')], { timeout: 120_000 })
        const csv = readFileSync(join(dir, 'register.csv'), 'utf8')
        expect(csv).toContain(`'=HYPERLINK(""http://attacker.example"",""Klicka"")`)
        expect(csv).toContain(`'@SUM(1+1)`)
        // No field of the CSV starts a formula.
        expect(
          csv
            .split(/\r?\n/)
            .flatMap((line) => line.split(','))
            .filter((field) => /^"?[=@]/.test(field)),
        ).toEqual([])
      } finally {
        await db.close()
        rmSync(dir, { recursive: true, force: true })
      }
    },
  )
})
