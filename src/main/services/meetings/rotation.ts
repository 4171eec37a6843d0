import type { EntityManager } from '@mikro-orm/sqlite'
import { invalid } from '../../../shared/api/errors.ts'
import type { RotationDto } from '../../../shared/api/meetings.ts'
import { defaultTemplate, PRESENTATION_KEY } from '../../../shared/domain/meetings.ts'
import { planRotation } from '../../../shared/domain/rotation.ts'
import { AgendaItem, Meeting, type IMeeting } from '../../db/entities/meetings.ts'
import { Body, type IBody } from '../../db/entities/register.ts'
import { findBody } from '../register/bodies.ts'
import type { AreaHandlers } from '../types.ts'
import { queryRows, sql } from '../../db/sqlWhere.ts'
import { templateFor, touch } from './load.ts'
import { m } from '../../../shared/messages/index.ts'

interface RotationState {
  groups: IBody[]
  /** Held presentations before `from`: last date and count per group. */
  history: Map<number, { last: string; count: number }>
  /** Meetings from `from` on that can still change (planned or called), with their presentation item. */
  upcoming: { meeting: IMeeting; itemGroupId: number | null; hasItem: boolean }[]
}

async function rotationState(
  em: EntityManager,
  council: IBody,
  from: string,
): Promise<RotationState> {
  const groups = await em.find(
    Body,
    { parent: council.id, kind: 'localGroup' },
    { orderBy: { name: 'asc' } },
  )
  const rows = await queryRows<{
    meeting_id: number
    date: string
    status: string
    local_group_id: number | null
  }>(
    em,
    sql`select m.id as meeting_id, m.date, m.status, i.local_group_id
          from meeting m join agenda_item i on i.meeting_id = m.id
         where m.body_id = ${council.id} and i.standing_key = ${PRESENTATION_KEY}`,
  )
  const history = new Map<number, { last: string; count: number }>()
  const itemGroup = new Map<number, number | null>()
  for (const row of rows) {
    if (row.date < from && row.local_group_id !== null) {
      const seen = history.get(row.local_group_id)
      history.set(row.local_group_id, {
        last: seen && seen.last > row.date ? seen.last : row.date,
        count: (seen?.count ?? 0) + 1,
      })
    }
    if (row.date >= from) itemGroup.set(row.meeting_id, row.local_group_id)
  }
  const meetings = await em.find(
    Meeting,
    { body: council.id, date: { $gte: from }, status: { $in: ['planned', 'noticeSent'] } },
    { orderBy: { date: 'asc', id: 'asc' }, populate: ['body'] },
  )
  return {
    groups,
    history,
    upcoming: meetings.map((meeting) => ({
      meeting,
      itemGroupId: itemGroup.get(meeting.id) ?? null,
      hasItem: itemGroup.has(meeting.id),
    })),
  }
}

function propose(state: RotationState) {
  const hosts = state.upcoming.filter((row) => row.hasItem)
  const plan = planRotation(
    state.groups.map((group) => ({
      id: group.id,
      name: group.name,
      lastPresented: state.history.get(group.id)?.last ?? null,
    })),
    hosts.map((row) => ({
      id: row.meeting.id,
      date: row.meeting.date,
      chosenGroupId: row.itemGroupId,
    })),
  )
  return new Map(plan.map((row) => [row.meetingId, row.groupId]))
}

async function rotationDto(em: EntityManager, council: IBody, today: string): Promise<RotationDto> {
  const state = await rotationState(em, council, today)
  const proposals = propose(state)
  const names = new Map(state.groups.map((group) => [group.id, group.name]))
  return {
    councilId: council.id,
    councilName: council.name,
    groups: state.groups.map((group) => ({
      id: group.id,
      name: group.name,
      lastPresented: state.history.get(group.id)?.last ?? null,
      presentations: state.history.get(group.id)?.count ?? 0,
    })),
    upcoming: state.upcoming.map((row) => {
      const proposed = proposals.get(row.meeting.id) ?? null
      return {
        meetingId: row.meeting.id,
        date: row.meeting.date,
        status: row.meeting.status,
        hasPresentationItem: row.hasItem,
        chosenGroupId: row.itemGroupId,
        proposedGroupId: proposed,
        proposedGroupName: proposed === null ? null : (names.get(proposed) ?? null),
        version: row.meeting.version,
      }
    }),
  }
}

/**
 * Puts the planner's proposal on the presentation item of the council's meetings from `from` on
 * that have no group yet (optionally only the given meetings). Returns how many were filled.
 */
export async function fillRotation(
  em: EntityManager,
  council: IBody,
  from: string,
  only?: Set<number>,
): Promise<number> {
  if (council.kind !== 'council') return 0
  const state = await rotationState(em, council, from)
  const proposals = propose(state)
  let filled = 0
  for (const row of state.upcoming) {
    if (!row.hasItem || row.itemGroupId !== null || (only && !only.has(row.meeting.id))) continue
    const groupId = proposals.get(row.meeting.id)
    if (!groupId) continue
    const item = await em.findOneOrFail(AgendaItem, {
      meeting: row.meeting.id,
      standingKey: PRESENTATION_KEY,
    })
    item.localGroup = em.getReference(Body, groupId)
    touch(row.meeting)
    filled += 1
  }
  await em.flush()
  return filled
}

/** The presentation item of a council meeting, created from the template when the agenda lacks it. */
export async function presentationItem(em: EntityManager, meeting: IMeeting) {
  const existing = await em.findOne(AgendaItem, {
    meeting: meeting.id,
    standingKey: PRESENTATION_KEY,
  })
  if (existing) return existing
  const spec =
    (await templateFor(em, meeting.body)).find((item) => item.key === PRESENTATION_KEY) ??
    defaultTemplate('council').find((item) => item.key === PRESENTATION_KEY)!
  const items = await em.find(AgendaItem, { meeting: meeting.id }, { orderBy: { position: 'asc' } })
  const before = items.findIndex((item) => item.standingKey === 'otherBusiness')
  const position = before === -1 ? items.length : before
  items.slice(position).forEach((item, index) => (item.position = position + index + 1))
  return em.create(AgendaItem, {
    meeting,
    position,
    title: spec.title,
    description: spec.description,
    kind: spec.kind,
    plannedMinutes: spec.plannedMinutes,
    recurring: spec.recurring,
    standingKey: PRESENTATION_KEY,
  })
}

async function findCouncil(em: EntityManager, id: number) {
  const council = await findBody(em, id)
  if (council.kind !== 'council') throw invalid(m('meetings.rotationCouncil'), 'councilId')
  return council
}

export const rotationHandlers: Pick<
  AreaHandlers<'meetings'>,
  'meetings.rotation' | 'meetings.applyRotation'
> = {
  async 'meetings.rotation'({ em, clock }, { councilId }) {
    return rotationDto(em, await findCouncil(em, councilId), clock.today())
  },
  async 'meetings.applyRotation'({ em, clock }, { councilId }) {
    const council = await findCouncil(em, councilId)
    await fillRotation(em, council, clock.today())
    return rotationDto(em, council, clock.today())
  },
}
