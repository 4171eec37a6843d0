import type ExcelJS from 'exceljs'
import {
  BOLD_FONT,
  excelBuffer,
  excelWorkbook,
  fitColumns,
  HEADER_FILL,
  PERCENT_FORMAT,
  printTitle,
  type WorkbookMeta,
  wrappedLines,
} from './excel.ts'

export type MemberMark = 'N' | 'F' | 'H'
export type DeputyMark = 'T' | 'N'

/** One year of one body's attendance, as the sheet shows it. */
export interface AttendanceYearData {
  year: number
  /** Meetings with a roll call, in date order. */
  meetings: { date: string }[]
  /** Filled seats needed for quorum, per meeting. */
  required: number[]
  members: {
    name: string
    organisation: string | null
    role: string
    marks: (MemberMark | null)[]
  }[]
  deputies: {
    name: string
    organisation: string | null
    marks: (DeputyMark | null)[]
    notes: (string | null)[]
  }[]
  organisations: { name: string; seats: number; filled: (number | null)[] }[]
}

export interface AttendanceWorkbookData {
  bodyName: string
  years: AttendanceYearData[]
}

const SECTION_FILL: ExcelJS.Fill = {
  type: 'pattern',
  pattern: 'solid',
  fgColor: { argb: 'FFF1F3F5' },
}

/** A formula with the figure it gives, so previews and readers that do not calculate show it too. */
const formula = (text: string, result: number | string): ExcelJS.CellFormulaValue => ({
  formula: text,
  result,
})
const countOf = <T>(marks: (T | null)[], ...wanted: T[]) =>
  marks.filter((mark) => mark !== null && wanted.includes(mark)).length
/** A share, or empty when there is nothing to divide by (as the formulas say). */
const share = (part: number, whole: number) => (whole === 0 ? '' : part / whole)

/** A1-style column letters: 1 -> A, 27 -> AA. */
export function columnLetter(column: number): string {
  let letters = ''
  let rest = column
  while (rest > 0) {
    const remainder = (rest - 1) % 26
    letters = String.fromCharCode(65 + remainder) + letters
    rest = Math.floor((rest - 1) / 26)
  }
  return letters
}

function styleHeader(row: ExcelJS.Row, fill: ExcelJS.Fill) {
  row.font = BOLD_FONT
  row.eachCell((cell) => {
    cell.fill = fill
    cell.alignment = { vertical: 'bottom', horizontal: 'center', wrapText: true }
  })
  for (const column of [1, 2, 3])
    row.getCell(column).alignment = { vertical: 'bottom', horizontal: 'left' }
}

