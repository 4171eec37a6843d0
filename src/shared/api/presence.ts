import type { Role } from '../domain/register.ts'

/** One person's presence at a meeting, as the minutes' presence list shows it. */
export interface PresenceEntry {
  /** Null for a guest who is not in the register. */
  personId: number | null
  name: string
  organisationName: string | null
  role: Role | 'guest'
  /** For a serving deputy: the member whose place they take. */
  servingForName: string | null
  /** Present from this agenda item (id); null = from the start. */
  fromItemId: number | null
  /** Present until this agenda item (id) inclusive; null = to the end. */
  toItemId: number | null
}

/** Who was at a meeting, split as Swedish minutes list them. */
export interface PresenceDto {
  meetingId: number
  /** Ordinary members present (ordförande, vice ordförande, ledamöter). */
  members: PresenceEntry[]
  /** Deputies serving in a member's place (tjänstgörande ersättare). */
  servingDeputies: PresenceEntry[]
  /** Deputies present without serving (ersättare). */
  deputies: PresenceEntry[]
  /** Co-opted, researchers and guests (övriga närvarande). */
  others: PresenceEntry[]
  /** Ordinary members not present, and whether they sent apologies. */
  absent: (PresenceEntry & { apologies: boolean })[]
}
