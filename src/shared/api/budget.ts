import { z } from 'zod'
import {
  byId,
  id,
  idOf,
  noInput,
  optionalIsoDate,
  optionalText,
  requiredText,
  say,
  swedishNumber,
  year,
} from './common.ts'
import { mutation, query } from './procedure.ts'
import {
  ACTIVITY_KINDS,
  amountProblem,
  budgetLineProblem,
  type ActivityKind,
  type GrantUse,
  type Sums,
  type YearSums,
} from '../domain/budget.ts'
import { encodeMessage, field, m, type FieldKey } from '../messages/index.ts'

export interface GrantDto {
  id: number
  caseNumber: string
  projectName: string
  amountGranted: number
  fromYear: number
  toYear: number
  decisionDate: string | null
  activityCount: number
  use: GrantUse
}

export interface BudgetLineDto {
  id: number
  year: number
  totalCost: number
  grantAmount: number
  /** Derived: totalCost − grantAmount. */
  ownFinancing: number
}

export interface ActivityDto {
  id: number
  name: string
  kind: ActivityKind
  bodyId: number | null
  bodyName: string | null
  grantId: number | null
  grantCaseNumber: string | null
  startDate: string | null
  endDate: string | null
  description: string | null
  participants: number | null
  lines: BudgetLineDto[]
  sums: Sums
}

export interface BudgetOverviewDto {
  years: YearSums[]
  total: Sums
  grants: GrantDto[]
}

/** One year's rows as the budget sheet and the final report show them. */
export interface BudgetYearDto {
  year: number
  rows: {
    activityId: number
    name: string
    kind: ActivityKind
    totalCost: number
    grantAmount: number
    ownFinancing: number
  }[]
  sums: Sums
}

/** Whole kronor: a number or Swedish text ("37 000 kr"), not negative, no öre. */
export const kronor = (label: FieldKey) =>
  swedishNumber(label, 'kronor', z.unknown()).transform((value, context) => {
    const problem = amountProblem(label, value)
    if (problem) {
      context.addIssue({ code: 'custom', message: encodeMessage(problem) })
      return z.NEVER
    }
    return value as number
  })

const budgetLine = z
  .strictObject({
    year,
    totalCost: kronor('totalCost'),
    grantAmount: kronor('grantAmount'),
  })
  .superRefine((line, context) => {
    const problem = budgetLineProblem(line)
    if (problem)
      context.addIssue({
        code: 'custom',
        message: encodeMessage(problem.message),
        path: [problem.field],
      })
  })

const plain = (label: FieldKey, max: number) => optionalText(label, max)

const activityShape = {
  name: requiredText('activityName'),
  kind: z.enum(ACTIVITY_KINDS, say('budget.chooseKind')),
  bodyId: idOf('body')
    .nullish()
    .transform((value) => value ?? null),
  grantId: idOf('grant')
    .nullish()
    .transform((value) => value ?? null),
  startDate: optionalIsoDate('startDate'),
  endDate: optionalIsoDate('endDate'),
  description: plain('description', 20_000),
  participants: swedishNumber(
    'participants',
    'integer',
    z
      .number(say('number.notNumber', { field: field('participants') }))
      .int(say('number.notInteger', { field: field('participants') }))
      .min(0, say('number.negative', { field: field('participants') }))
      .max(1_000_000, say('number.tooLarge', { field: field('participants') }))
      .nullish(),
  )
    .optional()
    .transform((value) => value ?? null),
  lines: z
    .array(budgetLine)
    .max(20, say('budget.linesMax', { max: 20 }))
    .default([]),
}

type ActivityFields = z.output<z.ZodObject<typeof activityShape>>

function checkActivity(activity: ActivityFields, context: z.RefinementCtx) {
  if (activity.endDate && !activity.startDate) {
    context.addIssue({
      code: 'custom',
      message: encodeMessage(m('budget.startNeeded')),
      path: ['startDate'],
    })
  }
  if (activity.startDate && activity.endDate && activity.endDate < activity.startDate) {
    context.addIssue({
      code: 'custom',
      message: encodeMessage(m('register.endBeforeStart')),
      path: ['endDate'],
    })
  }
  const seen = new Set<number>()
  activity.lines.forEach((line, index) => {
    if (seen.has(line.year)) {
      context.addIssue({
        code: 'custom',
        message: encodeMessage(m('budget.yearTwice', { year: line.year })),
        path: ['lines', index, 'year'],
      })
    }
    seen.add(line.year)
  })
}

const CASE_NUMBER = /^[\p{L}\p{N}][\p{L}\p{N} .,:/_-]{0,58}$/u

const grantFields = {
  caseNumber: requiredText('caseNumber', 60).refine((value) => CASE_NUMBER.test(value), {
    ...say('budget.caseNumberForm'),
  }),
  projectName: requiredText('projectName', 300),
  amountGranted: kronor('amountGranted'),
  fromYear: year,
  toYear: year,
  decisionDate: optionalIsoDate('decisionDate'),
}
const periodOrdered = (grant: { fromYear: number; toYear: number }) =>
  grant.toYear >= grant.fromYear
const periodMessage = {
  ...say('budget.periodOrder'),
  path: ['toYear'],
}

export const budgetApi = {
  'budget.listGrants': query<GrantDto[]>()(
    noInput,
    'Bidragsbesluten (diarienummer, beviljat belopp, period) med hur mycket som använts per år.',
  ),
  'budget.createGrant': mutation<GrantDto>()(
    z.strictObject(grantFields).refine(periodOrdered, periodMessage),
    'Lägg till ett bidragsbeslut.',
  ),
  'budget.updateGrant': mutation<GrantDto>()(
    z.strictObject({ id, ...grantFields }).refine(periodOrdered, periodMessage),
    'Ändra ett bidragsbeslut.',
  ),
  'budget.deleteGrant': mutation<{ deleted: true }>()(
    byId,
    'Ta bort ett bidragsbeslut som inga aktiviteter hör till.',
  ),

  'budget.listActivities': query<ActivityDto[]>()(
    z
      .strictObject({ year: year.nullish().transform((value) => value ?? null) })
      .optional()
      .default({ year: null }),
    'Aktiviteterna med budgetrader; med year bara de som har en budgetrad det året.',
  ),
  'budget.createActivity': mutation<ActivityDto>()(
    z.strictObject(activityShape).superRefine(checkActivity),
    'Lägg till en aktivitet med dess budgetrader (en per år).',
  ),
  'budget.updateActivity': mutation<ActivityDto>()(
    z.strictObject({ id, ...activityShape }).superRefine(checkActivity),
    'Ändra en aktivitet; budgetraderna ersätts med de som skickas.',
  ),
  'budget.deleteActivity': mutation<{ deleted: true }>()(
    byId,
    'Ta bort en aktivitet och dess budgetrader.',
  ),

  'budget.overview': query<BudgetOverviewDto>()(
    noInput,
    'Summor per år och för hela projektet, och bidragens användning.',
  ),
  'budget.yearTables': query<BudgetYearDto[]>()(
    z
      .strictObject({
        year: year.nullish().transform((value) => value ?? null),
        grantId: idOf('grant')
          .nullish()
          .transform((value) => value ?? null),
      })
      .optional()
      .default({ year: null, grantId: null }),
    'Budgeten per år som i budgetbladet och slutrapporten: aktivitet, totalkostnad, medel från Brå, egen finans.',
  ),
}
