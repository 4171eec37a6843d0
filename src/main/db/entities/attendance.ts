import { defineEntity, p, type InferEntity } from '@mikro-orm/core'
import type { AttendanceStatus } from '../../../shared/api/attendance.ts'
import type { QuorumKind } from '../../../shared/domain/quorum.ts'
import { AgendaItem, Meeting } from './meetings.ts'
import { Body, Person } from './register.ts'

/**
 * One person's attendance at one meeting: the reply before it (kommer, förhinder) and the roll
 * call (närvarande, frånvarande, förhinder). A deputy may serve for a member (tjänstgörande
 * ersättare). Presence can be limited to a range of agenda items (sen ankomst, tidig avfärd).
 * Guests not in the register have a name instead of a person.
 */
export const Attendance = defineEntity({
  name: 'Attendance',
  properties: {
    id: p.integer().primary(),
    meeting: () => p.manyToOne(Meeting).index().deleteRule('cascade'),
    person: () => p.manyToOne(Person).nullable().index(),
    guestName: p.string().length(200).nullable(),
    guestOrganisation: p.string().length(200).nullable(),
    status: p.string().length(20).$type<AttendanceStatus>().nullable(),
    repliedOn: p.string().length(10).nullable(),
    servingFor: () => p.manyToOne(Person).nullable().index(),
    fromItem: () => p.manyToOne(AgendaItem).nullable().deleteRule('set null'),
    toItem: () => p.manyToOne(AgendaItem).nullable().deleteRule('set null'),
    servingFromItem: () => p.manyToOne(AgendaItem).nullable().deleteRule('set null'),
    servingToItem: () => p.manyToOne(AgendaItem).nullable().deleteRule('set null'),
    note: p.string().length(200).nullable(),
    updatedAt: p
      .datetime()
      .onCreate(() => new Date())
      .onUpdate(() => new Date()),
  },
  uniques: [{ properties: ['meeting', 'person'] }],
})
export type IAttendance = InferEntity<typeof Attendance>

/** A body's quorum rule; bodies without one use the default (more than half of the seats). */
export const QuorumRuleSetting = defineEntity({
  name: 'QuorumRuleSetting',
  tableName: 'quorum_rule',
  properties: {
    id: p.integer().primary(),
    body: () => p.oneToOne(Body).owner().unique(),
    kind: p.string().length(20).$type<QuorumKind>(),
    numerator: p.integer().nullable(),
    denominator: p.integer().nullable(),
    minimum: p.integer().nullable(),
  },
})
export type IQuorumRuleSetting = InferEntity<typeof QuorumRuleSetting>
