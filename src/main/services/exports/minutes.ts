import { invalid, notFound } from '../../../shared/api/errors.ts'
import { safeFileName } from '../../../shared/domain/format.ts'
import type { MinutesDto } from '../../../shared/api/minutes.ts'
import type { MinutesFacts } from '../../exports/minutesDocx.ts'
import { buildDocument } from '../../workers/buildDocument.ts'
import { attendanceDto } from '../attendance/dto.ts'
import { loadModel } from '../attendance/model.ts'
import { SituationReport } from '../../db/entities/minutes.ts'
import { queryRows, sql } from '../../db/sqlWhere.ts'
import type { ServiceContext } from '../../context.ts'
import { findMeeting } from '../meetings/load.ts'
import { minutesDto } from '../minutes/load.ts'
import type { AreaHandlers } from '../types.ts'
import { secretaryContact } from './secretary.ts'
import { m } from '../../../shared/messages/index.ts'

async function begunMinutes(ctx: ServiceContext, meetingId: number): Promise<MinutesDto> {
  const minutes = await minutesDto(ctx.em, await findMeeting(ctx.em, meetingId), ctx.clock.today())
  if (!minutes.begun) throw invalid(m('exports.minutesNotBegun'), 'meetingId')
  // The documents name whoever keeps the minutes: a group without a secretary of its own has the council's.
  const secretary = await secretaryContact(ctx.em, minutes.bodyId, minutes.date)
  return { ...minutes, secretaryName: secretary?.name ?? null }
}

/** What only the documents need: the protocol's number in the body's year and the quorum line. */
async function documentFacts(ctx: ServiceContext, minutes: MinutesDto): Promise<MinutesFacts> {
  const year = minutes.date.slice(0, 4)
  // Protocols are numbered per body and calendar year, like the §§: this one and those before it.
  const [row] = await queryRows<{ n: number }>(
    ctx.em,
    sql`select count(*) as n from minutes mi join meeting m on m.id = mi.meeting_id
      where m.body_id = ${minutes.bodyId} and m.date >= ${`${year}-01-01`} and m.date <= ${minutes.date}`,
  )
  const attendance = attendanceDto(await loadModel(ctx.em, minutes.meetingId), ctx.clock.today())
  const withoutQuorum = attendance.items.filter((item) => item.flagged)
  const quorumLine =
    attendance.seatCount === 0
      ? null
      : `${attendance.filledNow} av ${attendance.seatCount} platser besatta; ${attendance.quorateNow ? 'beslutsfört' : 'inte beslutsfört'}` +
        (withoutQuorum.length > 0
          ? ` (inte beslutsfört vid punkt ${withoutQuorum.map((item) => item.number).join(', ')})`
          : '') +
        '.'
  return { protocolNumber: `${row?.n ?? 1}/${year}`, quorumLine, today: ctx.clock.today() }
}

export const minutesExportHandlers: Pick<
  AreaHandlers<'exports'>,
  'exports.minutesDocx' | 'exports.extractDocx' | 'exports.situationDocx'
> = {
  async 'exports.minutesDocx'(ctx, { meetingId }) {
    const minutes = await begunMinutes(ctx, meetingId)
    return {
      fileName: safeFileName(`Protokoll ${minutes.bodyName} ${minutes.date}.docx`),
      data: buildDocument('minutesDocx', minutes, await documentFacts(ctx, minutes)),
    }
  },
  async 'exports.extractDocx'(ctx, { meetingId, paragraph: number }) {
    const minutes = await begunMinutes(ctx, meetingId)
    const paragraph = minutes.paragraphs.find((candidate) => candidate.number === number)
    if (!paragraph)
      throw invalid(
        m('exports.noParagraph', {
          number,
          numbers: minutes.paragraphs.map((candidate) => candidate.number).join(', '),
        }),
        'paragraph',
      )
    return {
      fileName: safeFileName(
        `Protokollsutdrag ${minutes.bodyName} ${minutes.date} § ${number}.docx`,
      ),
      data: buildDocument('extractDocx', minutes, paragraph, await documentFacts(ctx, minutes)),
    }
  },
  async 'exports.situationDocx'(ctx, { meetingId }) {
    const saved = await minutesDto(ctx.em, await findMeeting(ctx.em, meetingId), ctx.clock.today())
    const secretary = await secretaryContact(ctx.em, saved.bodyId, saved.date)
    const minutes = { ...saved, secretaryName: secretary?.name ?? null }
    if (!minutes.situation) throw notFound('situation')
    const previous = await ctx.em.findOne(
      SituationReport,
      { body: minutes.bodyId, meeting: { date: { $lt: minutes.situation.date } } },
      { populate: ['meeting'], orderBy: { meeting: { date: 'desc' } } },
    )
    return {
      fileName: safeFileName(`Lägesbild ${minutes.bodyName} ${minutes.situation.date}.docx`),
      data: buildDocument(
        'situationDocx',
        minutes,
        minutes.situation,
        previous?.meeting.date ?? null,
      ),
    }
  },
}
