import type { EntityManager } from '@mikro-orm/sqlite'
import { conflict, notFound } from '../../../shared/api/errors.ts'
import type {
  ActionItemDto,
  MinutesDto,
  ParagraphDto,
  PersonRef,
  PreviousMinutesDto,
  SituationDto,
} from '../../../shared/api/minutes.ts'
import type { PresenceDto } from '../../../shared/api/presence.ts'
import { formatParagraphs, proposeAdjusters } from '../../../shared/domain/minutes.ts'
import type { IMeeting } from '../../db/entities/meetings.ts'
import {
  Decision,
  Minutes,
  MinutesParagraph,
  SituationReport,
  type IActionItem,
  type IMinutes,
  type IMinutesParagraph,
  type ISituationReport,
} from '../../db/entities/minutes.ts'
import { Membership } from '../../db/entities/register.ts'
import { loadPresence } from '../attendance/presence.ts'
import { queryRows, sql } from '../../db/sqlWhere.ts'
import { loadItems } from '../meetings/load.ts'
import { listActionDtos, queryActions } from './actionList.ts'
import { phrasesDto } from './phrases.ts'
import { m } from '../../../shared/messages/index.ts'

export const LOCKED_MESSAGE = m('minutes.locked')
export const IMMEDIATE_MESSAGE = m('minutes.immediateLocked')

export async function findMinutes(em: EntityManager, meetingId: number): Promise<IMinutes> {
  const minutes = await em.findOne(
    Minutes,
    { meeting: meetingId },
    { populate: ['meeting.body', 'adjuster1', 'adjuster2'] },
  )
  if (!minutes) throw notFound('minutesNotBegun')
  return minutes
}

export function checkUnlocked(minutes: IMinutes): void {
  if (minutes.adjustedOn) throw conflict(LOCKED_MESSAGE)
}

export function checkParagraphEditable(paragraph: IMinutesParagraph): void {
  checkUnlocked(paragraph.minutes)
  if (paragraph.immediate) throw conflict(IMMEDIATE_MESSAGE)
}

export async function findParagraph(em: EntityManager, id: number): Promise<IMinutesParagraph> {
  const paragraph = await em.findOne(
    MinutesParagraph,
    { id },
    { populate: ['minutes.meeting.body'] },
  )
  if (!paragraph) throw notFound('paragraph')
  return paragraph
}

/** What the checks before changing an action item read (its DTO comes from actionList.ts). */
export const ACTION_POPULATE = ['paragraph.minutes.meeting', 'reportedIn'] as const

/**
 * The § where an action was reported done, with its meeting, loaded as a second query: joined
 * into the actions' query, the nullable reportedIn → minutes → meeting chain made SQLite scan
 * every § in the database (300 ms on ten years of minutes, npm run bench); this takes a few ms.
 */
export async function withReportedMeetings(
  em: EntityManager,
  actions: IActionItem[],
): Promise<IActionItem[]> {
  const reported = actions.flatMap((action) => (action.reportedIn ? [action.reportedIn] : []))
  if (reported.length > 0) await em.populate(reported, ['minutes.meeting'])
  return actions
}

export function paragraphDto(
  paragraph: IMinutesParagraph,
  decisions: { id: number; text: string }[],
  actions: ActionItemDto[],
  reported: ActionItemDto[],
): ParagraphDto {
  return {
    id: paragraph.id,
    number: paragraph.number,
    title: paragraph.title,
    text: paragraph.text,
    standingKey: paragraph.standingKey ?? null,
    agendaItemId: paragraph.agendaItem?.id ?? null,
    immediate: paragraph.immediate,
    locked: Boolean(paragraph.minutes.adjustedOn) || paragraph.immediate,
    version: paragraph.version,
    decisions,
    actions,
    reported,
  }
}

/** The paragraphs of some minutes with their decisions and action items, in order. */
export async function paragraphDtos(
  em: EntityManager,
  paragraphs: IMinutesParagraph[],
  today: string,
): Promise<ParagraphDto[]> {
  const ids = paragraphs.map((paragraph) => paragraph.id)
  if (ids.length === 0) return []
  const decisions = await em.find(
    Decision,
    { paragraph: { $in: ids } },
    { orderBy: { position: 'asc', id: 'asc' } },
  )
  const decided = await queryActions(em, { filter: 'all', paragraphIds: ids }, today)
  const reported = await queryActions(em, { filter: 'all', reportedInIds: ids }, today)
  return paragraphs.map((paragraph) =>
    paragraphDto(
      paragraph,
      decisions
        .filter((decision) => decision.paragraph.id === paragraph.id)
        .map((decision) => ({ id: decision.id, text: decision.text })),
      decided.filter((action) => action.paragraphId === paragraph.id).map((action) => action.dto),
      reported.filter((action) => action.reportedInId === paragraph.id).map((action) => action.dto),
    ),
  )
}

export const situationDto = (report: ISituationReport): SituationDto => ({
  meetingId: report.meeting.id,
  date: report.meeting.date,
  concerns: report.concerns,
  events: report.events,
  measures: report.measures,
  version: report.version,
})

/** The situation picture a meeting ended with, or else the latest one before it. */
export async function situationFor(
  em: EntityManager,
  meeting: IMeeting,
): Promise<ISituationReport | null> {
  const own = await em.findOne(SituationReport, { meeting: meeting.id }, { populate: ['meeting'] })
  if (own) return own
  return em.findOne(
    SituationReport,
    { body: meeting.body.id, meeting: { date: { $lt: meeting.date } } },
    { populate: ['meeting'], orderBy: { meeting: { date: 'desc' } } },
  )
}

