import type { EntityManager } from '@mikro-orm/sqlite'
import { conflict, invalid } from '../../../shared/api/errors.ts'
import { adjustmentDeadline, decisionText } from '../../../shared/domain/minutes.ts'
import { yearOf } from '../../../shared/domain/dates.ts'
import { stepResult } from '../../../shared/domain/meetingCycle.ts'
import { Meeting, type IMeeting } from '../../db/entities/meetings.ts'
import {
  Decision,
  Minutes,
  MinutesParagraph,
  SituationReport,
  type IMinutesParagraph,
} from '../../db/entities/minutes.ts'
import { Person } from '../../db/entities/register.ts'
import { findMeeting, loadItems, meetingHeader } from '../meetings/load.ts'
import type { AreaHandlers } from '../types.ts'
import { queryRows, sql } from '../../db/sqlWhere.ts'
import { checkVersion } from '../version.ts'
import {
  adjusterCandidates,
  checkParagraphEditable,
  checkUnlocked,
  findMinutes,
  findParagraph,
  followUpFor,
  lastAdjusted,
  minutesDto,
  paragraphDtos,
  previousMinutes,
  roleHolder,
  situationFor,
} from './load.ts'
import { loadPresence } from '../attendance/presence.ts'
import { proposeAdjusters } from '../../../shared/domain/minutes.ts'
import { recordAdjustedMinutes, shownMinutes } from './record.ts'
import { adjustersFill, standingFill } from './standing.ts'
import { m, thing } from '../../../shared/messages/index.ts'

/** The next free § number of a body in a year: numbers are never reused or changed. */
async function nextNumber(em: EntityManager, bodyId: number, year: number): Promise<number> {
  const [row] = await queryRows<{ n: number | null }>(
    em,
    sql`select max(number) as n from minutes_paragraph where body_id = ${bodyId} and year = ${year}`,
  )
  return (row?.n ?? 0) + 1
}

function writeDecisions(
  em: EntityManager,
  paragraph: IMinutesParagraph,
  decisions: string[],
): void {
  decisions.forEach((text, position) =>
    em.create(Decision, { paragraph, position, text: decisionText(text) }),
  )
}

async function writeParagraph(
  em: EntityManager,
  paragraph: IMinutesParagraph,
  content: { title: string; text: string; decisions: string[] },
): Promise<void> {
  paragraph.title = content.title
  paragraph.text = content.text
  paragraph.updatedAt = new Date()
  await em.nativeDelete(Decision, { paragraph: paragraph.id })
  writeDecisions(em, paragraph, content.decisions)
  await em.flush()
}

async function nextMeetingOf(em: EntityManager, meeting: IMeeting) {
  return em.findOne(
    Meeting,
    {
      body: meeting.body.id,
      $or: [{ date: { $gt: meeting.date } }, { date: meeting.date, id: { $gt: meeting.id } }],
    },
    { orderBy: { date: 'asc', id: 'asc' } },
  )
}

/**
 * Begins the minutes from the agenda: one § per kept item with the year's next numbers, the
 * standing items filled in, the situation picture carried over; the meeting counts as held.
 */
