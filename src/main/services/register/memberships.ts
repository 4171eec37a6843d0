import type { EntityManager } from '@mikro-orm/sqlite'
import { conflict, invalid, notFound } from '../../../shared/api/errors.ts'
import { holdsSeat } from '../../../shared/domain/register.ts'
import { Membership, Person, Seat } from '../../db/entities/register.ts'
import type { AreaHandlers } from '../types.ts'
import { findBody, membershipDto } from './bodies.ts'
import { withDeputyFor } from './deputies.ts'
import { m } from '../../../shared/messages/index.ts'

const overlaps = (
  a: { from: string; to: string | null },
  b: { from: string; to?: string | null },
) => a.from <= (b.to ?? '9999-12-31') && b.from <= (a.to ?? '9999-12-31')

async function loadMembership(em: EntityManager, id: number) {
  const membership = await em.findOne(
    Membership,
    { id },
    { populate: ['person.organisation', 'deputyFor', 'seat'] },
  )
  if (!membership) throw notFound('membership')
  return (await withDeputyFor(em, [membership]))[0]!
}

export const membershipHandlers: Pick<
  AreaHandlers<'register'>,
  'register.addMembership' | 'register.endMembership'
> = {
  async 'register.addMembership'({ em, clock }, input) {
    const body = await findBody(em, input.bodyId)
    const person = await em.findOne(Person, { id: input.personId }, { populate: ['organisation'] })
    if (!person) throw notFound('person')
    const term = { from: input.from, to: input.to }

    let seat = input.seatId === null ? null : await em.findOne(Seat, { id: input.seatId })
    if (input.seatId !== null && (!seat || seat.body.id !== body.id))
      throw invalid(m('register.seatOtherBody'), 'seatId')
    const deputyFor =
      input.deputyForId === null ? null : await loadMembership(em, input.deputyForId)

    if (holdsSeat(input.role)) {
      if (!seat)
        throw invalid(
          m('register.roleNeedsSeat', { role: { key: `role.${input.role}` } }),
          'seatId',
        )
      const holders = await em.find(
        Membership,
        { seat: seat.id, role: { $in: ['chair', 'viceChair', 'member'] } },
        { populate: ['person'] },
      )
      const taken = holders.find((holder) => overlaps(term, holder))
      if (taken) throw conflict(m('register.seatTaken', { name: taken.person.name }))
    } else if (input.role === 'deputy') {
      if (deputyFor) {
        if (deputyFor.body.id !== body.id || !holdsSeat(deputyFor.role)) {
          throw invalid(m('register.deputyForOtherBody'), 'deputyForId')
        }
        if (deputyFor.person.id === person.id) throw invalid(m('register.ownDeputy'), 'deputyForId')
        seat = deputyFor.seat ?? seat
      }
    } else if (seat || deputyFor) {
      throw invalid(m('register.roleHasNoSeat', { role: { key: `role.${input.role}` } }), 'role')
    }

    const same = await em.find(Membership, { body: body.id, person: person.id, role: input.role })
    if (same.some((existing) => overlaps(term, existing))) {
      throw conflict(
        m('register.alreadyInRole', {
          name: person.name,
          role: { key: `role.${input.role}` },
          body: body.name,
        }),
      )
    }

    const membership = em.create(Membership, {
      body,
      person,
      role: input.role,
      seat,
      deputyFor,
      from: input.from,
      to: input.to,
    })
    await em.flush()
    return membershipDto(membership, clock.today())
  },
  async 'register.endMembership'({ em, clock }, { id, to }) {
    const membership = await loadMembership(em, id)
    if (to < membership.from) throw invalid(m('register.endBeforeStart'), 'to')
    membership.to = to
    await em.flush()
    return membershipDto(membership, clock.today())
  },
}