/** Ordinary members and serving deputies present, who may adjust (not the chair, who signs anyway). */
export function adjusterCandidates(presence: PresenceDto): PersonRef[] {
  return [...presence.members, ...presence.servingDeputies]
    .filter((entry) => entry.personId !== null && entry.role !== 'chair')
    .map((entry) => ({ personId: entry.personId!, name: entry.name }))
}

/** When each person last adjusted the body's minutes, before a day. */
export async function lastAdjusted(
  em: EntityManager,
  bodyId: number,
  before: string,
): Promise<Map<number, string>> {
  const rows = await queryRows<{ a1: number | null; a2: number | null; date: string }>(
    em,
    sql`select m.adjuster1_id as a1, m.adjuster2_id as a2, mt.date as date from minutes m join meeting mt on mt.id = m.meeting_id
         where mt.body_id = ${bodyId} and mt.date < ${before} order by mt.date`,
  )
  const last = new Map<number, string>()
  for (const row of rows) {
    if (row.a1) last.set(row.a1, row.date)
    if (row.a2) last.set(row.a2, row.date)
  }
  return last
}

export async function roleHolder(
  em: EntityManager,
  bodyId: number,
  role: 'chair' | 'secretary',
  day: string,
): Promise<string | null> {
  const membership = await em.findOne(
    Membership,
    { body: bodyId, role, from: { $lte: day }, $or: [{ to: null }, { to: { $gte: day } }] },
    { populate: ['person'], orderBy: { from: 'desc' } },
  )
  return membership?.person.name ?? null
}

/** The body's previous meeting that has minutes, with its § range. */
export async function previousMinutes(
  em: EntityManager,
  meeting: IMeeting,
): Promise<PreviousMinutesDto | null> {
  const previous = await em.findOne(
    Minutes,
    {
      meeting: {
        body: meeting.body.id,
        $or: [{ date: { $lt: meeting.date } }, { date: meeting.date, id: { $lt: meeting.id } }],
      },
    },
    { populate: ['meeting'], orderBy: { meeting: { date: 'desc', id: 'desc' } } },
  )
  if (!previous) return null
  const numbers = await em.find(MinutesParagraph, { minutes: previous.id }, { fields: ['number'] })
  return {
    meetingId: previous.meeting.id,
    date: previous.meeting.date,
    paragraphs: formatParagraphs(numbers.map((paragraph) => paragraph.number)),
    adjustedOn: previous.adjustedOn ?? null,
  }
}

/** Open action items of the body decided before the meeting, and those reported at it. */
export async function followUpFor(
  em: EntityManager,
  meeting: IMeeting,
  paragraphIds: number[],
  today: string,
): Promise<ActionItemDto[]> {
  const open = await listActionDtos(
    em,
    { filter: 'open', bodyId: meeting.body.id, decidedBefore: meeting.date },
    today,
  )
  const reported =
    paragraphIds.length > 0
      ? await listActionDtos(em, { filter: 'all', reportedInIds: paragraphIds }, today)
      : []
  const seen = new Set(open.map((action) => action.id))
  return [...open, ...reported.filter((action) => !seen.has(action.id))]
}

export async function minutesDto(
  em: EntityManager,
  meeting: IMeeting,
  today: string,
): Promise<MinutesDto> {
  const minutes = await em.findOne(
    Minutes,
    { meeting: meeting.id },
    { populate: ['adjuster1', 'adjuster2'] },
  )
  const items = await loadItems(em, meeting.id)
  const paragraphs = minutes
    ? await em.find(
        MinutesParagraph,
        { minutes: minutes.id },
        { populate: ['minutes'], orderBy: { position: 'asc', id: 'asc' } },
      )
    : []
  const numberOfItem = new Map(
    paragraphs
      .filter((paragraph) => paragraph.agendaItem)
      .map((paragraph) => [paragraph.agendaItem!.id, paragraph.number]),
  )
  const presence = await loadPresence(em, meeting.id)
  const candidates = adjusterCandidates(presence)
  const proposed = proposeAdjusters(
    candidates,
    await lastAdjusted(em, meeting.body.id, meeting.date),
  )
  const situation = await situationFor(em, meeting)
  const adjusters = [minutes?.adjuster1, minutes?.adjuster2]
    .filter((person): person is NonNullable<typeof person> => Boolean(person))
    .map((person) => ({ personId: person.id, name: person.name }))
  const adjustBy = minutes?.adjustBy ?? null
  return {
    meetingId: meeting.id,
    bodyId: meeting.body.id,
    bodyName: meeting.body.name,
    date: meeting.date,
    startTime: meeting.startTime,
    endTime: meeting.endTime,
    place: meeting.place,
    status: meeting.status,
    begun: Boolean(minutes),
    version: minutes?.version ?? 0,
    adjusters,
    adjustBy,
    adjustPlace: minutes?.adjustPlace ?? null,
    adjustedOn: minutes?.adjustedOn ?? null,
    adjustOverdue: Boolean(minutes && !minutes.adjustedOn && adjustBy && adjustBy < today),
    locked: Boolean(minutes?.adjustedOn),
    chairName: await roleHolder(em, meeting.body.id, 'chair', meeting.date),
    secretaryName: await roleHolder(em, meeting.body.id, 'secretary', meeting.date),
    paragraphs: await paragraphDtos(em, paragraphs, today),
    agenda: items.map((item) => ({
      id: item.id,
      title: item.title,
      standingKey: item.standingKey ?? null,
      number: numberOfItem.get(item.id) ?? null,
    })),
    presence,
    adjusterCandidates: candidates,
    proposedAdjusters: proposed,
    followUp: await followUpFor(
      em,
      meeting,
      paragraphs.map((paragraph) => paragraph.id),
      today,
    ),
    situation: situation ? situationDto(situation) : null,
    previous: await previousMinutes(em, meeting),
    phrases: (await phrasesDto(em, meeting.body.id)).phrases,
  }
}
