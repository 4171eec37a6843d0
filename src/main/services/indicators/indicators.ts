import type { EntityManager } from '@mikro-orm/sqlite'
import { conflict, notFound } from '../../../shared/api/errors.ts'
import type { IndicatorDto } from '../../../shared/api/indicators.ts'
import { indicatorTrend } from '../../../shared/domain/indicators.ts'
import { Indicator, IndicatorValue, type IIndicator } from '../../db/entities/budget.ts'
import type { AreaHandlers } from '../types.ts'
import { queryRows, sql } from '../../db/sqlWhere.ts'
import { m } from '../../../shared/messages/index.ts'

export async function indicatorDtos(
  em: EntityManager,
  indicators: IIndicator[],
): Promise<IndicatorDto[]> {
  if (indicators.length === 0) return []
  const ids = indicators.map((indicator) => indicator.id)
  const values = await queryRows<{ indicatorId: number; year: number; value: number }>(
    em,
    sql`select indicator_id as indicatorId, year, value from indicator_value where indicator_id in (${ids}) order by year`,
  )
  return indicators.map((indicator) => {
    const own = values
      .filter((row) => row.indicatorId === indicator.id)
      .map(({ year, value }) => ({ year, value }))
    return {
      id: indicator.id,
      name: indicator.name,
      source: indicator.source,
      unit: indicator.unit ?? null,
      lowerIsBetter: indicator.lowerIsBetter,
      description: indicator.description ?? null,
      values: own,
      trend: indicatorTrend(own, indicator.lowerIsBetter),
    }
  })
}

export const listIndicators = async (em: EntityManager) =>
  indicatorDtos(em, await em.find(Indicator, {}, { orderBy: { id: 'asc' } }))

async function assertNameFree(em: EntityManager, name: string, exceptId?: number) {
  const existing = await em.findOne(Indicator, { name })
  if (existing && existing.id !== exceptId) throw conflict(m('indicators.exists', { name }))
}

export const indicatorProcedures: AreaHandlers<'indicators'> = {
  async 'indicators.list'({ em }) {
    return listIndicators(em)
  },
  async 'indicators.create'({ em }, { values, ...fields }) {
    await assertNameFree(em, fields.name)
    const indicator = em.create(Indicator, fields)
    for (const point of values) em.create(IndicatorValue, { indicator, ...point })
    await em.flush()
    return (await indicatorDtos(em, [indicator]))[0]!
  },
  async 'indicators.update'({ em }, { id, values, ...fields }) {
    const indicator = await em.findOne(Indicator, { id })
    if (!indicator) throw notFound('indicator')
    await assertNameFree(em, fields.name, id)
    em.assign(indicator, fields)
    await em.nativeDelete(IndicatorValue, { indicator: id })
    for (const point of values) em.create(IndicatorValue, { indicator, ...point })
    await em.flush()
    return (await indicatorDtos(em, [indicator]))[0]!
  },
  async 'indicators.delete'({ em }, { id }) {
    const indicator = await em.findOne(Indicator, { id })
    if (!indicator) throw notFound('indicator')
    await em.nativeDelete(IndicatorValue, { indicator: id })
    em.remove(indicator)
    await em.flush()
    return { deleted: true }
  },
}
