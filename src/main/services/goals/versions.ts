import type { EntityManager } from '@mikro-orm/sqlite'
import { AppError, conflict, invalid } from '../../../shared/api/errors.ts'
import type { GoalComparisonDto, GoalVersionDto } from '../../../shared/api/goals.ts'
import { diffSections, wordCount } from '../../../shared/domain/goals.ts'
import { isoDayInSweden } from '../../../shared/domain/dates.ts'
import {
  GoalSection,
  GoalVersion,
  GoalVersionSection,
  type IGoalDocument,
  type IGoalVersion,
} from '../../db/entities/goals.ts'
import { Membership } from '../../db/entities/register.ts'
import type { ServiceContext } from '../../context.ts'
import type { AreaHandlers } from '../types.ts'
import {
  assertEditable,
  documentDto,
  draftSections,
  findDocument,
  touch,
  versionSummary,
} from './documents.ts'
import { m } from '../../../shared/messages/index.ts'

export async function findVersion(
  em: EntityManager,
  documentId: number,
  number: number,
): Promise<IGoalVersion> {
  const version = await em.findOne(GoalVersion, { document: documentId, number })
  if (!version) throw new AppError('NOT_FOUND', m('goals.versionNotFound', { number }))
  return version
}

async function versionSections(em: EntityManager, version: IGoalVersion) {
  const sections = await em.find(
    GoalVersionSection,
    { version: version.id },
    { orderBy: { position: 'asc', id: 'asc' } },
  )
  return sections.map((section) => ({
    key: section.sectionKey,
    heading: section.heading,
    text: section.text,
  }))
}

export async function loadVersion(
  em: EntityManager,
  document: IGoalDocument,
  number: number,
): Promise<GoalVersionDto> {
  const version = await findVersion(em, document.id, number)
  return {
    ...versionSummary(version),
    documentId: document.id,
    title: document.title,
    bodyName: document.body.name,
    sections: await versionSections(em, version),
  }
}

/** Who signs a version when nobody is named: the body's secretary today, from the register. */
async function defaultAuthor(ctx: ServiceContext, bodyId: number): Promise<string> {
  const today = ctx.clock.today()
  const secretary = await ctx.em.findOne(
    Membership,
    {
      body: bodyId,
      role: 'secretary',
      from: { $lte: today },
      $or: [{ to: null }, { to: { $gte: today } }],
    },
    { populate: ['person'], orderBy: { from: 'desc' } },
  )
  return secretary?.person.name ?? 'Sekreteraren'
}

export async function compare(
  em: EntityManager,
  document: IGoalDocument,
  from: number,
  to: number,
): Promise<GoalComparisonDto> {
  if (from === to) throw invalid(m('goals.sameVersions'), 'to')
  const [older, newer] = [
    await findVersion(em, document.id, from),
    await findVersion(em, document.id, to),
  ]
  const { sections, summary } = diffSections(
    await versionSections(em, older),
    await versionSections(em, newer),
  )
  return {
    documentId: document.id,
    title: document.title,
    from: versionSummary(older),
    to: versionSummary(newer),
    sections,
    summary,
  }
}

export const versionHandlers: Pick<
  AreaHandlers<'goals'>,
  | 'goals.saveVersion'
  | 'goals.getVersion'
  | 'goals.updateVersionComment'
  | 'goals.restoreVersion'
  | 'goals.compareVersions'
  | 'goals.adoptVersion'
> = {
  async 'goals.saveVersion'(ctx, { documentId, comment, author }) {
    const { em, clock } = ctx
    const document = await findDocument(em, documentId)
    assertEditable(document)
    const current = await documentDto(em, document)
    if (!current.draftChanged) {
      throw invalid(m('goals.unchanged', { version: current.latestVersion ?? 0 }), 'comment')
    }
    const sections = await draftSections(em, documentId)
    const version = em.create(GoalVersion, {
      document,
      number: (current.latestVersion ?? 0) + 1,
      comment,
      author: author ?? (await defaultAuthor(ctx, document.body.id)),
      createdAt: clock.now(),
      wordCount: sections.reduce(
        (sum, section) => sum + wordCount(section.heading) + wordCount(section.text),
        0,
      ),
    })
    for (const section of sections) {
      em.create(GoalVersionSection, {
        version,
        sectionKey: section.id,
        position: section.position,
        heading: section.heading,
        text: section.text,
      })
    }
    await em.flush()
    return versionSummary(version)
  },
  async 'goals.getVersion'({ em }, { documentId, number }) {
    return loadVersion(em, await findDocument(em, documentId), number)
  },
  async 'goals.updateVersionComment'({ em }, { documentId, number, comment }) {
    const version = await findVersion(em, documentId, number)
    if (version.adoptedAt) {
      throw conflict(
        m('goals.versionAdopted', { number, reference: version.adoptedReference ?? '' }),
      )
    }
    version.comment = comment
    await em.flush()
    return versionSummary(version)
  },
  async 'goals.restoreVersion'({ em, clock }, { documentId, number }) {
    const document = await findDocument(em, documentId)
    assertEditable(document)
    const saved = await versionSections(em, await findVersion(em, documentId, number))
    const draft = await draftSections(em, documentId)
    const byId = new Map(draft.map((section) => [section.id, section]))
    const now = clock.now()
    saved.forEach((section, position) => {
      const existing = byId.get(section.key)
      if (existing) {
        byId.delete(section.key)
        if (
          existing.heading !== section.heading ||
          existing.text !== section.text ||
          existing.position !== position
        ) {
          Object.assign(existing, {
            heading: section.heading,
            text: section.text,
            position,
            updatedAt: now,
          })
        }
      } else {
        // The section was removed from the draft since: bring it back as a new section.
        em.create(GoalSection, {
          document,
          position,
          heading: section.heading,
          text: section.text,
          updatedAt: now,
        })
      }
    })
    for (const extra of byId.values()) em.remove(extra)
    touch(document, now)
    await em.flush()
    return documentDto(em, document)
  },
  async 'goals.compareVersions'({ em }, { documentId, from, to }) {
    return compare(em, await findDocument(em, documentId), from, to)
  },
  async 'goals.adoptVersion'({ em, clock }, { documentId, number, adoptedAt, reference }) {
    const document = await findDocument(em, documentId)
    if (document.status === 'adopted') {
      throw conflict(m('goals.alreadyAdopted'))
    }
    const version = await findVersion(em, documentId, number)
    const latest = await em.findOne(
      GoalVersion,
      { document: documentId },
      { orderBy: { number: 'desc' } },
    )
    if (latest && latest.number !== number) {
      throw invalid(m('goals.onlyLatest', { latest: latest.number, number }), 'number')
    }
    if (adoptedAt > clock.today()) throw invalid(m('goals.decisionInFuture'), 'adoptedAt')
    if (adoptedAt < isoDayInSweden(version.createdAt)) {
      throw invalid(m('goals.decisionBeforeVersion'), 'adoptedAt')
    }
    version.adoptedAt = adoptedAt
    version.adoptedReference = reference
    document.status = 'adopted'
    touch(document, clock.now())
    await em.flush()
    return documentDto(em, document)
  },
}
