import type { AreaHandlers } from '../types.ts'
import { attendanceHandlers } from './handlers.ts'
import { statisticsHandlers } from './statistics.ts'

export const attendanceAreaHandlers: AreaHandlers<'attendance'> = {
  ...attendanceHandlers,
  ...statisticsHandlers,
}
