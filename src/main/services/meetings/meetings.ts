import type { EntityManager } from '@mikro-orm/sqlite'
import { conflict, invalid } from '../../../shared/api/errors.ts'
import type { MeetingSummaryDto } from '../../../shared/api/meetings.ts'
import { yearOf } from '../../../shared/domain/dates.ts'
import { isHeld, stepResult, type MeetingStep } from '../../../shared/domain/meetingCycle.ts'
import { describeRule, planYear } from '../../../shared/domain/yearPlan.ts'
import { AgendaItem, Meeting, type IMeeting } from '../../db/entities/meetings.ts'
import { Minutes } from '../../db/entities/minutes.ts'
import type { IBody } from '../../db/entities/register.ts'
import { findBody } from '../register/bodies.ts'
import type { ServiceContext } from '../../context.ts'
import type { AreaHandlers } from '../types.ts'
import { checkVersion } from '../version.ts'
import {
  findMeeting,
  itemCounts,
  listSummaries,
  loadItems,
  meetingDto,
  summaryDto,
  templateFor,
} from './load.ts'
import { fillRotation } from './rotation.ts'
import { m } from '../../../shared/messages/index.ts'

export type AgendaSource = 'template' | 'previous' | 'empty'

/** Puts the template's items (or the previous meeting's recurring items) on a new meeting. */
export async function startAgenda(
  em: EntityManager,
  meeting: IMeeting,
  source: AgendaSource,
): Promise<number> {
  if (source === 'empty') return 0
  if (source === 'template') {
    const template = await templateFor(em, meeting.body)
    template.forEach((item, position) =>
      em.create(AgendaItem, {
        meeting,
        position,
        title: item.title,
        description: item.description,
        kind: item.kind,
        plannedMinutes: item.plannedMinutes,
        recurring: item.recurring,
        standingKey: item.key,
      }),
    )
    return template.length
  }
  return copyRecurringItems(em, meeting, [])
}

/** Copies the previous meeting's recurring items that the agenda does not have yet, after the existing ones. */
export async function copyRecurringItems(
  em: EntityManager,
  meeting: IMeeting,
  existing: { title: string; standingKey?: string | null }[],
): Promise<number> {
  const previous = await em.findOne(
    Meeting,
    { body: meeting.body.id, date: { $lt: meeting.date } },
    { orderBy: { date: 'desc', id: 'desc' } },
  )
  if (!previous) throw invalid(m('meetings.noPrevious', { body: meeting.body.name }), 'agenda')
  const items = (await loadItems(em, previous.id)).filter((item) => item.recurring)
  const keys = new Set(existing.map((item) => item.standingKey).filter(Boolean))
  const titles = new Set(existing.map((item) => item.title.toLocaleLowerCase('sv')))
  const fresh = items.filter(
    (item) =>
      !(item.standingKey && keys.has(item.standingKey)) &&
      !titles.has(item.title.toLocaleLowerCase('sv')),
  )
  fresh.forEach((item, index) =>
    em.create(AgendaItem, {
      meeting,
      position: existing.length + index,
      title: item.title,
      description: item.description ?? null,
      kind: item.kind,
      presenterPerson: item.presenterPerson ?? null,
      presenterOrganisation: item.presenterOrganisation ?? null,
      plannedMinutes: item.plannedMinutes,
      recurring: true,
      standingKey: item.standingKey ?? null,
    }),
  )
  return fresh.length
}

async function checkFreeDay(em: EntityManager, body: IBody, date: string, selfId?: number) {
  const same = await em.findOne(Meeting, {
    body: body.id,
    date,
    ...(selfId ? { id: { $ne: selfId } } : {}),
  })
  if (same) throw conflict(m('meetings.sameDay', { body: body.name, date }))
}

/** A meeting cannot be marked held before its day. */
function checkHasHappened(meeting: IMeeting, today: string): void {
  if (meeting.date > today)
    throw invalid(m('meetings.heldInAdvance', { date: meeting.date }), 'status')
}

/** One step of the meeting's state machine (shared/domain/meetingCycle.ts), after its own check. */
async function takeStep(
  { em, clock }: ServiceContext,
  id: number,
  version: number,
  step: MeetingStep,
  precondition: (meeting: IMeeting) => void | Promise<void>,
) {
  const meeting = await findMeeting(em, id)
  checkVersion(meeting, version, 'meeting')
  const result = stepResult(meeting.status, step)
  if (!result.ok) throw conflict(result.message)
  await precondition(meeting)
  meeting.status = result.to
  await em.flush()
  return meetingDto(em, meeting, clock.today())
}

/**
 * What a change of date, time or place must not break: adjusted minutes state when and where the
 * meeting was; § numbers run per calendar year, so numbered minutes keep their year; a meeting
 * that has been held cannot move into the future.
 */
async function checkMove(
  em: EntityManager,
  meeting: IMeeting,
  fields: { date: string; startTime: string; endTime: string; place: string },
  today: string,
): Promise<void> {
  const moved =
    fields.date !== meeting.date ||
    fields.startTime !== meeting.startTime ||
    fields.endTime !== meeting.endTime ||
    fields.place !== meeting.place
  if (!moved) return
  if (meeting.status === 'minutesAdjusted') throw conflict(m('meetings.detailsLocked'))
  if (
    yearOf(fields.date) !== yearOf(meeting.date) &&
    (await em.count(Minutes, { meeting: meeting.id }))
  )
    throw invalid(
      m('meetings.yearLocked', { year: yearOf(meeting.date), to: yearOf(fields.date) }),
      'date',
    )
  if (isHeld(meeting.status) && fields.date > today)
    throw invalid(m('meetings.heldToFuture'), 'date')
}

