import type { EntityManager } from '@mikro-orm/sqlite'
import type {
  AttendanceStatsDto,
  MeetingRateDto,
  OrganisationRateDto,
  PeriodRateDto,
  PersonRateDto,
} from '../../../shared/api/attendance.ts'
import { HELD_STATUSES, type MeetingStatus } from '../../../shared/domain/meetingCycle.ts'
import { attendanceRate, isQuorate, requiredSeats, termOf } from '../../../shared/domain/quorum.ts'

/** The held states as an SQL list (constants from the state machine, not input). */
import { QuorumRuleSetting } from '../../db/entities/attendance.ts'
import { ruleOf } from './model.ts'
import { findBody } from '../register/bodies.ts'
import type { AreaHandlers } from '../types.ts'
import { queryRows, sql, sqlConditions, type Sql, type SqlConditions } from '../../db/sqlWhere.ts'

/**
 * The meetings that count: held (or adjusted) and with a roll call (someone marked present).
 * `expected` is one row per ordinary member per counted meeting, with their mark and whether a
 * deputy served in their place. Everything below aggregates over it in SQL (GROUP BY), so the
 * number of queries does not grow with people or meetings.
 */
/** The meetings (alias mt) of one body or all, within the period. */
function periodConditions(filter: {
  bodyId: number | null
  from: string | null
  to: string | null
}): SqlConditions {
  return sqlConditions()
    .when(filter.bodyId !== null, sql`mt.body_id = ${filter.bodyId}`)
    .when(filter.from, sql`mt.date >= ${filter.from}`)
    .when(filter.to, sql`mt.date <= ${filter.to}`)
}

export function expectedSql(filter: {
  bodyId: number | null
  from: string | null
  to: string | null
}): Sql {
  const conditions = periodConditions(filter)
  // Materialized: inlined, SQLite checked "has a roll call" once per membership and meeting
  // instead of once per meeting (about 4 of the council's 30 ms, npm run bench).
  return sql`
    with counted as materialized (
      select mt.id, mt.body_id, mt.date, cast(substr(mt.date, 1, 4) as integer) as year
        from meeting mt
       where mt.status in (${HELD_STATUSES})
         and exists (select 1 from attendance x where x.meeting_id = mt.id and x.status = 'present')
         and ${conditions}
    ),
    servings as (
      select distinct d.meeting_id, d.serving_for_id from attendance d
       where d.serving_for_id is not null and d.status = 'present' and d.meeting_id in (select id from counted)
    ),
    expected as (
      select c.id as meeting_id, c.body_id, c.year, c.date, ms.person_id, ms.seat_id, ms.role, a.status,
             sv.serving_for_id is not null as replaced
        from counted c
        join membership ms on ms.body_id = c.body_id and ms.role in ('chair', 'viceChair', 'member') and ms.seat_id is not null
                          and ms.from_date <= c.date and (ms.to_date is null or ms.to_date >= c.date)
        left join attendance a on a.meeting_id = c.id and a.person_id = ms.person_id
        left join servings sv on sv.meeting_id = c.id and sv.serving_for_id = ms.person_id
    )`
}

/** Rows by key, in first-seen order: one pass instead of a filter per key (1 700 people × their years). */
function groupBy<T, K>(rows: T[], key: (row: T) => K): Map<K, T[]> {
  const groups = new Map<K, T[]>()
  for (const row of rows) {
    const group = groups.get(key(row))
    if (group) group.push(row)
    else groups.set(key(row), [row])
  }
  return groups
}

const yearBounds = (fromYear: number | null, toYear: number | null) => ({
  from: fromYear ? `${fromYear}-01-01` : null,
  to: toYear ? `${toYear}-12-31` : null,
})

interface Sums {
  meetings: number
  expected: number
  present: number
  filled: number
}

const period = (label: string, year: number | null, sums: Sums): PeriodRateDto => ({
  label,
  year,
  meetings: sums.meetings,
  memberRate: attendanceRate(sums.present, sums.expected),
  seatRate: attendanceRate(sums.filled, sums.expected),
})

export async function attendanceStatistics(
  em: EntityManager,
  input: { bodyId: number | null; fromYear: number | null; toYear: number | null },
): Promise<AttendanceStatsDto> {
  const body = input.bodyId !== null ? await findBody(em, input.bodyId) : null
  const expectedQuery = expectedSql({
    bodyId: input.bodyId,
    ...yearBounds(input.fromYear, input.toYear),
  })
  // `expected` is worked out once into a temporary table (private to this connection, never in
  // the file) and the four aggregates read it: as a CTE in each, it was worked out four times.
  await queryRows(em, sql`drop table if exists temp.attendance_expected`)
  await queryRows(
    em,
    sql`create temp table attendance_expected as ${expectedQuery} select * from expected`,
  )
  try {
    return await aggregate(em, input, body?.name ?? null, expectedQuery)
  } finally {
    await queryRows(em, sql`drop table if exists temp.attendance_expected`)
  }
}

