import { describe, expect, it } from 'vitest'
import { inTodo, nextStep, type MeetingStatus } from '../../src/shared/domain/meetingCycle.ts'

const TODAY = '2026-11-25'
const todo = (date: string, status: MeetingStatus) => {
  const meeting = { date, status, noticeDate: null }
  return inTodo({ date, next: nextStep(meeting, TODAY) }, TODAY)
}

describe('Att göra', () => {
  it.each<[string, MeetingStatus, boolean]>([
    ['2026-12-10', 'planned', true],
    ['2026-12-10', 'noticeSent', true],
    // A past meeting still planned or called stays until it is marked held or cancelled.
    ['2026-11-24', 'planned', true],
    ['2024-02-01', 'planned', true],
    ['2024-02-01', 'noticeSent', true],
    ['2024-02-01', 'cancelled', false],
    ['2026-12-10', 'cancelled', false],
    ['2026-11-01', 'held', true],
    ['2026-11-01', 'minutesBegun', true],
    ['2026-11-01', 'minutesAdjusted', false],
    ['2026-08-01', 'held', false],
  ])('a meeting on %s that is %s: %s', (date, status, expected) => {
    expect(todo(date, status)).toBe(expected)
  })
})
