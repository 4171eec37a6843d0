import { defineEntity, p, type InferEntity } from '@mikro-orm/core'
import type { GoalStatus, IdeaCategory, IdeaStatus } from '../../../shared/domain/goals.ts'
import { Body } from './register.ts'

/** A body's goal document; its draft is the list of GoalSections, its history the GoalVersions. */
export const GoalDocument = defineEntity({
  name: 'GoalDocument',
  properties: {
    id: p.integer().primary(),
    body: () => p.manyToOne(Body).index(),
    title: p.string().length(200),
    status: p.string().length(20).$type<GoalStatus>(),
    /** Optimistic locking of the title and the section list. */
    version: p.integer().version(),
    createdAt: p.datetime().onCreate(() => new Date()),
    updatedAt: p.datetime().onCreate(() => new Date()),
  },
})
export type IGoalDocument = InferEntity<typeof GoalDocument>

/** One section of the draft: saved continuously, each with its own optimistic-locking counter. */
export const GoalSection = defineEntity({
  name: 'GoalSection',
  properties: {
    id: p.integer().primary(),
    document: () => p.manyToOne(GoalDocument).index(),
    position: p.integer(),
    heading: p.string().length(200),
    /** Plain text: paragraphs, and lines starting with "- " as bullet points. */
    text: p.text(),
    version: p.integer().version(),
    updatedAt: p.datetime().onCreate(() => new Date()),
  },
})
export type IGoalSection = InferEntity<typeof GoalSection>

/** A frozen, numbered version of the draft. Adoption (date + reference to the meeting §) locks it. */
export const GoalVersion = defineEntity({
  name: 'GoalVersion',
  uniques: [{ properties: ['document', 'number'] }],
  properties: {
    id: p.integer().primary(),
    document: () => p.manyToOne(GoalDocument).index(),
    number: p.integer(),
    comment: p.string().length(1000),
    author: p.string().length(200),
    createdAt: p.datetime(),
    wordCount: p.integer(),
    /** 'YYYY-MM-DD' of the decision; a later issue may add a link to the minutes' §. */
    adoptedAt: p.string().length(10).nullable(),
    adoptedReference: p.string().length(200).nullable(),
  },
})
export type IGoalVersion = InferEntity<typeof GoalVersion>

export const GoalVersionSection = defineEntity({
  name: 'GoalVersionSection',
  properties: {
    id: p.integer().primary(),
    version: () => p.manyToOne(GoalVersion).index(),
    /** The draft section it was saved from: matches sections across versions even when renamed. */
    sectionKey: p.integer(),
    position: p.integer(),
    heading: p.string().length(200),
    text: p.text(),
  },
})
export type IGoalVersionSection = InferEntity<typeof GoalVersionSection>

/** An idea from a workshop (gör mer / gör bättre / gör nytt / tänk om). */
export const Idea = defineEntity({
  name: 'Idea',
  properties: {
    id: p.integer().primary(),
    body: () => p.manyToOne(Body).index(),
    text: p.string().length(500),
    category: p.string().length(20).$type<IdeaCategory>(),
    status: p.string().length(20).$type<IdeaStatus>(),
    source: p.string().length(200).nullable(),
    sourceDate: p.string().length(10).nullable(),
    position: p.integer(),
    createdAt: p.datetime().onCreate(() => new Date()),
    updatedAt: p
      .datetime()
      .onCreate(() => new Date())
      .onUpdate(() => new Date()),
  },
})
export type IIdea = InferEntity<typeof Idea>

/** Which goal-document sections (goals, strategies …) an idea feeds. */
export const IdeaLink = defineEntity({
  name: 'IdeaLink',
  uniques: [{ properties: ['idea', 'section'] }],
  properties: {
    id: p.integer().primary(),
    idea: () => p.manyToOne(Idea).index().deleteRule('cascade'),
    section: () => p.manyToOne(GoalSection).index().deleteRule('cascade'),
  },
})
export type IIdeaLink = InferEntity<typeof IdeaLink>
