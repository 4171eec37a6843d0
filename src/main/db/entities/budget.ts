import { defineEntity, p, type InferEntity } from '@mikro-orm/core'
import type { ActivityKind } from '../../../shared/domain/budget.ts'
import { Body } from './register.ts'

/** A grant decision (bidragsbeslut), e.g. Brå's B3.3-0294/2011: amount granted for a period of years. */
export const Grant = defineEntity({
  name: 'Grant',
  properties: {
    id: p.integer().primary(),
    caseNumber: p.string().length(60).unique(),
    projectName: p.string().length(300),
    amountGranted: p.integer(),
    fromYear: p.integer(),
    toYear: p.integer(),
    decisionDate: p.string().length(10).nullable(),
    createdAt: p.datetime().onCreate(() => new Date()),
    updatedAt: p
      .datetime()
      .onCreate(() => new Date())
      .onUpdate(() => new Date()),
  },
})
export type IGrant = InferEntity<typeof Grant>

/** Something the council or a local group does. (The link to the goal document comes with that area.) */
export const Activity = defineEntity({
  name: 'Activity',
  properties: {
    id: p.integer().primary(),
    name: p.string().length(200),
    kind: p.string().length(30).$type<ActivityKind>(),
    body: () => p.manyToOne(Body).nullable().index(),
    grant: () => p.manyToOne(Grant).nullable().index(),
    startDate: p.string().length(10).nullable(),
    endDate: p.string().length(10).nullable(),
    description: p.text().nullable(),
    participants: p.integer().nullable(),
    createdAt: p.datetime().onCreate(() => new Date()),
    updatedAt: p
      .datetime()
      .onCreate(() => new Date())
      .onUpdate(() => new Date()),
  },
})
export type IActivity = InferEntity<typeof Activity>

/** An activity's cost in one year, in whole kronor. Own financing is totalCost − grantAmount, never stored. */
export const BudgetLine = defineEntity({
  name: 'BudgetLine',
  uniques: [{ properties: ['activity', 'year'] }],
  properties: {
    id: p.integer().primary(),
    activity: () => p.manyToOne(Activity).index().deleteRule('cascade'),
    year: p.integer().index(),
    totalCost: p.integer(),
    grantAmount: p.integer(),
  },
})
export type IBudgetLine = InferEntity<typeof BudgetLine>

/** A figure followed over time, from a survey (trygghetsindex) or a comparison (SKL Öppna jämförelser). */
export const Indicator = defineEntity({
  name: 'Indicator',
  properties: {
    id: p.integer().primary(),
    name: p.string().length(200).unique(),
    source: p.string().length(300),
    unit: p.string().length(60).nullable(),
    lowerIsBetter: p.boolean(),
    description: p.string().length(2000).nullable(),
    createdAt: p.datetime().onCreate(() => new Date()),
  },
})
export type IIndicator = InferEntity<typeof Indicator>

export const IndicatorValue = defineEntity({
  name: 'IndicatorValue',
  uniques: [{ properties: ['indicator', 'year'] }],
  properties: {
    id: p.integer().primary(),
    indicator: () => p.manyToOne(Indicator).index().deleteRule('cascade'),
    year: p.integer(),
    value: p.double(),
  },
})
export type IIndicatorValue = InferEntity<typeof IndicatorValue>

/** The final report to the grant giver (slutrapport): the texts the secretary writes, one per grant. */
export const FinalReport = defineEntity({
  name: 'FinalReport',
  properties: {
    id: p.integer().primary(),
    grant: () => p.oneToOne(Grant).owner().unique().deleteRule('cascade'),
    problem: p.text().default(''),
    measures: p.text().default(''),
    implementation: p.text().default(''),
    actorsNote: p.text().default(''),
    results: p.text().default(''),
    place: p.string().length(100).nullable(),
    reportDate: p.string().length(10).nullable(),
    version: p.integer().version(),
    savedAt: p.datetime().nullable(),
  },
})
export type IFinalReport = InferEntity<typeof FinalReport>

export const ReportSignatory = defineEntity({
  name: 'ReportSignatory',
  properties: {
    id: p.integer().primary(),
    report: () => p.manyToOne(FinalReport).index().deleteRule('cascade'),
    position: p.integer(),
    name: p.string().length(200),
    title: p.string().length(200).nullable(),
  },
})
export type IReportSignatory = InferEntity<typeof ReportSignatory>
