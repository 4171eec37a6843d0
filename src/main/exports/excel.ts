import ExcelJS from 'exceljs'
import JSZip from 'jszip'
import { isoDayInSweden } from '../../shared/domain/dates.ts'

/** Whole kronor with a space between thousands and "kr", independent of the reader's locale. */
export const KRONOR_FORMAT = '[>=1000000]# ### ##0 "kr";[>=1000]# ##0 "kr";0 "kr"'
export const PERCENT_FORMAT = '0%'
export const DATE_FORMAT = 'yyyy-mm-dd'

export function excelWorkbook(title: string): ExcelJS.Workbook {
  const workbook = new ExcelJS.Workbook()
  workbook.creator = 'Rådsrum'
  workbook.lastModifiedBy = 'Rådsrum'
  workbook.title = title
  workbook.created = new Date()
  return workbook
}

/** A table's column: its header, the row's key, a minimum width, a number format; or just [header, key, width]. */
export type Column =
  | { header: string; key: string; width?: number; numFmt?: string }
  | [header: string, key: string, width?: number]

/**
 * A sheet with a bold, frozen header row, an autofilter, column widths that fit the content, and
 * landscape printing fitted to the page width.
 */
export function addTableSheet(
  workbook: ExcelJS.Workbook,
  name: string,
  table: Column[],
  rows: Record<string, ExcelJS.CellValue>[],
): ExcelJS.Worksheet {
  const columns = table.map((column) =>
    Array.isArray(column) ? { header: column[0], key: column[1], width: column[2] } : column,
  )
  const sheet = workbook.addWorksheet(name.slice(0, 31), {
    views: [{ state: 'frozen', ySplit: 1 }],
    pageSetup: {
      orientation: 'landscape',
      fitToPage: true,
      fitToWidth: 1,
      fitToHeight: 0,
      paperSize: 9,
      printTitlesRow: '1:1',
    },
  })
  sheet.columns = columns.map((column) => ({
    header: column.header,
    key: column.key,
    style: 'numFmt' in column && column.numFmt ? { numFmt: column.numFmt } : {},
  }))
  sheet.addRows(rows)
  sheet.getRow(1).font = HEADER_FONT
  sheet.getRow(1).fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFE7ECF4' } }
  if (rows.length > 0)
    sheet.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: columns.length } }
  fitColumns(
    sheet,
    columns.map((column) => column.width),
  )
  return sheet
}

/** Widths from the longest text in each column (Excel has no auto-fit in the file format). */
export function fitColumns(sheet: ExcelJS.Worksheet, minimums: (number | undefined)[] = []): void {
  sheet.columns.forEach((column, index) => {
    let longest = 0
    column.eachCell?.({ includeEmpty: false }, (cell) => {
      const text = cell.text ?? ''
      longest = Math.max(longest, ...text.split('\n').map((line) => line.length))
    })
    column.width = Math.min(60, Math.max(minimums[index] ?? 8, longest + 2))
  })
}

/**
 * Text that a spreadsheet (or a CSV saved from it and opened again) would run as a formula: it
 * starts with = or @, or with + or - followed by more than a number or a phone number
 * ("-2+3+cmd|' /C calc'!A0", "+HYPERLINK(…)"). Such text gets a leading apostrophe in the cell.
 */
export function formulaSafe(text: string): string {
  if (/^[=@]/.test(text) || (/^[+-]/.test(text) && !/^[+-][\d\s().,/-]*$/.test(text)))
    return `'${text}`
  return text
}

const HEADER_FONT = { name: 'Calibri', size: 11, bold: true }

/**
 * The file as every sheet should print: the workbook's title and date in the header, page numbers in
 * the footer, and bold fonts that name their face and size (a bare <b/> prints in a serif in
 * LibreOffice); user text in any cell made formula-safe. exceljs writes "Microsoft Excel" as the application; the file says Rådsrum instead.
 */
export async function excelBuffer(workbook: ExcelJS.Workbook): Promise<Uint8Array> {
  workbook.eachSheet((sheet) =>
    sheet.eachRow((row) =>
      row.eachCell((cell) => {
        if (typeof cell.value === 'string') cell.value = formulaSafe(cell.value)
        else if (cell.value && typeof cell.value === 'object' && 'richText' in cell.value) {
          const [first, ...rest] = cell.value.richText
          if (first)
            cell.value = { richText: [{ ...first, text: formulaSafe(first.text) }, ...rest] }
        }
      }),
    ),
  )
  const day = isoDayInSweden(workbook.created ?? new Date())
  for (const sheet of workbook.worksheets) {
    const header = sheet.headerFooter.oddHeader || `&L${headerText(workbook.title ?? '')}`
    sheet.headerFooter.oddHeader = header.includes(day) ? header : `${header}&C${day}`
    sheet.headerFooter.oddFooter ||= '&CSida &P av &N'
    sheet.eachRow((row) =>
      row.eachCell((cell) => {
        if (cell.font?.bold && !cell.font.name) cell.font = { ...HEADER_FONT, ...cell.font }
      }),
    )
  }
  const zip = await JSZip.loadAsync(await workbook.xlsx.writeBuffer())
  const app = await zip.file('docProps/app.xml')!.async('string')
  zip.file(
    'docProps/app.xml',
    app.replace(/<Application>[^<]*<\/Application>/, '<Application>Rådsrum</Application>'),
  )
  return zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE' })
}

/** "&" starts a code in Excel's header text; a literal one is written "&&". */
const headerText = (text: string) => text.replace(/&/g, '&&')
