import { z } from 'zod'
import { byId, id, noInput, optionalText, requiredText, swedishNumber, year } from './common.ts'
import { mutation, query } from './procedure.ts'
import type { IndicatorTrend } from '../domain/indicators.ts'

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
  'Värdet',
  'decimal',
  z
    .number({ error: 'Värdet måste vara ett tal, t.ex. 1,33.' })
    .refine(Number.isFinite, { error: 'Värdet måste vara ett tal, t.ex. 1,33.' })
    .refine((number) => Math.abs(number) < 1e12, { error: 'Värdet är orimligt stort.' }),
  { negative: true },
)

const indicatorShape = {
  name: requiredText('Indikatorns namn'),
  source: requiredText('Källan', 300),
  unit: optionalText('Enheten', 60),
  lowerIsBetter: z.boolean({ error: 'Ange om ett lägre värde är bättre.' }),
  description: optionalText('Beskrivningen', 2000),
  values: z
    .array(z.strictObject({ year, value }))
    .max(200, { error: 'Högst 200 värden per indikator.' })
    .default([]),
}

function uniqueYears(indicator: { values: { year: number }[] }, context: z.RefinementCtx) {
  const seen = new Set<number>()
  indicator.values.forEach((point, index) => {
    if (seen.has(point.year))
      context.addIssue({
        code: 'custom',
        message: `Året ${point.year} har redan ett värde.`,
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
