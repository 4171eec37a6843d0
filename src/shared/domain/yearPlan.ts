import { swedishList, timeRange } from './format.ts'
import { addDays, isoWeekDate, isoWeeksInYear } from './dates.ts'
import { holidayOn, isWorkday, nextWorkday, workdayOnOrBefore } from './holidays.ts'

/** What to do when a planned day is a holiday. */
export const HOLIDAY_POLICIES = ['nextWorkday', 'keep', 'skip'] as const
export type HolidayPolicy = (typeof HOLIDAY_POLICIES)[number]

/** A year plan's rule, e.g. "tisdag vecka 6, 12, 19, 38, 44, 50 kl 13.15–15.00, kallelse 10 dagar före". */
export interface YearPlanRule {
  /** ISO weekday, 1 = måndag … 7 = söndag. */
  weekday: number
  /** ISO week numbers. */
  weeks: number[]
  startTime: string
  endTime: string
  place: string
  /** The notice goes out this many days before the meeting (moved back to a working day). */
  noticeDaysBefore: number
  /** Apologies are asked for this many days before the meeting (moved back to a working day). */
  replyDaysBefore: number
  holidayPolicy: HolidayPolicy
}

export interface PlannedDate {
  week: number
  /** The date the rule gives. */
  ruleDate: string
  /** The date the meeting gets (null when skipped because of a holiday). */
  date: string | null
  holiday: string | null
  noticeDate: string | null
  replyBy: string | null
}

export const WEEKDAY_SV = [
  'måndag',
  'tisdag',
  'onsdag',
  'torsdag',
  'fredag',
  'lördag',
  'söndag',
] as const

/** The meetings a rule gives in a year, with holidays moved, kept (warned about) or skipped. */
export function planYear(rule: YearPlanRule, year: number): PlannedDate[] {
  const weeks = [...new Set(rule.weeks)]
    .filter((week) => week >= 1 && week <= isoWeeksInYear(year))
    .sort((a, b) => a - b)
  return weeks.map((week) => {
    const ruleDate = isoWeekDate(year, week, rule.weekday)
    const holiday = holidayOn(ruleDate)?.name ?? null
    let date: string | null = ruleDate
    if (holiday && rule.holidayPolicy === 'skip') date = null
    if (holiday && rule.holidayPolicy === 'nextWorkday') date = nextWorkday(ruleDate)
    return {
      week,
      ruleDate,
      date,
      holiday,
      noticeDate: date ? noticeDay(date, rule.noticeDaysBefore) : null,
      replyBy: date ? noticeDay(date, rule.replyDaysBefore) : null,
    }
  })
}

/** N days before a meeting, moved back to a working day (a notice is not sent on a Sunday). */
export const noticeDay = (meetingDate: string, daysBefore: number): string => {
  const day = addDays(meetingDate, -daysBefore)
  return isWorkday(day) ? day : workdayOnOrBefore(day)
}

/** The rule in words: "tisdagar vecka 6, 12, 19, 38, 44 och 50 kl. 13.15–15.00 …". */
export function describeRule(rule: YearPlanRule): string {
  const weekday = WEEKDAY_SV[rule.weekday - 1] ?? ''
  const weeks = [...new Set(rule.weeks)].sort((a, b) => a - b).map(String)
  const time = `kl. ${timeRange(rule.startTime, rule.endTime)}`
  const holidays: Record<HolidayPolicy, string> = {
    nextWorkday: 'möten som infaller på en helgdag flyttas till närmast följande vardag',
    keep: 'möten som infaller på en helgdag ligger kvar (med varning)',
    skip: 'möten som infaller på en helgdag stryks',
  }
  return (
    `${weekday}ar ${weeks.length === 1 ? 'vecka' : 'veckorna'} ${swedishList(weeks)} ${time}` +
    (rule.place ? `, ${rule.place}` : '') +
    `; kallelsen skickas ${rule.noticeDaysBefore} dagar före, förhinder anmäls senast ${rule.replyDaysBefore} dagar före; ${holidays[rule.holidayPolicy]}.`
  )
}
