import type { AreaHandlers } from '../types.ts'
import { actionHandlers } from './actions.ts'
import { minutesHandlers as paragraphHandlers } from './minutes.ts'
import { phraseHandlers } from './phrases.ts'
import { searchHandlers } from './search.ts'
import { situationHandlers } from './situation.ts'

export const minutesHandlers: AreaHandlers<'minutes'> = {
  ...paragraphHandlers,
  ...actionHandlers,
  ...situationHandlers,
  ...searchHandlers,
  ...phraseHandlers,
}