function yearSheet(workbook: ExcelJS.Workbook, bodyName: string, data: AttendanceYearData) {
  const sheet = workbook.addWorksheet(String(data.year), {
    views: [{ state: 'frozen', xSplit: 1, ySplit: 1 }],
  })
  printTitle(sheet, `Närvaro ${bodyName} ${data.year}`)
  const count = data.meetings.length
  const first = 4
  const last = first + count - 1
  const sum = last + 1
  const marks = (row: number) => `${columnLetter(first)}${row}:${columnLetter(last)}${row}`
  const c = (column: number, row: number) => `${columnLetter(column)}${row}`
  const dates = data.meetings.map((meeting) => meeting.date)

  const header = sheet.addRow([
    'Ledamot',
    'Aktör',
    'Roll',
    ...dates,
    'Kallad',
    'Närvarande',
    'Förhinder',
    'Frånvarande',
    'Närvaro',
  ])
  styleHeader(header, HEADER_FILL)
  const headerRows = [header.number]

  for (const member of data.members) {
    const row = sheet.addRow([
      member.name,
      member.organisation ?? '',
      member.role,
      ...member.marks.map((mark) => mark ?? null),
    ])
    const r = row.number
    const called = countOf(member.marks, 'N', 'F', 'H')
    const present = countOf(member.marks, 'N')
    row.getCell(sum).value = formula(
      `COUNTIF(${marks(r)},"N")+COUNTIF(${marks(r)},"F")+COUNTIF(${marks(r)},"H")`,
      called,
    )
    row.getCell(sum + 1).value = formula(`COUNTIF(${marks(r)},"N")`, present)
    row.getCell(sum + 2).value = formula(`COUNTIF(${marks(r)},"H")`, countOf(member.marks, 'H'))
    row.getCell(sum + 3).value = formula(`COUNTIF(${marks(r)},"F")`, countOf(member.marks, 'F'))
    row.getCell(sum + 4).value = formula(
      `IF(${c(sum, r)}=0,"",${c(sum + 1, r)}/${c(sum, r)})`,
      share(present, called),
    )
    row.getCell(sum + 4).numFmt = PERCENT_FORMAT
  }

  if (data.deputies.length > 0) {
    sheet.addRow([])
    const deputiesHeader = sheet.addRow([
      'Ersättare',
      'Aktör',
      'Roll',
      ...dates,
      '',
      'Närvarande',
      'Tjänstgjort',
      '',
      '',
    ])
    styleHeader(deputiesHeader, SECTION_FILL)
    headerRows.push(deputiesHeader.number)
    for (const deputy of data.deputies) {
      const row = sheet.addRow([
        deputy.name,
        deputy.organisation ?? '',
        'Ersättare',
        ...deputy.marks.map((mark) => mark ?? null),
      ])
      const r = row.number
      deputy.notes.forEach((note, index) => {
        if (note) row.getCell(first + index).note = note
      })
      row.getCell(sum + 1).value = formula(
        `COUNTIF(${marks(r)},"T")+COUNTIF(${marks(r)},"N")`,
        countOf(deputy.marks, 'T', 'N'),
      )
      row.getCell(sum + 2).value = formula(`COUNTIF(${marks(r)},"T")`, countOf(deputy.marks, 'T'))
    }
  }

  sheet.addRow([])
  const organisationsHeader = sheet.addRow([
    'Aktör',
    '',
    'Platser',
    ...dates,
    'Möten',
    'Besatta',
    '',
    'Tomma',
    'Andel besatta',
  ])
  styleHeader(organisationsHeader, SECTION_FILL)
  headerRows.push(organisationsHeader.number)
  const firstOrganisation = sheet.rowCount + 1
  const totals = { filled: 0, empty: 0 }
  for (const organisation of data.organisations) {
    const row = sheet.addRow([
      organisation.name,
      '',
      organisation.seats,
      ...organisation.filled.map((value) => value ?? null),
    ])
    const r = row.number
    const held = organisation.filled.filter((value) => value !== null).length
    const filled = organisation.filled.reduce<number>((total, value) => total + (value ?? 0), 0)
    const possible = organisation.seats * held
    row.getCell(sum).value = formula(`COUNT(${marks(r)})`, held)
    row.getCell(sum + 1).value = formula(`SUM(${marks(r)})`, filled)
    row.getCell(sum + 3).value = formula(
      `${c(3, r)}*${c(sum, r)}-${c(sum + 1, r)}`,
      possible - filled,
    )
    row.getCell(sum + 4).value = formula(
      `IF(${c(3, r)}*${c(sum, r)}=0,"",${c(sum + 1, r)}/(${c(3, r)}*${c(sum, r)}))`,
      share(filled, possible),
    )
    row.getCell(sum + 4).numFmt = PERCENT_FORMAT
    totals.filled += filled
    totals.empty += possible - filled
  }
  const lastOrganisation = sheet.rowCount
  const columnSum = (column: number) =>
    `SUM(${c(column, firstOrganisation)}:${c(column, lastOrganisation)})`
  const seats = data.organisations.reduce((total, organisation) => total + organisation.seats, 0)
  const filledAt = data.meetings.map((_, index) =>
    data.organisations.reduce(
      (total, organisation) => total + (organisation.filled[index] ?? 0),
      0,
    ),
  )
  const total = sheet.addRow(['Alla platser', '', formula(columnSum(3), seats)])
  const t = total.number
  filledAt.forEach((filled, index) => {
    total.getCell(first + index).value = formula(columnSum(first + index), filled)
  })
  total.getCell(sum + 1).value = formula(columnSum(sum + 1), totals.filled)
  total.getCell(sum + 3).value = formula(columnSum(sum + 3), totals.empty)
  total.getCell(sum + 4).value = formula(
    `IF(${c(sum + 1, t)}+${c(sum + 3, t)}=0,"",${c(sum + 1, t)}/(${c(sum + 1, t)}+${c(sum + 3, t)}))`,
    share(totals.filled, totals.filled + totals.empty),
  )
  total.getCell(sum + 4).numFmt = PERCENT_FORMAT
  total.font = BOLD_FONT
  const quorum = sheet.addRow(['Beslutsfört vid mötets början', '', ''])
  data.required.forEach((required, index) => {
    quorum.getCell(first + index).value = formula(
      `IF(${c(first + index, t)}>=${required},"Ja","Nej")`,
      filledAt[index]! >= required ? 'Ja' : 'Nej',
    )
    quorum.getCell(first + index).alignment = { horizontal: 'center' }
  })

  sheet.addRow([])
  for (let column = first; column <= last; column += 1)
    sheet.getColumn(column).alignment = { horizontal: 'center' }
  fitColumns(sheet, [20, 20, 10, ...dates.map(() => 11), 8, 11, 11, 12, 13], (row) =>
    headerRows.includes(row),
  )
  if (count > UPRIGHT_AFTER) standUpDates(sheet, headerRows, first, sum + 4)
  const width = sheetWidth(sheet)
  for (const text of LEGEND) {
    // Under the table, across its whole width: it wraps there instead of widening the name column.
    const row = sheet.addRow([text])
    sheet.mergeCells(row.number, 1, row.number, sum + 4)
    row.getCell(1).alignment = { wrapText: true, vertical: 'top' }
    row.height = 15 * wrappedLines(text, width)
  }
  return sheet
}

