import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import {
  amountProblem,
  budgetLineProblem,
  grantUse,
  groupThousands,
  ownFinancing,
  sumLines,
  sumsByYear,
} from '../../src/shared/domain/budget.ts'
import { indicatorTrend } from '../../src/shared/domain/indicators.ts'
import { cleanText, textBlocks } from '../../src/shared/domain/text.ts'
import { render, swedish } from '../../src/shared/messages/index.ts'

const SEED = [
  { year: 2012, totalCost: 37_000, grantAmount: 10_000 },
  { year: 2012, totalCost: 10_000, grantAmount: 0 },
  { year: 2012, totalCost: 21_500, grantAmount: 0 },
  { year: 2013, totalCost: 69_000, grantAmount: 40_000 },
  { year: 2013, totalCost: 19_000, grantAmount: 0 },
  { year: 2013, totalCost: 7_000, grantAmount: 0 },
]

const line = fc.integer({ min: 0, max: 10_000_000 }).chain((totalCost) =>
  fc.record({
    year: fc.integer({ min: 2010, max: 2030 }),
    totalCost: fc.constant(totalCost),
    grantAmount: fc.integer({ min: 0, max: totalCost }),
  }),
)

describe('budget sums', () => {
  it('gives the seed’s sums per year and over the project', () => {
    expect(sumsByYear(SEED)).toEqual([
      { year: 2012, lineCount: 3, totalCost: 68_500, grantAmount: 10_000, ownFinancing: 58_500 },
      { year: 2013, lineCount: 3, totalCost: 95_000, grantAmount: 40_000, ownFinancing: 55_000 },
    ])
    expect(sumLines(SEED)).toEqual({
      totalCost: 163_500,
      grantAmount: 50_000,
      ownFinancing: 113_500,
    })
    expect(ownFinancing({ totalCost: 37_000, grantAmount: 10_000 })).toBe(27_000)
  })

  it('always has total = grant + own, and the years add up to the whole (property)', () => {
    fc.assert(
      fc.property(fc.array(line, { maxLength: 40 }), (lines) => {
        const whole = sumLines(lines)
        expect(whole.totalCost).toBe(whole.grantAmount + whole.ownFinancing)
        expect(whole.ownFinancing).toBeGreaterThanOrEqual(0)
        const years = sumsByYear(lines)
        expect(years.reduce((sum, year) => sum + year.totalCost, 0)).toBe(whole.totalCost)
        expect(years.reduce((sum, year) => sum + year.grantAmount, 0)).toBe(whole.grantAmount)
        expect(years.map((year) => year.year)).toEqual(
          [...new Set(lines.map((l) => l.year))].sort((a, b) => a - b),
        )
        for (const l of lines) expect(budgetLineProblem(l)).toBeNull()
      }),
    )
  })

  it('refuses negative, fractional and non-numeric amounts, and a grant above the total, in Swedish', () => {
    const problem = (value: unknown) => {
      const found = amountProblem('totalCost', value)
      return found && swedish(found)
    }
    // "Totalkostnaden" is an en-word: "negativ", not "negativt".
    expect(problem(-1)).toBe('Totalkostnaden kan inte vara negativ.')
    expect(problem(10.5)).toBe('Totalkostnaden skrivs i hela kronor, utan ören.')
    expect(problem('1000')).toBe('Totalkostnaden måste vara ett belopp i hela kronor.')
    expect(problem(Number.POSITIVE_INFINITY)).toBe('Totalkostnaden är inte ett belopp.')
    const line = budgetLineProblem({ totalCost: 10_000, grantAmount: 12_000 })!
    expect(line.field).toBe('grantAmount')
    expect(swedish(line.message)).toBe(
      'Medel från Brå (12 000 kr) kan inte vara större än totalkostnaden (10 000 kr).',
    )
    expect(render(line.message, 'en')).toBe(
      'The funds from Brå (12,000 kr) cannot be larger than the total cost (10,000 kr).',
    )
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 1_000_000 }),
        fc.integer({ min: 1, max: 1_000_000 }),
        (total, extra) => {
          expect(budgetLineProblem({ totalCost: total, grantAmount: total + extra })?.field).toBe(
            'grantAmount',
          )
        },
      ),
    )
  })

  it('writes thousands with spaces', () => {
    expect(groupThousands(163_500)).toBe('163 500')
    expect(groupThousands(1_000_000)).toBe('1 000 000')
    expect(groupThousands(999)).toBe('999')
  })
})

describe('grant use', () => {
  const grant = { amountGranted: 50_000, fromYear: 2012, toYear: 2013 }
  it('shows the seed’s grant fully used, without warnings', () => {
    const use = grantUse(grant, SEED)
    expect(use).toMatchObject({ granted: 50_000, used: 50_000, remaining: 0, warnings: [] })
    expect(use.byYear).toEqual([
      { year: 2012, used: 10_000, inPeriod: true },
      { year: 2013, used: 40_000, inPeriod: true },
    ])
  })
  it('warns when the budget uses more than was granted, or grant money lands outside the period', () => {
    const use = grantUse(grant, [...SEED, { year: 2014, totalCost: 5_000, grantAmount: 5_000 }])
    expect(use.remaining).toBe(-5_000)
    expect(use.warnings).toEqual([
      'Medlen från Brå i budgeten (55 000 kr) är 5 000 kr mer än det beviljade beloppet (50 000 kr).',
      '2014 ligger utanför bidragsperioden 2012–2013 men har 5 000 kr i medel från Brå.',
    ])
  })
})

describe('indicators', () => {
  it('sees trygghetsindex 1.33 → 1.21 as an improvement when lower is better', () => {
    const trend = indicatorTrend(
      [
        { year: 2013, value: 1.21 },
        { year: 2010, value: 1.33 },
      ],
      true,
    )
    expect(trend).toEqual({
      first: { year: 2010, value: 1.33 },
      last: { year: 2013, value: 1.21 },
      change: -0.12,
      improved: true,
    })
    expect(indicatorTrend([{ year: 2010, value: 1.33 }], true)).toBeNull()
    expect(
      indicatorTrend(
        [
          { year: 2010, value: 1 },
          { year: 2011, value: 2 },
        ],
        true,
      )?.improved,
    ).toBe(false)
  })
})

describe('plain text', () => {
  it('removes characters a document cannot hold and turns "- " lines into bullets', () => {
    expect(cleanText('a\u0000b\u0007c\r\nd\te\ud800f\uffff')).toBe('abc\nd    ef')
    expect(textBlocks('Rubrik:\n- ett\n  - under\n\n<b>inte</b> & markup')).toEqual([
      { kind: 'paragraph', text: 'Rubrik:' },
      { kind: 'bullet', level: 0, text: 'ett' },
      { kind: 'bullet', level: 1, text: 'under' },
      { kind: 'paragraph', text: '<b>inte</b> & markup' },
    ])
  })
  it('never leaves a control character in any string (property)', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 200 }), (text) => {
        // eslint-disable-next-line no-control-regex
        expect(cleanText(text)).not.toMatch(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\r]/)
      }),
      { numRuns: 300 },
    )
  })
})
