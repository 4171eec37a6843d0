import type {
  AttendanceDto,
  AttendeeDto,
  DeputyCandidateDto,
  DeputyProposalDto,
  SeatRowDto,
} from '../../../shared/api/attendance.ts'
import {
  describeQuorumRule,
  filledSeatsPerItem,
  isQuorate,
  quorumPerItem,
  rangeText,
  requiredSeats,
} from '../../../shared/domain/quorum.ts'
import {
  deputyMemberships,
  expectedSpans,
  lockedReason,
  presentSpans,
  rowOf,
  seatHolders,
  seatHoldings,
  type AttendanceView,
  type MeetingView,
  type MembershipView,
} from './model.ts'
import { m, type Message } from '../../../shared/messages/index.ts'

const seatLabelOf = (model: MeetingView, seatId: number | null | undefined) =>
  model.seats.find((seat) => seat.id === seatId)?.label ?? ''

/** The deputies who may replace a member, in proposal order, with the reason for each. */
export function proposalFor(model: MeetingView, holder: MembershipView): DeputyProposalDto {
  const member = holder.person
  const seat = model.seats.find((candidate) => candidate.id === holder.seat?.id)
  const best = new Map<
    number,
    { membership: MembershipView; rank: 1 | 2 | 3 | 4; reason: Message }
  >()
  for (const deputy of deputyMemberships(model)) {
    const person = deputy.person
    if (person.id === member.id) continue
    let rank: 1 | 2 | 3 | 4
    let reason: Message
    if (deputy.deputyFor?.person?.id === member.id) {
      rank = 1
      reason = m('attendance.personalDeputyFor', { name: member.name })
    } else if (seat && deputy.seat?.id === seat.id) {
      rank = 2
      reason = m('attendance.seatDeputy', { seat: seat.label })
    } else if (seat && person.organisation?.id === seat.organisation.id) {
      rank = 3
      reason = m('attendance.sameOrganisationDeputy', { organisation: seat.organisation.name })
    } else {
      rank = 4
      const body = model.meeting.body.name
      reason = deputy.deputyFor?.person?.name
        ? m('attendance.otherPersonalDeputy', { body, name: deputy.deputyFor.person.name })
        : m('attendance.otherSeatDeputy', { body, seat: seatLabelOf(model, deputy.seat?.id) })
    }
    const known = best.get(person.id)
    if (!known || rank < known.rank) best.set(person.id, { membership: deputy, rank, reason })
  }
  const memberRow = rowOf(model, member.id)
  const called = model.rows.find((row) => row.servingFor?.id === member.id && row.person)
  const candidates: DeputyCandidateDto[] = [...best.values()]
    .map(({ membership, rank, reason }) => {
      const row = rowOf(model, membership.person.id)
      let unavailableReason: Message | null = null
      if (row?.status === 'apologies') unavailableReason = m('attendance.hasApologies')
      else if (row?.status === 'absent') unavailableReason = m('attendance.isAbsent')
      else if (row?.servingFor && row.servingFor.id !== member.id)
        unavailableReason = m('attendance.alreadyServing', { name: row.servingFor.name })
      return {
        personId: membership.person.id,
        name: membership.person.name,
        organisationName: membership.person.organisation?.name ?? null,
        reason,
        rank,
        available: unavailableReason === null,
        unavailableReason,
      }
    })
    .sort(
      (a, b) =>
        a.rank - b.rank ||
        Number(b.available) - Number(a.available) ||
        a.name.localeCompare(b.name, 'sv'),
    )
  return {
    memberPersonId: member.id,
    memberName: member.name,
    seatLabel: seat?.label ?? '',
    memberStatus: memberRow?.status ?? null,
    calledPersonId: called?.person?.id ?? null,
    calledName: called?.person?.name ?? null,
    candidates,
  }
}

