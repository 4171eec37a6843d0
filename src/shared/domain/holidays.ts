import { addDays } from './dates.ts'

/** A Swedish public holiday (allmän helgdag) or a day that works as one (midsommarafton, julafton, nyårsafton). */
export interface Holiday {
  date: string
  name: string
  /** true for allmänna helgdagar by law; false for the eves that are de facto days off. */
  statutory: boolean
}

const pad = (value: number) => String(value).padStart(2, '0')
const iso = (year: number, month: number, day: number) => `${year}-${pad(month)}-${pad(day)}`

/** Easter Sunday by the anonymous Gregorian algorithm (Meeus/Jones/Butcher). */
export function easterSunday(year: number): string {
  const a = year % 19
  const b = Math.floor(year / 100)
  const c = year % 100
  const d = Math.floor(b / 4)
  const e = b % 4
  const f = Math.floor((b + 8) / 25)
  const g = Math.floor((b - f + 1) / 3)
  const h = (19 * a + b - d - g + 15) % 30
  const i = Math.floor(c / 4)
  const k = c % 4
  const l = (32 + 2 * e + 2 * i - h - k) % 7
  const m = Math.floor((a + 11 * h + 22 * l) / 451)
  const month = Math.floor((h + l - 7 * m + 114) / 31)
  const day = ((h + l - 7 * m + 114) % 31) + 1
  return iso(year, month, day)
}

/** 0 = Sunday … 6 = Saturday, as Date.getUTCDay. */
const dayOfWeek = (isoDay: string) => new Date(`${isoDay}T00:00:00Z`).getUTCDay()

/** The Saturday in the window starting at `from` (seven days long). */
const saturdayFrom = (from: string) => addDays(from, (6 - dayOfWeek(from) + 7) % 7)

/** Swedish public holidays and holiday eves in a year, in date order. */
export function swedishHolidays(year: number): Holiday[] {
  const easter = easterSunday(year)
  const midsummerDay = saturdayFrom(iso(year, 6, 20))
  const allSaints = saturdayFrom(iso(year, 10, 31))
  const days: Holiday[] = [
    { date: iso(year, 1, 1), name: 'Nyårsdagen', statutory: true },
    { date: iso(year, 1, 6), name: 'Trettondedag jul', statutory: true },
    { date: addDays(easter, -2), name: 'Långfredagen', statutory: true },
    { date: addDays(easter, -1), name: 'Påskafton', statutory: false },
    { date: easter, name: 'Påskdagen', statutory: true },
    { date: addDays(easter, 1), name: 'Annandag påsk', statutory: true },
    { date: iso(year, 5, 1), name: 'Första maj', statutory: true },
    { date: addDays(easter, 39), name: 'Kristi himmelsfärdsdag', statutory: true },
    { date: addDays(easter, 49), name: 'Pingstdagen', statutory: true },
    { date: iso(year, 6, 6), name: 'Sveriges nationaldag', statutory: true },
    { date: addDays(midsummerDay, -1), name: 'Midsommarafton', statutory: false },
    { date: midsummerDay, name: 'Midsommardagen', statutory: true },
    { date: allSaints, name: 'Alla helgons dag', statutory: true },
    { date: iso(year, 12, 24), name: 'Julafton', statutory: false },
    { date: iso(year, 12, 25), name: 'Juldagen', statutory: true },
    { date: iso(year, 12, 26), name: 'Annandag jul', statutory: true },
    { date: iso(year, 12, 31), name: 'Nyårsafton', statutory: false },
  ]
  return days.sort((a, b) => a.date.localeCompare(b.date))
}

const cache = new Map<number, Map<string, Holiday>>()

/** The holiday on a day, or null. */
export function holidayOn(isoDay: string): Holiday | null {
  const year = Number(isoDay.slice(0, 4))
  let byDate = cache.get(year)
  if (!byDate) {
    byDate = new Map(swedishHolidays(year).map((holiday) => [holiday.date, holiday]))
    cache.set(year, byDate)
  }
  return byDate.get(isoDay) ?? null
}

/** A working day: Monday–Friday and not a holiday or holiday eve. */
export const isWorkday = (isoDay: string): boolean => {
  const weekday = dayOfWeek(isoDay)
  return weekday !== 0 && weekday !== 6 && holidayOn(isoDay) === null
}

/** The same day if it is a working day, otherwise the nearest working day before it. */
export function workdayOnOrBefore(isoDay: string): string {
  let day = isoDay
  while (!isWorkday(day)) day = addDays(day, -1)
  return day
}

/** The nearest working day after the given day. */
export function nextWorkday(isoDay: string): string {
  let day = addDays(isoDay, 1)
  while (!isWorkday(day)) day = addDays(day, 1)
  return day
}
