import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { LOCAL_GROUP_AREAS } from '../../src/main/demo/registerData.ts'
import {
  addMinutes,
  isoWeekDate,
  isoWeekOf,
  isoWeeksInYear,
} from '../../src/shared/domain/dates.ts'
import { easterSunday, holidayOn, swedishHolidays } from '../../src/shared/domain/holidays.ts'
import { defaultTemplate, overrunMinutes, timePlan } from '../../src/shared/domain/meetings.ts'
import { nextStep, stepResult } from '../../src/shared/domain/meetingCycle.ts'
import { matchesWordStart } from '../../src/shared/domain/wordMatch.ts'
import { planRotation, type RotationGroup } from '../../src/shared/domain/rotation.ts'
import { describeRule, planYear, type YearPlanRule } from '../../src/shared/domain/yearPlan.ts'

describe('Swedish holidays', () => {
  it('finds Easter Sunday by the Gregorian algorithm', () => {
    const known: Record<number, string> = {
      2000: '2000-04-23',
      2008: '2008-03-23',
      2011: '2011-04-24',
      2012: '2012-04-08',
      2013: '2013-03-31',
      2019: '2019-04-21',
      2024: '2024-03-31',
      2025: '2025-04-20',
      2026: '2026-04-05',
      2038: '2038-04-25',
    }
    for (const [year, date] of Object.entries(known)) expect(easterSunday(Number(year))).toBe(date)
  })

  it('lists the moving and fixed holidays of 2026', () => {
    const byName = Object.fromEntries(
      swedishHolidays(2026).map((holiday) => [holiday.name, holiday.date]),
    )
    expect(byName).toMatchObject({
      Långfredagen: '2026-04-03',
      'Annandag påsk': '2026-04-06',
      'Kristi himmelsfärdsdag': '2026-05-14',
      Pingstdagen: '2026-05-24',
      Midsommarafton: '2026-06-19',
      Midsommardagen: '2026-06-20',
      'Alla helgons dag': '2026-10-31',
      'Sveriges nationaldag': '2026-06-06',
    })
  })

  it('puts midsommardagen and alla helgons dag on the right Saturday in other years', () => {
    expect(holidayOn('2012-06-23')?.name).toBe('Midsommardagen')
    expect(holidayOn('2012-11-03')?.name).toBe('Alla helgons dag')
    expect(holidayOn('2013-06-22')?.name).toBe('Midsommardagen')
    expect(holidayOn('2013-11-02')?.name).toBe('Alla helgons dag')
    expect(holidayOn('2025-11-01')?.name).toBe('Alla helgons dag')
    expect(holidayOn('2026-12-24')).toMatchObject({ name: 'Julafton', statutory: false })
    expect(holidayOn('2026-12-08')).toBeNull()
  })
})

describe('ISO weeks', () => {
  it('knows week 1 and years with 53 weeks', () => {
    expect(isoWeekDate(2026, 1, 1)).toBe('2025-12-29')
    expect(isoWeekDate(2012, 6, 2)).toBe('2012-02-07')
    expect(isoWeekDate(2026, 50, 2)).toBe('2026-12-08')
    expect(isoWeeksInYear(2026)).toBe(53)
    expect(isoWeeksInYear(2025)).toBe(52)
    expect(isoWeekOf('2021-01-03')).toBe(53)
    expect(isoWeekOf('2026-11-25')).toBe(48)
  })

  it('round-trips every day between 1990 and 2060 through its week', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 70 * 366 }), (offset) => {
        const day = new Date(Date.UTC(1990, 0, 1) + offset * 86_400_000).toISOString().slice(0, 10)
        const week = isoWeekOf(day)
        const weekday = ((new Date(`${day}T00:00:00Z`).getUTCDay() + 6) % 7) + 1
        const thursdayYear = Number(
          isoWeekDate(
            Number(day.slice(0, 4)) +
              (week >= 52 && day.slice(5, 7) === '01'
                ? -1
                : week === 1 && day.slice(5, 7) === '12'
                  ? 1
                  : 0),
            week,
            4,
          ).slice(0, 4),
        )
        expect(isoWeekDate(thursdayYear, week, weekday)).toBe(day)
      }),
    )
  })
})

