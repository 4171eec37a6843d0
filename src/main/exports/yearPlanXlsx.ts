import type { MeetingSummaryDto } from '../../shared/api/meetings.ts'
import { isoWeekOf, isoWeekday } from '../../shared/domain/dates.ts'
import { MEETING_STATUS_SV } from '../../shared/domain/meetingCycle.ts'
import { timeRange } from '../../shared/domain/format.ts'
import { WEEKDAY_SV } from '../../shared/domain/yearPlan.ts'
import { addTableSheet, DATE_FORMAT, excelBuffer, excelWorkbook } from './excel.ts'

const asDate = (iso: string | null) => (iso ? new Date(`${iso}T00:00:00Z`) : null)

/** The year plan (sammanträdesplan): one row per meeting, dates as real dates. */
export async function buildYearPlanXlsx(
  bodyName: string,
  year: number,
  meetings: MeetingSummaryDto[],
): Promise<Uint8Array> {
  const workbook = excelWorkbook(`Sammanträdesplan ${bodyName} ${year}`)
  const sheet = addTableSheet(
    workbook,
    `Sammanträdesplan ${year}`,
    [
      { header: 'Vecka', key: 'week', width: 7 },
      { header: 'Dag', key: 'weekday', width: 9 },
      { header: 'Datum', key: 'date', width: 12, numFmt: DATE_FORMAT },
      { header: 'Tid', key: 'time', width: 12 },
      { header: 'Plats', key: 'place' },
      { header: 'Kallelse skickas', key: 'notice', width: 16, numFmt: DATE_FORMAT },
      { header: 'Sista dag för förhinder', key: 'reply', width: 22, numFmt: DATE_FORMAT },
      { header: 'Status', key: 'status', width: 12 },
      { header: 'Anmärkning', key: 'note' },
    ],
    meetings.map((meeting) => ({
      week: isoWeekOf(meeting.date),
      weekday: WEEKDAY_SV[isoWeekday(meeting.date) - 1],
      date: asDate(meeting.date),
      time: timeRange(meeting.startTime, meeting.endTime),
      place: meeting.place,
      notice: asDate(meeting.noticeDate),
      reply: asDate(meeting.replyBy),
      status: MEETING_STATUS_SV[meeting.status],
      note: meeting.holiday ? `Helgdag: ${meeting.holiday}` : '',
    })),
  )
  // Dates are real dates; their width is the printed yyyy-mm-dd (fitColumns measures the Date's long text).
  for (const key of ['date', 'notice', 'reply'])
    sheet.getColumn(key).width = Math.max(12, String(sheet.getColumn(key).header ?? '').length + 2)
  // Numbers align right and text left: a gap keeps "6" from touching "tisdag" and a date its time.
  sheet.getColumn('week').alignment = { horizontal: 'center' }
  sheet.getColumn('weekday').alignment = { horizontal: 'left', indent: 1 }
  sheet.getColumn('date').alignment = { horizontal: 'center' }
  sheet.getColumn('time').alignment = { horizontal: 'left', indent: 1 }
  sheet.headerFooter.oddHeader = `&L${bodyName.replace(/&/g, '&&')}&RSammanträdesplan ${year}`
  return excelBuffer(workbook)
}
