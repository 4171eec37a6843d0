import { randomUUID } from 'node:crypto'
import type { EntityManager } from '@mikro-orm/sqlite'
import { Installation } from '../../db/entities/installation.ts'

/**
 * This database's identity for calendar UIDs: random, so two installations never share one, and
 * stored, so a meeting keeps its UID and an updated invitation replaces the old one in the
 * recipients' calendars. Made the first time a calendar file is written.
 */
export async function installationId(em: EntityManager): Promise<string> {
  const existing = await em.findOne(
    Installation,
    { id: { $ne: '' } },
    { orderBy: { createdAt: 'asc' } },
  )
  if (existing) return existing.id
  const created = em.create(Installation, { id: randomUUID().replaceAll('-', '') })
  await em.flush()
  return created.id
}
