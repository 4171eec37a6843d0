import { field, m, type FieldKey, type Message } from '../messages/index.ts'
/**
 * Activities and their budget: whole kronor as integers. Own financing is never stored: it is
 * always the total cost minus the grant money (medel från Brå).
 */

export const ACTIVITY_KINDS = [
  'safetyDay',
  'safetyWalk',
  'researcher',
  'publicMeeting',
  'training',
  'information',
  'other',
] as const
export type ActivityKind = (typeof ACTIVITY_KINDS)[number]

export const ACTIVITY_KIND_SV: Record<ActivityKind, string> = {
  safetyDay: 'Trygghetsdag',
  safetyWalk: 'Trygghetsvandring',
  researcher: 'Följeforskare',
  publicMeeting: 'Stormöte',
  training: 'Utbildning',
  information: 'Information',
  other: 'Annan',
}

/** Largest amount on one line: a billion kronor is far beyond any council's budget, and exact in a double. */
export const MAX_AMOUNT = 1_000_000_000

export interface Amounts {
  totalCost: number
  grantAmount: number
}

export interface Sums {
  totalCost: number
  grantAmount: number
  ownFinancing: number
}

/** Egen finansiering: what the council pays itself. */
export const ownFinancing = (line: Amounts): number => line.totalCost - line.grantAmount

/** Why an amount is not acceptable, or null when it is. */
export function amountProblem(label: FieldKey, value: unknown): Message | null {
  const about = { field: field(label) }
  if (typeof value !== 'number' || Number.isNaN(value)) return m('budget.amountNotKronor', about)
  if (!Number.isFinite(value)) return m('budget.notAmount', about)
  if (value < 0) return m('number.negative', about)
  if (!Number.isInteger(value)) return m('budget.noOre', about)
  if (value > MAX_AMOUNT) return m('budget.amountTooLarge', { ...about, max: MAX_AMOUNT })
  return null
}

/** Why a budget line is not acceptable, or null. The grant money can never exceed the total cost. */
export function budgetLineProblem(
  line: Amounts,
): { field: keyof Amounts; message: Message } | null {
  const total = amountProblem('totalCost', line.totalCost)
  if (total) return { field: 'totalCost', message: total }
  const grant = amountProblem('grantAmount', line.grantAmount)
  if (grant) return { field: 'grantAmount', message: grant }
  if (line.grantAmount > line.totalCost) {
    return {
      field: 'grantAmount',
      message: m('budget.grantOverTotal', { grant: line.grantAmount, total: line.totalCost }),
    }
  }
  return null
}

/** 163500 -> "163 500" with an ordinary space (for messages; documents use Intl or Excel formats). */
export const groupThousands = (value: number): string => {
  const sign = value < 0 ? '−' : ''
  return sign + String(Math.abs(Math.trunc(value))).replace(/\B(?=(\d{3})+(?!\d))/g, ' ')
}

export function sumLines(lines: readonly Amounts[]): Sums {
  let totalCost = 0
  let grantAmount = 0
  for (const line of lines) {
    totalCost += line.totalCost
    grantAmount += line.grantAmount
  }
  return { totalCost, grantAmount, ownFinancing: totalCost - grantAmount }
}

export interface YearSums extends Sums {
  year: number
  lineCount: number
}

/** Sums per year, in year order; years without lines are absent. */
export function sumsByYear(lines: readonly (Amounts & { year: number })[]): YearSums[] {
  const byYear = new Map<number, (Amounts & { year: number })[]>()
  for (const line of lines) byYear.set(line.year, [...(byYear.get(line.year) ?? []), line])
  return [...byYear.entries()]
    .sort(([a], [b]) => a - b)
    .map(([year, yearLines]) => ({ year, lineCount: yearLines.length, ...sumLines(yearLines) }))
}

export interface GrantPeriod {
  amountGranted: number
  fromYear: number
  toYear: number
}

export interface GrantUse {
  granted: number
  used: number
  remaining: number
  byYear: { year: number; used: number; inPeriod: boolean }[]
  warnings: string[]
}

/**
 * How much of a grant the budget lines use, per year, with Swedish warnings when the use exceeds
 * the grant or grant money is booked on a year outside the grant's period.
 */
export function grantUse(
  grant: GrantPeriod,
  lines: readonly (Amounts & { year: number })[],
): GrantUse {
  const years = sumsByYear(lines)
  const used = years.reduce((sum, year) => sum + year.grantAmount, 0)
  const warnings: string[] = []
  if (used > grant.amountGranted) {
    warnings.push(
      `Medlen från Brå i budgeten (${groupThousands(used)} kr) är ${groupThousands(used - grant.amountGranted)} kr mer än det beviljade beloppet (${groupThousands(grant.amountGranted)} kr).`,
    )
  }
  for (const year of years) {
    if (year.grantAmount > 0 && (year.year < grant.fromYear || year.year > grant.toYear)) {
      warnings.push(
        `${year.year} ligger utanför bidragsperioden ${periodText(grant)} men har ${groupThousands(year.grantAmount)} kr i medel från Brå.`,
      )
    }
  }
  return {
    granted: grant.amountGranted,
    used,
    remaining: grant.amountGranted - used,
    byYear: years.map((year) => ({
      year: year.year,
      used: year.grantAmount,
      inPeriod: year.year >= grant.fromYear && year.year <= grant.toYear,
    })),
    warnings,
  }
}

/** "2012–2013", or "2013" for a one-year grant. */
export const periodText = (period: { fromYear: number; toYear: number }): string =>
  period.fromYear === period.toYear
    ? String(period.fromYear)
    : `${period.fromYear}–${period.toYear}`
