import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { parseSwedishNumber, type NumberKind } from '../../src/shared/domain/numbers.ts'
import { field, swedish } from '../../src/shared/messages/index.ts'
import { createTestDatabase, errorOf, type TestDatabase, brief } from '../support/testDatabase.ts'

const accepted: [string, NumberKind, number | null][] = [
  ['37 000', 'kronor', 37_000],
  ['37 000 kr', 'kronor', 37_000],
  ['37000kr', 'kronor', 37_000],
  ['37000', 'kronor', 37_000],
  ['  37000  ', 'kronor', 37_000],
  ['37\u00a0000', 'kronor', 37_000],
  ['1\u202f000\u202f000', 'kronor', 1_000_000],
  ['37\u2009000', 'kronor', 37_000],
  ['0', 'kronor', 0],
  ['', 'kronor', null],
  ['1,21', 'decimal', 1.21],
  ['1 234,5', 'decimal', 1234.5],
  ['-0,5', 'decimal', -0.5],
  ['−3', 'decimal', -3],
  ['12', 'integer', 12],
  ['2 026', 'integer', 2026],
]

const refused: [string, NumberKind, string][] = [
  ['37000,50', 'kronor', 'Beloppet skrivs i hela kronor, utan ören, t.ex. 37 000.'],
  [
    '37.000',
    'kronor',
    'Skriv beloppet med mellanslag mellan tusentalen, t.ex. 37 000 (inte punkt).',
  ],
  ['1e6', 'kronor', 'Beloppet ska skrivas med siffror, t.ex. 37 000.'],
  ['12abc', 'kronor', 'Beloppet ska skrivas med siffror, t.ex. 37 000.'],
  ['37 00', 'kronor', 'Beloppet ska skrivas med siffror, t.ex. 37 000.'],
  ['3 7000', 'kronor', 'Beloppet ska skrivas med siffror, t.ex. 37 000.'],
  ['-500', 'kronor', 'Beloppet kan inte vara negativt.'],
  ['1 000 000 000 000 000', 'kronor', 'Beloppet har för många siffror.'],
  ['1.21', 'decimal', 'Skriv beloppet med decimalkomma, t.ex. 1,21 (inte punkt).'],
  ['1,2,3', 'decimal', 'Beloppet ska skrivas med siffror, t.ex. 1,21.'],
  ['1,', 'decimal', 'Beloppet ska skrivas med siffror, t.ex. 1,21.'],
  ['Infinity', 'decimal', 'Beloppet ska skrivas med siffror, t.ex. 1,21.'],
  ['0x10', 'integer', 'Beloppet ska skrivas med siffror, t.ex. 12.'],
  ['12,5', 'integer', 'Beloppet ska vara ett heltal, t.ex. 12.'],
  ['37 000 kr', 'integer', 'Beloppet ska skrivas med siffror, t.ex. 12.'],
]

describe('Swedish numbers', () => {
  it.each(accepted)('reads %j as %s %j', (text, kind, value) => {
    expect(parseSwedishNumber(text, 'Beloppet', kind, { negative: kind === 'decimal' })).toEqual({
      ok: true,
      value,
    })
  })

  it.each(refused)('refuses %j as %s', (text, kind, message) => {
    const parsed = parseSwedishNumber(text, field('amount'), kind)
    expect(parsed.ok ? null : swedish(parsed.error)).toBe(message)
  })
})

describe('numbers that reach the server as text', () => {
  let db: TestDatabase
  beforeEach(async () => {
    db = await createTestDatabase()
  })
  afterEach(async () => db.close())

  it('reads Swedish amounts and refuses the rest with the field message, saving nothing', async () => {
    const activity = (totalCost: unknown, participants: unknown = null) => ({
      name: 'Trygghetsdag',
      kind: 'safetyDay' as const,
      participants,
      lines: [{ year: 2026, totalCost, grantAmount: 0 }],
    })
    const refusedCall = await errorOf(db.call('budget.createActivity', activity('37000,50')))
    expect(brief(refusedCall.issues)).toContainEqual({
      path: 'lines.0.totalCost',
      message: 'Totalkostnaden skrivs i hela kronor, utan ören, t.ex. 37 000.',
    })
    const dotted = await errorOf(db.call('budget.createActivity', activity(1000, '1.000')))
    expect(brief(dotted.issues)).toContainEqual({
      path: 'participants',
      message: 'Skriv antalet deltagare med mellanslag mellan tusentalen, t.ex. 12 (inte punkt).',
    })
    expect(await db.call('budget.listActivities')).toEqual([])
    const saved = await db.call('budget.createActivity', activity('37 000 kr', '1 200'))
    expect(saved.lines[0]?.totalCost).toBe(37_000)
    expect(saved.participants).toBe(1200)
  })

  it('reads indicator values with a decimal comma and refuses a decimal point', async () => {
    const indicator = (value: unknown) => ({
      name: 'Trygghetsindex',
      source: 'Polisen',
      lowerIsBetter: true,
      values: [{ year: 2026, value }],
    })
    const refusedCall = await errorOf(db.call('indicators.create', indicator('1.21')))
    expect(brief(refusedCall.issues)).toContainEqual({
      path: 'values.0.value',
      message: 'Skriv värdet med decimalkomma, t.ex. 1,21 (inte punkt).',
    })
    expect(await db.call('indicators.list')).toEqual([])
    const saved = await db.call('indicators.create', indicator('1,21'))
    expect(saved.values).toEqual([{ year: 2026, value: 1.21 }])
  })
})
