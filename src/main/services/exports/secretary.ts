import type { EntityManager } from '@mikro-orm/sqlite'
import { Body, Membership } from '../../db/entities/register.ts'

export interface SecretaryContact {
  name: string
  email: string | null
  phone: string | null
}

/** The body's secretary on a day (the council's when no body is given): the author of its documents. */
export async function secretaryContact(
  em: EntityManager,
  bodyId: number | null,
  day: string,
): Promise<SecretaryContact | null> {
  const body =
    bodyId ?? (await em.findOne(Body, { kind: 'council' }, { orderBy: { id: 'asc' } }))?.id
  if (!body) return null
  const membership = await em.findOne(
    Membership,
    { body, role: 'secretary', from: { $lte: day }, $or: [{ to: null }, { to: { $gte: day } }] },
    { populate: ['person'], orderBy: { from: 'desc' } },
  )
  if (!membership) return null
  const { person } = membership
  return { name: person.name, email: person.email ?? null, phone: person.phone ?? null }
}
