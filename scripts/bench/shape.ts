import type { Random } from './random.ts'

/** What the generator's parts share: the calendar, the clock and the insert helper. */
export const BENCH_SEED = 20261125
export const BENCH_TODAY = '2026-11-25'
export const FIRST_YEAR = 2017
export const LAST_YEAR = 2026
export const STAMP = Date.parse(`${BENCH_TODAY}T09:00:00Z`)

export type Insert = (table: string, row: Record<string, unknown>) => number

export interface Holder {
  personId: number
  membershipId: number
  deputyPersonId: number
  from: string
  to: string | null
  /** How likely this member comes: most come, some seldom do (the council's real problem). */
  turnout: number
}

export interface BodyPlan {
  id: number
  kind: 'council' | 'localGroup'
  seats: number
}

export interface GeneratedFacts {
  seed: number
  bodies: number
  people: number
  meetings: number
  agendaItems: number
  attendanceRows: number
  paragraphs: number
  actions: number
  goalVersions: number
  budgetLines: number
  councilId: number
}

export const day = (iso: string, offset: number): string =>
  new Date(Date.parse(`${iso}T00:00:00Z`) + offset * 86_400_000).toISOString().slice(0, 10)

export type { Random }