function attendee(
  model: MeetingView,
  base: Omit<
    AttendeeDto,
    | 'status'
    | 'repliedOn'
    | 'servingForPersonId'
    | 'servingForName'
    | 'fromItemId'
    | 'toItemId'
    | 'servingFromItemId'
    | 'servingToItemId'
    | 'rangeText'
    | 'note'
  >,
  row: AttendanceView | undefined,
): AttendeeDto {
  const number = (item: { id: number } | null | undefined) =>
    item ? (model.itemIndex.get(item.id) ?? 0) + 1 : null
  return {
    ...base,
    status: row?.status ?? null,
    repliedOn: row?.repliedOn ?? null,
    servingForPersonId: row?.servingFor?.id ?? null,
    servingForName: row?.servingFor?.name ?? null,
    fromItemId: row?.fromItem?.id ?? null,
    toItemId: row?.toItem?.id ?? null,
    servingFromItemId: row?.servingFromItem?.id ?? null,
    servingToItemId: row?.servingToItem?.id ?? null,
    rangeText: row ? rangeText(number(row.fromItem), number(row.toItem)) : null,
    note: row?.note ?? null,
  }
}

/** Everyone called to the meeting in roll-call order: each seat's member with the deputies beside, then the others, then guests. */
export function attendees(model: MeetingView): AttendeeDto[] {
  const list: AttendeeDto[] = []
  const placed = new Set<number>()
  const add = (
    membership: MembershipView,
    group: AttendeeDto['group'],
    seatId: number | null,
    explanation: Message | null,
  ) => {
    const person = membership.person
    if (placed.has(person.id)) return
    placed.add(person.id)
    list.push(
      attendee(
        model,
        {
          personId: person.id,
          guestId: null,
          name: person.name,
          organisationName: person.organisation?.name ?? null,
          role: membership.role,
          group,
          seatId,
          explanation,
          email: person.email ?? null,
          phone: person.phone ?? null,
        },
        rowOf(model, person.id),
      ),
    )
  }
  const holders = seatHolders(model)
  const deputies = deputyMemberships(model)
  for (const seat of model.seats) {
    const seated = holders.filter((membership) => membership.seat?.id === seat.id)
    for (const holder of seated)
      add(
        holder,
        'member',
        seat.id,
        holder.role === 'member'
          ? m('attendance.seat', { seat: seat.label })
          : m('attendance.roleAtSeat', { role: { key: `role.${holder.role}` }, seat: seat.label }),
      )
    const seatedIds = new Set(seated.map((holder) => holder.id))
    for (const deputy of deputies) {
      if (deputy.deputyFor && seatedIds.has(deputy.deputyFor.id))
        add(
          deputy,
          'deputy',
          seat.id,
          m('attendance.personalDeputyFor', { name: deputy.deputyFor.person.name }),
        )
      else if (deputy.seat?.id === seat.id)
        add(deputy, 'deputy', seat.id, m('attendance.seatDeputy', { seat: seat.label }))
    }
  }
  for (const deputy of deputies)
    add(
      deputy,
      'deputy',
      null,
      deputy.deputyFor?.person
        ? m('attendance.personalDeputyFor', { name: deputy.deputyFor.person.name })
        : m('attendance.deputy'),
    )
  for (const other of model.memberships.filter((membership) =>
    ['secretary', 'coopted', 'researcher'].includes(membership.role),
  )) {
    add(other, 'other', null, m('attendance.role', { role: { key: `role.${other.role}` } }))
  }
  for (const row of model.rows) {
    if (row.person && placed.has(row.person.id)) continue
    const person = row.person
    list.push(
      attendee(
        model,
        {
          personId: person?.id ?? null,
          guestId: row.id,
          name: person?.name ?? row.guestName ?? '',
          organisationName: person?.organisation?.name ?? row.guestOrganisation ?? null,
          role: 'guest',
          group: 'guest',
          seatId: null,
          explanation: m('attendance.guest'),
          email: person?.email ?? null,
          phone: person?.phone ?? null,
        },
        row,
      ),
    )
  }
  return list
}

/** Is the seat filled: at the roll call by presence, before it by the replies (a called-in deputy fills it). */
function seatFilled(
  held: boolean,
  rollCallStarted: boolean,
  holderStatus: string | null,
  deputyStatus: string | null | undefined,
): boolean {
  if (!held) return false
  if (rollCallStarted) return holderStatus === 'present' || deputyStatus === 'present'
  return (holderStatus !== 'apologies' && holderStatus !== 'absent') || deputyStatus !== undefined
}

