import { safeFileName } from '../../../shared/domain/format.ts'
import { finalReportDto } from '../reports/finalReport.ts'
import type { AreaHandlers } from '../types.ts'
import { secretaryContact } from './secretary.ts'

export const finalReportExportHandlers: Pick<AreaHandlers<'exports'>, 'exports.finalReportDocx'> = {
  async 'exports.finalReportDocx'({ em, clock }, { grantId }) {
    const report = await finalReportDto(em, grantId)
    // docx is loaded when a report is written, not at every start of the CLI or the app.
    const { buildFinalReportDocx } = await import('../../exports/finalReportDocx.ts')
    return {
      fileName: safeFileName(`Slutrapport ${report.grant.caseNumber.replace(/\//g, '-')}.docx`),
      data: await buildFinalReportDocx(
        report,
        (await secretaryContact(em, null, clock.today()))?.name ?? null,
      ),
    }
  },
}
