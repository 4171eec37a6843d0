import { invalid } from '../../../shared/api/errors.ts'
import type { MembershipDto } from '../../../shared/api/register.ts'
import { safeFileName } from '../../../shared/domain/format.ts'
import { ROLE_SV } from '../../../shared/domain/register.ts'
import type { CalledPerson, NoticeData } from '../../exports/noticeDocx.ts'
import { Person } from '../../db/entities/register.ts'
import { queryRows, sql } from '../../db/sqlWhere.ts'
import { secretaryContact, workbookMeta } from './secretary.ts'
import { installationId } from '../system/installation.ts'
import type { ServiceContext } from '../../context.ts'
import { meetingHandlers } from '../meetings/meetings.ts'
import { listActionDtos } from '../minutes/actionList.ts'
import { actionLine } from '../minutes/standing.ts'
import { bodyHandlers, findBody } from '../register/bodies.ts'
import type { AreaHandlers } from '../types.ts'
import { buildDocument } from '../../workers/buildDocument.ts'
import { m } from '../../../shared/messages/index.ts'

/** The notice's data: the meeting, its secretary, and who is called on the meeting's day. */
export async function noticeData(ctx: ServiceContext, meetingId: number): Promise<NoticeData> {
  const meeting = await meetingHandlers['meetings.get'](ctx, { id: meetingId })
  if (meeting.items.length === 0) throw invalid(m('exports.agendaEmpty'), 'meetingId')
  const body = await bodyHandlers['register.getBody'](ctx, { id: meeting.bodyId, on: meeting.date })
  const people = await ctx.em.find(Person, {
    id: {
      $in: [
        ...body.seats.flatMap((seat) => [...seat.holders, ...seat.deputies]),
        ...body.others,
      ].map((membership) => membership.personId),
    },
  })
  const emails = new Map(people.map((person) => [person.id, person.email ?? null]))
  const called = (membership: MembershipDto, note: string | null): CalledPerson => ({
    name: membership.personName,
    organisation: membership.organisationName,
    note,
    email: emails.get(membership.personId) ?? null,
  })
  const holders = body.seats.flatMap((seat) => seat.holders)
  if (holders.length === 0) {
    throw invalid(m('exports.noMembers', { body: body.name, date: meeting.date }), 'meetingId')
  }
  const members = holders.map((holder) =>
    called(holder, holder.role === 'member' ? null : ROLE_SV[holder.role].toLowerCase()),
  )
  const deputies = body.seats.flatMap((seat) =>
    seat.deputies.map((deputy) =>
      called(
        deputy,
        deputy.deputyForName
          ? `personlig ersättare för ${deputy.deputyForName}`
          : `ersättare för ${seat.label}`,
      ),
    ),
  )
  const others = body.others
    .filter((other) => other.role !== 'secretary')
    .map((other) => called(other, ROLE_SV[other.role].toLowerCase()))
  const secretary = await secretaryContact(ctx.em, meeting.bodyId, meeting.date)
  // Open actions from earlier meetings, as the follow-up § will list them when the minutes begin.
  const followUp = (
    await listActionDtos(
      ctx.em,
      { filter: 'open', bodyId: meeting.bodyId, decidedBefore: meeting.date },
      ctx.clock.today(),
    )
  ).map(actionLine)
  return {
    meeting,
    secretary,
    members,
    deputies,
    others,
    followUp,
    documents: await noticeDocuments(ctx, meeting.bodyId, meeting.date),
    sentOn: ctx.clock.today(),
  }
}

/** Handlingar that go with the notice: the previous minutes and the situation picture they ended with. */
async function noticeDocuments(ctx: ServiceContext, bodyId: number, date: string) {
  const [previous] = await queryRows<{
    date: string
    first: number | null
    last: number | null
    situation: number
  }>(
    ctx.em,
    sql`select m.date, min(p.number) as first, max(p.number) as last,
            exists (select 1 from situation_report s where s.meeting_id = m.id) as situation
       from minutes mi join meeting m on m.id = mi.meeting_id
       left join minutes_paragraph p on p.minutes_id = mi.id
      where m.body_id = ${bodyId} and m.date < ${date}
      group by m.id order by m.date desc limit 1`,
  )
  if (!previous) return []
  const range =
    previous.first === null
      ? ''
      : previous.first === previous.last
        ? ` (§ ${previous.first})`
        : ` (§§ ${previous.first}–${previous.last})`
  return [
    `Protokoll från mötet ${previous.date}${range}`,
    ...(previous.situation ? [`Lägesbild efter mötet ${previous.date}`] : []),
  ]
}

async function yearMeetings(ctx: ServiceContext, bodyId: number, year: number) {
  const body = await findBody(ctx.em, bodyId)
  const meetings = await meetingHandlers['meetings.list'](ctx, {
    bodyId,
    from: `${year}-01-01`,
    to: `${year}-12-31`,
  })
  if (meetings.length === 0)
    throw invalid(m('exports.noMeetings', { body: body.name, year }), 'year')
  return { body, meetings }
}

export const meetingExportHandlers: Pick<
  AreaHandlers<'exports'>,
  'exports.noticeDocx' | 'exports.noticeIcs' | 'exports.yearPlanXlsx' | 'exports.yearPlanIcs'
> = {
  async 'exports.noticeDocx'(ctx, { meetingId }) {
    const data = await noticeData(ctx, meetingId)
    // docx and ics load on first use, so the app and the CLI start without them.
    return {
      fileName: safeFileName(`Kallelse ${data.meeting.bodyName} ${data.meeting.date}.docx`),
      data: buildDocument('noticeDocx', data),
    }
  },
  async 'exports.noticeIcs'(ctx, { meetingId }) {
    const data = await noticeData(ctx, meetingId)
    const { buildMeetingIcs } = await import('../../exports/meetingCalendar.ts')
    return {
      fileName: safeFileName(`${data.meeting.bodyName} ${data.meeting.date}.ics`),
      data: buildMeetingIcs(data, await installationId(ctx.em)),
    }
  },
  async 'exports.yearPlanXlsx'(ctx, { bodyId, year }) {
    const { body, meetings } = await yearMeetings(ctx, bodyId, year)
    return {
      fileName: safeFileName(`Sammanträdesplan ${body.name} ${year}.xlsx`),
      data: buildDocument(
        'yearPlanXlsx',
        body.name,
        year,
        meetings,
        await workbookMeta(ctx, bodyId),
      ),
    }
  },
  async 'exports.yearPlanIcs'(ctx, { bodyId, year }) {
    const { body, meetings } = await yearMeetings(ctx, bodyId, year)
    const { buildYearPlanIcs } = await import('../../exports/meetingCalendar.ts')
    return {
      fileName: safeFileName(`Sammanträdesplan ${body.name} ${year}.ics`),
      data: buildYearPlanIcs(body.name, year, meetings, {
        installation: await installationId(ctx.em),
        organizer: await secretaryContact(ctx.em, bodyId, `${year}-12-31`),
      }),
    }
  },
}
