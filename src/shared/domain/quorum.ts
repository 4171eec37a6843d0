import { m, type Message } from '../messages/index.ts'
/**
 * Quorum (beslutsförhet) and attendance arithmetic: pure rules shared by the services, the roll
 * call screen and the documents. Agenda items are addressed by their 0-based index in the agenda.
 */

export const QUORUM_KINDS = ['majority', 'fraction', 'minimum'] as const
export type QuorumKind = (typeof QUORUM_KINDS)[number]

/**
 * A body's quorum rule, counted on its seats (vacant seats count: a seat nobody holds is still a
 * seat of the body, as in kommunallagen's "mer än hälften av ledamöterna").
 * - majority: more than half of the seats filled (the default)
 * - fraction: at least numerator/denominator of the seats filled (e.g. two thirds)
 * - minimum: at least `count` seats filled
 */
export type QuorumRule =
  | { kind: 'majority' }
  | { kind: 'fraction'; numerator: number; denominator: number }
  | { kind: 'minimum'; count: number }

export const DEFAULT_QUORUM_RULE: QuorumRule = { kind: 'majority' }

/** The number of filled seats the rule asks for. A body without seats can never be quorate. */
export function requiredSeats(rule: QuorumRule, seatCount: number): number {
  if (seatCount <= 0) return 1
  switch (rule.kind) {
    case 'majority':
      return Math.floor(seatCount / 2) + 1
    case 'fraction':
      // ceil(seatCount * n / d) in integers; at least one seat.
      return Math.max(
        1,
        Math.floor((seatCount * rule.numerator + rule.denominator - 1) / rule.denominator),
      )
    case 'minimum':
      return Math.max(1, rule.count)
  }
}

export const isQuorate = (rule: QuorumRule, seatCount: number, filled: number): boolean =>
  seatCount > 0 && filled >= requiredSeats(rule, seatCount)

/** The rule in the words a secretary uses. */
export function describeQuorumRule(rule: QuorumRule): Message {
  switch (rule.kind) {
    case 'majority':
      return m('quorum.majority')
    case 'fraction':
      return m('quorum.fraction', { numerator: rule.numerator, denominator: rule.denominator })
    case 'minimum':
      return m('quorum.minimum', { count: rule.count })
  }
}

/** Is a rule well-formed? (The contract checks this too; the domain does not trust its callers.) */
export function validQuorumRule(rule: QuorumRule): boolean {
  if (rule.kind === 'fraction') {
    return (
      Number.isInteger(rule.numerator) &&
      Number.isInteger(rule.denominator) &&
      rule.numerator >= 1 &&
      rule.denominator >= 2 &&
      rule.numerator <= rule.denominator
    )
  }
  if (rule.kind === 'minimum')
    return Number.isInteger(rule.count) && rule.count >= 1 && rule.count <= 500
  return true
}

/** An inclusive range of agenda items; null ends mean from the start / to the end. */
export interface ItemRange {
  from: number | null
  to: number | null
}

/** Does the range cover item `index`? */
export const covers = (range: ItemRange, index: number): boolean =>
  (range.from === null || range.from <= index) && (range.to === null || index <= range.to)

/** Do two ranges share at least one item of an agenda with `itemCount` items? */
export function rangesOverlap(a: ItemRange, b: ItemRange, itemCount: number): boolean {
  const lastIndex = Math.max(0, itemCount - 1)
  const start = Math.max(a.from ?? 0, b.from ?? 0)
  const end = Math.min(a.to ?? lastIndex, b.to ?? lastIndex)
  return start <= end
}

/** The items where a deputy serves: inside their presence and inside their serving range. */
export const servingRange = (presence: ItemRange, serving: ItemRange): ItemRange => ({
  from:
    presence.from === null
      ? serving.from
      : serving.from === null
        ? presence.from
        : Math.max(presence.from, serving.from),
  to:
    presence.to === null
      ? serving.to
      : serving.to === null
        ? presence.to
        : Math.min(presence.to, serving.to),
})

/** A seat and who holds it on the meeting's day (null: vacant). */
export interface SeatHolding {
  seatId: number
  holderPersonId: number | null
}

/** One person's presence at a meeting, as far as quorum cares. */
export interface PresenceSpan {
  personId: number
  present: boolean
  presence: ItemRange
  /** For a serving deputy: the member (person id) whose place they take, and from/to which item. */
  servingFor: number | null
  serving: ItemRange
}

/** Filled seats at each agenda item: the holder is present there, or a deputy serves in the holder's place there. */
export function filledSeatsPerItem(
  itemCount: number,
  seats: SeatHolding[],
  spans: PresenceSpan[],
): number[] {
  const byPerson = new Map<number, PresenceSpan>()
  const deputiesFor = new Map<number, PresenceSpan[]>()
  for (const span of spans) {
    if (!span.present) continue
    byPerson.set(span.personId, span)
    if (span.servingFor !== null)
      deputiesFor.set(span.servingFor, [...(deputiesFor.get(span.servingFor) ?? []), span])
  }
  const counts: number[] = []
  for (let index = 0; index < itemCount; index += 1) {
    let filled = 0
    for (const seat of seats) {
      if (seat.holderPersonId === null) continue
      const holder = byPerson.get(seat.holderPersonId)
      const here = holder !== undefined && covers(holder.presence, index)
      const replaced = (deputiesFor.get(seat.holderPersonId) ?? []).some((deputy) =>
        covers(servingRange(deputy.presence, deputy.serving), index),
      )
      if (here || replaced) filled += 1
    }
    counts.push(filled)
  }
  return counts
}

export interface ItemQuorum {
  filled: number
  required: number
  quorate: boolean
  /** A decision item handled without quorum: the minutes must say so. */
  flagged: boolean
}

/** Quorum at every item; decisions without quorum are flagged. */
export function quorumPerItem(
  rule: QuorumRule,
  seatCount: number,
  kinds: string[],
  filled: number[],
): ItemQuorum[] {
  const required = requiredSeats(rule, seatCount)
  return kinds.map((kind, index) => {
    const count = filled[index] ?? 0
    const quorate = isQuorate(rule, seatCount, count)
    return { filled: count, required, quorate, flagged: kind === 'decision' && !quorate }
  })
}

/** Present ÷ expected as a fraction 0–1, or null when nobody was expected. */
export const attendanceRate = (present: number, expected: number): number | null =>
  expected > 0 ? present / expected : null

/** "87 %" (Swedish: a space before the sign), or "–" for no rate. */
export const formatRate = (rate: number | null): string =>
  rate === null
    ? '–'
    : `${new Intl.NumberFormat('sv-SE', { maximumFractionDigits: 0 }).format(rate * 100)} %`

/**
 * The four-year term (mandatperiod) a year belongs to: 2011–2014, 2015–2018, 2019–2022, 2023–2026 …
 * (municipal terms start on 1 January after the September election).
 */
export function termOf(year: number): { from: number; to: number; label: string } {
  const from = 2011 + Math.floor((year - 2011) / 4) * 4
  return { from, to: from + 3, label: `${from}–${from + 3}` }
}

/** "punkt 3–7", "från punkt 3", "till och med punkt 7" — items are 1-based numbers here. */
export function rangeText(from: number | null, to: number | null): Message | null {
  if (from === null && to === null) return null
  if (from !== null && to !== null)
    return from === to ? m('range.item', { item: from }) : m('range.items', { from, to })
  if (from !== null) return m('range.from', { from })
  return m('range.to', { to: to! })
}