const councilRule: YearPlanRule = {
  weekday: 2,
  weeks: [6, 12, 19, 38, 44, 50],
  startTime: '13:15',
  endTime: '15:00',
  place: 'Stadshuset, sal B',
  noticeDaysBefore: 10,
  replyDaysBefore: 3,
  holidayPolicy: 'nextWorkday',
}

describe('year plan', () => {
  it('gives the council its six Tuesdays with notice dates on working days', () => {
    const plan = planYear(councilRule, 2026)
    expect(plan.map((row) => row.date)).toEqual([
      '2026-02-03',
      '2026-03-17',
      '2026-05-05',
      '2026-09-15',
      '2026-10-27',
      '2026-12-08',
    ])
    expect(plan[0]).toMatchObject({ noticeDate: '2026-01-23', replyBy: '2026-01-30' })
    // 2026-12-08 minus 10 days is Saturday 28 November: the notice goes on Friday the 27th.
    expect(plan[5]!.noticeDate).toBe('2026-11-27')
  })

  it('moves, keeps or skips a meeting on a holiday', () => {
    const ascension = { ...councilRule, weekday: 4, weeks: [20] }
    expect(planYear(ascension, 2026)[0]).toMatchObject({
      ruleDate: '2026-05-14',
      date: '2026-05-15',
      holiday: 'Kristi himmelsfärdsdag',
    })
    expect(planYear({ ...ascension, holidayPolicy: 'keep' }, 2026)[0]).toMatchObject({
      date: '2026-05-14',
      holiday: 'Kristi himmelsfärdsdag',
    })
    expect(planYear({ ...ascension, holidayPolicy: 'skip' }, 2026)[0]).toMatchObject({
      date: null,
      noticeDate: null,
    })
  })

  it('ignores week 53 in a year that has only 52 and says the rule in words', () => {
    expect(planYear({ ...councilRule, weeks: [53, 2] }, 2025).map((row) => row.week)).toEqual([2])
    expect(describeRule(councilRule)).toBe(
      'tisdagar veckorna 6, 12, 19, 38, 44 och 50 kl. 13.15–15.00, Stadshuset, sal B; kallelsen skickas 10 dagar före, förhinder anmäls senast 3 dagar före; möten som infaller på en helgdag flyttas till närmast följande vardag.',
    )
  })
})

describe('agenda time plan and next step', () => {
  it('computes each item start from the durations', () => {
    expect(timePlan('13:15', [2, 2, 20, 50])).toEqual([
      { start: '13:15', end: '13:17' },
      { start: '13:17', end: '13:19' },
      { start: '13:19', end: '13:39' },
      { start: '13:39', end: '14:29' },
    ])
    expect(
      overrunMinutes(
        '13:15',
        '15:00',
        defaultTemplate('council').map((item) => item.plannedMinutes),
      ),
    ).toBe(-26)
    expect(addMinutes('23:50', 20)).toBe('00:10')
  })

  it('says what to do next', () => {
    const today = '2026-11-25'
    expect(
      nextStep({ date: '2026-12-08', status: 'planned', noticeDate: '2026-11-27' }, today),
    ).toEqual({ step: 'sendNotice', due: '2026-11-27', overdue: false })
    expect(
      nextStep({ date: '2026-12-01', status: 'planned', noticeDate: '2026-11-20' }, today).overdue,
    ).toBe(true)
    expect(
      nextStep({ date: '2026-11-20', status: 'noticeSent', noticeDate: null }, today).step,
    ).toBe('markHeld')
    // A past meeting nobody marked held or cancelled stays something to do.
    expect(nextStep({ date: '2026-11-20', status: 'planned', noticeDate: null }, today)).toEqual({
      step: 'markHeld',
      due: '2026-11-20',
      overdue: true,
    })
    expect(nextStep({ date: '2026-10-27', status: 'held', noticeDate: null }, today).step).toBe(
      'writeMinutes',
    )
    expect(
      nextStep({ date: '2026-10-27', status: 'minutesBegun', noticeDate: null }, today).step,
    ).toBe('adjustMinutes')
    expect(
      nextStep({ date: '2026-12-27', status: 'cancelled', noticeDate: null }, today).step,
    ).toBe('done')
    expect(stepResult('planned', 'call')).toEqual({ ok: true, to: 'noticeSent' })
    expect(stepResult('cancelled', 'stepBack')).toEqual({ ok: true, to: 'planned' })
    expect(stepResult('minutesAdjusted', 'stepBack')).toMatchObject({ ok: false })
  })
})

