import type { EntityManager } from '@mikro-orm/sqlite'
import { conflict, invalid, notFound } from '../../../shared/api/errors.ts'
import type {
  GoalDocumentDto,
  GoalDocumentSummaryDto,
  GoalSectionDto,
  GoalVersionSummaryDto,
} from '../../../shared/api/goals.ts'
import { DEFAULT_SECTIONS } from '../../../shared/domain/goals.ts'
import {
  GoalDocument,
  GoalSection,
  GoalVersion,
  GoalVersionSection,
  IdeaLink,
  type IGoalDocument,
  type IGoalSection,
  type IGoalVersion,
} from '../../db/entities/goals.ts'
import { Body } from '../../db/entities/register.ts'
import type { AreaHandlers } from '../types.ts'
import { queryRows, sql } from '../../db/sqlWhere.ts'
import { checkVersion } from '../version.ts'
import { m } from '../../../shared/messages/index.ts'

export async function findDocument(em: EntityManager, id: number): Promise<IGoalDocument> {
  const document = await em.findOne(GoalDocument, { id }, { populate: ['body'] })
  if (!document) throw notFound('goalDocument')
  return document
}

/** The draft may be changed only while the document is a draft or out for consultation. */
export function assertEditable(document: IGoalDocument): void {
  if (document.status === 'adopted') {
    throw conflict(m('goals.adoptedLocked'))
  }
}

export const versionSummary = (version: IGoalVersion): GoalVersionSummaryDto => ({
  id: version.id,
  number: version.number,
  comment: version.comment,
  author: version.author,
  createdAt: version.createdAt.toISOString(),
  adoptedAt: version.adoptedAt ?? null,
  adoptedReference: version.adoptedReference ?? null,
  wordCount: version.wordCount,
})

export const sectionDto = (section: IGoalSection, ideaCount = 0): GoalSectionDto => ({
  id: section.id,
  position: section.position,
  heading: section.heading,
  text: section.text,
  version: section.version,
  updatedAt: section.updatedAt.toISOString(),
  ideaCount,
})

export async function draftSections(
  em: EntityManager,
  documentId: number,
): Promise<IGoalSection[]> {
  return em.find(GoalSection, { document: documentId }, { orderBy: { position: 'asc', id: 'asc' } })
}

async function summaries(
  em: EntityManager,
  documents: IGoalDocument[],
): Promise<GoalDocumentSummaryDto[]> {
  if (documents.length === 0) return []
  const ids = documents.map((document) => document.id)
  const versionRows = await queryRows<{
    id: number
    n: number
    latest: number | null
    adopted: number | null
  }>(
    em,
    sql`select document_id as id, count(*) as n, max(number) as latest,
               max(case when adopted_at is not null then number end) as adopted
          from goal_version where document_id in (${ids}) group by document_id`,
  )
  const sectionRows = await queryRows<{ id: number; updated: string | number }>(
    em,
    sql`select document_id as id, max(updated_at) as updated from goal_section where document_id in (${ids}) group by document_id`,
  )
  const versionsBy = new Map(versionRows.map((row) => [row.id, row]))
  const updatedBy = new Map(sectionRows.map((row) => [row.id, new Date(row.updated)]))
  return documents.map((document) => {
    const stats = versionsBy.get(document.id)
    const sectionUpdated = updatedBy.get(document.id)
    const updatedAt =
      sectionUpdated && sectionUpdated > document.updatedAt ? sectionUpdated : document.updatedAt
    return {
      id: document.id,
      title: document.title,
      bodyId: document.body.id,
      bodyName: document.body.name,
      status: document.status,
      versionCount: stats?.n ?? 0,
      latestVersion: stats?.latest ?? null,
      adoptedVersion: stats?.adopted ?? null,
      updatedAt: updatedAt.toISOString(),
    }
  })
}

export async function documentDto(
  em: EntityManager,
  document: IGoalDocument,
): Promise<GoalDocumentDto> {
  const [summary] = await summaries(em, [document])
  const sections = await draftSections(em, document.id)
  const versions = await em.find(
    GoalVersion,
    { document: document.id },
    { orderBy: { number: 'desc' } },
  )
  const ideaRows = sections.length
    ? await queryRows<{ id: number; n: number }>(
        em,
        sql`select section_id as id, count(*) as n from idea_link where section_id in (${sections.map((section) => section.id)}) group by section_id`,
      )
    : []
  const ideasBy = new Map(ideaRows.map((row) => [row.id, row.n]))
  let draftChanged = true
  const latest = versions[0]
  if (latest) {
    const saved = await em.find(
      GoalVersionSection,
      { version: latest.id },
      { orderBy: { position: 'asc' } },
    )
    draftChanged =
      saved.length !== sections.length ||
      saved.some((old, index) => {
        const current = sections[index]!
        return (
          old.sectionKey !== current.id ||
          old.heading !== current.heading ||
          old.text !== current.text
        )
      })
  }
  return {
    ...summary!,
    version: document.version,
    sections: sections.map((section) => sectionDto(section, ideasBy.get(section.id) ?? 0)),
    versions: versions.map(versionSummary),
    draftChanged,
  }
}

async function renumber(em: EntityManager, documentId: number, ordered?: IGoalSection[]) {
  const sections = ordered ?? (await draftSections(em, documentId))
  sections.forEach((section, index) => {
    if (section.position !== index) section.position = index
  })
}

/**
 * Structure changes (title, sections added/removed/moved) are a change of the document: its
 * updatedAt always moves forward (even under a clock that stands still), so its version is bumped.
 */
export function touch(document: IGoalDocument, now: Date) {
  document.updatedAt = new Date(Math.max(now.getTime(), document.updatedAt.getTime() + 1))
}

