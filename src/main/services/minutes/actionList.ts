import type { EntityManager } from '@mikro-orm/sqlite'
import type { ActionItemDto } from '../../../shared/api/minutes.ts'
import { isOverdue, OPEN_STATUSES, type ActionStatus } from '../../../shared/domain/minutes.ts'
import { queryRows, sql, sqlConditions } from '../../db/sqlWhere.ts'

interface ActionRow {
  id: number
  description: string
  owner_person_id: number | null
  owner_person_name: string | null
  owner_person_organisation: string | null
  owner_organisation_id: number | null
  owner_organisation_name: string | null
  due_date: string
  status: ActionStatus
  body_id: number
  body_name: string
  decided_meeting_id: number
  decided_date: string
  decided_paragraph_id: number
  decided_paragraph: number
  reported_meeting_id: number | null
  reported_date: string | null
  reported_paragraph: number | null
  reported_in_id: number | null
  version: number
}

export interface ActionFilter {
  filter: 'open' | 'overdue' | 'all'
  id?: number
  bodyId?: number | null
  organisationId?: number | null
  personId?: number | null
  /** Decided or reported done in one of these §§ (one query for a whole minutes). */
  paragraphIds?: number[]
  /** Decided at a meeting before this date. */
  decidedBefore?: string
}

/** An action's DTO with the § it was decided in and the § it was reported in, for grouping. */
export interface PlacedAction {
  dto: ActionItemDto
  paragraphId: number
  reportedInId: number | null
}

/**
 * Action items as one query straight into DTOs (the register, the minutes, and each saved item): loading
 * every action as an entity with its §, minutes, meeting, owner and body took 30 ms for the open
 * actions of ten years (npm run bench).
 */
export async function listActionDtos(
  em: EntityManager,
  filter: ActionFilter,
  today: string,
): Promise<ActionItemDto[]> {
  return (await queryActions(em, filter, today)).map((action) => action.dto)
}

export async function queryActions(
  em: EntityManager,
  filter: ActionFilter,
  today: string,
): Promise<PlacedAction[]> {
  const conditions = sqlConditions()
    .when(filter.filter !== 'all', sql`a.status in (${OPEN_STATUSES})`)
    .when(filter.filter === 'overdue', sql`a.due_date < ${today}`)
    .when(filter.id, sql`a.id = ${filter.id}`)
    .when(filter.bodyId, sql`a.body_id = ${filter.bodyId}`)
    .when(filter.personId, sql`a.owner_person_id = ${filter.personId}`)
    .when(filter.decidedBefore, sql`dm.date < ${filter.decidedBefore}`)
    .when(
      filter.organisationId,
      sql`(a.owner_organisation_id = ${filter.organisationId} or (a.owner_organisation_id is null and op.organisation_id = ${filter.organisationId}))`,
    )
  const ids = filter.paragraphIds
  if (ids)
    conditions.add(
      ids.length > 0
        ? sql`(a.paragraph_id in (${ids}) or a.reported_in_id in (${ids}))`
        : sql`1 = 0`,
    )
  const rows = await queryRows<ActionRow>(
    em,
    sql`select a.id, a.description, a.owner_person_id, op.name as owner_person_name, opo.name as owner_person_organisation,
            a.owner_organisation_id, oo.name as owner_organisation_name, a.due_date, a.status, a.body_id, b.name as body_name,
            dm.id as decided_meeting_id, dm.date as decided_date, p.id as decided_paragraph_id, p.number as decided_paragraph,
            rm.id as reported_meeting_id, rm.date as reported_date, rp.number as reported_paragraph, a.reported_in_id, a.version
       from action_item a
       join minutes_paragraph p on p.id = a.paragraph_id
       join minutes dmin on dmin.id = p.minutes_id
       join meeting dm on dm.id = dmin.meeting_id
       join body b on b.id = a.body_id
       left join person op on op.id = a.owner_person_id
       left join organisation opo on opo.id = op.organisation_id
       left join organisation oo on oo.id = a.owner_organisation_id
       left join minutes_paragraph rp on rp.id = a.reported_in_id
       left join minutes rmin on rmin.id = rp.minutes_id
       left join meeting rm on rm.id = rmin.meeting_id
      where ${conditions}
      order by a.due_date, a.id`,
  )
  return rows.map((row) => ({
    dto: rowDto(row, today),
    paragraphId: row.decided_paragraph_id,
    reportedInId: row.reported_in_id,
  }))
}

function rowDto(row: ActionRow, today: string): ActionItemDto {
  return {
    id: row.id,
    description: row.description,
    ownerPersonId: row.owner_person_id,
    ownerPersonName: row.owner_person_name,
    ownerOrganisationId: row.owner_organisation_id,
    ownerOrganisationName: row.owner_organisation_name,
    owner: row.owner_person_name
      ? [row.owner_person_name, row.owner_organisation_name ?? row.owner_person_organisation]
          .filter(Boolean)
          .join(', ')
      : (row.owner_organisation_name ?? ''),
    dueDate: row.due_date,
    status: row.status,
    overdue: isOverdue({ status: row.status, dueDate: row.due_date }, today),
    bodyId: row.body_id,
    bodyName: row.body_name,
    decidedMeetingId: row.decided_meeting_id,
    decidedDate: row.decided_date,
    decidedParagraphId: row.decided_paragraph_id,
    decidedParagraph: row.decided_paragraph,
    reportedMeetingId: row.reported_meeting_id,
    reportedDate: row.reported_date,
    reportedParagraph: row.reported_paragraph,
    version: row.version,
  }
}

/** One action item as the secretary sees it. */
export async function actionDtoById(
  em: EntityManager,
  id: number,
  today: string,
): Promise<ActionItemDto> {
  const [action] = await listActionDtos(em, { filter: 'all', id }, today)
  if (!action) throw new Error(`Uppdrag ${id} saknas efter att det sparades.`)
  return action
}
