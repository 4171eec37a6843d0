import type { AreaHandlers } from '../types.ts'
import { activityHandlers } from './activities.ts'
import { grantHandlers } from './grants.ts'

export const budgetHandlers: AreaHandlers<'budget'> = {
  ...grantHandlers,
  ...activityHandlers,
}