async function findSection(em: EntityManager, id: number) {
  const section = await em.findOne(GoalSection, { id }, { populate: ['document.body'] })
  if (!section) throw notFound('section')
  return section
}

export const documentHandlers: Pick<
  AreaHandlers<'goals'>,
  | 'goals.listDocuments'
  | 'goals.getDocument'
  | 'goals.createDocument'
  | 'goals.renameDocument'
  | 'goals.addSection'
  | 'goals.updateSection'
  | 'goals.removeSection'
  | 'goals.moveSection'
  | 'goals.setStatus'
> = {
  async 'goals.listDocuments'({ em }, { bodyId }) {
    const documents = await em.find(GoalDocument, bodyId ? { body: bodyId } : {}, {
      populate: ['body'],
      orderBy: { id: 'desc' },
    })
    const list = await summaries(em, documents)
    return list.sort((a, b) => b.updatedAt.localeCompare(a.updatedAt))
  },
  async 'goals.getDocument'({ em }, { id }) {
    return documentDto(em, await findDocument(em, id))
  },
  async 'goals.createDocument'({ em, clock }, { bodyId, title }) {
    const body = await em.findOne(Body, { id: bodyId })
    if (!body) throw notFound('body')
    const now = clock.now()
    const document = em.create(GoalDocument, {
      body,
      title,
      status: 'draft',
      createdAt: now,
      updatedAt: now,
    })
    DEFAULT_SECTIONS.forEach((heading, position) =>
      em.create(GoalSection, { document, position, heading, text: '', updatedAt: now }),
    )
    await em.flush()
    return documentDto(em, document)
  },
  async 'goals.renameDocument'({ em, clock }, { id, version, title }) {
    const document = await findDocument(em, id)
    assertEditable(document)
    checkVersion(document, version, 'goalDocument')
    document.title = title
    touch(document, clock.now())
    await em.flush()
    return documentDto(em, document)
  },
  async 'goals.addSection'({ em, clock }, { documentId, version, heading, afterId }) {
    const document = await findDocument(em, documentId)
    assertEditable(document)
    checkVersion(document, version, 'goalDocument')
    const sections = await draftSections(em, documentId)
    if (sections.length >= 50) throw invalid(m('goals.sectionsMax', { max: 50 }), 'heading')
    if (
      sections.some(
        (section) => section.heading.toLocaleLowerCase('sv') === heading.toLocaleLowerCase('sv'),
      )
    ) {
      throw invalid(m('goals.sectionExists', { heading }), 'heading')
    }
    const now = clock.now()
    const created = em.create(GoalSection, {
      document,
      position: sections.length,
      heading,
      text: '',
      updatedAt: now,
    })
    const index = afterId
      ? sections.findIndex((section) => section.id === afterId) + 1
      : sections.length
    sections.splice(index <= 0 ? sections.length : index, 0, created)
    await renumber(em, documentId, sections)
    touch(document, now)
    await em.flush()
    return documentDto(em, document)
  },
  async 'goals.updateSection'({ em, clock }, { id, version, heading, text }) {
    const section = await findSection(em, id)
    assertEditable(section.document)
    checkVersion(section, version, 'section')
    const normalised = text.replace(/\r\n?/g, '\n')
    if (section.heading !== heading) {
      const clash = await em.count(GoalSection, {
        document: section.document.id,
        id: { $ne: id },
        heading,
      })
      if (clash > 0) throw invalid(m('goals.sectionExists', { heading }), 'heading')
    }
    if (section.heading !== heading || section.text !== normalised) {
      section.heading = heading
      section.text = normalised
      section.updatedAt = clock.now()
      await em.flush()
    }
    return sectionDto(section, await em.count(IdeaLink, { section: id }))
  },
  async 'goals.removeSection'({ em, clock }, { id, version }) {
    const section = await findSection(em, id)
    const document = section.document
    assertEditable(document)
    checkVersion(section, version, 'section')
    if ((await em.count(GoalSection, { document: document.id })) <= 1) {
      throw invalid(m('goals.lastSection'))
    }
    await em.nativeDelete(IdeaLink, { section: id })
    em.remove(section)
    await em.flush()
    await renumber(em, document.id)
    touch(document, clock.now())
    await em.flush()
    return documentDto(em, document)
  },
  async 'goals.moveSection'({ em, clock }, { id, direction }) {
    const section = await findSection(em, id)
    const document = section.document
    assertEditable(document)
    const sections = await draftSections(em, document.id)
    const index = sections.findIndex((candidate) => candidate.id === id)
    const target = direction === 'up' ? index - 1 : index + 1
    if (target < 0 || target >= sections.length) {
      throw invalid(m(direction === 'up' ? 'goals.alreadyFirst' : 'goals.alreadyLast'))
    }
    sections.splice(target, 0, ...sections.splice(index, 1))
    await renumber(em, document.id, sections)
    touch(document, clock.now())
    await em.flush()
    return documentDto(em, document)
  },
  async 'goals.setStatus'({ em, clock }, { id, status }) {
    const document = await findDocument(em, id)
    if (document.status === status) {
      throw invalid(m('goals.alreadyStatus', { status: { key: `goalStatus.${status}` } }), 'status')
    }
    if (status === 'consultation') {
      if (document.status === 'adopted') throw conflict(m('goals.adoptedNoConsultation'))
      if ((await em.count(GoalVersion, { document: id })) === 0) {
        throw invalid(m('goals.saveVersionFirst'), 'status')
      }
    }
    document.status = status
    touch(document, clock.now())
    await em.flush()
    return documentDto(em, document)
  },
}
