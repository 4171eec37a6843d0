import type ExcelJS from 'exceljs'
import { excelBuffer, excelWorkbook, fitColumns, PERCENT_FORMAT } from './excel.ts'

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

const HEADER_FILL: ExcelJS.Fill = {
  type: 'pattern',
  pattern: 'solid',
  fgColor: { argb: 'FFE7ECF4' },
}
const SECTION_FILL: ExcelJS.Fill = {
  type: 'pattern',
  pattern: 'solid',
  fgColor: { argb: 'FFF1F3F5' },
}

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
  row.font = { bold: true }
  row.eachCell((cell) => {
    cell.fill = fill
    cell.alignment = { vertical: 'middle', horizontal: 'center', wrapText: true }
  })
  for (const column of [1, 2, 3])
    row.getCell(column).alignment = { vertical: 'middle', horizontal: 'left' }
}

function yearSheet(workbook: ExcelJS.Workbook, bodyName: string, data: AttendanceYearData) {
  const sheet = workbook.addWorksheet(String(data.year), {
    views: [{ state: 'frozen', xSplit: 1, ySplit: 1 }],
    pageSetup: {
      orientation: 'landscape',
      fitToPage: true,
      fitToWidth: 1,
      fitToHeight: 0,
      paperSize: 9,
      printTitlesRow: '1:1',
    },
  })
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

  for (const member of data.members) {
    const row = sheet.addRow([
      member.name,
      member.organisation ?? '',
      member.role,
      ...member.marks.map((mark) => mark ?? null),
    ])
    const r = row.number
    row.getCell(sum).value = {
      formula: `COUNTIF(${marks(r)},"N")+COUNTIF(${marks(r)},"F")+COUNTIF(${marks(r)},"H")`,
    }
    row.getCell(sum + 1).value = { formula: `COUNTIF(${marks(r)},"N")` }
    row.getCell(sum + 2).value = { formula: `COUNTIF(${marks(r)},"H")` }
    row.getCell(sum + 3).value = { formula: `COUNTIF(${marks(r)},"F")` }
    row.getCell(sum + 4).value = { formula: `IF(${c(sum, r)}=0,"",${c(sum + 1, r)}/${c(sum, r)})` }
    row.getCell(sum + 4).numFmt = PERCENT_FORMAT
  }

  if (data.deputies.length > 0) {
    sheet.addRow([])
    styleHeader(
      sheet.addRow([
        'Ersättare',
        'Aktör',
        'Roll',
        ...dates,
        '',
        'Närvarande',
        'Tjänstgjort',
        '',
        '',
      ]),
      SECTION_FILL,
    )
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
      row.getCell(sum + 1).value = { formula: `COUNTIF(${marks(r)},"T")+COUNTIF(${marks(r)},"N")` }
      row.getCell(sum + 2).value = { formula: `COUNTIF(${marks(r)},"T")` }
    }
  }

  sheet.addRow([])
  styleHeader(
    sheet.addRow([
      'Aktör',
      '',
      'Platser',
      ...dates,
      'Möten',
      'Besatta',
      '',
      'Tomma',
      'Andel besatta',
    ]),
    SECTION_FILL,
  )
  const firstOrganisation = sheet.rowCount + 1
  for (const organisation of data.organisations) {
    const row = sheet.addRow([
      organisation.name,
      '',
      organisation.seats,
      ...organisation.filled.map((value) => value ?? null),
    ])
    const r = row.number
    row.getCell(sum).value = { formula: `COUNT(${marks(r)})` }
    row.getCell(sum + 1).value = { formula: `SUM(${marks(r)})` }
    row.getCell(sum + 3).value = { formula: `${c(3, r)}*${c(sum, r)}-${c(sum + 1, r)}` }
    row.getCell(sum + 4).value = {
      formula: `IF(${c(3, r)}*${c(sum, r)}=0,"",${c(sum + 1, r)}/(${c(3, r)}*${c(sum, r)}))`,
    }
    row.getCell(sum + 4).numFmt = PERCENT_FORMAT
  }
  const lastOrganisation = sheet.rowCount
  const totals = sheet.addRow([
    'Alla platser',
    '',
    { formula: `SUM(${c(3, firstOrganisation)}:${c(3, lastOrganisation)})` },
  ])
  const t = totals.number
  for (let column = first; column <= last; column += 1) {
    totals.getCell(column).value = {
      formula: `SUM(${c(column, firstOrganisation)}:${c(column, lastOrganisation)})`,
    }
  }
  totals.getCell(sum + 1).value = {
    formula: `SUM(${c(sum + 1, firstOrganisation)}:${c(sum + 1, lastOrganisation)})`,
  }
  totals.getCell(sum + 3).value = {
    formula: `SUM(${c(sum + 3, firstOrganisation)}:${c(sum + 3, lastOrganisation)})`,
  }
  totals.getCell(sum + 4).value = {
    formula: `IF(${c(sum + 1, t)}+${c(sum + 3, t)}=0,"",${c(sum + 1, t)}/(${c(sum + 1, t)}+${c(sum + 3, t)}))`,
  }
  totals.getCell(sum + 4).numFmt = PERCENT_FORMAT
  totals.font = { bold: true }
  const quorum = sheet.addRow(['Beslutsfört vid mötets början', '', ''])
  data.required.forEach((required, index) => {
    quorum.getCell(first + index).value = {
      formula: `IF(${c(first + index, t)}>=${required},"Ja","Nej")`,
    }
    quorum.getCell(first + index).alignment = { horizontal: 'center' }
  })

  sheet.addRow([])
  sheet.addRow([
    'N = närvarande, F = frånvarande, H = förhinder, T = tjänstgörande ersättare (kommentaren säger för vem). Tom ruta: inte kallad det mötet.',
  ])
  sheet.addRow([
    'Aktörernas rutor: antal besatta platser (ledamot eller tjänstgörande ersättare närvarande). Andelarna är formler och räknas om i Excel.',
  ])
  for (let column = first; column <= last; column += 1)
    sheet.getColumn(column).alignment = { horizontal: 'center' }
  fitColumns(sheet, [24, 24, 10, ...dates.map(() => 11), 8, 11, 11, 12, 13])
  // The explanation rows are long: keep the name column sensible instead of fitting it to them.
  sheet.getColumn(1).width = Math.min(
    36,
    Math.max(
      24,
      ...[...data.members, ...data.deputies, ...data.organisations].map(
        (row) => row.name.length + 2,
      ),
    ),
  )
  sheet.headerFooter.oddHeader = `&L${bodyName}&RNärvaro ${data.year}`
  sheet.headerFooter.oddFooter = '&RSida &P av &N'
  return sheet
}

/** The attendance workbook: one sheet per year, a row per person and per organisation, a column per meeting. */
export async function buildAttendanceXlsx(data: AttendanceWorkbookData): Promise<Uint8Array> {
  const workbook = excelWorkbook(`Närvaro ${data.bodyName}`)
  workbook.calcProperties = { fullCalcOnLoad: true }
  for (const year of data.years) yearSheet(workbook, data.bodyName, year)
  return excelBuffer(workbook)
}
