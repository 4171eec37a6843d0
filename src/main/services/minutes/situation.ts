import { conflict } from '../../../shared/api/errors.ts'
import type { SituationDto } from '../../../shared/api/minutes.ts'
import { SituationReport } from '../../db/entities/minutes.ts'
import { findBody } from '../register/bodies.ts'
import type { AreaHandlers } from '../types.ts'
import { queryRows, sql } from '../../db/sqlWhere.ts'
import { checkVersion } from '../version.ts'
import { checkUnlocked, findMinutes, situationDto } from './load.ts'
import { m } from '../../../shared/messages/index.ts'

export const situationHandlers: Pick<
  AreaHandlers<'minutes'>,
  'minutes.situationHistory' | 'minutes.saveSituation'
> = {
  async 'minutes.situationHistory'({ em }, { bodyId }) {
    const body = await findBody(em, bodyId)
    // A projection: ten years of pictures as entities with their meetings cost 7–20 ms (npm run bench).
    return queryRows<SituationDto>(
      em,
      sql`select s.meeting_id as meetingId, m.date, s.concerns, s.events, s.measures, s.version
            from situation_report s join meeting m on m.id = s.meeting_id
           where s.body_id = ${body.id} order by m.date desc, m.id desc`,
    )
  },

  async 'minutes.saveSituation'({ em }, { meetingId, version, concerns, events, measures }) {
    const minutes = await findMinutes(em, meetingId)
    checkUnlocked(minutes)
    const report = await em.findOne(
      SituationReport,
      { meeting: meetingId },
      { populate: ['meeting'] },
    )
    if (!report) throw conflict(m('minutes.situationNeedsMinutes'))
    checkVersion(report, version, 'situationReport')
    Object.assign(report, { concerns, events, measures, updatedAt: new Date() })
    await em.flush()
    return situationDto(report)
  },
}
