import { invalid, notFound } from '../../../shared/api/errors.ts'
import { safeFileName } from '../../../shared/domain/format.ts'
import { buildDocument } from '../../workers/buildDocument.ts'
import { SituationReport } from '../../db/entities/minutes.ts'
import type { ServiceContext } from '../../context.ts'
import { minutesForDocuments } from '../minutes/record.ts'
import type { AreaHandlers } from '../types.ts'
import { m } from '../../../shared/messages/index.ts'

/** The minutes as their documents show them (as adjusted, once they are), and only once begun. */
async function begunMinutes(ctx: ServiceContext, meetingId: number) {
  const documents = await minutesForDocuments(ctx.em, meetingId, ctx.clock.today())
  if (!documents.minutes.begun) throw invalid(m('exports.minutesNotBegun'), 'meetingId')
  return documents
}

export const minutesExportHandlers: Pick<
  AreaHandlers<'exports'>,
  'exports.minutesDocx' | 'exports.extractDocx' | 'exports.situationDocx'
> = {
  async 'exports.minutesDocx'(ctx, { meetingId }) {
    const { minutes, facts } = await begunMinutes(ctx, meetingId)
    return {
      fileName: safeFileName(`Protokoll ${minutes.bodyName} ${minutes.date}.docx`),
      data: buildDocument('minutesDocx', minutes, facts),
    }
  },
  async 'exports.extractDocx'(ctx, { meetingId, paragraph: number }) {
    const { minutes, facts } = await begunMinutes(ctx, meetingId)
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
      data: buildDocument('extractDocx', minutes, paragraph, facts),
    }
  },
  async 'exports.situationDocx'(ctx, { meetingId }) {
    const { minutes } = await minutesForDocuments(ctx.em, meetingId, ctx.clock.today())
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
