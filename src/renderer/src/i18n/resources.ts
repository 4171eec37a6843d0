/** Swedish first, English second. Each area adds its namespace in both languages. */
import { budget as enBudget } from './en/budget.ts'
import { attendance as enAttendance } from './en/attendance.ts'
import { common as enCommon } from './en/common.ts'
import { goals as enGoals } from './en/goals.ts'
import { meetings as enMeetings } from './en/meetings.ts'
import { minutes as enMinutes } from './en/minutes.ts'
import { register as enRegister } from './en/register.ts'
import { start as enStart } from './en/start.ts'
import { budget } from './sv/budget.ts'
import { system as enSystem } from './en/system.ts'
import { attendance } from './sv/attendance.ts'
import { common } from './sv/common.ts'
import { goals } from './sv/goals.ts'
import { meetings } from './sv/meetings.ts'
import { minutes } from './sv/minutes.ts'
import { register } from './sv/register.ts'
import { start } from './sv/start.ts'
import { system } from './sv/system.ts'

export const resources = {
  sv: { common, register, start, goals, budget, meetings, system, attendance, minutes },
  en: {
    common: enCommon,
    register: enRegister,
    start: enStart,
    goals: enGoals,
    budget: enBudget,
    meetings: enMeetings,
    system: enSystem,
    attendance: enAttendance,
    minutes: enMinutes,
  },
} as const
