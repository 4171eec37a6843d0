import type { ServiceContext } from '../context.ts'
import { loadGoalsExample } from './goals.ts'
import { loadBudgetExample } from './budget.ts'
import { loadAttendanceExample } from './attendance.ts'
import { loadMeetingsExample } from './meetings.ts'
import { loadMinutesExample } from './minutes.ts'
import { loadRegisterExample } from './register.ts'

/**
 * The example council, built through the same services the secretary uses (so it obeys every
 * rule). Each area adds its part after the register, in dependency order.
 */
export async function loadExampleData(ctx: ServiceContext): Promise<void> {
  const register = await loadRegisterExample(ctx)
  await loadGoalsExample(ctx, register.councilId)
  await loadBudgetExample(ctx, register)
  await loadMeetingsExample(ctx, register)
  await loadAttendanceExample(ctx, register)
  await loadMinutesExample(ctx, register)
}
