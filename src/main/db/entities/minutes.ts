import { defineEntity, p, type InferEntity } from '@mikro-orm/core'
import type { ActionStatus } from '../../../shared/domain/minutes.ts'
import { AgendaItem, Meeting } from './meetings.ts'
import { Body, Organisation, Person } from './register.ts'

/** The minutes (protokoll) of one meeting: adjusters, the deadline and, once adjusted, the date. */
export const Minutes = defineEntity({
  name: 'Minutes',
  properties: {
    id: p.integer().primary(),
    meeting: () => p.manyToOne(Meeting).unique().deleteRule('cascade'),
    adjuster1: () => p.manyToOne(Person).nullable().index(),
    adjuster2: () => p.manyToOne(Person).nullable().index(),
    adjustBy: p.string().length(10).nullable(),
    adjustPlace: p.string().length(200).nullable(),
    /** Set when the adjusters have signed: the minutes are locked from then on. */
    adjustedOn: p.string().length(10).nullable(),
    version: p.integer().version(),
    createdAt: p.datetime().onCreate(() => new Date()),
    updatedAt: p
      .datetime()
      .onCreate(() => new Date())
      .onUpdate(() => new Date()),
  },
})
export type IMinutes = InferEntity<typeof Minutes>

/**
 * A numbered paragraph (§). Numbers run per body and calendar year and never change once given
 * (unique per body, year and number). `version` stops two windows from overwriting each other.
 */
export const MinutesParagraph = defineEntity({
  name: 'MinutesParagraph',
  properties: {
    id: p.integer().primary(),
    minutes: () => p.manyToOne(Minutes).index().deleteRule('cascade'),
    body: () => p.manyToOne(Body).index(),
    year: p.integer(),
    number: p.integer(),
    position: p.integer(),
    /** The agenda item it came from; null for an item added during the meeting (extra ärende). */
    agendaItem: () => p.manyToOne(AgendaItem).nullable().index().deleteRule('set null'),
    standingKey: p.string().length(40).nullable(),
    title: p.string().length(200),
    text: p.text().default(''),
    /** Adjusted at the meeting (omedelbart justerad): locked at once. */
    immediate: p.boolean().default(false),
    version: p.integer().version(),
    updatedAt: p
      .datetime()
      .onCreate(() => new Date())
      .onUpdate(() => new Date()),
  },
  uniques: [{ properties: ['body', 'year', 'number'] }],
})
export type IMinutesParagraph = InferEntity<typeof MinutesParagraph>

/** A decision (beslut) of a §, written "att …". */
export const Decision = defineEntity({
  name: 'Decision',
  properties: {
    id: p.integer().primary(),
    paragraph: () => p.manyToOne(MinutesParagraph).index().deleteRule('cascade'),
    position: p.integer(),
    text: p.text(),
  },
})
export type IDecision = InferEntity<typeof Decision>

/** An action item (uppdrag): decided in one §, reported done (or struck) in a later one. */
export const ActionItem = defineEntity({
  name: 'ActionItem',
  properties: {
    id: p.integer().primary(),
    paragraph: () => p.manyToOne(MinutesParagraph).index().deleteRule('cascade'),
    body: () => p.manyToOne(Body).index(),
    description: p.text(),
    ownerPerson: () => p.manyToOne(Person).nullable().index(),
    ownerOrganisation: () => p.manyToOne(Organisation).nullable().index(),
    dueDate: p.string().length(10).index(),
    status: p.string().length(20).$type<ActionStatus>().index(),
    reportedIn: () => p.manyToOne(MinutesParagraph).nullable().index().deleteRule('set null'),
    version: p.integer().version(),
    createdAt: p.datetime().onCreate(() => new Date()),
    updatedAt: p
      .datetime()
      .onCreate(() => new Date())
      .onUpdate(() => new Date()),
  },
})
export type IActionItem = InferEntity<typeof ActionItem>

/** A body's standard phrases (standardfraser), inserted into a § with a keystroke. */
export const StandardPhrase = defineEntity({
  name: 'StandardPhrase',
  properties: {
    id: p.integer().primary(),
    body: () => p.manyToOne(Body).index(),
    position: p.integer(),
    text: p.string().length(500),
  },
})
export type IStandardPhrase = InferEntity<typeof StandardPhrase>

/** The situation picture (lägesbild) as a meeting ended with it; the body's current one is its latest. */
export const SituationReport = defineEntity({
  name: 'SituationReport',
  properties: {
    id: p.integer().primary(),
    body: () => p.manyToOne(Body).index(),
    meeting: () => p.manyToOne(Meeting).unique().deleteRule('cascade'),
    concerns: p.text().default(''),
    events: p.text().default(''),
    measures: p.text().default(''),
    version: p.integer().version(),
    updatedAt: p
      .datetime()
      .onCreate(() => new Date())
      .onUpdate(() => new Date()),
  },
})
export type ISituationReport = InferEntity<typeof SituationReport>

/**
 * What adjusted minutes show, written once at adjustment and never changed (a trigger refuses
 * updates): the protocol, its document facts and the attendance, as JSON of their DTOs. Read and
 * written only through services/minutes/record.ts.
 */
export const AdjustedRecord = defineEntity({
  name: 'AdjustedRecord',
  properties: {
    minutes: () => p.oneToOne(Minutes).owner().primary().deleteRule('cascade'),
    minutesView: p.text().fieldName('minutes'),
    facts: p.text(),
    attendance: p.text(),
    recordedAt: p.datetime().onCreate(() => new Date()),
  },
})
export type IAdjustedRecord = InferEntity<typeof AdjustedRecord>