export function attendanceDto(model: MeetingView, today: string): AttendanceDto {
  const { meeting, rule } = model
  const seatCount = model.seats.length
  const required = requiredSeats(rule, seatCount)
  const rollCallStarted = model.rows.some((row) => row.status === 'present')
  const holdings = seatHoldings(model)
  const filled = filledSeatsPerItem(model.items.length, holdings, presentSpans(model))
  const quorum = quorumPerItem(
    rule,
    seatCount,
    model.items.map((item) => item.kind),
    filled,
  )
  // The forecast counts those who said they will come; it is known once it can no longer change.
  const expectedFilled = filledSeatsPerItem(1, holdings, expectedSpans(model, true))[0] ?? 0
  const possibleFilled = filledSeatsPerItem(1, holdings, expectedSpans(model))[0] ?? 0
  const forecast = isQuorate(rule, seatCount, expectedFilled)
    ? 'quorate'
    : isQuorate(rule, seatCount, possibleFilled)
      ? 'unknown'
      : 'notQuorate'
  const filledNow = rollCallStarted ? (filled[0] ?? 0) : expectedFilled
  const people = attendees(model)
  const holders = seatHolders(model)
  const seats: SeatRowDto[] = model.seats.map((seat) => {
    const holder = holders.find((membership) => membership.seat?.id === seat.id)
    const deputy = holder
      ? model.rows.find(
          (row) =>
            row.servingFor?.id === holder.person.id &&
            row.person &&
            row.status !== 'apologies' &&
            row.status !== 'absent',
        )
      : undefined
    const holderRow = holder ? rowOf(model, holder.person.id) : undefined
    return {
      seatId: seat.id,
      label: seat.label,
      organisationName: seat.organisation.name,
      holderPersonId: holder?.person.id ?? null,
      holderName: holder?.person.name ?? null,
      deputyPersonIds: people
        .filter((person) => person.group === 'deputy' && person.seatId === seat.id)
        .map((person) => person.personId!),
      filled: seatFilled(
        holder !== undefined,
        rollCallStarted,
        holderRow?.status ?? null,
        deputy ? (deputy.status ?? null) : undefined,
      ),
      servingDeputyName: deputy?.person?.name ?? null,
    }
  })
  const proposals = holders
    .filter((holder) => {
      const status = rowOf(model, holder.person.id)?.status
      return status === 'apologies' || status === 'absent'
    })
    .map((holder) => proposalFor(model, holder))
  const called = people.filter(
    (person) =>
      person.group === 'member' ||
      (person.group === 'deputy' && person.servingForPersonId !== null) ||
      (person.group === 'other' && person.role !== 'secretary'),
  )
  // Uncalled deputies need no mark: only members, called-in deputies and the others are counted as unmarked.
  const listed = people.filter(
    (person) =>
      person.group === 'member' ||
      person.group === 'other' ||
      (person.group === 'deputy' && person.servingForPersonId !== null),
  )
  const count = (status: string) => people.filter((person) => person.status === status).length
  return {
    meetingId: meeting.id,
    bodyId: meeting.body.id,
    bodyName: meeting.body.name,
    date: meeting.date,
    startTime: meeting.startTime,
    place: meeting.place,
    meetingStatus: meeting.status,
    replyBy: meeting.replyBy ?? null,
    lockedReason: lockedReason(meeting),
    rollCallOpen: meeting.date <= today,
    rule: { rule, description: describeQuorumRule(rule) },
    seatCount,
    required,
    filledNow,
    quorateNow: isQuorate(rule, seatCount, filledNow),
    expectedFilled,
    possibleFilled,
    forecast,
    rollCallStarted,
    seats,
    attendees: people,
    items: model.items.map((item, index) => ({
      itemId: item.id,
      number: index + 1,
      title: item.title,
      kind: item.kind,
      ...quorum[index]!,
      flagged: rollCallStarted && quorum[index]!.flagged,
    })),
    proposals,
    counts: {
      present: count('present'),
      absent: count('absent'),
      apologies: count('apologies'),
      attending: count('attending'),
      unanswered: called.filter((person) => person.status === null).length,
      unmarked: listed.filter((person) => person.status === null || person.status === 'attending')
        .length,
    },
  }
}
