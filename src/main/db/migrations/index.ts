import type { MigrationObject } from '@mikro-orm/core'
import { Migration20261125165647_Register } from './Migration20261125165647_Register.ts'
import { Migration20261125171130_Goals } from './Migration20261125171130_Goals.ts'
import { Migration20261125171135_Budget } from './Migration20261125171135_Budget.ts'
import { Migration20261125171114_Meetings } from './Migration20261125171114_Meetings.ts'
import { Migration20261125172426_Attendance } from './Migration20261125172426_Attendance.ts'
import { Migration20261125172304_Minutes } from './Migration20261125172304_Minutes.ts'
import { Migration20261125181500_MinutesSearch } from './Migration20261125181500_MinutesSearch.ts'
import { Migration20261201203000_MeetingCycle } from './Migration20261201203000_MeetingCycle.ts'
import { Migration20261202043052_Installation } from './Migration20261202043052_Installation.ts'
import { Migration20261202090000_AdjustedRecord } from './Migration20261202090000_AdjustedRecord.ts'

/**
 * Every migration, in order. A bundle cannot glob, so each is listed here; a shipped migration
 * is never edited (add a new one with `npm run db:migration -- Name`).
 */
export const migrationsList: MigrationObject[] = [
  { name: 'Migration20261125165647_Register', class: Migration20261125165647_Register },
  { name: 'Migration20261125171130_Goals', class: Migration20261125171130_Goals },
  { name: 'Migration20261125171135_Budget', class: Migration20261125171135_Budget },
  { name: 'Migration20261125171114_Meetings', class: Migration20261125171114_Meetings },
  { name: 'Migration20261125172426_Attendance', class: Migration20261125172426_Attendance },
  { name: 'Migration20261125172304_Minutes', class: Migration20261125172304_Minutes },
  { name: 'Migration20261125181500_MinutesSearch', class: Migration20261125181500_MinutesSearch },
  { name: 'Migration20261201203000_MeetingCycle', class: Migration20261201203000_MeetingCycle },
  { name: 'Migration20261202043052_Installation', class: Migration20261202043052_Installation },
  { name: 'Migration20261202090000_AdjustedRecord', class: Migration20261202090000_AdjustedRecord },
]

export const knownMigrationNames = new Set(migrationsList.map((migration) => migration.name))
