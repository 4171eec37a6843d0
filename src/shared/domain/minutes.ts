/** Rules of the minutes (protokoll): § ranges, adjuster rotation, action status, deadlines. */
import { addDays } from './dates.ts'

export const ACTION_STATUSES = ['open', 'inProgress', 'done', 'struck'] as const
export type ActionStatus = (typeof ACTION_STATUSES)[number]
export const ACTION_STATUS_SV: Record<ActionStatus, string> = {
  open: 'Öppen',
  inProgress: 'Pågår',
  done: 'Klar',
  struck: 'Struken',
}
/** Statuses that still need following up. */
export const OPEN_STATUSES: readonly ActionStatus[] = ['open', 'inProgress']
export const isOpenStatus = (status: ActionStatus): boolean => OPEN_STATUSES.includes(status)

/** Is an action item overdue on a given day? Done and struck items never are. */
export const isOverdue = (
  action: { status: ActionStatus; dueDate: string },
  today: string,
): boolean => isOpenStatus(action.status) && action.dueDate < today

/** Days the adjusters have to sign, counted from the meeting. */
export const ADJUSTMENT_DAYS = 14
export const adjustmentDeadline = (meetingDate: string): string =>
  addDays(meetingDate, ADJUSTMENT_DAYS)

/** [3] -> "§ 3"; [3,4,5] -> "§§ 3–5"; [3,5] -> "§§ 3, 5"; [] -> "". */
export function formatParagraphs(numbers: number[]): string {
  const sorted = [...new Set(numbers)].sort((a, b) => a - b)
  if (sorted.length === 0) return ''
  if (sorted.length === 1) return `§ ${sorted[0]}`
  const runs: string[] = []
  let start = sorted[0]!
  let previous = start
  for (const number of [...sorted.slice(1), Number.NaN]) {
    if (number === previous + 1) {
      previous = number
      continue
    }
    runs.push(start === previous ? `${start}` : `${start}–${previous}`)
    start = number
    previous = number
  }
  return `§§ ${runs.join(', ')}`
}

/**
 * The § numbers during which someone was present, from agenda item ids: `items` is the agenda in
 * order with each item's § number (null for a struck item). `from`/`to` null = start/end.
 * Answers null when the person was there for every numbered §.
 */
export function presenceParagraphs(
  items: { id: number; number: number | null }[],
  fromItemId: number | null,
  toItemId: number | null,
): string | null {
  if (fromItemId === null && toItemId === null) return null
  const start = fromItemId === null ? 0 : items.findIndex((item) => item.id === fromItemId)
  const endIndex =
    toItemId === null ? items.length - 1 : items.findIndex((item) => item.id === toItemId)
  const span = items.slice(Math.max(start, 0), (endIndex < 0 ? items.length - 1 : endIndex) + 1)
  const numbers = span
    .map((item) => item.number)
    .filter((number): number is number => number !== null)
  const all = items.map((item) => item.number).filter((number): number is number => number !== null)
  if (numbers.length === all.length) return null
  return formatParagraphs(numbers)
}

/**
 * Adjusters take turns among the members present: those who adjusted longest ago (or never) come
 * first; ties keep the list's order (the presence list: ordförande first, then by name). The chair
 * signs anyway and is not proposed.
 */
export function proposeAdjusters<T extends { personId: number }>(
  candidates: T[],
  lastAdjusted: ReadonlyMap<number, string>,
  count = 2,
): T[] {
  return candidates
    .map((candidate, index) => ({
      candidate,
      index,
      last: lastAdjusted.get(candidate.personId) ?? '',
    }))
    .sort((a, b) => (a.last < b.last ? -1 : a.last > b.last ? 1 : a.index - b.index))
    .slice(0, count)
    .map((entry) => entry.candidate)
}

/** "Beslut: att …": a decision is written as what the body decided, starting with "att". */
export function decisionText(text: string): string {
  const trimmed = text.trim()
  return /^att\s/i.test(trimmed)
    ? trimmed
    : `att ${trimmed.charAt(0).toLowerCase()}${trimmed.slice(1)}`
}

/** Standard phrases a body starts with; the secretary can change them. */
export const DEFAULT_PHRASES = [
  'Rådet beslutar att godkänna dagordningen.',
  'Föregående protokoll godkändes och lades till handlingarna.',
  'Informationen noterades.',
  'Frågan diskuterades.',
  'Inga övriga frågor anmäldes.',
  'Ordföranden förklarade mötet avslutat.',
]
