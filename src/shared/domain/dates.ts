/** Calendar days are ISO strings (YYYY-MM-DD) in Swedish time: they sort and compare as text. */

const stockholmDay = new Intl.DateTimeFormat('sv-SE', {
  timeZone: 'Europe/Stockholm',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
})

export const isoDayInSweden = (instant: Date): string => stockholmDay.format(instant)

/** Whole days added to an ISO day, in calendar arithmetic (no time zones involved). */
export function addDays(isoDay: string, days: number): string {
  const date = new Date(`${isoDay}T00:00:00Z`)
  date.setUTCDate(date.getUTCDate() + days)
  return date.toISOString().slice(0, 10)
}

export const yearOf = (isoDay: string): number => Number(isoDay.slice(0, 4))

/** ISO weekday: 1 = Monday … 7 = Sunday. */
export const isoWeekday = (isoDay: string): number => {
  const day = new Date(`${isoDay}T00:00:00Z`).getUTCDay()
  return day === 0 ? 7 : day
}

/** The Monday of ISO week 1 (the week with the year's first Thursday). */
function isoWeekOneMonday(isoYear: number): string {
  const january4 = `${isoYear}-01-04`
  return addDays(january4, 1 - isoWeekday(january4))
}

/** How many ISO weeks a year has (52 or 53). */
export const isoWeeksInYear = (isoYear: number): number => {
  const start = isoWeekOneMonday(isoYear)
  const next = isoWeekOneMonday(isoYear + 1)
  return Math.round((Date.parse(next) - Date.parse(start)) / 86_400_000 / 7)
}

/** The date of a weekday (1–7) in an ISO week of an ISO year. */
export const isoWeekDate = (isoYear: number, week: number, weekday: number): string =>
  addDays(isoWeekOneMonday(isoYear), (week - 1) * 7 + (weekday - 1))

/** The ISO week number of a day. */
export function isoWeekOf(isoDay: string): number {
  const thursday = addDays(isoDay, 4 - isoWeekday(isoDay))
  const isoYear = Number(thursday.slice(0, 4))
  return (
    Math.floor((Date.parse(thursday) - Date.parse(isoWeekOneMonday(isoYear))) / 86_400_000 / 7) + 1
  )
}

/** "13:15" + 20 minutes -> "13:35" (wraps past midnight; agendas never get that long). */
export function addMinutes(time: string, minutes: number): string {
  const [hours, mins] = time.split(':').map(Number) as [number, number]
  const total = (((hours * 60 + mins + minutes) % 1440) + 1440) % 1440
  return `${String(Math.floor(total / 60)).padStart(2, '0')}:${String(total % 60).padStart(2, '0')}`
}

export const minutesOf = (time: string): number => {
  const [hours, mins] = time.split(':').map(Number) as [number, number]
  return hours * 60 + mins
}
