import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import {
  attendanceRate,
  covers,
  describeQuorumRule,
  filledSeatsPerItem,
  formatRate,
  isQuorate,
  quorumPerItem,
  rangesOverlap,
  rangeText,
  requiredSeats,
  servingRange,
  termOf,
  validQuorumRule,
  type ItemRange,
  type PresenceSpan,
  type QuorumRule,
  type SeatHolding,
} from '../../src/shared/domain/quorum.ts'
import { render, swedish } from '../../src/shared/messages/index.ts'

const majority: QuorumRule = { kind: 'majority' }
const whole: ItemRange = { from: null, to: null }

describe('quorum rules', () => {
  it('asks for more than half of the seats by default', () => {
    expect([1, 2, 3, 4, 5, 10, 11, 12].map((seats) => requiredSeats(majority, seats))).toEqual([
      1, 2, 2, 3, 3, 6, 6, 7,
    ])
    expect(isQuorate(majority, 11, 6)).toBe(true)
    expect(isQuorate(majority, 11, 5)).toBe(false)
    expect(isQuorate(majority, 10, 5)).toBe(false) // exactly half is not more than half
  })

  it('supports a share (two thirds) and a minimum number of seats', () => {
    expect(requiredSeats({ kind: 'fraction', numerator: 2, denominator: 3 }, 11)).toBe(8)
    expect(requiredSeats({ kind: 'fraction', numerator: 2, denominator: 3 }, 9)).toBe(6)
    expect(requiredSeats({ kind: 'fraction', numerator: 1, denominator: 2 }, 10)).toBe(5) // at least half
    expect(requiredSeats({ kind: 'minimum', count: 4 }, 14)).toBe(4)
    expect(swedish(describeQuorumRule({ kind: 'fraction', numerator: 2, denominator: 3 }))).toBe(
      'Minst 2/3 av platserna ska vara besatta av ledamöter eller tjänstgörande ersättare.',
    )
    expect(swedish(describeQuorumRule(majority))).toContain('Mer än hälften')
    expect(render(describeQuorumRule(majority), 'en')).toBe(
      'More than half of the seats must be filled by members or serving deputies.',
    )
  })

  it('never lets a body without seats be quorate, and refuses malformed rules', () => {
    expect(isQuorate(majority, 0, 0)).toBe(false)
    expect(isQuorate({ kind: 'minimum', count: 1 }, 0, 5)).toBe(false)
    expect(validQuorumRule({ kind: 'fraction', numerator: 3, denominator: 2 })).toBe(false)
    expect(validQuorumRule({ kind: 'minimum', count: 0 })).toBe(false)
    expect(validQuorumRule({ kind: 'fraction', numerator: 2, denominator: 3 })).toBe(true)
  })

  const rules = fc.oneof(
    fc.constant<QuorumRule>(majority),
    fc
      .tuple(fc.integer({ min: 1, max: 99 }), fc.integer({ min: 2, max: 100 }))
      .filter(([numerator, denominator]) => numerator <= denominator)
      .map(([numerator, denominator]): QuorumRule => ({
        kind: 'fraction',
        numerator,
        denominator,
      })),
    fc.integer({ min: 1, max: 60 }).map((count): QuorumRule => ({ kind: 'minimum', count })),
  )

  it('property: quorum is monotonic — one more filled seat never loses it', () => {
    fc.assert(
      fc.property(
        rules,
        fc.integer({ min: 1, max: 80 }),
        fc.integer({ min: 0, max: 80 }),
        (rule, seats, filled) => {
          if (isQuorate(rule, seats, filled)) expect(isQuorate(rule, seats, filled + 1)).toBe(true)
        },
      ),
    )
  })

  it('property: the required number is the smallest that gives quorum', () => {
    fc.assert(
      fc.property(rules, fc.integer({ min: 1, max: 80 }), (rule, seats) => {
        const required = requiredSeats(rule, seats)
        expect(required).toBeGreaterThanOrEqual(1)
        expect(isQuorate(rule, seats, required)).toBe(true)
        expect(isQuorate(rule, seats, required - 1)).toBe(false)
      }),
    )
  })

  it('property: majority means strictly more than half; a fraction means at least that share', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 200 }),
        fc.integer({ min: 0, max: 200 }),
        (seats, filled) => {
          expect(isQuorate(majority, seats, filled)).toBe(filled * 2 > seats)
        },
      ),
    )
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 9 }),
        fc.integer({ min: 2, max: 10 }),
        fc.integer({ min: 1, max: 100 }),
        fc.integer({ min: 0, max: 100 }),
        (numerator, denominator, seats, filled) => {
          fc.pre(numerator <= denominator)
          expect(isQuorate({ kind: 'fraction', numerator, denominator }, seats, filled)).toBe(
            filled * denominator >= seats * numerator,
          )
        },
      ),
    )
  })
})

