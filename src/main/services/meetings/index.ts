import type { AreaHandlers } from '../types.ts'
import { agendaHandlers } from './agenda.ts'
import { meetingHandlers } from './meetings.ts'
import { rotationHandlers } from './rotation.ts'
import { templateHandlers } from './template.ts'

export const meetingsHandlers: AreaHandlers<'meetings'> = {
  ...meetingHandlers,
  ...agendaHandlers,
  ...templateHandlers,
  ...rotationHandlers,
}
