import type { EntityManager } from '@mikro-orm/sqlite'
import type { IMembership } from '../../db/entities/register.ts'

/**
 * The member a personal deputy stands in for, with their name, loaded as a second query. Joined
 * into the memberships' query (populate 'deputyFor.person'), SQLite materialised every membership
 * in the database each time: getBody took 40 ms with ten years of terms (npm run bench).
 */
export async function withDeputyFor<T extends IMembership>(
  em: EntityManager,
  memberships: T[],
): Promise<T[]> {
  const members = memberships.flatMap((membership) =>
    membership.deputyFor ? [membership.deputyFor] : [],
  )
  if (members.length > 0) await em.populate(members, ['person'])
  return memberships
}
