import { safeFileName } from '../../../shared/domain/format.ts'
import { finalReportDto } from '../reports/finalReport.ts'
import type { AreaHandlers } from '../types.ts'
import { secretaryContact } from './secretary.ts'
import { buildDocument } from '../../workers/buildDocument.ts'

export const finalReportExportHandlers: Pick<AreaHandlers<'exports'>, 'exports.finalReportDocx'> = {
  async 'exports.finalReportDocx'({ em, clock }, { grantId }) {
    const report = await finalReportDto(em, grantId)
    return {
      fileName: safeFileName(`Slutrapport ${report.grant.caseNumber.replace(/\//g, '-')}.docx`),
      data: buildDocument(
        'finalReportDocx',
        report,
        (await secretaryContact(em, null, clock.today()))?.name ?? null,
      ),
    }
  },
}
