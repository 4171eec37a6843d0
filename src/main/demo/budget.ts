import type { ServiceContext } from '../context.ts'
import { budgetHandlers } from '../services/budget/index.ts'
import { indicatorHandlers } from '../services/indicators/index.ts'
import { reportHandlers } from '../services/reports/index.ts'
import type { ExampleRegister } from './register.ts'
import { LOCAL_GROUP_AREAS } from './registerData.ts'
import {
  EXAMPLE_ACTIVITIES,
  EXAMPLE_GRANT,
  EXAMPLE_INDICATORS,
  EXAMPLE_REPORT,
} from './budgetData.ts'

/** The seed's grant, activities with their budget, indicators and final report, through the area's own handlers. */
export async function loadBudgetExample(
  ctx: ServiceContext,
  register: ExampleRegister,
): Promise<{ grantId: number }> {
  const grant = await budgetHandlers['budget.createGrant'](ctx, EXAMPLE_GRANT)
  for (const activity of EXAMPLE_ACTIVITIES) {
    const bodyId =
      activity.body === 'council'
        ? register.councilId
        : register.localGroupIds[LOCAL_GROUP_AREAS.indexOf(activity.body)]!
    await budgetHandlers['budget.createActivity'](ctx, {
      name: activity.name,
      kind: activity.kind,
      bodyId,
      grantId: activity.line ? grant.id : null,
      startDate: activity.startDate,
      endDate: activity.endDate ?? null,
      description: activity.description,
      participants: activity.participants,
      lines: activity.line
        ? [{ year: activity.line[0], totalCost: activity.line[1], grantAmount: activity.line[2] }]
        : [],
    })
  }
  for (const indicator of EXAMPLE_INDICATORS)
    await indicatorHandlers['indicators.create'](ctx, indicator)
  await reportHandlers['reports.saveFinalReport'](ctx, {
    grantId: grant.id,
    version: 0,
    ...EXAMPLE_REPORT,
  })
  return { grantId: grant.id }
}
