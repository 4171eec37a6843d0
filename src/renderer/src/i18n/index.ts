import i18next from 'i18next'
import { initReactI18next } from 'react-i18next'
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

/** Swedish first, English second. Each area adds its namespace in both languages. */
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

declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: 'common'
    resources: (typeof resources)['sv']
  }
}

const stored = typeof localStorage === 'undefined' ? null : localStorage.getItem('radsrum.language')

void i18next.use(initReactI18next).init({
  resources,
  lng: stored === 'en' ? 'en' : 'sv',
  fallbackLng: 'sv',
  defaultNS: 'common',
  interpolation: { escapeValue: false },
  returnNull: false,
})

export function setLanguage(language: 'sv' | 'en'): void {
  localStorage.setItem('radsrum.language', language)
  void i18next.changeLanguage(language)
  document.documentElement.lang = language
}

export default i18next
