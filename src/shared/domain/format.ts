/** Swedish formatting shared by the UI and the documents, always through Intl. */

const LONG_DATE: Intl.DateTimeFormatOptions = {
  weekday: 'long',
  day: 'numeric',
  month: 'long',
  year: 'numeric',
  timeZone: 'UTC',
}
const integerFormat = new Intl.NumberFormat('sv-SE', { maximumFractionDigits: 0 })
const decimalFormat = new Intl.NumberFormat('sv-SE', { maximumFractionDigits: 2 })
const longDateFormats = {
  sv: new Intl.DateTimeFormat('sv-SE', LONG_DATE),
  en: new Intl.DateTimeFormat('en-GB', LONG_DATE),
}

/** 163500 -> "163 500 kr" (Intl uses a narrow no-break space, which is what Swedish typesetting wants). */
export const formatKronor = (amount: number): string => `${integerFormat.format(amount)} kr`
export const formatNumber = (value: number): string => decimalFormat.format(value)

/** "2026-02-10" -> "tisdag 10 februari 2026" (documents), or "Tuesday 10 February 2026" in the English UI. */
export const formatLongDate = (isoDate: string, language: 'sv' | 'en' = 'sv'): string =>
  longDateFormats[language].format(new Date(`${isoDate}T00:00:00Z`))

/** Characters that are not allowed in file names on Windows, macOS or Linux, removed. */
export const safeFileName = (name: string): string =>
  name
    // eslint-disable-next-line no-control-regex
    .replace(/[<>:"/\\|?*\u0000-\u001f]/g, '')
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/[. ]+$/, '')
    .slice(0, 180) || 'dokument'

/** "13:15" -> "13.15", as Swedish running text writes a time of day. */
export const swedishTime = (time: string): string => time.replace(':', '.')

/** "13:15", "15:00" -> "13.15–15.00" (an en dash, no spaces): the one way a meeting's time is written. */
export const timeRange = (start: string, end: string): string =>
  `${swedishTime(start)}–${swedishTime(end)}`

/** "a, b och c": a list in running Swedish text. */
export const swedishList = (items: readonly string[]): string =>
  items.length <= 1
    ? (items[0] ?? '')
    : `${items.slice(0, -1).join(', ')} och ${items[items.length - 1]}`
