import type { EntityManager } from '@mikro-orm/sqlite'
import { Body, Membership } from '../../db/entities/register.ts'
import type { WorkbookMeta } from '../../exports/excel.ts'
import type { ServiceContext } from '../../context.ts'

export interface SecretaryContact {
  name: string
  email: string | null
  phone: string | null
}

async function ownSecretary(em: EntityManager, body: number, day: string) {
  return em.findOne(
    Membership,
    { body, role: 'secretary', from: { $lte: day }, $or: [{ to: null }, { to: { $gte: day } }] },
    { populate: ['person'], orderBy: { from: 'desc' } },
  )
}

/**
 * The body's secretary on a day (the council's when no body is given): the author of its documents
 * and the one to send apologies to. A local group without a secretary of its own is kept by the
 * secretary of the council above it, so its documents name that one rather than a blank.
 */
export async function secretaryContact(
  em: EntityManager,
  bodyId: number | null,
  day: string,
): Promise<SecretaryContact | null> {
  const body = bodyId
    ? await em.findOne(Body, { id: bodyId })
    : await em.findOne(Body, { kind: 'council' }, { orderBy: { id: 'asc' } })
  if (!body) return null
  const membership =
    (await ownSecretary(em, body.id, day)) ??
    (body.parent ? await ownSecretary(em, body.parent.id, day) : null)
  if (!membership) return null
  const { person } = membership
  return { name: person.name, email: person.email ?? null, phone: person.phone ?? null }
}

/** A workbook's author (the body's secretary today; the council's when no body is given) and day. */
export async function workbookMeta(
  { em, clock }: Pick<ServiceContext, 'em' | 'clock'>,
  bodyId: number | null,
): Promise<WorkbookMeta> {
  const day = clock.today()
  return { author: (await secretaryContact(em, bodyId, day))?.name ?? null, day }
}
