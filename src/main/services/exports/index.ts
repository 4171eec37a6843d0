import type { AreaHandlers } from '../types.ts'
import { budgetExportHandlers } from './budget.ts'
import { finalReportExportHandlers } from './finalReport.ts'
import { goalExportHandlers } from './goals.ts'
import { attendanceExportHandlers } from './attendance.ts'
import { meetingExportHandlers } from './meetings.ts'
import { personExtractHandlers } from './personExtract.ts'
import { minutesExportHandlers } from './minutes.ts'
import { registerExportHandlers } from './register.ts'

export const exportHandlers: AreaHandlers<'exports'> = {
  ...goalExportHandlers,
  ...budgetExportHandlers,
  ...finalReportExportHandlers,
  ...meetingExportHandlers,
  ...personExtractHandlers,
  ...attendanceExportHandlers,
  ...minutesExportHandlers,
  ...registerExportHandlers,
}
