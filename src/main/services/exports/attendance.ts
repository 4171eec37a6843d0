import { invalid } from '../../../shared/api/errors.ts'
import { safeFileName } from '../../../shared/domain/format.ts'
import { requiredSeats } from '../../../shared/domain/quorum.ts'
import { ROLE_SV, type Role } from '../../../shared/domain/register.ts'
import type { AttendanceYearData, MemberMark } from '../../exports/attendanceXlsx.ts'
import { buildDocument } from '../../workers/buildDocument.ts'
import { Seat } from '../../db/entities/register.ts'
import { loadRule } from '../attendance/model.ts'
import { expectedSql } from '../attendance/statistics.ts'
import { findBody } from '../register/bodies.ts'
import type { AreaHandlers } from '../types.ts'
import { workbookMeta } from './secretary.ts'
import { queryRows, sql } from '../../db/sqlWhere.ts'
import { m } from '../../../shared/messages/index.ts'

const MARK: Record<string, MemberMark> = { present: 'N', apologies: 'H' }
const byName = (a: { name: string }, b: { name: string }) => a.name.localeCompare(b.name, 'sv')

export const attendanceExportHandlers: Pick<AreaHandlers<'exports'>, 'exports.attendanceXlsx'> = {
  async 'exports.attendanceXlsx'(ctx, { bodyId, year }) {
    const { em } = ctx
    const body = await findBody(em, bodyId)
    const expectedQuery = expectedSql({
      bodyId,
      from: year ? `${year}-01-01` : null,
      to: year ? `${year}-12-31` : null,
    })
    const meetings = await queryRows<{ id: number; date: string; year: number }>(
      em,
      sql`${expectedQuery} select id, date, year from counted order by date, id`,
    )
    if (meetings.length === 0) {
      throw invalid(
        year
          ? m('exports.noRollCallYear', { body: body.name, year })
          : m('exports.noRollCall', { body: body.name }),
        'year',
      )
    }
    const expected = await queryRows<{
      meeting_id: number
      person_id: number
      name: string
      organisation: string | null
      role: Role
      status: string | null
      replaced: number
      seat_org: string
      seat_org_id: number
    }>(
      em,
      sql`${expectedQuery}
       select e.meeting_id, e.person_id, p.name, o.name as organisation, e.role, e.status, e.replaced, so.name as seat_org, so.id as seat_org_id
         from expected e join person p on p.id = e.person_id left join organisation o on o.id = p.organisation_id
         join seat s on s.id = e.seat_id join organisation so on so.id = s.organisation_id`,
    )
    const deputies = await queryRows<{
      meeting_id: number
      person_id: number
      name: string
      organisation: string | null
      serving_for: string | null
    }>(
      em,
      sql`${expectedQuery}
       select a.meeting_id, a.person_id, p.name, o.name as organisation, sf.name as serving_for
         from attendance a join counted c on c.id = a.meeting_id join person p on p.id = a.person_id
         left join organisation o on o.id = p.organisation_id left join person sf on sf.id = a.serving_for_id
        where a.status = 'present'
          and exists (select 1 from membership ms where ms.body_id = c.body_id and ms.person_id = a.person_id and ms.role = 'deputy'
                         and ms.from_date <= c.date and (ms.to_date is null or ms.to_date >= c.date))`,
    )
    const seatCount = await em.count(Seat, { body: bodyId })
    const required = requiredSeats(await loadRule(em, bodyId), seatCount)

    const years: AttendanceYearData[] = [...new Set(meetings.map((meeting) => meeting.year))].map(
      (sheetYear) => {
        const yearMeetings = meetings.filter((meeting) => meeting.year === sheetYear)
        const column = new Map(yearMeetings.map((meeting, index) => [meeting.id, index]))
        const rows = expected.filter((row) => column.has(row.meeting_id))
        const people = new Map<number, AttendanceYearData['members'][number]>()
        for (const row of rows) {
          const member = people.get(row.person_id) ?? {
            name: row.name,
            organisation: row.organisation,
            role: ROLE_SV[row.role],
            marks: yearMeetings.map(() => null),
          }
          member.marks[column.get(row.meeting_id)!] = MARK[row.status ?? ''] ?? 'F'
          people.set(row.person_id, member)
        }
        const deputyRows = new Map<number, AttendanceYearData['deputies'][number]>()
        for (const row of deputies.filter((candidate) => column.has(candidate.meeting_id))) {
          const deputy = deputyRows.get(row.person_id) ?? {
            name: row.name,
            organisation: row.organisation,
            marks: yearMeetings.map(() => null),
            notes: yearMeetings.map(() => null),
          }
          const index = column.get(row.meeting_id)!
          deputy.marks[index] = row.serving_for ? 'T' : 'N'
          deputy.notes[index] = row.serving_for ? `Tjänstgjorde för ${row.serving_for}` : null
          deputyRows.set(row.person_id, deputy)
        }
        const organisations = new Map<
          number,
          { name: string; seatsAt: number[]; filled: (number | null)[] }
        >()
        for (const row of rows) {
          const organisation = organisations.get(row.seat_org_id) ?? {
            name: row.seat_org,
            seatsAt: yearMeetings.map(() => 0),
            filled: yearMeetings.map(() => null),
          }
          const index = column.get(row.meeting_id)!
          organisation.seatsAt[index]! += 1
          organisation.filled[index] =
            (organisation.filled[index] ?? 0) + (row.status === 'present' || row.replaced ? 1 : 0)
          organisations.set(row.seat_org_id, organisation)
        }
        return {
          year: sheetYear,
          meetings: yearMeetings.map((meeting) => ({ date: meeting.date })),
          required: yearMeetings.map(() => required),
          members: [...people.values()].sort(byName),
          deputies: [...deputyRows.values()].sort(byName),
          organisations: [...organisations.values()]
            .map((organisation) => ({
              name: organisation.name,
              seats: Math.max(...organisation.seatsAt),
              filled: organisation.filled,
            }))
            .sort(byName),
        }
      },
    )
    const span = year
      ? String(year)
      : years.length === 1
        ? String(years[0]!.year)
        : `${years[0]!.year}–${years.at(-1)!.year}`
    return {
      fileName: safeFileName(`Närvaro ${body.name} ${span}.xlsx`),
      data: buildDocument(
        'attendanceXlsx',
        { bodyName: body.name, years },
        await workbookMeta(ctx, bodyId),
      ),
    }
  },
}
