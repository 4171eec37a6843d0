import type { EntityManager } from '@mikro-orm/sqlite'
import type { ActivityDto, BudgetYearDto } from '../../../shared/api/budget.ts'
import { invalid, notFound } from '../../../shared/api/errors.ts'
import { ownFinancing, sumLines, sumsByYear } from '../../../shared/domain/budget.ts'
import { Activity, BudgetLine, Grant, type IActivity } from '../../db/entities/budget.ts'
import { Body } from '../../db/entities/register.ts'
import type { ParsedInputOf } from '../../../shared/api/procedure.ts'
import type { ContractType } from '../../../shared/api/index.ts'
import { grantDtos } from './grants.ts'
import type { AreaHandlers } from '../types.ts'
import { queryRows, sql } from '../../db/sqlWhere.ts'
import { m } from '../../../shared/messages/index.ts'

type ActivityInput = ParsedInputOf<ContractType['budget.createActivity']>

interface LineRow {
  id: number
  activityId: number
  year: number
  totalCost: number
  grantAmount: number
}

const collator = new Intl.Collator('sv-SE', { numeric: true })

/** Activities in date order (undated last), with their lines from one query. */
export async function activityDtos(
  em: EntityManager,
  activities: IActivity[],
): Promise<ActivityDto[]> {
  if (activities.length === 0) return []
  const ids = activities.map((activity) => activity.id)
  const lines = await queryRows<LineRow>(
    em,
    sql`select id, activity_id as activityId, year, total_cost as totalCost, grant_amount as grantAmount
          from budget_line where activity_id in (${ids}) order by year`,
  )
  const linesBy = new Map<number, LineRow[]>()
  for (const line of lines)
    linesBy.set(line.activityId, [...(linesBy.get(line.activityId) ?? []), line])
  return activities.map((activity) => {
    const own = (linesBy.get(activity.id) ?? []).map((line) => ({
      id: line.id,
      year: line.year,
      totalCost: line.totalCost,
      grantAmount: line.grantAmount,
      ownFinancing: ownFinancing(line),
    }))
    return {
      id: activity.id,
      name: activity.name,
      kind: activity.kind,
      bodyId: activity.body?.id ?? null,
      bodyName: activity.body?.name ?? null,
      grantId: activity.grant?.id ?? null,
      grantCaseNumber: activity.grant?.caseNumber ?? null,
      startDate: activity.startDate ?? null,
      endDate: activity.endDate ?? null,
      description: activity.description ?? null,
      participants: activity.participants ?? null,
      lines: own,
      sums: sumLines(own),
    }
  })
}

export async function listActivities(
  em: EntityManager,
  filter: { year?: number | null; grantId?: number | null } = {},
): Promise<IActivity[]> {
  const where: Record<string, unknown> = {}
  if (filter.grantId) where.grant = filter.grantId
  if (filter.year) {
    const rows = await queryRows<{ id: number }>(
      em,
      sql`select distinct activity_id as id from budget_line where year = ${filter.year}`,
    )
    where.id = { $in: rows.map((row) => row.id) }
  }
  const activities = await em.find(Activity, where, { populate: ['body', 'grant'] })
  return activities.sort(
    (a, b) =>
      (a.startDate ?? '9999').localeCompare(b.startDate ?? '9999') ||
      collator.compare(a.name, b.name) ||
      a.id - b.id,
  )
}

async function applyActivity(
  em: EntityManager,
  activity: IActivity | null,
  input: ActivityInput,
): Promise<IActivity> {
  const body = input.bodyId ? await em.findOne(Body, { id: input.bodyId }) : null
  if (input.bodyId && !body) throw invalid(m('budget.bodyGone'), 'bodyId')
  const grant = input.grantId ? await em.findOne(Grant, { id: input.grantId }) : null
  if (input.grantId && !grant) throw invalid(m('budget.grantGone'), 'grantId')
  input.lines.forEach((line, index) => {
    if (!grant && line.grantAmount > 0) {
      throw invalid(m('budget.noGrantNoFunds'), `lines.${index}.grantAmount`)
    }
  })
  const fields = {
    name: input.name,
    kind: input.kind,
    body,
    grant,
    startDate: input.startDate,
    endDate: input.endDate,
    description: input.description,
    participants: input.participants,
  }
  let saved: IActivity
  if (activity) {
    em.assign(activity, fields)
    saved = activity
    await em.nativeDelete(BudgetLine, { activity: activity.id })
  } else {
    saved = em.create(Activity, fields)
  }
  for (const line of input.lines)
    em.create(BudgetLine, {
      activity: saved,
      year: line.year,
      totalCost: line.totalCost,
      grantAmount: line.grantAmount,
    })
  await em.flush()
  return saved
}

/** The budget per year, as the sheet and the report show it; for one grant or all activities. */
export async function budgetYears(
  em: EntityManager,
  filter: { year: number | null; grantId: number | null },
): Promise<BudgetYearDto[]> {
  const activities = await activityDtos(em, await listActivities(em, filter))
  const rows = activities.flatMap((activity) =>
    activity.lines
      .filter((line) => filter.year === null || line.year === filter.year)
      .map((line) => ({
        year: line.year,
        activityId: activity.id,
        name: activity.name,
        kind: activity.kind,
        totalCost: line.totalCost,
        grantAmount: line.grantAmount,
        ownFinancing: line.ownFinancing,
      })),
  )
  return sumsByYear(rows).map((sums) => ({
    year: sums.year,
    rows: rows.filter((row) => row.year === sums.year).map(({ year: _year, ...row }) => row),
    sums: {
      totalCost: sums.totalCost,
      grantAmount: sums.grantAmount,
      ownFinancing: sums.ownFinancing,
    },
  }))
}

export const activityHandlers: Pick<
  AreaHandlers<'budget'>,
  | 'budget.listActivities'
  | 'budget.createActivity'
  | 'budget.updateActivity'
  | 'budget.deleteActivity'
  | 'budget.overview'
  | 'budget.yearTables'
> = {
  async 'budget.listActivities'({ em }, { year }) {
    return activityDtos(em, await listActivities(em, { year }))
  },
  async 'budget.createActivity'({ em }, input) {
    const activity = await applyActivity(em, null, input)
    return (await activityDtos(em, [activity]))[0]!
  },
  async 'budget.updateActivity'({ em }, { id, ...input }) {
    const activity = await em.findOne(Activity, { id }, { populate: ['body', 'grant'] })
    if (!activity) throw notFound('activity')
    await applyActivity(em, activity, input)
    return (await activityDtos(em, [activity]))[0]!
  },
  async 'budget.deleteActivity'({ em }, { id }) {
    const activity = await em.findOne(Activity, { id })
    if (!activity) throw notFound('activity')
    await em.nativeDelete(BudgetLine, { activity: id })
    em.remove(activity)
    await em.flush()
    return { deleted: true }
  },
  async 'budget.overview'({ em }) {
    const lines = await queryRows<{ year: number; totalCost: number; grantAmount: number }>(
      em,
      sql`select year, total_cost as totalCost, grant_amount as grantAmount from budget_line`,
    )
    const grants = await grantDtos(
      em,
      await em.find(Grant, {}, { orderBy: { fromYear: 'desc', caseNumber: 'asc' } }),
    )
    return { years: sumsByYear(lines), total: sumLines(lines), grants }
  },
  async 'budget.yearTables'({ em }, filter) {
    return budgetYears(em, filter)
  },
}
