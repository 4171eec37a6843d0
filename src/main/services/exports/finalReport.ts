import { safeFileName } from '../../../shared/domain/format.ts'
import { buildFinalReportDocx } from '../../exports/finalReportDocx.ts'
import { finalReportDto } from '../reports/index.ts'
import type { AreaHandlers } from '../types.ts'

export const finalReportExportHandlers: Pick<AreaHandlers<'exports'>, 'exports.finalReportDocx'> = {
  async 'exports.finalReportDocx'({ em }, { grantId }) {
    const report = await finalReportDto(em, grantId)
    return {
      fileName: safeFileName(`Slutrapport ${report.grant.caseNumber.replace(/\//g, '-')}.docx`),
      data: await buildFinalReportDocx(report),
    }
  },
}
