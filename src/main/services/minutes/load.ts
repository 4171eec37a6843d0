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
  Minutes,
  MinutesParagraph,
  type IActionItem,
  type IMinutes,
  type IMinutesParagraph,
  type ISituationReport,
} from '../../db/entities/minutes.ts'
import { loadPresence } from '../attendance/presence.ts'
import { queryRows, sql } from '../../db/sqlWhere.ts'
import { listActionDtos, queryActions } from './actionList.ts'
import { phrasesDto } from './phrases.ts'
import { m } from '../../../shared/messages/index.ts'

export const LOCKED_MESSAGE = m('minutes.locked')
export const IMMEDIATE_MESSAGE = m('minutes.immediateLocked')

/** The fields of a meeting its minutes show: an entity, or a row (meetingHeader). */
type MinutesMeeting = Pick<
  IMeeting,
  'id' | 'date' | 'startTime' | 'endTime' | 'place' | 'status'
> & { body: { id: number; name: string } }

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

/** The fields of a § its DTO is made of, from an entity or from a row of minutesDto's query. */
type ParagraphSource = Pick<
  IMinutesParagraph,
  'id' | 'number' | 'title' | 'text' | 'immediate' | 'version'
> & {
  standingKey?: string | null
  agendaItem?: { id: number } | null
  minutes: { adjustedOn?: string | null }
}

export function paragraphDto(
  paragraph: ParagraphSource,
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
  paragraphs: ParagraphSource[],
  today: string,
): Promise<ParagraphDto[]> {
  const ids = paragraphs.map((paragraph) => paragraph.id)
  if (ids.length === 0) return []
  const decisions = await queryRows<{ id: number; paragraph_id: number; text: string }>(
    em,
    sql`select id, paragraph_id, text from decision where paragraph_id in (${ids}) order by position, id`,
  )
  const actions = await queryActions(em, { filter: 'all', paragraphIds: ids }, today)
  return paragraphs.map((paragraph) =>
    paragraphDto(
      paragraph,
      decisions
        .filter((decision) => decision.paragraph_id === paragraph.id)
        .map((decision) => ({ id: decision.id, text: decision.text })),
      actions.filter((action) => action.paragraphId === paragraph.id).map((action) => action.dto),
      actions.filter((action) => action.reportedInId === paragraph.id).map((action) => action.dto),
    ),
  )
}

type SituationSource = Pick<ISituationReport, 'concerns' | 'events' | 'measures' | 'version'> & {
  meeting: { id: number; date: string }
}

