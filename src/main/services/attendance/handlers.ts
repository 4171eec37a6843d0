import type { EntityManager } from '@mikro-orm/sqlite'
import { conflict, invalid, notFound } from '../../../shared/api/errors.ts'
import type { AttendanceStatus } from '../../../shared/api/attendance.ts'
import { describeQuorumRule, validQuorumRule } from '../../../shared/domain/quorum.ts'
import { Attendance, QuorumRuleSetting, type IAttendance } from '../../db/entities/attendance.ts'
import { Person } from '../../db/entities/register.ts'
import type { ServiceContext } from '../../context.ts'
import { findBody } from '../register/bodies.ts'
import type { AreaHandlers } from '../types.ts'
import { attendanceDto, proposalFor } from './dto.ts'
import {
  checkRules,
  checkUnlocked,
  deputyMemberships,
  holderOf,
  loadModel,
  roleOf,
  rowOf,
  type MeetingModel,
} from './model.ts'
import { loadView } from './view.ts'
import { recordedAttendance } from '../minutes/record.ts'
import { m } from '../../../shared/messages/index.ts'

/** The agenda item with this id on the meeting, or an error that says so. */
function itemOf(model: MeetingModel, itemId: number | null, field: string) {
  if (itemId === null) return null
  const item = model.items.find((candidate) => candidate.id === itemId)
  if (!item) throw invalid(m('attendance.itemNotOnAgenda'), field)
  return item
}

function checkOrder(
  model: MeetingModel,
  fromId: number | null,
  toId: number | null,
  field: string,
) {
  if (fromId === null || toId === null) return
  if (model.itemIndex.get(fromId)! > model.itemIndex.get(toId)!)
    throw invalid(m('attendance.rangeOrder'), field)
}

/** The person's row, created when missing. */
function ensureRow(em: EntityManager, model: MeetingModel, personId: number): IAttendance {
  const existing = rowOf(model, personId)
  if (existing) return existing
  const row = em.create(Attendance, {
    meeting: model.meeting,
    person: em.getReference(Person, personId),
    status: null,
    repliedOn: null,
  })
  model.rows.push(row)
  return row
}

/** A row that says nothing any more is removed, so "not answered" stays true to its word. */
function dropIfEmpty(em: EntityManager, model: MeetingModel, row: IAttendance) {
  if (
    row.person &&
    row.status === null &&
    !row.servingFor &&
    !row.fromItem &&
    !row.toItem &&
    !row.note
  ) {
    em.remove(row)
    model.rows.splice(model.rows.indexOf(row), 1)
  }
}

async function personName(em: EntityManager, personId: number): Promise<string> {
  const person = await em.findOne(Person, { id: personId })
  if (!person) throw notFound('person')
  return person.name
}

async function respond(ctx: ServiceContext, model: MeetingModel) {
  checkRules(model)
  await ctx.em.flush()
  return attendanceDto(model, ctx.clock.today())
}

/** Records a reply or roll-call mark; shared by the handler and the example data. */
export async function applyStatus(
  ctx: ServiceContext,
  model: MeetingModel,
  personId: number,
  status: AttendanceStatus | null,
  repliedOn: string | null,
): Promise<void> {
  const { em, clock } = ctx
  checkUnlocked(model.meeting)
  const role = roleOf(model, personId)
  if (role === 'guest' && !rowOf(model, personId)) {
    const name = await personName(em, personId)
    throw invalid(
      m('attendance.notCalled', { name, body: model.meeting.body.name, date: model.meeting.date }),
      'personId',
    )
  }
  if ((status === 'present' || status === 'absent') && model.meeting.date > clock.today()) {
    throw invalid(m('attendance.rollCallOnDay', { date: model.meeting.date }), 'status')
  }
  if (repliedOn && repliedOn > clock.today())
    throw invalid(m('attendance.replyInFuture'), 'repliedOn')
  const row = ensureRow(em, model, personId)
  row.status = status
  if (status === 'attending' || status === 'apologies')
    row.repliedOn = repliedOn ?? row.repliedOn ?? clock.today()
  else if (status === null) row.repliedOn = null
  // A called-in deputy who cannot come is no longer called: the member needs a new proposal.
  if ((status === 'apologies' || status === 'absent') && row.servingFor) {
    row.servingFor = null
    row.servingFromItem = null
    row.servingToItem = null
  }
  if (status !== 'present') {
    row.fromItem = null
    row.toItem = null
  }
  dropIfEmpty(em, model, row)
}

