import { describe, expect, it } from 'vitest'
import {
  adjustmentDeadline,
  decisionText,
  formatParagraphs,
  isOverdue,
  presenceParagraphs,
  proposeAdjusters,
} from '../../src/shared/domain/minutes.ts'

describe('minutes rules', () => {
  it('writes § ranges the Swedish way', () => {
    expect(formatParagraphs([])).toBe('')
    expect(formatParagraphs([4])).toBe('§ 4')
    expect(formatParagraphs([5, 3, 4, 7])).toBe('§§ 3–5, 7')
    expect(formatParagraphs([12, 13])).toBe('§§ 12–13')
  })

  it('maps partial presence by agenda item to § numbers, skipping struck items', () => {
    const items = [
      { id: 10, number: 21 },
      { id: 11, number: 22 },
      { id: 12, number: null },
      { id: 13, number: 23 },
      { id: 14, number: 24 },
    ]
    expect(presenceParagraphs(items, null, null)).toBeNull()
    expect(presenceParagraphs(items, 11, null)).toBe('§§ 22–24')
    expect(presenceParagraphs(items, null, 12)).toBe('§§ 21–22')
    expect(presenceParagraphs(items, 13, 13)).toBe('§ 23')
  })

  it('proposes the adjusters who adjusted longest ago, keeping the list order on ties', () => {
    const people = [{ personId: 1 }, { personId: 2 }, { personId: 3 }, { personId: 4 }]
    expect(proposeAdjusters(people, new Map())).toEqual([{ personId: 1 }, { personId: 2 }])
    expect(
      proposeAdjusters(
        people,
        new Map([
          [1, '2026-01-01'],
          [2, '2026-01-01'],
        ]),
      ),
    ).toEqual([{ personId: 3 }, { personId: 4 }])
    expect(
      proposeAdjusters(
        people,
        new Map([
          [1, '2026-03-01'],
          [2, '2026-01-01'],
          [3, '2026-03-01'],
          [4, '2026-03-01'],
        ]),
      ),
    ).toEqual([{ personId: 2 }, { personId: 1 }])
  })

  it('writes decisions with "att", sets the adjustment deadline and knows overdue items', () => {
    expect(decisionText('Godkänna dagordningen')).toBe('att godkänna dagordningen')
    expect(decisionText('att lägga informationen till handlingarna')).toBe(
      'att lägga informationen till handlingarna',
    )
    expect(adjustmentDeadline('2026-12-22')).toBe('2027-01-05')
    expect(isOverdue({ status: 'open', dueDate: '2026-11-24' }, '2026-11-25')).toBe(true)
    expect(isOverdue({ status: 'done', dueDate: '2026-11-24' }, '2026-11-25')).toBe(false)
    expect(isOverdue({ status: 'inProgress', dueDate: '2026-11-25' }, '2026-11-25')).toBe(false)
  })
})
