import { defineEntity, p, type InferEntity } from '@mikro-orm/core'
import type { AgendaKind } from '../../../shared/domain/meetings.ts'
import type { MeetingStatus } from '../../../shared/domain/meetingCycle.ts'
import { Body, Organisation, Person } from './register.ts'

/** A meeting (sammanträde) of a body. Agenda edits bump `version`, so two windows cannot overwrite each other. */
export const Meeting = defineEntity({
  name: 'Meeting',
  properties: {
    id: p.integer().primary(),
    body: () => p.manyToOne(Body).index(),
    date: p.string().length(10).index(),
    startTime: p.string().length(5),
    endTime: p.string().length(5),
    place: p.string().length(200),
    status: p.string().length(20).$type<MeetingStatus>(),
    noticeDate: p.string().length(10).nullable(),
    replyBy: p.string().length(10).nullable(),
    version: p.integer().version(),
    createdAt: p.datetime().onCreate(() => new Date()),
    updatedAt: p
      .datetime()
      .onCreate(() => new Date())
      .onUpdate(() => new Date()),
  },
})
export type IMeeting = InferEntity<typeof Meeting>

/** One item (punkt) of a meeting's agenda. */
export const AgendaItem = defineEntity({
  name: 'AgendaItem',
  properties: {
    id: p.integer().primary(),
    meeting: () => p.manyToOne(Meeting).index().deleteRule('cascade'),
    position: p.integer(),
    title: p.string().length(200),
    description: p.text().nullable(),
    kind: p.string().length(20).$type<AgendaKind>(),
    presenterPerson: () => p.manyToOne(Person).nullable().index(),
    presenterOrganisation: () => p.manyToOne(Organisation).nullable().index(),
    plannedMinutes: p.integer(),
    recurring: p.boolean().default(false),
    /** The template item it came from (e.g. 'adjusters'); later areas recognise standing items by it. */
    standingKey: p.string().length(40).nullable(),
    /** The local group that presents itself at this item (the council's rotation). */
    localGroup: () => p.manyToOne(Body).nullable().index(),
  },
})
export type IAgendaItem = InferEntity<typeof AgendaItem>

/** A standing item of a body's agenda template. */
export const AgendaTemplateItem = defineEntity({
  name: 'AgendaTemplateItem',
  properties: {
    id: p.integer().primary(),
    body: () => p.manyToOne(Body).index(),
    position: p.integer(),
    key: p.string().length(40),
    title: p.string().length(200),
    description: p.text().nullable(),
    kind: p.string().length(20).$type<AgendaKind>(),
    plannedMinutes: p.integer(),
    recurring: p.boolean().default(true),
  },
  uniques: [{ properties: ['body', 'key'] }],
})
export type IAgendaTemplateItem = InferEntity<typeof AgendaTemplateItem>