/** Calls a deputy to serve for a member (or stops it); shared by the handler and the example data. */
export async function applyServing(
  ctx: ServiceContext,
  model: MeetingModel,
  input: {
    deputyPersonId: number
    memberPersonId: number | null
    fromItemId: number | null
    toItemId: number | null
  },
): Promise<void> {
  const { em } = ctx
  checkUnlocked(model.meeting)
  const from = itemOf(model, input.fromItemId, 'fromItemId')
  const to = itemOf(model, input.toItemId, 'toItemId')
  checkOrder(model, input.fromItemId, input.toItemId, 'toItemId')
  if (input.memberPersonId === null) {
    const row = rowOf(model, input.deputyPersonId)
    if (!row) return
    row.servingFor = null
    row.servingFromItem = null
    row.servingToItem = null
    dropIfEmpty(em, model, row)
    return
  }
  const deputyName = await personName(em, input.deputyPersonId)
  if (deputyMemberships(model, input.deputyPersonId).length === 0) {
    throw invalid(
      m('attendance.notDeputy', {
        name: deputyName,
        body: model.meeting.body.name,
        date: model.meeting.date,
      }),
      'deputyPersonId',
    )
  }
  const holder = holderOf(model, input.memberPersonId)
  if (!holder) {
    const memberName = await personName(em, input.memberPersonId)
    throw invalid(
      m('attendance.notMemberServe', {
        name: memberName,
        body: model.meeting.body.name,
        date: model.meeting.date,
      }),
      'memberPersonId',
    )
  }
  const row = ensureRow(em, model, input.deputyPersonId)
  if (row.status === 'apologies' || row.status === 'absent') {
    throw conflict(
      m(row.status === 'apologies' ? 'attendance.deputyHasApologies' : 'attendance.deputyAbsent', {
        name: deputyName,
      }),
    )
  }
  if (row.servingFor && row.servingFor.id !== input.memberPersonId) {
    throw conflict(m('attendance.deputyBusy', { name: deputyName, member: row.servingFor.name }))
  }
  row.servingFor = holder.person
  row.servingFromItem = from
  row.servingToItem = to
}

export const attendanceHandlers: Pick<
  AreaHandlers<'attendance'>,
  | 'attendance.get'
  | 'attendance.setStatus'
  | 'attendance.markRestPresent'
  | 'attendance.setServing'
  | 'attendance.setRange'
  | 'attendance.addGuest'
  | 'attendance.removeGuest'
  | 'attendance.deputyProposal'
  | 'attendance.setRule'