describe('ranges of agenda items', () => {
  it('covers, overlaps and intersects ranges with open ends', () => {
    expect(covers({ from: 2, to: 4 }, 1)).toBe(false)
    expect(covers({ from: 2, to: null }, 9)).toBe(true)
    expect(rangesOverlap({ from: null, to: 3 }, { from: 4, to: null }, 10)).toBe(false)
    expect(rangesOverlap({ from: null, to: 4 }, { from: 4, to: null }, 10)).toBe(true)
    expect(servingRange({ from: 2, to: null }, { from: null, to: 6 })).toEqual({ from: 2, to: 6 })
    expect(swedish(rangeText(3, 7)!)).toBe('punkt 3–7')
    expect(swedish(rangeText(3, null)!)).toBe('från punkt 3')
    expect(swedish(rangeText(null, 7)!)).toBe('till och med punkt 7')
    expect(render(rangeText(null, 7)!, 'en')).toBe('up to item 7')
    expect(rangeText(null, null)).toBeNull()
  })

  it('property: two ranges overlap exactly when some item is covered by both', () => {
    const end = fc.option(fc.integer({ min: 0, max: 11 }), { nil: null })
    const range = fc
      .tuple(end, end)
      .map(([a, b]): ItemRange =>
        a !== null && b !== null && a > b ? { from: b, to: a } : { from: a, to: b },
      )
    fc.assert(
      fc.property(range, range, (a, b) => {
        const items = Array.from({ length: 12 }, (_, index) => index)
        expect(rangesOverlap(a, b, 12)).toBe(
          items.some((index) => covers(a, index) && covers(b, index)),
        )
      }),
    )
  })
})

describe('filled seats per item', () => {
  const seats: SeatHolding[] = [
    { seatId: 1, holderPersonId: 11 },
    { seatId: 2, holderPersonId: 12 },
    { seatId: 3, holderPersonId: 13 },
    { seatId: 4, holderPersonId: null }, // vacant: counts in the total, never filled
  ]
  const span = (
    personId: number,
    presence: ItemRange = whole,
    servingFor: number | null = null,
    serving: ItemRange = whole,
  ): PresenceSpan => ({ personId, present: true, presence, servingFor, serving })

  it('counts members where they are present and deputies where they serve', () => {
    const filled = filledSeatsPerItem(6, seats, [
      span(11),
      span(12, { from: 3, to: null }), // arrives at the fourth item
      span(21, whole, 12, { from: null, to: 2 }), // serves for 12 until then
      span(13, { from: null, to: 1 }), // leaves after the second item
    ])
    expect(filled).toEqual([3, 3, 2, 2, 2, 2])
    const quorum = quorumPerItem(
      majority,
      seats.length,
      ['information', 'decision', 'decision', 'information', 'decision', 'information'],
      filled,
    )
    expect(quorum.map((item) => item.quorate)).toEqual([true, true, false, false, false, false])
    expect(quorum.map((item) => item.flagged)).toEqual([false, false, true, false, true, false])
  })

  it('ignores people marked not present and deputies serving for nobody', () => {
    expect(filledSeatsPerItem(2, seats, [{ ...span(11), present: false }, span(22)])).toEqual([
      0, 0,
    ])
  })

  const spans = fc.array(
    fc.record({
      personId: fc.integer({ min: 11, max: 25 }),
      present: fc.boolean(),
      presence: fc.constant(whole),
      servingFor: fc.option(fc.integer({ min: 11, max: 13 }), { nil: null }),
      serving: fc.constant(whole),
    }),
    { maxLength: 12 },
  )

  it('property: filled seats never exceed the held seats, and adding a present person never lowers a count', () => {
    fc.assert(
      fc.property(spans, fc.integer({ min: 11, max: 25 }), (people, extra) => {
        const before = filledSeatsPerItem(4, seats, people)
        const after = filledSeatsPerItem(4, seats, [...people, span(extra)])
        before.forEach((count, index) => {
          expect(count).toBeLessThanOrEqual(3)
          expect(after[index]).toBeGreaterThanOrEqual(count)
        })
      }),
    )
  })
})

describe('rates and terms', () => {
  it('rates present over expected and formats them the Swedish way', () => {
    expect(attendanceRate(3, 4)).toBe(0.75)
    expect(attendanceRate(0, 0)).toBeNull()
    expect(formatRate(0.75)).toBe('75 %')
    expect(formatRate(null)).toBe('–')
  })

  it('puts years in four-year terms', () => {
    expect(termOf(2012).label).toBe('2011–2014')
    expect(termOf(2014).label).toBe('2011–2014')
    expect(termOf(2015).label).toBe('2015–2018')
    expect(termOf(2026).label).toBe('2023–2026')
    fc.assert(
      fc.property(fc.integer({ min: 1990, max: 2100 }), (year) => {
        const term = termOf(year)
        expect(term.from <= year && year <= term.to && term.to - term.from === 3).toBe(true)
      }),
    )
  })
})
