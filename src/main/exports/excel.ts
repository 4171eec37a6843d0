import ExcelJS from 'exceljs'
import JSZip from 'jszip'

/** Whole kronor with a space between thousands and "kr", independent of the reader's locale. */
export const KRONOR_FORMAT = '[>=1000000]# ### ##0 "kr";[>=1000]# ##0 "kr";0 "kr"'
export const PERCENT_FORMAT = '0%'
export const DATE_FORMAT = 'yyyy-mm-dd'

/**
 * Every font names its face and size: a bare <b/> prints in a serif in LibreOffice, which falls back
 * to its own default face when a font has no name.
 */
const FONT: Partial<ExcelJS.Font> = { name: 'Calibri', size: 11 }
export const BOLD_FONT: Partial<ExcelJS.Font> = { ...FONT, bold: true }
export const HEADER_FILL: ExcelJS.Fill = {
  type: 'pattern',
  pattern: 'solid',
  fgColor: { argb: 'FFE7ECF4' },
}

/** Who sends the workbook and when: its author property and the date in every page header. */
export interface WorkbookMeta {
  /** The secretary's name; "Sekreteraren" when the body has none registered (as the Word documents). */
  author: string | null
  /** The day it is written, yyyy-mm-dd (the service's clock). */
  day: string
}

const metaOf = new WeakMap<ExcelJS.Workbook, WorkbookMeta & { title: string }>()
const printTitleOf = new WeakMap<ExcelJS.Worksheet, string>()

export function excelWorkbook(title: string, meta: WorkbookMeta): ExcelJS.Workbook {
  const workbook = new ExcelJS.Workbook()
  const author = meta.author ?? 'Sekreteraren'
  workbook.creator = author
  workbook.lastModifiedBy = author
  workbook.title = title
  // exceljs writes dc:language from workbook.language, which its types leave out.
  Object.assign(workbook, { language: 'sv-SE' })
  workbook.description = 'Skapad med Rådsrum'
  workbook.created = new Date()
  workbook.modified = workbook.created
  metaOf.set(workbook, { ...meta, title })
  return workbook
}

/** The title printed at the top of the sheet's every page (default: the workbook's title and the sheet's name). */
export function printTitle(sheet: ExcelJS.Worksheet, title: string): void {
  printTitleOf.set(sheet, title)
}

/** A table's column: its header, the row's key, a minimum width, a number format; or just [header, key, width]. */
export type Column =
  | { header: string; key: string; width?: number; numFmt?: string }
  | [header: string, key: string, width?: number]

/**
 * A sheet with a bold, frozen header row, an autofilter, and column widths that fit the headers and
 * the content. Printing is set up for every sheet by excelBuffer.
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
  })
  sheet.columns = columns.map((column) => ({
    header: column.header,
    key: column.key,
    style: 'numFmt' in column && column.numFmt ? { numFmt: column.numFmt } : {},
  }))
  sheet.addRows(rows)
  const header = sheet.getRow(1)
  header.font = BOLD_FONT
  header.fill = HEADER_FILL
  if (rows.length > 0)
    sheet.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: columns.length } }
  alignByContent(sheet, columns.length)
  fitColumns(
    sheet,
    columns.map((column) => column.width),
  )
  return sheet
}

const isRightAligned = (value: ExcelJS.CellValue) =>
  typeof value === 'number' || value instanceof Date

/**
 * Numbers and dates align right, text left; a header sits over its column the same way. A text
 * column right after a number or date column is indented, so that "6" never touches "tisdag" nor
 * a date its time when printed.
 */
function alignByContent(sheet: ExcelJS.Worksheet, count: number) {
  const right: boolean[] = []
  for (let index = 1; index <= count; index += 1) {
    const column = sheet.getColumn(index)
    const values: ExcelJS.CellValue[] = []
    column.eachCell({ includeEmpty: false }, (cell, row) => {
      if (row > 1) values.push(cell.value)
    })
    right[index] = values.length > 0 && values.every(isRightAligned)
    const alignment: Partial<ExcelJS.Alignment> = right[index]
      ? { horizontal: 'right' }
      : { horizontal: 'left', ...(right[index - 1] ? { indent: 1 } : {}) }
    column.eachCell({ includeEmpty: false }, (cell) => {
      cell.alignment = { ...cell.alignment, ...alignment }
    })
  }
}