export const meetingHandlers: Pick<
  AreaHandlers<'meetings'>,
  | 'meetings.list'
  | 'meetings.get'
  | 'meetings.create'
  | 'meetings.update'
  | 'meetings.markCalled'
  | 'meetings.markHeld'
  | 'meetings.cancel'
  | 'meetings.stepBack'
  | 'meetings.delete'
  | 'meetings.previewYearPlan'
  | 'meetings.createYearPlan'
> = {
  async 'meetings.list'({ em, clock }, { bodyId, from, to, yearsBack }) {
    const today = clock.today()
    const windowStart = yearsBack != null ? `${Number(today.slice(0, 4)) - yearsBack}-01-01` : null
    const start =
      [from, windowStart]
        .filter((date): date is string => Boolean(date))
        .sort()
        .at(-1) ?? null
    return listSummaries(em, { bodyId: bodyId ?? null, from: start, to: to ?? null }, today)
  },
  async 'meetings.get'({ em, clock }, { id }) {
    return meetingDto(em, await findMeeting(em, id), clock.today())
  },
  async 'meetings.create'({ em, clock }, { bodyId, agenda, ...fields }) {
    const body = await findBody(em, bodyId)
    await checkFreeDay(em, body, fields.date)
    const meeting = em.create(Meeting, { body, ...fields, status: 'planned' })
    await em.flush()
    await startAgenda(em, meeting, agenda)
    await em.flush()
    if (agenda === 'template')
      await fillRotation(
        em,
        body,
        fields.date < clock.today() ? fields.date : clock.today(),
        new Set([meeting.id]),
      )
    return meetingDto(em, meeting, clock.today())
  },
  async 'meetings.update'({ em, clock }, { id, version, ...fields }) {
    const meeting = await findMeeting(em, id)
    checkVersion(meeting, version, 'meeting')
    await checkMove(em, meeting, fields, clock.today())
    if (fields.date !== meeting.date) await checkFreeDay(em, meeting.body, fields.date, id)
    em.assign(meeting, fields)
    await em.flush()
    return meetingDto(em, meeting, clock.today())
  },
  async 'meetings.markCalled'(ctx, { id, version }) {
    return takeStep(ctx, id, version, 'call', async (meeting) => {
      if ((await ctx.em.count(AgendaItem, { meeting: meeting.id })) === 0)
        throw invalid(m('meetings.agendaEmpty'), 'status')
    })
  },
  async 'meetings.markHeld'(ctx, { id, version }) {
    return takeStep(ctx, id, version, 'hold', (meeting) =>
      checkHasHappened(meeting, ctx.clock.today()),
    )
  },
  async 'meetings.cancel'(ctx, { id, version }) {
    return takeStep(ctx, id, version, 'cancel', () => undefined)
  },
  async 'meetings.stepBack'(ctx, { id, version }) {
    return takeStep(ctx, id, version, 'stepBack', () => undefined)
  },
  async 'meetings.delete'({ em }, { id, version }) {
    const meeting = await findMeeting(em, id)
    checkVersion(meeting, version, 'meeting')
    if (isHeld(meeting.status)) {
      throw conflict(m('meetings.heldNotDeleted'))
    }
    await em.nativeDelete(AgendaItem, { meeting: id })
    em.remove(meeting)
    await em.flush()
    return { deleted: true }
  },
  async 'meetings.previewYearPlan'({ em }, { bodyId, year, rule }) {
    const body = await findBody(em, bodyId)
    const plan = planYear(rule, year)
    const existing = new Set(
      (
        await em.find(
          Meeting,
          { body: body.id, date: { $gte: `${year - 1}-12-01`, $lte: `${year + 1}-01-31` } },
          { fields: ['date'] },
        )
      ).map((meeting) => meeting.date),
    )
    const rows = plan.map((row) => ({
      ...row,
      exists: row.date !== null && existing.has(row.date),
    }))
    return {
      description: describeRule(rule),
      rows,
      createCount: rows.filter((row) => row.date !== null && !row.exists).length,
    }
  },
  async 'meetings.createYearPlan'(ctx, input) {
    const { em, clock } = ctx
    const body = await findBody(em, input.bodyId)
    const preview = await meetingHandlers['meetings.previewYearPlan'](ctx, input)
    const rows = preview.rows.filter((row) => row.date !== null && !row.exists)
    if (rows.length === 0) throw invalid(m('meetings.ruleGivesNothing'), 'rule')
    const created: IMeeting[] = []
    for (const row of rows) {
      created.push(
        em.create(Meeting, {
          body,
          date: row.date!,
          startTime: input.rule.startTime,
          endTime: input.rule.endTime,
          place: input.rule.place,
          status: 'planned',
          noticeDate: row.noticeDate,
          replyBy: row.replyBy,
        }),
      )
    }
    await em.flush()
    for (const meeting of created) await startAgenda(em, meeting, 'template')
    await em.flush()
    await fillRotation(em, body, created[0]!.date, new Set(created.map((meeting) => meeting.id)))
    const counts = await itemCounts(
      em,
      created.map((meeting) => meeting.id),
    )
    const summaries: MeetingSummaryDto[] = created.map((meeting) =>
      summaryDto(meeting, counts.get(meeting.id) ?? 0, clock.today()),
    )
    return { created: summaries, skipped: preview.rows.length - rows.length }
  },
}
