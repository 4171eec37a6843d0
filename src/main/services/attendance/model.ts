import type { EntityManager } from '@mikro-orm/sqlite'
import { conflict } from '../../../shared/api/errors.ts'
import {
  DEFAULT_QUORUM_RULE,
  rangesOverlap,
  servingRange,
  type ItemRange,
  type PresenceSpan,
  type QuorumRule,
  type SeatHolding,
} from '../../../shared/domain/quorum.ts'
import { holdsSeat, type Role } from '../../../shared/domain/register.ts'
import type { AttendanceStatus } from '../../../shared/api/attendance.ts'
import { Attendance, QuorumRuleSetting, type IAttendance } from '../../db/entities/attendance.ts'
import { AgendaItem, type IAgendaItem, type IMeeting } from '../../db/entities/meetings.ts'
import { Membership, Seat, type IMembership, type ISeat } from '../../db/entities/register.ts'
import { findMeeting } from '../meetings/load.ts'
import { withDeputyFor } from '../register/deputies.ts'
import { m, type Message } from '../../../shared/messages/index.ts'

interface PersonView {
  id: number
  name: string
  email?: string | null
  phone?: string | null
  organisation?: { id: number; name: string } | null
}

export interface MembershipView {
  id: number
  role: Role
  person: PersonView
  seat?: { id: number } | null
  deputyFor?: { id: number; person: { id: number; name: string } } | null
}

export interface AttendanceView {
  id: number
  person?: PersonView | null
  guestName?: string | null
  guestOrganisation?: string | null
  status?: AttendanceStatus | null
  repliedOn?: string | null
  servingFor?: { id: number; name: string } | null
  fromItem?: { id: number } | null
  toItem?: { id: number } | null
  servingFromItem?: { id: number } | null
  servingToItem?: { id: number } | null
  note?: string | null
}

/**
 * What the attendance DTOs read about one meeting: plain rows from the projection a read makes
 * (view.ts), or the entities a change loaded (MeetingModel below), so both answer alike.
 */
export interface MeetingView {
  meeting: Pick<IMeeting, 'id' | 'date' | 'startTime' | 'place' | 'status'> & {
    replyBy?: string | null
    body: { id: number; name: string }
  }
  items: Pick<IAgendaItem, 'id' | 'title' | 'kind'>[]
  itemIndex: Map<number, number>
  seats: { id: number; label: string; organisation: { id: number; name: string } }[]
  /** Memberships in force on the meeting's day. */
  memberships: MembershipView[]
  rows: AttendanceView[]
  rule: QuorumRule
}

/** Everything about one meeting's attendance as entities, for the procedures that change it. */
export interface MeetingModel extends MeetingView {
  meeting: IMeeting
  items: IAgendaItem[]
  seats: ISeat[]
  memberships: IMembership[]
  rows: IAttendance[]
}

/** The body's stored rule for quorum, the default (more than half the seats) when none is stored. */
export function ruleOf(
  stored:
    | {
        kind: string
        numerator?: number | null
        denominator?: number | null
        minimum?: number | null
      }
    | null
    | undefined,
): QuorumRule {
  if (stored?.kind === 'fraction')
    return {
      kind: 'fraction',
      numerator: stored.numerator ?? 1,
      denominator: stored.denominator ?? 2,
    }
  if (stored?.kind === 'minimum') return { kind: 'minimum', count: stored.minimum ?? 1 }
  return DEFAULT_QUORUM_RULE
}

export const loadRule = async (em: EntityManager, bodyId: number): Promise<QuorumRule> =>
  ruleOf(await em.findOne(QuorumRuleSetting, { body: bodyId }))

export async function loadModel(em: EntityManager, meetingId: number): Promise<MeetingModel> {
  const meeting = await findMeeting(em, meetingId)
  const day = meeting.date
  const [items, seats, memberships, rows, rule] = [
    await em.find(AgendaItem, { meeting: meetingId }, { orderBy: { position: 'asc', id: 'asc' } }),
    await em.find(
      Seat,
      { body: meeting.body.id },
      { populate: ['organisation'], orderBy: { position: 'asc', id: 'asc' } },
    ),
    await withDeputyFor(
      em,
      await em.find(
        Membership,
        { body: meeting.body.id, from: { $lte: day }, $or: [{ to: null }, { to: { $gte: day } }] },
        {
          populate: ['person.organisation', 'deputyFor', 'seat'],
          orderBy: { from: 'asc', id: 'asc' },
        },
      ),
    ),
    await em.find(
      Attendance,
      { meeting: meetingId },
      { populate: ['person.organisation', 'servingFor'], orderBy: { id: 'asc' } },
    ),
    await loadRule(em, meeting.body.id),
  ]
  return {
    meeting,
    items,
    itemIndex: new Map(items.map((item, index) => [item.id, index])),
    seats,
    memberships,
    rows,
    rule,
  }
}

/** Why attendance cannot change, or null. */
export function lockedReason(meeting: Pick<IMeeting, 'date' | 'status'>): Message | null {
  if (meeting.status === 'minutesAdjusted') return m('attendance.locked', { date: meeting.date })
  return null
}

export function checkUnlocked(meeting: Pick<IMeeting, 'date' | 'status'>): void {
  const reason = lockedReason(meeting)
  if (reason) throw conflict(reason)
}

// Generic in the model so that a change gets its entities back and a read its plain rows.
export const rowOf = <M extends MeetingView>(
  model: M,
  personId: number,
): M['rows'][number] | undefined => model.rows.find((row) => row.person?.id === personId)

export const seatHolders = <M extends MeetingView>(model: M): M['memberships'] =>
  model.memberships.filter((membership) => holdsSeat(membership.role) && membership.seat)