/** The text a cell shows, as near as a width needs: dates as yyyy-mm-dd, kronor with spaces and "kr". */
function shownText(cell: ExcelJS.Cell): string {
  const value = cell.value
  const shown = (plain: unknown): string => {
    if (plain === null || plain === undefined) return ''
    if (plain instanceof Date) return DATE_FORMAT
    if (typeof plain === 'number') {
      if (cell.numFmt === PERCENT_FORMAT) return `${Math.round(plain * 100)} %`
      const number = new Intl.NumberFormat('sv-SE').format(plain)
      return cell.numFmt === KRONOR_FORMAT ? `${number} kr` : number
    }
    return String(plain)
  }
  if (value && typeof value === 'object' && !(value instanceof Date)) {
    if ('richText' in value) return value.richText.map((run) => run.text).join('')
    if ('formula' in value || 'sharedFormula' in value) return shown(value.result ?? 0)
    if ('text' in value) return String(value.text)
    return ''
  }
  return shown(value)
}

const longestLine = (cell: ExcelJS.Cell) =>
  Math.max(
    ...shownText(cell)
      .split('\n')
      .map((line) => line.length),
  )

/** Wider than this, text wraps instead of widening its column. */
const WIDEST_COLUMN = 45

/** The longer line of a header broken at its best space into two lines (the whole text if none). */
function twoLineLength(text: string): number {
  let best = text.length
  for (let at = text.indexOf(' '); at > 0; at = text.indexOf(' ', at + 1))
    best = Math.min(best, Math.max(at, text.length - at - 1))
  return best
}

/** Bold header text is a little wider than the content's regular text. */
const boldWidth = (length: number) => length + 3

/**
 * Widths from the header and the longest shown text in each column (Excel has no auto-fit in the
 * file format). A header always shows whole: on one line, or on two when it is much wider than
 * what is under it ("Sista dag för förhinder" over dates). Content wider than WIDEST_COLUMN wraps.
 * Cells merged across columns (a note under the table) are left out of the measure. The header
 * rows are row 1 unless told otherwise.
 */
export function fitColumns(
  sheet: ExcelJS.Worksheet,
  minimums: (number | undefined)[] = [],
  isHeader: (row: number) => boolean = (row) => row === 1,
): void {
  const wrapped = new Set<number>()
  sheet.columns.forEach((column, index) => {
    let header = 0
    let content = 0
    column.eachCell?.({ includeEmpty: false }, (cell, row) => {
      if (cell.isMerged) return
      if (isHeader(row)) header = Math.max(header, boldWidth(twoLineLength(shownText(cell))))
      else content = Math.max(content, longestLine(cell) + 2)
    })
    const width = Math.max(minimums[index] ?? 8, header, Math.min(WIDEST_COLUMN, content))
    column.width = width
    column.eachCell?.({ includeEmpty: false }, (cell, row) => {
      if (cell.isMerged) return
      if (isHeader(row) && boldWidth(shownText(cell).length) > width) {
        cell.alignment = { vertical: 'bottom', ...cell.alignment, wrapText: true }
        // Rows with wrapped text are not made taller on opening (LibreOffice keeps the default).
        sheet.getRow(row).height = Math.max(sheet.getRow(row).height ?? 0, 2 * LINE_HEIGHT)
      } else if (!isHeader(row) && wrappedLines(shownText(cell), width) > 1) {
        cell.alignment = { ...cell.alignment, wrapText: true }
        const lines = wrappedLines(shownText(cell), width)
        sheet.getRow(row).height = Math.max(sheet.getRow(row).height ?? 0, LINE_HEIGHT * lines)
        wrapped.add(row)
      }
    })
  })
  // A taller row reads from the top in every cell, so its first line stays level with the rest.
  for (const number of wrapped)
    sheet.getRow(number).eachCell((cell) => {
      cell.alignment = { ...cell.alignment, vertical: 'top' }
    })
}

/** Points per line of Calibri 11, as Excel's default row. */
const LINE_HEIGHT = 15

/**
 * How many lines text takes when wrapped at spaces in a column this wide (an estimate: a column's
 * width counts "0" digits, and running text is on average about a tenth narrower; a margin each side).
 */
