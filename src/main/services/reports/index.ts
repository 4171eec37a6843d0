import type { AreaHandlers } from '../types.ts'
import { finalReportHandlers } from './finalReport.ts'

export const reportHandlers: AreaHandlers<'reports'> = {
  ...finalReportHandlers,
}
