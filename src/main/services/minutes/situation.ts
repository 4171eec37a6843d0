import { conflict } from '../../../shared/api/errors.ts'
import { SituationReport } from '../../db/entities/minutes.ts'
import { findBody } from '../register/bodies.ts'
import type { AreaHandlers } from '../types.ts'
import { checkUnlocked, findMinutes, situationDto } from './load.ts'

export const situationHandlers: Pick<AreaHandlers<'minutes'>, 'minutes.situationHistory' | 'minutes.saveSituation'> = {
  async 'minutes.situationHistory'({ em }, { bodyId }) {
    const body = await findBody(em, bodyId)
    const reports = await em.find(SituationReport, { body: body.id }, { populate: ['meeting'], orderBy: { meeting: { date: 'desc', id: 'desc' } } })
    return reports.map(situationDto)
  },

  async 'minutes.saveSituation'({ em }, { meetingId, version, concerns, events, measures }) {
    const minutes = await findMinutes(em, meetingId)
    checkUnlocked(minutes)
    const report = await em.findOne(SituationReport, { meeting: meetingId }, { populate: ['meeting'] })
    if (!report) throw conflict('Börja protokollet först: lägesbilden uppdateras i mötets paragraf Lägesbild.')
    if (report.version !== version) {
      throw conflict('Lägesbilden har sparats av någon annan sedan du öppnade den. Din text finns kvar: kopiera den, ladda om och gör ändringen igen. Ingenting har skrivits över.')
    }
    Object.assign(report, { concerns, events, measures, updatedAt: new Date() })
    await em.flush()
    return situationDto(report)
  },
}
