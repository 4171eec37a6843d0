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
import { withDeputyFor } from './deputies.ts'
import { m } from '../../../shared/messages/index.ts'

export const membershipDto = (membership: IMembership, day: string): MembershipDto => ({
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
  bodies: IBody[],
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

async function bodyDetail(em: EntityManager, body: IBody, day: string): Promise<BodyDetailDto> {
  const [summary] = await summaries(em, [body], day)
  const seats = await em.find(
    Seat,
    { body: body.id },
    { populate: ['organisation'], orderBy: { position: 'asc', id: 'asc' } },
  )
  const memberships = await withDeputyFor(
    em,
    await em.find(
      Membership,
      { body: body.id },
      { populate: ['person.organisation', 'deputyFor'], orderBy: { from: 'desc', id: 'desc' } },
    ),
  )
  const dtos = memberships.map((membership) => membershipDto(membership, day))
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
  const children = await em.find(Body, { parent: body.id }, { orderBy: { name: 'asc' } })
  return {
    ...summary!,
    parentName: body.parent ? (await findBody(em, body.parent.id)).name : null,
    seats: seatDtos,
    others: active.filter((membership) => !placed.has(membership.id)),
    history: dtos.filter(
      (membership) => !membership.active && membership.to !== null && membership.to < day,
    ),
    localGroups: await summaries(em, children, day),
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
    return bodyDetail(em, await findBody(em, id), on ?? clock.today())
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
