import ExcelJS from 'exceljs'

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

/**
 * A sheet with a bold, frozen header row, an autofilter, column widths that fit the content, and
 * landscape printing fitted to the page width.
 */
export function addTableSheet(
  workbook: ExcelJS.Workbook,
  name: string,
  columns: { header: string; key: string; width?: number; numFmt?: string }[],
  rows: Record<string, ExcelJS.CellValue>[],
): ExcelJS.Worksheet {
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
    style: column.numFmt ? { numFmt: column.numFmt } : {},
  }))
  sheet.addRows(rows)
  sheet.getRow(1).font = { bold: true }
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

/** One place for every workbook: user text in any cell is made formula-safe just before writing. */
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
  return new Uint8Array(await workbook.xlsx.writeBuffer())
}