export async function beginMinutes(
  em: EntityManager,
  today: string,
  meetingId: number,
  struckItemIds: number[],
) {
  const meeting = await findMeeting(em, meetingId)
  if (await em.count(Minutes, { meeting: meetingId })) throw conflict(m('minutes.alreadyBegun'))
  const step = stepResult(meeting.status, 'beginMinutes')
  if (!step.ok) throw conflict(step.message)
  if (meeting.date > today)
    throw invalid(m('minutes.beginBeforeMeeting', { date: meeting.date }), 'meetingId')
  const items = await loadItems(em, meetingId)
  const struck = new Set(struckItemIds)
  const kept = items.filter((item) => !struck.has(item.id))
  if (kept.length === 0) throw invalid(m('minutes.agendaEmpty'), 'struckItemIds')

  const presence = await loadPresence(em, meetingId)
  const adjusters = proposeAdjusters(
    adjusterCandidates(presence),
    await lastAdjusted(em, meeting.body.id, meeting.date),
  )
  const adjustBy = adjustmentDeadline(meeting.date)
  const persons = await em.find(Person, {
    id: { $in: adjusters.map((adjuster) => adjuster.personId) },
  })
  const byId = new Map(persons.map((person) => [person.id, person]))
  const minutes = em.create(Minutes, {
    meeting,
    adjuster1: adjusters[0] ? byId.get(adjusters[0].personId) : null,
    adjuster2: adjusters[1] ? byId.get(adjusters[1].personId) : null,
    adjustBy,
    adjustPlace: null,
    adjustedOn: null,
  })
  const next = await nextMeetingOf(em, meeting)
  const context = {
    chairName: await roleHolder(em, meeting.body.id, 'chair', meeting.date),
    adjusters,
    adjustBy,
    adjustPlace: null,
    previous: await previousMinutes(em, meeting),
    openActions: await followUpFor(em, meeting, [], meeting.date),
    struckTitles: items.filter((item) => struck.has(item.id)).map((item) => item.title),
    next: next ? { date: next.date, startTime: next.startTime, place: next.place } : null,
    presentingGroup: kept.find((item) => item.localGroup)?.localGroup?.name ?? null,
  }
  const year = yearOf(meeting.date)
  let number = await nextNumber(em, meeting.body.id, year)
  kept.forEach((item, position) => {
    const fill = standingFill(item.standingKey ?? null, context) ?? {
      text: item.description ?? '',
      decisions: [],
    }
    const paragraph = em.create(MinutesParagraph, {
      minutes,
      body: meeting.body,
      year,
      number: number++,
      position,
      agendaItem: item,
      standingKey: item.standingKey ?? null,
      title: item.title,
      text: fill.text,
      immediate: false,
    })
    writeDecisions(em, paragraph, fill.decisions)
  })
  // The meeting ends with the situation picture it started from, until the Lägesbild § changes it.
  const earlier = await situationFor(em, meeting)
  em.create(SituationReport, {
    body: meeting.body,
    meeting,
    concerns: earlier?.concerns ?? '',
    events: earlier?.events ?? '',
    measures: earlier?.measures ?? '',
  })
  meeting.status = step.to
  await em.flush()
  return {
    meeting,
    minutes,
    presence,
    paragraphs: await em.find(
      MinutesParagraph,
      { minutes: minutes.id },
      { orderBy: { position: 'asc' } },
    ),
  }
}

/** The adjusters have signed: the minutes lock and the meeting's status says so. */
export async function adjustMinutes(
  em: EntityManager,
  today: string,
  meetingId: number,
  version: number,
  adjustedOn: string,
) {
  const minutes = await findMinutes(em, meetingId)
  const meeting = minutes.meeting
  // The state machine refuses adjusting twice (and says that corrections go into the next minutes).
  const step = stepResult(meeting.status, 'adjust')
  if (!step.ok) throw conflict(step.message)
  checkVersion(minutes, version, 'minutes')
  if (!minutes.adjuster1 && !minutes.adjuster2)
    throw invalid(m('minutes.chooseAdjusters'), 'adjusterIds')
  if (adjustedOn < meeting.date) throw invalid(m('minutes.adjustBeforeMeeting'), 'adjustedOn')
  if (adjustedOn > today) throw invalid(m('minutes.adjustInFuture'), 'adjustedOn')
  minutes.adjustedOn = adjustedOn
  minutes.updatedAt = new Date()
  // One act locks the minutes, the attendance (attendance/model.ts) and the meeting's date and place.
  meeting.status = step.to
  await em.flush()
  await recordAdjustedMinutes(em, meetingId, today)
  return meeting
}

export const minutesHandlers: Pick<
  AreaHandlers<'minutes'>,
  | 'minutes.get'
  | 'minutes.begin'
  | 'minutes.addParagraph'
  | 'minutes.saveParagraph'
  | 'minutes.markImmediate'
  | 'minutes.undoImmediate'
  | 'minutes.setAdjustment'
  | 'minutes.adjust'
  | 'minutes.adjustmentsDue'