describe('rotation planner', () => {
  // The example council's fourteen local groups.
  const groups: RotationGroup[] = LOCAL_GROUP_AREAS.map((name, index) => ({
    id: index + 1,
    name,
    lastPresented: null,
  }))
  const threeYears = [2024, 2025, 2026]
    .flatMap((year) => planYear(councilRule, year))
    .map((row, index) => ({ id: index + 1, date: row.date!, chosenGroupId: null }))

  it('lets every group present once before any presents twice, over three years', () => {
    const plan = planRotation(groups, threeYears)
    expect(plan).toHaveLength(18)
    const ids = plan.map((row) => row.groupId)
    expect(new Set(ids.slice(0, 14)).size).toBe(14)
    // The second round starts with the group that presented first.
    expect(ids.slice(14)).toEqual(ids.slice(0, 4))
    // Between two presentations of the same group, every other group presents.
    for (let index = 0; index < ids.length; index += 1) {
      const next = ids.indexOf(ids[index]!, index + 1)
      if (next !== -1) expect(next - index).toBe(14)
    }
  })

  it('starts with those who never presented, then those who presented longest ago', () => {
    const history = groups.map((group, index) => ({
      ...group,
      lastPresented: index < 12 ? `2023-0${(index % 9) + 1}-1${index % 10}` : null,
    }))
    const plan = planRotation(history, threeYears.slice(0, 4))
    expect(
      plan
        .slice(0, 2)
        .map((row) => row.groupId)
        .sort(),
    ).toEqual([13, 14])
    expect(plan[2]!.groupId).toBe(1)
  })

  it('keeps the secretary’s override and does not propose that group earlier', () => {
    const meetings = threeYears
      .slice(0, 6)
      .map((meeting, index) => (index === 3 ? { ...meeting, chosenGroupId: 1 } : meeting))
    const plan = planRotation(groups, meetings)
    expect(plan[3]).toMatchObject({ groupId: 1, chosen: true })
    expect(plan.slice(0, 3).map((row) => row.groupId)).not.toContain(1)
    expect(new Set(plan.map((row) => row.groupId)).size).toBe(6)
  })

  it('never proposes a group twice within a round, whatever the history (property)', () => {
    fc.assert(
      fc.property(
        fc.array(fc.option(fc.integer({ min: 0, max: 400 }), { nil: null }), {
          minLength: 14,
          maxLength: 14,
        }),
        (days) => {
          const history = groups.map((group, index) => ({
            ...group,
            lastPresented:
              days[index] === null
                ? null
                : new Date(Date.UTC(2022, 0, 1) + days[index]! * 86_400_000)
                    .toISOString()
                    .slice(0, 10),
          }))
          const ids = planRotation(history, threeYears).map((row) => row.groupId)
          expect(new Set(ids.slice(0, 14)).size).toBe(14)
          expect(new Set(ids.slice(14)).size).toBe(4)
        },
      ),
    )
  })
})

describe('name matching in pickers', () => {
  it('matches from the start of a word, every typed word, in any case', () => {
    expect(matchesWordStart('Helena Forsberg', 'Lena')).toBe(false)
    expect(matchesWordStart('Lena Ek', 'lena')).toBe(true)
    expect(matchesWordStart('Anna-Lena Berg', 'lena')).toBe(true)
    expect(matchesWordStart('Åsa Öberg', 'öb å')).toBe(true)
    expect(matchesWordStart('Lena Ek', 'lena berg')).toBe(false)
    expect(matchesWordStart('Lena Ek', '')).toBe(true)
  })
})
