import { invalid, notFound } from '../../../shared/api/errors.ts'
import { safeFileName } from '../../../shared/domain/format.ts'
import {
  buildExtractDocx,
  buildMinutesDocx,
  buildSituationDocx,
} from '../../exports/minutesDocx.ts'
import { SituationReport } from '../../db/entities/minutes.ts'
import type { ServiceContext } from '../../context.ts'
import { findMeeting } from '../meetings/load.ts'
import { minutesDto } from '../minutes/load.ts'
import type { AreaHandlers } from '../types.ts'

async function begunMinutes(ctx: ServiceContext, meetingId: number) {
  const minutes = await minutesDto(ctx.em, await findMeeting(ctx.em, meetingId), ctx.clock.today())
  if (!minutes.begun)
    throw invalid('Protokollet är inte påbörjat. Börja det från dagordningen först.', 'meetingId')
  return minutes
}

export const minutesExportHandlers: Pick<
  AreaHandlers<'exports'>,
  'exports.minutesDocx' | 'exports.extractDocx' | 'exports.situationDocx'
> = {
  async 'exports.minutesDocx'(ctx, { meetingId }) {
    const minutes = await begunMinutes(ctx, meetingId)
    return {
      fileName: safeFileName(`Protokoll ${minutes.bodyName} ${minutes.date}.docx`),
      data: await buildMinutesDocx(minutes),
    }
  },
  async 'exports.extractDocx'(ctx, { meetingId, paragraph: number }) {
    const minutes = await begunMinutes(ctx, meetingId)
    const paragraph = minutes.paragraphs.find((candidate) => candidate.number === number)
    if (!paragraph)
      throw invalid(
        `Protokollet har ingen § ${number}. Det har ${minutes.paragraphs.map((candidate) => candidate.number).join(', ')}.`,
        'paragraph',
      )
    return {
      fileName: safeFileName(
        `Protokollsutdrag ${minutes.bodyName} ${minutes.date} § ${number}.docx`,
      ),
      data: await buildExtractDocx(minutes, paragraph),
    }
  },
  async 'exports.situationDocx'(ctx, { meetingId }) {
    const minutes = await minutesDto(
      ctx.em,
      await findMeeting(ctx.em, meetingId),
      ctx.clock.today(),
    )
    if (!minutes.situation) throw notFound('Lägesbilden för mötet')
    const previous = await ctx.em.findOne(
      SituationReport,
      { body: minutes.bodyId, meeting: { date: { $lt: minutes.situation.date } } },
      { populate: ['meeting'], orderBy: { meeting: { date: 'desc' } } },
    )
    return {
      fileName: safeFileName(`Lägesbild ${minutes.bodyName} ${minutes.situation.date}.docx`),
      data: await buildSituationDocx(minutes, minutes.situation, previous?.meeting.date ?? null),
    }
  },
}