export const holderOf = <M extends MeetingView>(
  model: M,
  personId: number,
): M['memberships'][number] | undefined =>
  seatHolders(model).find((membership) => membership.person.id === personId)

export const deputyMemberships = <M extends MeetingView>(
  model: M,
  personId?: number,
): M['memberships'] =>
  model.memberships.filter(
    (membership) =>
      membership.role === 'deputy' && (personId === undefined || membership.person.id === personId),
  )

/** The person's role in the body on the meeting's day (the strongest one if several). */
export function roleOf(model: MeetingView, personId: number): Role | 'guest' {
  const order: Role[] = [
    'chair',
    'viceChair',
    'member',
    'deputy',
    'secretary',
    'coopted',
    'researcher',
  ]
  const roles = model.memberships
    .filter((membership) => membership.person.id === personId)
    .map((membership) => membership.role)
  return order.find((role) => roles.includes(role)) ?? 'guest'
}

export const indexOf = (
  model: MeetingView,
  item: { id: number } | null | undefined,
): number | null => (item ? (model.itemIndex.get(item.id) ?? null) : null)

export const presenceOf = (model: MeetingView, row: AttendanceView): ItemRange => ({
  from: indexOf(model, row.fromItem),
  to: indexOf(model, row.toItem),
})
export const servingOf = (model: MeetingView, row: AttendanceView): ItemRange => ({
  from: indexOf(model, row.servingFromItem),
  to: indexOf(model, row.servingToItem),
})

/** Holders of each seat, for the quorum count (a vacant seat has none). */
export const seatHoldings = (model: MeetingView): SeatHolding[] =>
  model.seats.map((seat) => ({
    seatId: seat.id,
    holderPersonId:
      seatHolders(model).find((membership) => membership.seat?.id === seat.id)?.person.id ?? null,
  }))

/** Present people as quorum spans. */
export const presentSpans = (model: MeetingView): PresenceSpan[] =>
  model.rows
    .filter((row) => row.person && row.status === 'present')
    .map((row) => ({
      personId: row.person!.id,
      present: true,
      presence: presenceOf(model, row),
      servingFor: row.servingFor?.id ?? null,
      serving: servingOf(model, row),
    }))

/** Spans as expected from the replies: everyone not away counts, called-in deputies serve. */
/**
 * Who is expected at the meeting: seat holders without apologies and the deputies called in.
 * `answered`: only those who have said they will come — the forecast counts replies, not silence.
 */
export const expectedSpans = (model: MeetingView, answered = false): PresenceSpan[] => {
  const away = new Set(
    model.rows
      .filter((row) => row.person && (row.status === 'apologies' || row.status === 'absent'))
      .map((row) => row.person!.id),
  )
  const coming = new Set(
    model.rows
      .filter((row) => row.person && (row.status === 'attending' || row.status === 'present'))
      .map((row) => row.person!.id),
  )
  const counts = (personId: number) => !away.has(personId) && (!answered || coming.has(personId))
  const span = (personId: number, servingFor: number | null): PresenceSpan => ({
    personId,
    present: true,
    presence: { from: null, to: null },
    servingFor,
    serving: { from: null, to: null },
  })
  const spans: PresenceSpan[] = seatHolders(model)
    .filter((membership) => counts(membership.person.id))
    .map((membership) => span(membership.person.id, null))
  for (const row of model.rows) {
    if (row.person && row.servingFor && counts(row.person.id))
      spans.push(span(row.person.id, row.servingFor.id))
  }
  return spans
}

/** The member's presence in the conflict message: the whole meeting, one item or a span. */
function memberPresentMessage(model: MeetingView, range: ItemRange, member: string, name: string) {
  if (range.from === null && range.to === null)
    return m('attendance.memberPresentWhole', { member, name })
  const from = (range.from ?? 0) + 1
  const to = (range.to ?? model.items.length - 1) + 1
  return from === to
    ? m('attendance.memberPresentItem', { member, name, item: from })
    : m('attendance.memberPresentItems', { member, name, from, to })
}

/**
 * The rules that must hold after every change, checked on the whole meeting: a deputy serves for
 * one member only (one row per person), never while that member is present, and a member has at
 * most one serving deputy at a time.
 */
export function checkRules(model: MeetingView): void {
  const count = model.items.length
  const serving = model.rows.filter(
    (row) => row.person && row.servingFor && row.status !== 'apologies' && row.status !== 'absent',
  )
  for (const deputy of serving) {
    const memberId = deputy.servingFor!.id
    const memberName = deputy.servingFor!.name
    const deputyRange = servingRange(presenceOf(model, deputy), servingOf(model, deputy))
    if (holderOf(model, deputy.person!.id)) {
      throw conflict(
        m('attendance.deputyIsMember', { name: deputy.person!.name, member: memberName }),
      )
    }
    const member = rowOf(model, memberId)
    if (
      member &&
      member.status === 'present' &&
      rangesOverlap(presenceOf(model, member), deputyRange, count)
    ) {
      throw conflict(
        memberPresentMessage(model, presenceOf(model, member), memberName, deputy.person!.name),
      )
    }
    // Compared with the deputies recorded before this one, so the message names the one already serving.
    for (const other of serving.slice(0, serving.indexOf(deputy))) {
      if (other.servingFor!.id !== memberId) continue
      if (
        rangesOverlap(
          deputyRange,
          servingRange(presenceOf(model, other), servingOf(model, other)),
          count,
        )
      ) {
        throw conflict(
          m('attendance.memberHasDeputy', { member: memberName, name: other.person!.name }),
        )
      }
    }
  }
}
