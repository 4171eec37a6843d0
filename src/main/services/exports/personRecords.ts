import type { EntityManager } from '@mikro-orm/sqlite'
import { ATTENDANCE_STATUS_SV, type AttendanceStatus } from '../../../shared/api/attendance.ts'
import { ACTION_STATUS_SV } from '../../../shared/domain/minutes.ts'
import type { ActionStatus } from '../../../shared/domain/minutes.ts'
import type { PersonRecords } from '../../exports/personExtractXlsx.ts'
import { containsPattern, queryRows, sql } from '../../db/sqlWhere.ts'
import { excerpt, personDocuments } from './personDocuments.ts'

/**
 * Everything about one person outside the register card: attendance (with late arrival and early
 * leaving), serving for a member or being served for, action items owned, adjusting minutes, each
 * §, decision, action, agenda item, attendance note and situation picture where the name appears,
 * and the other documents that name them (personDocuments). Read straight from the tables so that nothing is left out by a DTO.
 */
export async function personRecords(
  em: EntityManager,
  person: { id: number; name: string },
): Promise<PersonRecords> {
  const attendance = await queryRows<{
    date: string
    body: string
    status: AttendanceStatus | null
    replied_on: string | null
    serving_for: string | null
    from_item: string | null
    to_item: string | null
    note: string | null
  }>(
    em,
    sql`select m.date, b.name as body, a.status, a.replied_on, sf.name as serving_for,
            fi.title as from_item, ti.title as to_item, a.note
       from attendance a join meeting m on m.id = a.meeting_id join body b on b.id = m.body_id
       left join person sf on sf.id = a.serving_for_id
       left join agenda_item fi on fi.id = a.from_item_id left join agenda_item ti on ti.id = a.to_item_id
      where a.person_id = ${person.id} order by m.date, b.name`,
  )
  const servedBy = await queryRows<{ date: string; body: string; deputy: string }>(
    em,
    sql`select m.date, b.name as body, coalesce(d.name, a.guest_name) as deputy
       from attendance a join meeting m on m.id = a.meeting_id join body b on b.id = m.body_id
       left join person d on d.id = a.person_id
      where a.serving_for_id = ${person.id} order by m.date`,
  )
  const actions = await queryRows<{
    description: string
    body: string
    date: string
    number: number
    due_date: string
    status: ActionStatus
  }>(
    em,
    sql`select ai.description, b.name as body, m.date, p.number, ai.due_date, ai.status
       from action_item ai join minutes_paragraph p on p.id = ai.paragraph_id
       join minutes mi on mi.id = p.minutes_id join meeting m on m.id = mi.meeting_id
       join body b on b.id = ai.body_id
      where ai.owner_person_id = ${person.id} order by m.date, p.number`,
  )
  const adjusted = await queryRows<{ date: string; body: string; adjusted_on: string | null }>(
    em,
    sql`select m.date, b.name as body, mi.adjusted_on
       from minutes mi join meeting m on m.id = mi.meeting_id join body b on b.id = m.body_id
      where mi.adjuster1_id = ${person.id} or mi.adjuster2_id = ${person.id} order by m.date`,
  )
  const like = containsPattern(person.name)
  const named = await queryRows<{ date: string; body: string; where: string; text: string }>(
    em,
    sql`select m.date, b.name as body, '§ ' || p.number || ' ' || p.title as "where", p.text as text
       from minutes_paragraph p join minutes mi on mi.id = p.minutes_id
       join meeting m on m.id = mi.meeting_id join body b on b.id = p.body_id
      where p.text like ${like} escape '\\' or p.title like ${like} escape '\\'
     union all
     select m.date, b.name, '§ ' || p.number || ' beslut', d.text
       from decision d join minutes_paragraph p on p.id = d.paragraph_id
       join minutes mi on mi.id = p.minutes_id join meeting m on m.id = mi.meeting_id
       join body b on b.id = p.body_id
      where d.text like ${like} escape '\\'
     union all
     select m.date, b.name, '§ ' || p.number || ' uppdrag', ai.description
       from action_item ai join minutes_paragraph p on p.id = ai.paragraph_id
       join minutes mi on mi.id = p.minutes_id join meeting m on m.id = mi.meeting_id
       join body b on b.id = p.body_id
      where ai.description like ${like} escape '\\'
     union all
     select m.date, b.name, 'Närvaro som gäst', coalesce(a.guest_organisation, '')
       from attendance a join meeting m on m.id = a.meeting_id join body b on b.id = m.body_id
      where a.person_id is null and a.guest_name like ${like} escape '\\'
     union all
     select m.date, b.name, 'Närvaroanteckning', a.note
       from attendance a join meeting m on m.id = a.meeting_id join body b on b.id = m.body_id
      where a.note like ${like} escape '\\'
     union all
     select m.date, b.name, 'Dagordning: ' || ai.title,
            case when ai.presenter_person_id = ${person.id} then 'Föredragande' else coalesce(ai.description, '') end
       from agenda_item ai join meeting m on m.id = ai.meeting_id join body b on b.id = m.body_id
      where ai.presenter_person_id = ${person.id} or ai.title like ${like} escape '\\'
         or ai.description like ${like} escape '\\'
     union all
     select m.date, b.name, 'Lägesbild', s.concerns || ' ' || s.events || ' ' || s.measures
       from situation_report s join meeting m on m.id = s.meeting_id join body b on b.id = s.body_id
      where s.concerns like ${like} escape '\\' or s.events like ${like} escape '\\'
         or s.measures like ${like} escape '\\'
     order by 1, 3`,
  )
  return {
    attendance: attendance.map((row) => ({
      date: row.date,
      body: row.body,
      status: row.status ? ATTENDANCE_STATUS_SV[row.status] : 'Inget svar',
      repliedOn: row.replied_on ?? '',
      servingFor: row.serving_for ?? '',
      presence:
        row.from_item || row.to_item
          ? [row.from_item && `från ${row.from_item}`, row.to_item && `till och med ${row.to_item}`]
              .filter(Boolean)
              .join(' ')
          : '',
      note: row.note ?? '',
    })),
    servedBy: servedBy.map((row) => ({ date: row.date, body: row.body, deputy: row.deputy })),
    actions: actions.map((row) => ({
      description: row.description,
      body: row.body,
      decided: `${row.date} § ${row.number}`,
      dueDate: row.due_date,
      status: ACTION_STATUS_SV[row.status],
    })),
    adjusted: adjusted.map((row) => ({
      date: row.date,
      body: row.body,
      adjustedOn: row.adjusted_on ?? 'ej justerat',
    })),
    named: named.map((row) => ({
      date: row.date,
      body: row.body,
      where: row.where,
      text: excerpt(row.text, person.name),
    })),
    documents: await personDocuments(em, person),
  }
}