> = {
  async 'attendance.get'({ em, clock }, { meetingId }) {
    // Adjusted minutes fix the attendance as it was, whatever the register says since.
    return (
      (await recordedAttendance(em, meetingId)) ??
      attendanceDto(await loadView(em, meetingId), clock.today())
    )
  },
  async 'attendance.setStatus'(ctx, { meetingId, personId, status, repliedOn }) {
    const model = await loadModel(ctx.em, meetingId)
    await applyStatus(ctx, model, personId, status, repliedOn)
    return respond(ctx, model)
  },
  async 'attendance.markRestPresent'(ctx, { meetingId }) {
    const model = await loadModel(ctx.em, meetingId)
    // Those called and not yet marked (a reply "kommer" is not a mark); deputies only when called in.
    const rest = attendanceDto(model, ctx.clock.today()).attendees.filter(
      (person) =>
        person.personId !== null &&
        (person.status === null || person.status === 'attending') &&
        (person.group !== 'deputy' || person.servingForPersonId !== null),
    )
    for (const person of rest) await applyStatus(ctx, model, person.personId!, 'present', null)
    return respond(ctx, model)
  },
  async 'attendance.setServing'(ctx, { meetingId, ...input }) {
    const model = await loadModel(ctx.em, meetingId)
    await applyServing(ctx, model, input)
    return respond(ctx, model)
  },
  async 'attendance.setRange'(ctx, { meetingId, personId, fromItemId, toItemId, note }) {
    const model = await loadModel(ctx.em, meetingId)
    checkUnlocked(model.meeting)
    const row = rowOf(model, personId)
    if (!row || row.status !== 'present') {
      const name = await personName(ctx.em, personId)
      throw invalid(m('attendance.markPresentFirst', { name }), 'personId')
    }
    row.fromItem = itemOf(model, fromItemId, 'fromItemId')
    row.toItem = itemOf(model, toItemId, 'toItemId')
    checkOrder(model, fromItemId, toItemId, 'toItemId')
    row.note = note
    return respond(ctx, model)
  },
  async 'attendance.addGuest'(ctx, { meetingId, personId, name, organisation, note }) {
    const { em } = ctx
    const model = await loadModel(em, meetingId)
    checkUnlocked(model.meeting)
    if (personId !== null) {
      const personName_ = await personName(em, personId)
      if (rowOf(model, personId) || roleOf(model, personId) !== 'guest') {
        throw conflict(m('attendance.alreadyOnList', { name: personName_ }))
      }
      model.rows.push(
        em.create(Attendance, {
          meeting: model.meeting,
          person: em.getReference(Person, personId),
          status: 'present',
          note,
        }),
      )
    } else {
      const duplicate = model.rows.find(
        (row) =>
          !row.person && row.guestName?.toLocaleLowerCase('sv') === name!.toLocaleLowerCase('sv'),
      )
      if (duplicate) throw conflict(m('attendance.alreadyGuest', { name: name! }))
      model.rows.push(
        em.create(Attendance, {
          meeting: model.meeting,
          person: null,
          guestName: name,
          guestOrganisation: organisation,
          status: 'present',
          note,
        }),
      )
    }
    return respond(ctx, model)
  },
  async 'attendance.removeGuest'(ctx, { meetingId, guestId }) {
    const model = await loadModel(ctx.em, meetingId)
    checkUnlocked(model.meeting)
    const row = model.rows.find((candidate) => candidate.id === guestId)
    if (!row || (row.person && roleOf(model, row.person.id) !== 'guest')) throw notFound('guest')
    ctx.em.remove(row)
    model.rows.splice(model.rows.indexOf(row), 1)
    return respond(ctx, model)
  },
  async 'attendance.deputyProposal'({ em }, { meetingId, memberPersonId }) {
    const model = await loadView(em, meetingId)
    const holder = holderOf(model, memberPersonId)
    if (!holder) {
      const name = await personName(em, memberPersonId)
      throw invalid(
        m('attendance.notMember', {
          name,
          body: model.meeting.body.name,
          date: model.meeting.date,
        }),
        'memberPersonId',
      )
    }
    return proposalFor(model, holder)
  },
  async 'attendance.setRule'({ em }, { bodyId, rule }) {
    const body = await findBody(em, bodyId)
    if (!validQuorumRule(rule)) throw invalid(m('attendance.ruleIncomplete'), 'rule')
    const stored =
      (await em.findOne(QuorumRuleSetting, { body: bodyId })) ??
      em.create(QuorumRuleSetting, { body, kind: rule.kind })
    stored.kind = rule.kind
    stored.numerator = rule.kind === 'fraction' ? rule.numerator : null
    stored.denominator = rule.kind === 'fraction' ? rule.denominator : null
    stored.minimum = rule.kind === 'minimum' ? rule.count : null
    await em.flush()
    return { rule, description: describeQuorumRule(rule) }
  },
}
