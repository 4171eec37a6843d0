import type { MeetingSummaryDto } from '../../shared/api/meetings.ts'
import { isoWeekOf, isoWeekday } from '../../shared/domain/dates.ts'
import { MEETING_STATUS_SV } from '../../shared/domain/meetingCycle.ts'
import { timeRange } from '../../shared/domain/format.ts'
import { WEEKDAY_SV } from '../../shared/domain/yearPlan.ts'
import {
  addTableSheet,
  DATE_FORMAT,
  excelBuffer,
  excelWorkbook,
  type WorkbookMeta,
} from './excel.ts'

const asDate = (iso: string | null) => (iso ? new Date(`${iso}T00:00:00Z`) : null)

/** The year plan (sammanträdesplan): one row per meeting, dates as real dates. */
export async function buildYearPlanXlsx(
  bodyName: string,
  year: number,
  meetings: MeetingSummaryDto[],
  meta: WorkbookMeta,
): Promise<Uint8Array> {
  const workbook = excelWorkbook(`Sammanträdesplan ${bodyName} ${year}`, meta)
  addTableSheet(
    workbook,
    `Sammanträdesplan ${year}`,
    [
      { header: 'Vecka', key: 'week' },
      { header: 'Dag', key: 'weekday' },
      { header: 'Datum', key: 'date', numFmt: DATE_FORMAT },
      { header: 'Tid', key: 'time' },
      { header: 'Plats', key: 'place' },
      { header: 'Kallelse skickas', key: 'notice', numFmt: DATE_FORMAT },
      { header: 'Sista dag för förhinder', key: 'reply', numFmt: DATE_FORMAT },
      { header: 'Status', key: 'status' },
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
  return excelBuffer(workbook)
}
