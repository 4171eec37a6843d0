import type { EntityManager } from '@mikro-orm/sqlite'
import { conflict, invalid, notFound } from '../../../shared/api/errors.ts'
import type {
  BodyDetailDto,
  BodySummaryDto,
  MembershipDto,
  SeatDto,
} from '../../../shared/api/register.ts'
import { holdsSeat, isActiveOn } from '../../../shared/domain/register.ts'
import {
  Body,
  Membership,
  Organisation,
  Seat,
  type IBody,
  type IMembership,
} from '../../db/entities/register.ts'
import type { AreaHandlers } from '../types.ts'
import { queryRows, sql } from '../../db/sqlWhere.ts'
import { m } from '../../../shared/messages/index.ts'

/** The fields of a membership its DTO is made of, from an entity or from a row of bodyDetail's query. */
type MembershipSource = Pick<IMembership, 'id' | 'role' | 'from'> & {
  to?: string | null
  person: { id: number; name: string; organisation?: { name: string } | null }
  seat?: { id: number } | null
  deputyFor?: { id: number; person?: { name: string } | null } | null
}

export const membershipDto = (membership: MembershipSource, day: string): MembershipDto => ({
  id: membership.id,
  personId: membership.person.id,
  personName: membership.person.name,
  organisationName: membership.person.organisation?.name ?? null,
  role: membership.role,
  seatId: membership.seat?.id ?? null,
  deputyForId: membership.deputyFor?.id ?? null,
  deputyForName: membership.deputyFor?.person?.name ?? null,
  from: membership.from,
  to: membership.to ?? null,
  active: isActiveOn({ from: membership.from, to: membership.to ?? null }, day),
})

/** Seat and member counts for many bodies in two grouped queries. */
async function summaries(
  em: EntityManager,
  bodies: (Pick<IBody, 'id' | 'name' | 'kind'> & {
    area?: string | null
    parent?: { id: number } | null
  })[],
  day: string,
): Promise<BodySummaryDto[]> {
  if (bodies.length === 0) return []
  const ids = bodies.map((body) => body.id)
  const seats = await queryRows<{ id: number; n: number }>(
    em,
    sql`select body_id as id, count(*) as n from seat where body_id in (${ids}) group by body_id`,
  )
  const held = await queryRows<{ id: number; members: number; filled: number }>(
    em,
    sql`select body_id as id, count(distinct person_id) as members,
               count(distinct case when role in ('chair','viceChair','member') then seat_id end) as filled
          from membership
         where body_id in (${ids}) and from_date <= ${day} and (to_date is null or to_date >= ${day})
         group by body_id`,
  )
  const seatsBy = new Map(seats.map((row) => [row.id, row.n]))
  const heldBy = new Map(held.map((row) => [row.id, row]))
  return bodies.map((body) => {
    const seatCount = seatsBy.get(body.id) ?? 0
    const stats = heldBy.get(body.id)
    return {
      id: body.id,
      name: body.name,
      kind: body.kind,
      area: body.area ?? null,
      parentId: body.parent?.id ?? null,
      seatCount,
      memberCount: stats?.members ?? 0,
      vacantSeatCount: seatCount - (stats?.filled ?? 0),
    }
  })
}

export async function findBody(em: EntityManager, id: number) {
  const body = await em.findOne(Body, { id })
  if (!body) throw notFound('body')
  return body
}

async function checkParent(
  em: EntityManager,
  kind: IBody['kind'],
  parentId: number | null,
  selfId?: number,
) {
  if (kind === 'council') {
    if (parentId !== null) throw invalid(m('register.councilHasNoParent'), 'parentId')
    return null
  }
  if (parentId === null) throw invalid(m('register.chooseParent'), 'parentId')
  if (parentId === selfId) throw invalid(m('register.ownParent'), 'parentId')
  const parent = await findBody(em, parentId)
  if (parent.kind !== 'council') throw invalid(m('register.parentNotCouncil'), 'parentId')
  return parent
}

interface BodyRow {
  id: number
  name: string
  kind: IBody['kind']
  area: string | null
  parent_id: number | null
}

const bodyOf = (row: BodyRow) => ({
  id: row.id,
  name: row.name,
  kind: row.kind,
  area: row.area,
  parent: row.parent_id === null ? null : { id: row.parent_id },
})

/** A body's seats in order with their organisation, as plain rows (the register and attendance). */
export async function seatsOf(
  em: EntityManager,
  bodyId: number,
): Promise<{ id: number; label: string; organisation: { id: number; name: string } }[]> {
  const rows = await queryRows<{
    id: number
    label: string
    organisation_id: number
    organisation_name: string
  }>(
    em,
    sql`select s.id, s.label, o.id as organisation_id, o.name as organisation_name
          from seat s join organisation o on o.id = s.organisation_id
         where s.body_id = ${bodyId} order by s.position, s.id`,
  )
  return rows.map((seat) => ({
    id: seat.id,
    label: seat.label,
    organisation: { id: seat.organisation_id, name: seat.organisation_name },
  }))
}

interface MembershipRow {
  id: number
  role: IMembership['role']
  seat_id: number | null
  deputy_for_id: number | null
  from_date: string
  to_date: string | null
  person_id: number
  person_name: string
  organisation_name: string | null
  deputy_for_name: string | null
}

/**
 * A body with its seats, members and their history, as plain SQL rows into the DTO: hydrating ten
 * years of terms with people, organisations and personal deputies as entities took most of
 * getBody's 15 ms (npm run bench).
 */
