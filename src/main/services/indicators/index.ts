import type { AreaHandlers } from '../types.ts'
import { indicatorProcedures } from './indicators.ts'

export const indicatorHandlers: AreaHandlers<'indicators'> = {
  ...indicatorProcedures,
}
