import type { AreaHandlers } from '../types.ts'
import { bodyHandlers } from './bodies.ts'
import { importHandlers } from './import.ts'
import { membershipHandlers } from './memberships.ts'
import { organisationHandlers } from './organisations.ts'
import { peopleHandlers } from './people.ts'
import { personalDataHandlers } from './personalData.ts'

export const registerHandlers: AreaHandlers<'register'> = {
  ...organisationHandlers,
  ...peopleHandlers,
  ...bodyHandlers,
  ...membershipHandlers,
  ...importHandlers,
  ...personalDataHandlers,
}
