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
