import { safeFileName } from '../../../shared/domain/format.ts'
import { buildRegisterXlsx } from '../../exports/registerXlsx.ts'
import { bodyHandlers } from '../register/bodies.ts'
import { organisationHandlers } from '../register/organisations.ts'
import { peopleHandlers } from '../register/people.ts'
import type { AreaHandlers } from '../types.ts'
import { budgetExportHandlers } from './budget.ts'
import { finalReportExportHandlers } from './finalReport.ts'
import { goalExportHandlers } from './goals.ts'
import { attendanceExportHandlers } from './attendance.ts'
import { meetingExportHandlers } from './meetings.ts'
import { personExtractHandlers } from './personExtract.ts'
import { minutesExportHandlers } from './minutes.ts'

export const exportHandlers: AreaHandlers<'exports'> = {
  ...goalExportHandlers,
  ...budgetExportHandlers,
  ...finalReportExportHandlers,
  ...meetingExportHandlers,
  ...personExtractHandlers,
  ...attendanceExportHandlers,
  ...minutesExportHandlers,
  async 'exports.registerXlsx'(ctx) {
    const organisations = await organisationHandlers['register.listOrganisations'](ctx, {
      search: null,
    })
    const people = await peopleHandlers['register.listPeople'](ctx, { search: null })
    const bodies = await bodyHandlers['register.listBodies'](ctx, {})
    const details = []
    for (const body of bodies)
      details.push(await bodyHandlers['register.getBody'](ctx, { id: body.id, on: null }))
    return {
      fileName: safeFileName(`Register ${ctx.clock.today()}.xlsx`),
      data: await buildRegisterXlsx({ organisations, people, bodies: details }),
    }
  },
}
