import type ExcelJS from 'exceljs'
import type { BudgetYearDto } from '../../shared/api/budget.ts'
import { cleanText } from '../../shared/domain/text.ts'
import {
  BOLD_FONT,
  excelBuffer,
  excelWorkbook,
  fitColumns,
  HEADER_FILL,
  KRONOR_FORMAT,
  printTitle,
  type WorkbookMeta,
} from './excel.ts'

export const BUDGET_HEADERS = [
  'Aktivitet',
  'Totalkostnad',
  'Medel från Brå',
  'Egen finans',
] as const
export const SUMMARY_SHEET = 'Sammanställning'

const TOTAL_BORDER: Partial<ExcelJS.Borders> = {
  top: { style: 'thin' },
  bottom: { style: 'double' },
}

function prepareSheet(
  workbook: ExcelJS.Workbook,
  name: string,
  title: string,
  firstHeader: string,
): ExcelJS.Worksheet {
  const sheet = workbook.addWorksheet(name, { views: [{ state: 'frozen', ySplit: 1 }] })
  printTitle(sheet, title)
  sheet.columns = [
    { key: 'name' },
    { key: 'totalCost', style: { numFmt: KRONOR_FORMAT } },
    { key: 'grantAmount', style: { numFmt: KRONOR_FORMAT } },
    { key: 'ownFinancing', style: { numFmt: KRONOR_FORMAT } },
  ]
  const header = sheet.addRow([firstHeader, ...BUDGET_HEADERS.slice(1)])
  header.font = BOLD_FONT
  header.eachCell((cell, column) => {
    cell.fill = HEADER_FILL
    cell.alignment = { horizontal: column === 1 ? 'left' : 'right' }
  })
  return sheet
}

function totalRow(
  sheet: ExcelJS.Worksheet,
  lastDataRow: number,
  sums: { totalCost: number; grantAmount: number; ownFinancing: number },
) {
  const first = 2
  const sum = (column: string, result: number): ExcelJS.CellFormulaValue =>
    lastDataRow >= first
      ? { formula: `SUM(${column}${first}:${column}${lastDataRow})`, result }
      : { formula: '0', result: 0 }
  const row = sheet.addRow([
    'SUMMA',
    sum('B', sums.totalCost),
    sum('C', sums.grantAmount),
    sum('D', sums.ownFinancing),
  ])
  row.font = BOLD_FONT
  row.eachCell((cell) => {
    cell.border = TOTAL_BORDER
  })
  return row
}

/**
 * The budget workbook in the seed's layout: one sheet per year (Aktivitet | Totalkostnad | Medel
 * från Brå | Egen finans, then a SUMMA row), and a summary over all years whose figures are
 * formulas pointing at the year sheets. Egen finans is a formula too (total − grant).
 */
export async function buildBudgetXlsx(
  years: BudgetYearDto[],
  title: string,
  meta: WorkbookMeta,
): Promise<Uint8Array> {
  const workbook = excelWorkbook(title, meta)
  const summary = prepareSheet(workbook, SUMMARY_SHEET, `${title}: sammanställning`, 'År')
  const totalRowOf = new Map<number, number>()
  for (const year of years) {
    const sheet = prepareSheet(
      workbook,
      String(year.year),
      `Användning av det ekonomiska stödet ${year.year}`,
      'Aktivitet',
    )
    for (const line of year.rows) {
      const row = sheet.addRow([cleanText(line.name), line.totalCost, line.grantAmount])
      row.getCell(4).value = { formula: `B${row.number}-C${row.number}`, result: line.ownFinancing }
    }
    const total = totalRow(sheet, year.rows.length + 1, year.sums)
    totalRowOf.set(year.year, total.number)
    fitColumns(sheet, [30, 18, 18, 18])
  }
  for (const year of years) {
    const ref = (column: string) => `'${year.year}'!${column}${totalRowOf.get(year.year)}`
    summary.addRow([
      String(year.year),
      { formula: ref('B'), result: year.sums.totalCost },
      { formula: ref('C'), result: year.sums.grantAmount },
      { formula: ref('D'), result: year.sums.ownFinancing },
    ])
  }
  const all = years.reduce(
    (sum, year) => ({
      totalCost: sum.totalCost + year.sums.totalCost,
      grantAmount: sum.grantAmount + year.sums.grantAmount,
      ownFinancing: sum.ownFinancing + year.sums.ownFinancing,
    }),
    { totalCost: 0, grantAmount: 0, ownFinancing: 0 },
  )
  totalRow(summary, years.length + 1, all)
  fitColumns(summary, [30, 18, 18, 18])
  return excelBuffer(workbook)
}
