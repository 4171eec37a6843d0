import type { EntityManager } from '@mikro-orm/sqlite'
import { conflict, notFound } from '../../../shared/api/errors.ts'
import type { GrantDto } from '../../../shared/api/budget.ts'
import { grantUse } from '../../../shared/domain/budget.ts'
import { Activity, Grant, type IGrant } from '../../db/entities/budget.ts'
import type { AreaHandlers } from '../types.ts'
import { queryRows, sql } from '../../db/sqlWhere.ts'
import { m } from '../../../shared/messages/index.ts'

interface LineRow {
  grantId: number
  year: number
  totalCost: number
  grantAmount: number
}

/** Grants with their use, from one grouped query for all of them. */
export async function grantDtos(em: EntityManager, grants: IGrant[]): Promise<GrantDto[]> {
  if (grants.length === 0) return []
  const ids = grants.map((grant) => grant.id)
  const lines = await queryRows<LineRow>(
    em,
    sql`select a.grant_id as grantId, l.year as year, sum(l.total_cost) as totalCost, sum(l.grant_amount) as grantAmount
          from budget_line l join activity a on a.id = l.activity_id
         where a.grant_id in (${ids}) group by a.grant_id, l.year`,
  )
  const counts = await queryRows<{ id: number; n: number }>(
    em,
    sql`select grant_id as id, count(*) as n from activity where grant_id in (${ids}) group by grant_id`,
  )
  const countBy = new Map(counts.map((row) => [row.id, row.n]))
  return grants.map((grant) => ({
    id: grant.id,
    caseNumber: grant.caseNumber,
    projectName: grant.projectName,
    amountGranted: grant.amountGranted,
    fromYear: grant.fromYear,
    toYear: grant.toYear,
    decisionDate: grant.decisionDate ?? null,
    activityCount: countBy.get(grant.id) ?? 0,
    use: grantUse(
      grant,
      lines.filter((line) => line.grantId === grant.id),
    ),
  }))
}

export async function findGrant(em: EntityManager, id: number): Promise<IGrant> {
  const grant = await em.findOne(Grant, { id })
  if (!grant) throw notFound('grant')
  return grant
}

async function assertCaseNumberFree(em: EntityManager, caseNumber: string, exceptId?: number) {
  const existing = await em.findOne(Grant, { caseNumber })
  if (existing && existing.id !== exceptId)
    throw conflict(m('budget.caseNumberExists', { caseNumber }))
}

export const grantHandlers: Pick<
  AreaHandlers<'budget'>,
  'budget.listGrants' | 'budget.createGrant' | 'budget.updateGrant' | 'budget.deleteGrant'
> = {
  async 'budget.listGrants'({ em }) {
    return grantDtos(
      em,
      await em.find(Grant, {}, { orderBy: { fromYear: 'desc', caseNumber: 'asc' } }),
    )
  },
  async 'budget.createGrant'({ em }, input) {
    await assertCaseNumberFree(em, input.caseNumber)
    const grant = em.create(Grant, input)
    await em.flush()
    return (await grantDtos(em, [grant]))[0]!
  },
  async 'budget.updateGrant'({ em }, { id, ...fields }) {
    const grant = await findGrant(em, id)
    await assertCaseNumberFree(em, fields.caseNumber, id)
    em.assign(grant, fields)
    await em.flush()
    return (await grantDtos(em, [grant]))[0]!
  },
  async 'budget.deleteGrant'({ em }, { id }) {
    const grant = await findGrant(em, id)
    const activities = await em.count(Activity, { grant: id })
    if (activities > 0) {
      throw conflict(
        m('budget.grantHasActivities', { caseNumber: grant.caseNumber, count: activities }),
      )
    }
    em.remove(grant)
    await em.flush()
    return { deleted: true }
  },
}