> = {
  async 'minutes.get'({ em, clock }, { meetingId }) {
    return shownMinutes(em, await minutesDto(em, await meetingHeader(em, meetingId), clock.today()))
  },

  async 'minutes.begin'({ em, clock }, { meetingId, struckItemIds }) {
    const { meeting } = await beginMinutes(em, clock.today(), meetingId, struckItemIds)
    return minutesDto(em, meeting, clock.today())
  },

  async 'minutes.addParagraph'({ em, clock }, { meetingId, title }) {
    const minutes = await findMinutes(em, meetingId)
    checkUnlocked(minutes)
    const meeting = minutes.meeting
    const year = yearOf(meeting.date)
    const [last] = await em.find(
      MinutesParagraph,
      { minutes: minutes.id },
      { orderBy: { position: 'desc' }, limit: 1 },
    )
    em.create(MinutesParagraph, {
      minutes,
      body: meeting.body,
      year,
      number: await nextNumber(em, meeting.body.id, year),
      position: (last?.position ?? -1) + 1,
      agendaItem: null,
      standingKey: null,
      title,
      text: '',
      immediate: false,
    })
    await em.flush()
    return minutesDto(em, meeting, clock.today())
  },

  async 'minutes.saveParagraph'({ em, clock }, { id, version, ...content }) {
    const paragraph = await findParagraph(em, id)
    checkParagraphEditable(paragraph)
    checkVersion(paragraph, version, 'paragraph')
    await writeParagraph(em, paragraph, content)
    const [dto] = await paragraphDtos(em, [paragraph], clock.today())
    return dto!
  },

  /** Saves the text the secretary sees and locks it in one step, so what is read out is what is locked. */
  async 'minutes.markImmediate'({ em, clock }, { id, version, ...content }) {
    const paragraph = await findParagraph(em, id)
    checkParagraphEditable(paragraph)
    checkVersion(paragraph, version, 'paragraph')
    paragraph.immediate = true
    await writeParagraph(em, paragraph, content)
    const [dto] = await paragraphDtos(em, [paragraph], clock.today())
    return dto!
  },

  async 'minutes.undoImmediate'({ em, clock }, { id, version }) {
    const paragraph = await findParagraph(em, id)
    checkUnlocked(paragraph.minutes)
    checkVersion(paragraph, version, 'paragraph')
    if (!paragraph.immediate) throw conflict(m('minutes.notImmediate'))
    paragraph.immediate = false
    paragraph.updatedAt = new Date()
    await em.flush()
    const [dto] = await paragraphDtos(em, [paragraph], clock.today())
    return dto!
  },

  async 'minutes.setAdjustment'(
    { em, clock },
    { meetingId, version, adjusterIds, adjustBy, adjustPlace },
  ) {
    const minutes = await findMinutes(em, meetingId)
    checkUnlocked(minutes)
    checkVersion(minutes, version, 'minutes')
    const meeting = minutes.meeting
    if (new Set(adjusterIds).size !== adjusterIds.length)
      throw invalid(m('minutes.adjusterTwice'), 'adjusterIds')
    const candidates = adjusterCandidates(await loadPresence(em, meetingId))
    for (const personId of adjusterIds) {
      if (!candidates.some((candidate) => candidate.personId === personId)) {
        const person = await em.findOne(Person, { id: personId })
        throw invalid(
          m('minutes.adjusterNotPresent', { name: person?.name ?? thing('person') }),
          'adjusterIds',
        )
      }
    }
    if (adjustBy < meeting.date) throw invalid(m('minutes.adjustByBeforeMeeting'), 'adjustBy')
    const persons = await em.find(Person, { id: { $in: adjusterIds } })
    const byId = new Map(persons.map((person) => [person.id, person]))
    minutes.adjuster1 = adjusterIds[0] ? byId.get(adjusterIds[0])! : null
    minutes.adjuster2 = adjusterIds[1] ? byId.get(adjusterIds[1])! : null
    minutes.adjustBy = adjustBy
    minutes.adjustPlace = adjustPlace
    minutes.updatedAt = new Date()
    // The Val av justerare § says who was chosen: rewrite it while it can still change.
    const paragraph = await em.findOne(MinutesParagraph, {
      minutes: minutes.id,
      standingKey: 'adjusters',
      immediate: false,
    })
    if (paragraph) {
      const fill = adjustersFill({
        adjusters: adjusterIds.map((personId) => ({ personId, name: byId.get(personId)!.name })),
        adjustBy,
        adjustPlace,
      })
      paragraph.text = fill.text
      await em.nativeDelete(Decision, { paragraph: paragraph.id })
      writeDecisions(em, paragraph, fill.decisions)
    }
    await em.flush()
    return minutesDto(em, meeting, clock.today())
  },

  async 'minutes.adjust'({ em, clock }, { meetingId, version, adjustedOn }) {
    const meeting = await adjustMinutes(em, clock.today(), meetingId, version, adjustedOn)
    return shownMinutes(em, await minutesDto(em, meeting, clock.today()))
  },

  async 'minutes.adjustmentsDue'({ em, clock }) {
    const today = clock.today()
    const waiting = await em.find(
      Minutes,
      { adjustedOn: null },
      { populate: ['meeting.body'], orderBy: { adjustBy: 'asc' } },
    )
    return waiting.map((minutes) => ({
      meetingId: minutes.meeting.id,
      bodyName: minutes.meeting.body.name,
      date: minutes.meeting.date,
      adjustBy: minutes.adjustBy ?? null,
      overdue: Boolean(minutes.adjustBy && minutes.adjustBy < today),
    }))
  },
}
