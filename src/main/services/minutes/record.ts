import type { EntityManager } from '@mikro-orm/sqlite'
import type { AttendanceDto } from '../../../shared/api/attendance.ts'
import type { MinutesDto } from '../../../shared/api/minutes.ts'
import { AdjustedRecord, Minutes } from '../../db/entities/minutes.ts'
import { queryRows, sql } from '../../db/sqlWhere.ts'
import type { MinutesFacts } from '../../exports/minutesDocx.ts'
import { attendanceDto } from '../attendance/dto.ts'
import { loadView } from '../attendance/view.ts'
import { secretaryContact } from '../exports/secretary.ts'
import { meetingHeader } from '../meetings/load.ts'
import { minutesDto } from './load.ts'

/** What the documents show beside the minutes themselves, as on the day they were adjusted. */
export interface RecordedFacts extends Omit<MinutesFacts, 'today'> {
  /** Who keeps the minutes in the documents: a group without its own secretary has the council's. */
  secretaryName: string | null
}

interface Recorded {
  minutes: MinutesDto
  facts: RecordedFacts
  attendance: AttendanceDto
}

/** The protocol's number in the body's calendar year and the quorum line, from the register today. */
async function liveFacts(
  em: EntityManager,
  minutes: MinutesDto,
  attendance: AttendanceDto,
): Promise<RecordedFacts> {
  const year = minutes.date.slice(0, 4)
  // Protocols are numbered per body and calendar year, like the §§: this one and those before it.
  const [row] = await queryRows<{ n: number }>(
    em,
    sql`select count(*) as n from minutes mi join meeting m on m.id = mi.meeting_id
      where m.body_id = ${minutes.bodyId} and m.date >= ${`${year}-01-01`} and m.date <= ${minutes.date}`,
  )
  const withoutQuorum = attendance.items.filter((item) => item.flagged)
  const quorumLine =
    attendance.seatCount === 0
      ? null
      : `${attendance.filledNow} av ${attendance.seatCount} platser besatta; ${attendance.quorateNow ? 'beslutsfört' : 'inte beslutsfört'}` +
        (withoutQuorum.length > 0
          ? ` (inte beslutsfört vid punkt ${withoutQuorum.map((item) => item.number).join(', ')})`
          : '') +
        '.'
  const secretary = await secretaryContact(em, minutes.bodyId, minutes.date)
  return {
    protocolNumber: `${row?.n ?? 1}/${year}`,
    quorumLine,
    secretaryName: secretary?.name ?? null,
  }
}

async function live(em: EntityManager, meetingId: number, today: string): Promise<Recorded> {
  const minutes = await minutesDto(em, await meetingHeader(em, meetingId), today)
  const attendance = attendanceDto(await loadView(em, meetingId), today)
  return { minutes, attendance, facts: await liveFacts(em, minutes, attendance) }
}

async function recorded(em: EntityManager, meetingId: number): Promise<Recorded | null> {
  const [row] = await queryRows<{ minutes: string; facts: string; attendance: string }>(
    em,
    sql`select r.minutes, r.facts, r.attendance from adjusted_record r
          join minutes mi on mi.id = r.minutes_id where mi.meeting_id = ${meetingId}`,
  )
  if (!row) return null
  return {
    minutes: JSON.parse(row.minutes) as MinutesDto,
    facts: JSON.parse(row.facts) as RecordedFacts,
    attendance: JSON.parse(row.attendance) as AttendanceDto,
  }
}

/**
 * Called in the act of adjusting (after its flush): what the minutes, their documents and the
 * attendance show is written down once, so no later change in the register alters a signed protocol.
 */
export async function recordAdjustedMinutes(
  em: EntityManager,
  meetingId: number,
  today: string,
): Promise<void> {
  const now = await live(em, meetingId, today)
  const minutes = await em.findOneOrFail(Minutes, { meeting: meetingId })
  em.create(AdjustedRecord, {
    minutes,
    minutesView: JSON.stringify(now.minutes),
    facts: JSON.stringify(now.facts),
    attendance: JSON.stringify(now.attendance),
  })
  await em.flush()
}

/**
 * The minutes and facts the documents are built from: as adjusted once they are, otherwise as the
 * register says today.
 */
export async function minutesForDocuments(
  em: EntityManager,
  meetingId: number,
  today: string,
): Promise<{ minutes: MinutesDto; facts: MinutesFacts }> {
  const { minutes, facts } = (await recorded(em, meetingId)) ?? (await live(em, meetingId, today))
  const { secretaryName, ...rest } = facts
  return { minutes: { ...minutes, secretaryName }, facts: { ...rest, today } }
}

/** Adjusted minutes as recorded; only the follow-up of their action items goes on. */
export async function shownMinutes(em: EntityManager, current: MinutesDto): Promise<MinutesDto> {
  const record = current.adjustedOn ? await recorded(em, current.meetingId) : null
  if (!record) return current
  const liveActions = new Map(
    current.paragraphs
      .flatMap((paragraph) => paragraph.actions)
      .map((action) => [action.id, action]),
  )
  return {
    ...current,
    ...record.minutes,
    // The meeting's state, versions and what this page offers next are today's.
    status: current.status,
    version: current.version,
    locked: current.locked,
    followUp: current.followUp,
    previous: current.previous,
    phrases: current.phrases,
    paragraphs: record.minutes.paragraphs.map((paragraph) => ({
      ...paragraph,
      actions: paragraph.actions.map((action) => {
        const now = liveActions.get(action.id)
        return now
          ? {
              ...action,
              status: now.status,
              overdue: now.overdue,
              version: now.version,
              reportedMeetingId: now.reportedMeetingId,
              reportedDate: now.reportedDate,
              reportedParagraph: now.reportedParagraph,
            }
          : action
      }),
    })),
  }
}

/** The attendance of a meeting whose minutes are adjusted, as it was then (null otherwise). */
export async function recordedAttendance(
  em: EntityManager,
  meetingId: number,
): Promise<AttendanceDto | null> {
  return (await recorded(em, meetingId))?.attendance ?? null
}
