import type { AreaHandlers } from '../types.ts'
import { documentHandlers } from './documents.ts'
import { ideaHandlers } from './ideas.ts'
import { versionHandlers } from './versions.ts'

export const goalHandlers: AreaHandlers<'goals'> = {
  ...documentHandlers,
  ...versionHandlers,
  ...ideaHandlers,
}