async function aggregate(
  em: EntityManager,
  input: { bodyId: number | null; fromYear: number | null; toYear: number | null },
  bodyName: string | null,
  expectedQuery: Sql,
): Promise<AttendanceStatsDto> {
  const bodyYears = await queryRows<{
    body_id: number
    body_name: string
    year: number
    meetings: number
    expected: number
    present: number
    apologies: number
    filled: number
  }>(
    em,
    sql`
     select e.body_id, b.name as body_name, e.year, count(distinct e.meeting_id) as meetings, count(*) as expected,
            sum(e.status = 'present') as present, sum(e.status = 'apologies') as apologies,
            sum(e.status = 'present' or e.replaced) as filled
       from temp.attendance_expected e join body b on b.id = e.body_id
      group by e.body_id, e.year order by e.year, b.name`,
  )
  const people = await queryRows<{
    person_id: number
    name: string
    organisation_name: string | null
    year: number
    meetings: number
    expected: number
    present: number
    apologies: number
  }>(
    em,
    sql`
     select e.person_id, p.name, o.name as organisation_name, e.year, count(distinct e.meeting_id) as meetings, count(*) as expected,
            sum(e.status = 'present') as present, sum(e.status = 'apologies') as apologies
       from temp.attendance_expected e join person p on p.id = e.person_id left join organisation o on o.id = p.organisation_id
      group by e.person_id, e.year`,
  )
  const served = await queryRows<{
    person_id: number
    name: string
    organisation_name: string | null
    served: number
  }>(
    em,
    sql`${expectedQuery}
     select a.person_id, p.name, o.name as organisation_name, count(*) as served
       from attendance a join counted c on c.id = a.meeting_id join person p on p.id = a.person_id left join organisation o on o.id = p.organisation_id
      where a.serving_for_id is not null and a.status = 'present'
      group by a.person_id`,
  )
  const organisations = await queryRows<{
    organisation_id: number
    name: string
    year: number
    seat_meetings: number
    present: number
    filled: number
  }>(
    em,
    sql`
     select s.organisation_id, o.name, e.year, count(*) as seat_meetings, sum(e.status = 'present') as present,
            sum(e.status = 'present' or e.replaced) as filled
       from temp.attendance_expected e join seat s on s.id = e.seat_id join organisation o on o.id = s.organisation_id
      group by s.organisation_id, e.year`,
  )
  const meetingRows = await queryRows<{
    meeting_id: number
    expected: number
    present: number
    filled: number
  }>(
    em,
    sql`
     select e.meeting_id, count(*) as expected, sum(e.status = 'present') as present, sum(e.status = 'present' or e.replaced) as filled
       from temp.attendance_expected e group by e.meeting_id`,
  )
  // Every held meeting in the period (recorded or not), with its body's seats and rule, for the list.
  const heldInPeriod = periodConditions({
    bodyId: input.bodyId,
    ...yearBounds(input.fromYear, input.toYear),
  })
  const held = await queryRows<{
    id: number
    body_id: number
    body_name: string
    date: string
    status: MeetingStatus
    seats: number
  }>(
    em,
    sql`select mt.id, mt.body_id, b.name as body_name, mt.date, mt.status, (select count(*) from seat s where s.body_id = mt.body_id) as seats
       from meeting mt join body b on b.id = mt.body_id
      where mt.status in (${HELD_STATUSES}) and ${heldInPeriod} order by mt.date desc, b.name`,
  )
  const years = await queryRows<{ year: number }>(
    em,
    sql`select distinct cast(substr(date, 1, 4) as integer) as year from meeting ${input.bodyId !== null ? sql`where body_id = ${input.bodyId}` : sql``} order by year`,
  )
  const rules = new Map(
    (await em.find(QuorumRuleSetting, {})).map((row) => [row.body.id, ruleOf(row)]),
  )

  // Totals per year, term and body, from the per-body-year sums.
  const sum = (rows: typeof bodyYears): Sums => ({
    meetings: rows.reduce((total, row) => total + row.meetings, 0),
    expected: rows.reduce((total, row) => total + row.expected, 0),
    present: rows.reduce((total, row) => total + row.present, 0),
    filled: rows.reduce((total, row) => total + row.filled, 0),
  })
  const yearList = [...new Set(bodyYears.map((row) => row.year))].sort((a, b) => a - b)
  const byYear = yearList.map((year) =>
    period(String(year), year, sum(bodyYears.filter((row) => row.year === year))),
  )
  const terms = [...new Set(yearList.map((year) => termOf(year).label))]
  const byTerm = terms.map((label) =>
    period(label, null, sum(bodyYears.filter((row) => termOf(row.year).label === label))),
  )
  const bodyIds = [...new Set(bodyYears.map((row) => row.body_id))]
  const byBody = bodyIds
    .map((id) => {
      const rows = bodyYears.filter((row) => row.body_id === id)
      return { bodyId: id, ...period(rows[0]!.body_name, null, sum(rows)) }
    })
    .sort((a, b) => (a.memberRate ?? 1) - (b.memberRate ?? 1))
  const total = sum(bodyYears)
  const apologies = bodyYears.reduce((count, row) => count + row.apologies, 0)

  const servedBy = new Map(served.map((row) => [row.person_id, row]))
  const peopleRows = groupBy(people, (row) => row.person_id)
  const personIds = new Set([...peopleRows.keys(), ...served.map((row) => row.person_id)])
  const personRates: PersonRateDto[] = [...personIds].map((personId) => {
    const rows = peopleRows.get(personId) ?? []
    const first = rows[0] ?? servedBy.get(personId)!
    const expected = rows.reduce((count, row) => count + row.expected, 0)
    const present = rows.reduce((count, row) => count + row.present, 0)
    const apologyCount = rows.reduce((count, row) => count + row.apologies, 0)
    return {
      personId,
      name: first.name,
      organisationName: first.organisation_name,
      meetings: rows.reduce((count, row) => count + row.meetings, 0),
      expected,
      present,
      apologies: apologyCount,
      absent: expected - present - apologyCount,
      rate: attendanceRate(present, expected),
      served: servedBy.get(personId)?.served ?? 0,
    }
  })
  personRates.sort((a, b) => (a.rate ?? 2) - (b.rate ?? 2) || a.name.localeCompare(b.name, 'sv'))

  const organisationRates: OrganisationRateDto[] = [
    ...groupBy(organisations, (row) => row.organisation_id),
  ].map(([organisationId, rows]) => {
    const seatMeetings = rows.reduce((count, row) => count + row.seat_meetings, 0)
    const filled = rows.reduce((count, row) => count + row.filled, 0)
    const present = rows.reduce((count, row) => count + row.present, 0)
    return {
      organisationId,
      name: rows[0]!.name,
      seatMeetings,
      filled,
      empty: seatMeetings - filled,
      emptyRate: attendanceRate(seatMeetings - filled, seatMeetings),
      memberRate: attendanceRate(present, seatMeetings),
      byYear: rows
        .map((row) => ({
          year: row.year,
          emptyRate: attendanceRate(row.seat_meetings - row.filled, row.seat_meetings),
        }))
        .sort((a, b) => a.year - b.year),
    }
  })
  organisationRates.sort(
    (a, b) => (b.emptyRate ?? 0) - (a.emptyRate ?? 0) || a.name.localeCompare(b.name, 'sv'),
  )

  const recorded = new Map(meetingRows.map((row) => [row.meeting_id, row]))
  const meetings: MeetingRateDto[] = held.map((meeting) => {
    const row = recorded.get(meeting.id)
    const rule = rules.get(meeting.body_id) ?? { kind: 'majority' as const }
    return {
      meetingId: meeting.id,
      bodyName: meeting.body_name,
      date: meeting.date,
      status: meeting.status,
      recorded: row !== undefined,
      present: row?.present ?? 0,
      expected: row?.expected ?? 0,
      filled: row?.filled ?? 0,
      seats: meeting.seats,
      quorate: row ? isQuorate(rule, meeting.seats, row.filled) : null,
      required: requiredSeats(rule, meeting.seats),
    }
  })

  return {
    bodyId: input.bodyId,
    bodyName: bodyName ?? 'Alla organ',
    fromYear: input.fromYear,
    toYear: input.toYear,
    meetingCount: total.meetings,
    overall: {
      meetings: total.meetings,
      expected: total.expected,
      present: total.present,
      apologies,
      absent: total.expected - total.present - apologies,
      rate: attendanceRate(total.present, total.expected),
      seatRate: attendanceRate(total.filled, total.expected),
    },
    byYear,
    byTerm,
    byBody,
    people: personRates,
    organisations: organisationRates,
    meetings,
    availableYears: years.map((row) => row.year),
  }
}

export const statisticsHandlers: Pick<AreaHandlers<'attendance'>, 'attendance.statistics'> = {
  async 'attendance.statistics'({ em }, input) {
    return attendanceStatistics(em, input)
  },
}