async function bodyDetail(em: EntityManager, id: number, day: string): Promise<BodyDetailDto> {
  const [row] = await queryRows<BodyRow & { parent_name: string | null }>(
    em,
    sql`select b.id, b.name, b.kind, b.area, b.parent_id, p.name as parent_name
          from body b left join body p on p.id = b.parent_id where b.id = ${id}`,
  )
  if (!row) throw notFound('body')
  const [summary] = await summaries(em, [bodyOf(row)], day)
  const seats = await seatsOf(em, id)
  const memberships = await queryRows<MembershipRow>(
    em,
    sql`select ms.id, ms.role, ms.seat_id, ms.deputy_for_id, ms.from_date, ms.to_date,
               p.id as person_id, p.name as person_name, o.name as organisation_name, dp.name as deputy_for_name
          from membership ms
          join person p on p.id = ms.person_id
          left join organisation o on o.id = p.organisation_id
          left join membership df on df.id = ms.deputy_for_id
          left join person dp on dp.id = df.person_id
         where ms.body_id = ${id}
         order by ms.from_date desc, ms.id desc`,
  )
  const dtos = memberships.map((membership) =>
    membershipDto(
      {
        id: membership.id,
        role: membership.role,
        from: membership.from_date,
        to: membership.to_date,
        person: {
          id: membership.person_id,
          name: membership.person_name,
          organisation:
            membership.organisation_name === null ? null : { name: membership.organisation_name },
        },
        seat: membership.seat_id === null ? null : { id: membership.seat_id },
        deputyFor:
          membership.deputy_for_id === null
            ? null
            : {
                id: membership.deputy_for_id,
                person:
                  membership.deputy_for_name === null ? null : { name: membership.deputy_for_name },
              },
      },
      day,
    ),
  )
  const active = dtos.filter((membership) => membership.active)
  const seatDtos: SeatDto[] = seats.map((seat) => {
    const holders = active.filter(
      (membership) => membership.seatId === seat.id && holdsSeat(membership.role),
    )
    const holderIds = new Set(holders.map((holder) => holder.id))
    return {
      id: seat.id,
      label: seat.label,
      organisationId: seat.organisation.id,
      organisationName: seat.organisation.name,
      holders,
      deputies: active.filter(
        (membership) =>
          membership.role === 'deputy' &&
          (membership.seatId === seat.id ||
            (membership.deputyForId !== null && holderIds.has(membership.deputyForId))),
      ),
    }
  })
  const placed = new Set(
    seatDtos.flatMap((seat) =>
      [...seat.holders, ...seat.deputies].map((membership) => membership.id),
    ),
  )
  const children = await queryRows<BodyRow>(
    em,
    sql`select id, name, kind, area, parent_id from body where parent_id = ${id} order by name`,
  )
  return {
    ...summary!,
    parentName: row.parent_name,
    seats: seatDtos,
    others: active.filter((membership) => !placed.has(membership.id)),
    history: dtos.filter(
      (membership) => !membership.active && membership.to !== null && membership.to < day,
    ),
    localGroups: await summaries(em, children.map(bodyOf), day),
  }
}

export const bodyHandlers: Pick<
  AreaHandlers<'register'>,
  | 'register.listBodies'
  | 'register.getBody'
  | 'register.createBody'
  | 'register.updateBody'
  | 'register.addSeat'
  | 'register.removeSeat'
> = {
  async 'register.listBodies'({ em, clock }) {
    const bodies = await em.find(Body, {}, { orderBy: { kind: 'asc', name: 'asc' } })
    // The council first, then its local groups alphabetically.
    bodies.sort((a, b) =>
      a.kind === b.kind ? a.name.localeCompare(b.name, 'sv') : a.kind === 'council' ? -1 : 1,
    )
    return summaries(em, bodies, clock.today())
  },
  async 'register.getBody'({ em, clock }, { id, on }) {
    return bodyDetail(em, id, on ?? clock.today())
  },
  async 'register.createBody'({ em, clock }, { parentId, ...fields }) {
    const parent = await checkParent(em, fields.kind, parentId)
    const body = em.create(Body, { ...fields, parent })
    await em.flush()
    return (await summaries(em, [body], clock.today()))[0]!
  },
  async 'register.updateBody'({ em, clock }, { id, parentId, ...fields }) {
    const body = await findBody(em, id)
    const parent = await checkParent(em, fields.kind, parentId, id)
    if (fields.kind === 'localGroup' && (await em.count(Body, { parent: id })) > 0) {
      throw conflict(m('register.hasLocalGroups'))
    }
    em.assign(body, { ...fields, parent })
    await em.flush()
    return (await summaries(em, [body], clock.today()))[0]!
  },
  async 'register.addSeat'({ em }, { bodyId, organisationId, label }) {
    const body = await findBody(em, bodyId)
    const organisation = await em.findOne(Organisation, { id: organisationId })
    if (!organisation) throw notFound('organisation')
    const position = await em.count(Seat, { body: bodyId })
    const seat = em.create(Seat, {
      body,
      organisation,
      label: label ?? organisation.name,
      position,
    })
    await em.flush()
    return {
      id: seat.id,
      label: seat.label,
      organisationId,
      organisationName: organisation.name,
      holders: [],
      deputies: [],
    }
  },
  async 'register.removeSeat'({ em }, { id }) {
    const seat = await em.findOne(Seat, { id })
    if (!seat) throw notFound('seat')
    if ((await em.count(Membership, { seat: id })) > 0) {
      throw conflict(m('register.seatHasHolders'))
    }
    em.remove(seat)
    await em.flush()
    return { deleted: true }
  },
}