/** Up to this many meetings a year, the dates print across (one landscape page at a readable size). */
const UPRIGHT_AFTER = 8

/**
 * A year with many meetings: the dates (and the counts after them) get upright headers and narrow
 * columns, so that the sheet still prints on one page width at a readable size.
 */
function standUpDates(sheet: ExcelJS.Worksheet, headerRows: number[], from: number, to: number) {
  for (let column = from; column <= to; column += 1) sheet.getColumn(column).width = 5
  for (const number of headerRows) {
    const row = sheet.getRow(number)
    row.height = 75
    for (let column = from; column <= to; column += 1)
      row.getCell(column).alignment = {
        textRotation: 90,
        horizontal: 'center',
        vertical: 'bottom',
        wrapText: true,
      }
  }
}

const sheetWidth = (sheet: ExcelJS.Worksheet) =>
  sheet.columns.reduce((total, column) => total + (column.width ?? 9), 0)

const LEGEND = [
  'N = närvarande, F = frånvarande, H = förhinder, T = tjänstgörande ersättare (kommentaren säger för vem). Tom ruta: inte kallad det mötet.',
  'Aktörernas rutor: antal besatta platser (ledamot eller tjänstgörande ersättare närvarande). Andelarna är formler och räknas om i Excel.',
]

/** The attendance workbook: one sheet per year, a row per person and per organisation, a column per meeting. */
export async function buildAttendanceXlsx(
  data: AttendanceWorkbookData,
  meta: WorkbookMeta,
): Promise<Uint8Array> {
  const workbook = excelWorkbook(`Närvaro ${data.bodyName}`, meta)
  workbook.calcProperties = { fullCalcOnLoad: true }
  for (const year of data.years) yearSheet(workbook, data.bodyName, year)
  return excelBuffer(workbook)
}