export function wrappedLines(text: string, columnWidth: number): number {
  const width = Math.floor((columnWidth - 1) * 1.1)
  return text.split('\n').reduce((total, paragraph) => {
    let lines = 1
    let used = 0
    for (const word of paragraph.split(' ')) {
      const needed = used === 0 ? word.length : used + 1 + word.length
      if (needed <= width || used === 0) used = needed
      else {
        lines += 1 + Math.floor(word.length / width)
        used = word.length % width
      }
    }
    return total + lines
  }, 0)
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

/** A font that names its face and size, whatever else it says. */
const named = (font: Partial<ExcelJS.Font> | undefined) =>
  font && (!font.name || !font.size) ? { ...FONT, ...font } : font

/** A4 in portrait fits about this many characters of Calibri 11 between the margins. */
const PORTRAIT_WIDTH = 95

/**
 * Printing: the title (bold) and the day it was written in the header, "Sida n av m" in the footer,
 * the frozen header rows repeated on every page, fitted to the page width, landscape only when the
 * columns do not fit in portrait.
 */
function preparePrint(sheet: ExcelJS.Worksheet, title: string, day: string) {
  const width = sheet.columns.reduce((sum, column) => sum + (column.width ?? 9), 0)
  const frozen = sheet.views.find((view) => view.state === 'frozen')
  const headerRows = frozen && 'ySplit' in frozen ? (frozen.ySplit ?? 0) : 0
  sheet.pageSetup = {
    ...sheet.pageSetup,
    paperSize: 9,
    orientation: width > PORTRAIT_WIDTH ? 'landscape' : 'portrait',
    fitToPage: true,
    fitToWidth: 1,
    fitToHeight: 0,
    margins: { left: 0.5, right: 0.5, top: 0.75, bottom: 0.75, header: 0.3, footer: 0.3 },
    ...(headerRows > 0 ? { printTitlesRow: `1:${headerRows}` } : {}),
  }
  // "&" starts a code in Excel's header text; a literal one is written "&&".
  const text = (value: string) => value.replace(/&/g, '&&')
  sheet.headerFooter.oddHeader = `&L&"Calibri,Bold"${text(title)}&R&"Calibri,Regular"Utskrivet ${day}`
  sheet.headerFooter.oddFooter = '&C&"Calibri,Regular"Sida &P av &N'
}

const escapeXml = (text: string) =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;')

/**
 * The file as every sheet should print (see preparePrint), with every font named and user text in
 * any cell made formula-safe. exceljs writes "Microsoft Excel" as the application and "Author" on
 * every comment, with no option for either; the file says Rådsrum and the secretary instead.
 */
export async function excelBuffer(workbook: ExcelJS.Workbook): Promise<Uint8Array> {
  const meta = metaOf.get(workbook)
  if (!meta) throw new Error('excelBuffer needs a workbook made by excelWorkbook')
  const several = workbook.worksheets.length > 1
  for (const sheet of workbook.worksheets) {
    sheet.eachRow((row) => {
      // A row's font is also its cells' (exceljs's setter): name it without changing a cell's own.
      const cellFonts = new Map<number, Partial<ExcelJS.Font>>()
      row.eachCell((cell, column) => {
        if (cell.font) cellFonts.set(column, cell.font)
      })
      if (row.font && named(row.font) !== row.font) row.font = named(row.font)!
      row.eachCell((cell, column) => {
        if (typeof cell.value === 'string') cell.value = formulaSafe(cell.value)
        else if (cell.value && typeof cell.value === 'object' && 'richText' in cell.value) {
          const [first, ...rest] = cell.value.richText
          if (first)
            cell.value = { richText: [{ ...first, text: formulaSafe(first.text) }, ...rest] }
        }
        const font = cellFonts.get(column) ?? cell.font
        if (font) cell.font = named(font)!
      })
    })
    for (const column of sheet.columns)
      if (column.style) column.style.font = named(column.style.font)
    const title =
      printTitleOf.get(sheet) ?? (several ? `${meta.title} · ${sheet.name}` : meta.title)
    preparePrint(sheet, title, meta.day)
  }
  const zip = await JSZip.loadAsync(await workbook.xlsx.writeBuffer())
  const app = await zip.file('docProps/app.xml')!.async('string')
  zip.file(
    'docProps/app.xml',
    app
      .replace(/<Application>[^<]*<\/Application>/, '<Application>Rådsrum</Application>')
      .replace(/<AppVersion>[^<]*<\/AppVersion>/, ''),
  )
  for (const name of Object.keys(zip.files).filter((path) => /^xl\/comments\d+\.xml$/.test(path))) {
    const comments = await zip.file(name)!.async('string')
    zip.file(
      name,
      comments.replace(
        '<author>Author</author>',
        `<author>${escapeXml(workbook.creator ?? '')}</author>`,
      ),
    )
  }
  return zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE' })
}
