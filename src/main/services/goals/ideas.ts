import type { EntityManager } from '@mikro-orm/sqlite'
import { invalid, notFound } from '../../../shared/api/errors.ts'
import type { IdeaDto } from '../../../shared/api/goals.ts'
import { IDEA_CATEGORIES, type IdeaCategory } from '../../../shared/domain/goals.ts'
import { GoalSection, Idea, IdeaLink, type IIdea } from '../../db/entities/goals.ts'
import { Body } from '../../db/entities/register.ts'
import type { AreaHandlers } from '../types.ts'
import { queryRows, sql } from '../../db/sqlWhere.ts'
import { m } from '../../../shared/messages/index.ts'

async function ideaDtos(em: EntityManager, ideas: IIdea[]): Promise<IdeaDto[]> {
  if (ideas.length === 0) return []
  const links = await em.find(
    IdeaLink,
    { idea: { $in: ideas.map((idea) => idea.id) } },
    { populate: ['section.document'], orderBy: { section: { position: 'asc' } } },
  )
  return ideas.map((idea) => ({
    id: idea.id,
    bodyId: idea.body.id,
    text: idea.text,
    category: idea.category,
    status: idea.status,
    source: idea.source ?? null,
    sourceDate: idea.sourceDate ?? null,
    position: idea.position,
    sections: links
      .filter((link) => link.idea.id === idea.id)
      .map((link) => ({
        id: link.section.id,
        heading: link.section.heading,
        documentTitle: link.section.document.title,
      })),
  }))
}

const order = (a: IIdea, b: IIdea) =>
  IDEA_CATEGORIES.indexOf(a.category) - IDEA_CATEGORIES.indexOf(b.category) ||
  a.position - b.position ||
  a.id - b.id

async function findIdea(em: EntityManager, id: number) {
  const idea = await em.findOne(Idea, { id })
  if (!idea) throw notFound('idea')
  return idea
}

/** Links may only point at sections of the same body's goal documents. */
async function setLinks(em: EntityManager, idea: IIdea, bodyId: number, sectionIds: number[]) {
  const wanted = [...new Set(sectionIds)]
  const sections = wanted.length
    ? await em.find(GoalSection, { id: { $in: wanted } }, { populate: ['document'] })
    : []
  if (sections.length !== wanted.length) throw invalid(m('goals.sectionGone'), 'sectionIds')
  if (sections.some((section) => section.document.body.id !== bodyId)) {
    throw invalid(m('goals.ideaSameBody'), 'sectionIds')
  }
  const existing = await em.find(IdeaLink, { idea: idea.id })
  for (const link of existing) if (!wanted.includes(link.section.id)) em.remove(link)
  const have = new Set(existing.map((link) => link.section.id))
  for (const section of sections) if (!have.has(section.id)) em.create(IdeaLink, { idea, section })
}

async function lastPosition(em: EntityManager, bodyId: number, category: IdeaCategory) {
  const [row] = await queryRows<{ top: number | null }>(
    em,
    sql`select max(position) as top from idea where body_id = ${bodyId} and category = ${category}`,
  )
  return (row?.top ?? -1) + 1
}

/** Positions 0..n-1 within each category, in the given order. */
function compact(ideas: IIdea[]) {
  for (const category of IDEA_CATEGORIES) {
    ideas
      .filter((idea) => idea.category === category)
      .forEach((idea, index) => {
        if (idea.position !== index) idea.position = index
      })
  }
}

export const ideaHandlers: Pick<
  AreaHandlers<'goals'>,
  | 'goals.listIdeas'
  | 'goals.createIdea'
  | 'goals.updateIdea'
  | 'goals.moveIdea'
  | 'goals.deleteIdea'
> = {
  async 'goals.listIdeas'({ em }, { bodyId }) {
    const ideas = await em.find(Idea, { body: bodyId })
    return ideaDtos(em, ideas.sort(order))
  },
  async 'goals.createIdea'({ em }, { bodyId, sectionIds, ...fields }) {
    const body = await em.findOne(Body, { id: bodyId })
    if (!body) throw notFound('body')
    const idea = em.create(Idea, {
      ...fields,
      body,
      position: await lastPosition(em, bodyId, fields.category),
    })
    await em.flush()
    await setLinks(em, idea, bodyId, sectionIds)
    await em.flush()
    return (await ideaDtos(em, [idea]))[0]!
  },
  async 'goals.updateIdea'({ em }, { id, sectionIds, ...fields }) {
    const idea = await findIdea(em, id)
    if (idea.category !== fields.category)
      idea.position = await lastPosition(em, idea.body.id, fields.category)
    Object.assign(idea, fields)
    await setLinks(em, idea, idea.body.id, sectionIds)
    await em.flush()
    return (await ideaDtos(em, [idea]))[0]!
  },
  async 'goals.moveIdea'({ em }, { id, category, position }) {
    const moving = await findIdea(em, id)
    const ideas = (await em.find(Idea, { body: moving.body.id })).sort(order)
    const target = ideas.filter((idea) => idea.category === category && idea.id !== id)
    const at =
      position === null || position === undefined
        ? target.length
        : Math.min(position, target.length)
    target.splice(at, 0, moving)
    moving.category = category
    target.forEach((idea, index) => {
      if (idea.position !== index) idea.position = index
    })
    compact(ideas.sort(order))
    await em.flush()
    return ideaDtos(em, ideas.sort(order))
  },
  async 'goals.deleteIdea'({ em }, { id }) {
    const idea = await findIdea(em, id)
    await em.nativeDelete(IdeaLink, { idea: id })
    em.remove(idea)
    await em.flush()
    return { deleted: true }
  },
}
