import { z } from 'zod'
import {
  byId,
  id,
  noInput,
  optionalText,
  requiredText,
  say,
  swedishNumber,
  year,
} from './common.ts'
import { mutation, query } from './procedure.ts'
import type { IndicatorTrend } from '../domain/indicators.ts'
import { encodeMessage, field, m } from '../messages/index.ts'

export interface IndicatorDto {
  id: number
  name: string
  source: string
  unit: string | null
  lowerIsBetter: boolean
  description: string | null
  values: { year: number; value: number }[]
  trend: IndicatorTrend | null
}

const value = swedishNumber(
  'value',
  'decimal',
  z
    .number(say('indicators.valueNumber'))
    .refine(Number.isFinite, say('indicators.valueNumber'))
    .refine((number) => Math.abs(number) < 1e12, say('number.tooLarge', { field: field('value') })),
  { negative: true },
)

const indicatorShape = {
  name: requiredText('indicatorName'),
  source: requiredText('source', 300),
  unit: optionalText('unit', 60),
  lowerIsBetter: z.boolean(say('indicators.lowerIsBetter')),
  description: optionalText('description', 2000),
  values: z
    .array(z.strictObject({ year, value }))
    .max(200, say('indicators.valuesMax', { max: 200 }))
    .default([]),
}

function uniqueYears(indicator: { values: { year: number }[] }, context: z.RefinementCtx) {
  const seen = new Set<number>()
  indicator.values.forEach((point, index) => {
    if (seen.has(point.year))
      context.addIssue({
        code: 'custom',
        message: encodeMessage(m('indicators.yearTwice', { year: point.year })),
        path: ['values', index, 'year'],
      })
    seen.add(point.year)
  })
}

export const indicatorsApi = {
  'indicators.list': query<IndicatorDto[]>()(
    noInput,
    'Indikatorerna från trygghetsundersökningar m.m., med värden per år.',
  ),
  'indicators.create': mutation<IndicatorDto>()(
    z.strictObject(indicatorShape).superRefine(uniqueYears),
    'Lägg till en indikator med värden per år.',
  ),
  'indicators.update': mutation<IndicatorDto>()(
    z.strictObject({ id, ...indicatorShape }).superRefine(uniqueYears),
    'Ändra en indikator; värdena ersätts med de som skickas.',
  ),
  'indicators.delete': mutation<{ deleted: true }>()(byId, 'Ta bort en indikator och dess värden.'),
}
