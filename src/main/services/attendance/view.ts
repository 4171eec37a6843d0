import type { EntityManager } from '@mikro-orm/sqlite'
import type { AttendanceStatus } from '../../../shared/api/attendance.ts'
import type { Role } from '../../../shared/domain/register.ts'
import type { IAgendaItem } from '../../db/entities/meetings.ts'
import { queryRows, sql } from '../../db/sqlWhere.ts'
import { meetingHeader } from '../meetings/load.ts'
import { seatsOf } from '../register/bodies.ts'
import { ruleOf, type AttendanceView, type MeetingView, type MembershipView } from './model.ts'

interface PersonColumns {
  person_id: number | null
  person_name: string | null
  email: string | null
  phone: string | null
  organisation_id: number | null
  organisation_name: string | null
}

interface MembershipRow extends PersonColumns {
  id: number
  role: Role
  seat_id: number | null
  deputy_for_id: number | null
  deputy_for_person_id: number | null
  deputy_for_name: string | null
}

interface AttendanceRow extends PersonColumns {
  id: number
  guest_name: string | null
  guest_organisation: string | null
  status: AttendanceStatus | null
  replied_on: string | null
  serving_for_id: number | null
  serving_for_name: string | null
  from_item_id: number | null
  to_item_id: number | null
  serving_from_item_id: number | null
  serving_to_item_id: number | null
  note: string | null
}

const PERSON_COLUMNS = sql`p.id as person_id, p.name as person_name, p.email, p.phone,
  o.id as organisation_id, o.name as organisation_name`

const personOf = (row: PersonColumns) =>
  row.person_id === null
    ? null
    : {
        id: row.person_id,
        name: row.person_name!,
        email: row.email,
        phone: row.phone,
        organisation:
          row.organisation_id === null
            ? null
            : { id: row.organisation_id, name: row.organisation_name! },
      }

const ref = (id: number | null) => (id === null ? null : { id })

/**
 * One meeting's attendance for reading, as plain rows straight from SQL: hydrating the same as
 * entities (memberships, people, organisations, rows) took most of attendance.get's 18 ms over ten
 * years of data (npm run bench). The changes still load entities (loadModel); both go through the
 * same DTO code.
 */
export async function loadView(em: EntityManager, meetingId: number): Promise<MeetingView> {
  const meeting = await meetingHeader(em, meetingId)
  const bodyId = meeting.body.id
  const day = meeting.date
  const items = await queryRows<Pick<IAgendaItem, 'id' | 'title' | 'kind'>>(
    em,
    sql`select id, title, kind from agenda_item where meeting_id = ${meetingId} order by position, id`,
  )
  const seats = await seatsOf(em, bodyId)
  const memberships = await queryRows<MembershipRow>(
    em,
    sql`select ms.id, ms.role, ms.seat_id, ms.deputy_for_id, ${PERSON_COLUMNS},
               df.person_id as deputy_for_person_id, dp.name as deputy_for_name
          from membership ms
          join person p on p.id = ms.person_id
          left join organisation o on o.id = p.organisation_id
          left join membership df on df.id = ms.deputy_for_id
          left join person dp on dp.id = df.person_id
         where ms.body_id = ${bodyId} and ms.from_date <= ${day} and (ms.to_date is null or ms.to_date >= ${day})
         order by ms.from_date, ms.id`,
  )
  const rows = await queryRows<AttendanceRow>(
    em,
    sql`select a.id, ${PERSON_COLUMNS}, a.guest_name, a.guest_organisation, a.status, a.replied_on,
               a.serving_for_id, sf.name as serving_for_name, a.from_item_id, a.to_item_id,
               a.serving_from_item_id, a.serving_to_item_id, a.note
          from attendance a
          left join person p on p.id = a.person_id
          left join organisation o on o.id = p.organisation_id
          left join person sf on sf.id = a.serving_for_id
         where a.meeting_id = ${meetingId} order by a.id`,
  )
  const [rule] = await queryRows<{
    kind: string
    numerator: number | null
    denominator: number | null
    minimum: number | null
  }>(
    em,
    sql`select kind, numerator, denominator, minimum from quorum_rule where body_id = ${bodyId}`,
  )
  return {
    meeting,
    items,
    itemIndex: new Map(items.map((item, index) => [item.id, index])),
    seats,
    memberships: memberships.map((row): MembershipView => ({
      id: row.id,
      role: row.role,
      person: personOf(row)!,
      seat: ref(row.seat_id),
      deputyFor:
        row.deputy_for_id === null
          ? null
          : {
              id: row.deputy_for_id,
              person: { id: row.deputy_for_person_id!, name: row.deputy_for_name! },
            },
    })),
    rows: rows.map((row): AttendanceView => ({
      id: row.id,
      person: personOf(row),
      guestName: row.guest_name,
      guestOrganisation: row.guest_organisation,
      status: row.status,
      repliedOn: row.replied_on,
      servingFor:
        row.serving_for_id === null
          ? null
          : { id: row.serving_for_id, name: row.serving_for_name! },
      fromItem: ref(row.from_item_id),
      toItem: ref(row.to_item_id),
      servingFromItem: ref(row.serving_from_item_id),
      servingToItem: ref(row.serving_to_item_id),
      note: row.note,
    })),
    rule: ruleOf(rule),
  }
}