export const situationDto = (report: SituationSource): SituationDto => ({
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
  meeting: MinutesMeeting,
): Promise<SituationSource | null> {
  const [row] = await queryRows<{
    meeting_id: number
    date: string
    concerns: string
    events: string
    measures: string
    version: number
  }>(
    em,
    sql`select s.meeting_id, m.date, s.concerns, s.events, s.measures, s.version
          from situation_report s join meeting m on m.id = s.meeting_id
         where s.meeting_id = ${meeting.id}
            or (s.body_id = ${meeting.body.id} and m.date < ${meeting.date})
         order by s.meeting_id = ${meeting.id} desc, m.date desc limit 1`,
  )
  return row
    ? {
        meeting: { id: row.meeting_id, date: row.date },
        concerns: row.concerns,
        events: row.events,
        measures: row.measures,
        version: row.version,
      }
    : null
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
  const [holder] = await queryRows<{ name: string }>(
    em,
    sql`select p.name from membership ms join person p on p.id = ms.person_id
         where ms.body_id = ${bodyId} and ms.role = ${role} and ms.from_date <= ${day}
           and (ms.to_date is null or ms.to_date >= ${day})
         order by ms.from_date desc limit 1`,
  )
  return holder?.name ?? null
}

/** The body's previous meeting that has minutes, with its § range. */
export async function previousMinutes(
  em: EntityManager,
  meeting: MinutesMeeting,
): Promise<PreviousMinutesDto | null> {
  const [previous] = await queryRows<{
    id: number
    meeting_id: number
    date: string
    adjusted_on: string | null
  }>(
    em,
    sql`select mi.id, m.id as meeting_id, m.date, mi.adjusted_on
          from minutes mi join meeting m on m.id = mi.meeting_id
         where m.body_id = ${meeting.body.id}
           and (m.date < ${meeting.date} or (m.date = ${meeting.date} and m.id < ${meeting.id}))
         order by m.date desc, m.id desc limit 1`,
  )
  if (!previous) return null
  const numbers = await queryRows<{ number: number }>(
    em,
    sql`select number from minutes_paragraph where minutes_id = ${previous.id}`,
  )
  return {
    meetingId: previous.meeting_id,
    date: previous.date,
    paragraphs: formatParagraphs(numbers.map((paragraph) => paragraph.number)),
    adjustedOn: previous.adjusted_on,
  }
}

/**
 * Open action items of the body decided before the meeting, and those reported at it (the
 * `reported` lists of its §§' DTOs, so that they are not queried twice).
 */
export async function followUpFor(
  em: EntityManager,
  meeting: MinutesMeeting,
  paragraphs: Pick<ParagraphDto, 'reported'>[],
  today: string,
): Promise<ActionItemDto[]> {
  const open = await listActionDtos(
    em,
    { filter: 'open', bodyId: meeting.body.id, decidedBefore: meeting.date },
    today,
  )
  // In the order the register lists actions (due date, then id), as one query over the §§ would.
  const reported = paragraphs
    .flatMap((paragraph) => paragraph.reported)
    .sort((a, b) => (a.dueDate < b.dueDate ? -1 : a.dueDate > b.dueDate ? 1 : a.id - b.id))
  const seen = new Set(open.map((action) => action.id))
  return [...open, ...reported.filter((action) => !seen.has(action.id))]
}

interface MinutesRow {
  id: number
  adjust_by: string | null
  adjust_place: string | null
  adjusted_on: string | null
  version: number
  adjuster1_id: number | null
  adjuster1_name: string | null
  adjuster2_id: number | null
  adjuster2_name: string | null
}

interface ParagraphRow {
  id: number
  number: number
  title: string
  text: string
  standing_key: string | null
  agenda_item_id: number | null
  immediate: number
  version: number
}

/**
 * One meeting's minutes as plain SQL rows into the DTO: hydrating the minutes, §§, agenda and
 * presence as entities took most of minutes.get's 27 ms over ten years of data (npm run bench).
 * The changes (begin, adjust, …) answer with this too, after their flush.
 */
export async function minutesDto(
  em: EntityManager,
  meeting: MinutesMeeting,
  today: string,
): Promise<MinutesDto> {
  const [minutes] = await queryRows<MinutesRow>(
    em,
    sql`select mi.id, mi.adjust_by, mi.adjust_place, mi.adjusted_on, mi.version,
               a1.id as adjuster1_id, a1.name as adjuster1_name, a2.id as adjuster2_id, a2.name as adjuster2_name
          from minutes mi
          left join person a1 on a1.id = mi.adjuster1_id
          left join person a2 on a2.id = mi.adjuster2_id
         where mi.meeting_id = ${meeting.id}`,
  )
  const items = await queryRows<{ id: number; title: string; standing_key: string | null }>(
    em,
    sql`select id, title, standing_key from agenda_item where meeting_id = ${meeting.id} order by position, id`,
  )
  const adjustedOn = minutes?.adjusted_on ?? null
  const paragraphs = minutes
    ? (
        await queryRows<ParagraphRow>(
          em,
          sql`select id, number, title, text, standing_key, agenda_item_id, immediate, version
                from minutes_paragraph where minutes_id = ${minutes.id} order by position, id`,
        )
      ).map((row) => ({
        id: row.id,
        number: row.number,
        title: row.title,
        text: row.text,
        standingKey: row.standing_key,
        agendaItem: row.agenda_item_id === null ? null : { id: row.agenda_item_id },
        immediate: Boolean(row.immediate),
        version: row.version,
        minutes: { adjustedOn },
      }))
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
  const adjusters = minutes
    ? [
        [minutes.adjuster1_id, minutes.adjuster1_name],
        [minutes.adjuster2_id, minutes.adjuster2_name],
      ].flatMap(([personId, name]) =>
        personId === null ? [] : [{ personId: personId as number, name: name as string }],
      )
    : []
  const adjustBy = minutes?.adjust_by ?? null
  const paragraphDtoList = await paragraphDtos(em, paragraphs, today)
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
    adjustPlace: minutes?.adjust_place ?? null,
    adjustedOn,
    adjustOverdue: Boolean(minutes && !adjustedOn && adjustBy && adjustBy < today),
    locked: Boolean(adjustedOn),
    chairName: await roleHolder(em, meeting.body.id, 'chair', meeting.date),
    secretaryName: await roleHolder(em, meeting.body.id, 'secretary', meeting.date),
    paragraphs: paragraphDtoList,
    agenda: items.map((item) => ({
      id: item.id,
      title: item.title,
      standingKey: item.standing_key,
      number: numberOfItem.get(item.id) ?? null,
    })),
    presence,
    adjusterCandidates: candidates,
    proposedAdjusters: proposed,
    followUp: await followUpFor(em, meeting, paragraphDtoList, today),
    situation: situation ? situationDto(situation) : null,
    previous: await previousMinutes(em, meeting),
    phrases: (await phrasesDto(em, meeting.body.id)).phrases,
  }
}
