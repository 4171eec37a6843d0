/**
 * The council hears one local group per meeting. The planner is fair: the group that presented
 * longest ago (or never) goes first, so no group presents twice before all others have presented
 * once. Choices the secretary has made (overrides) are kept, and a group already chosen for a later
 * meeting is not proposed earlier.
 */

export interface RotationGroup {
  id: number
  name: string
  /** The last day the group presented before the planned meetings, or null if never. */
  lastPresented: string | null
}

export interface RotationMeeting {
  id: number
  date: string
  /** A group the secretary has chosen for this meeting; null lets the planner propose one. */
  chosenGroupId: number | null
}

export interface RotationProposal {
  meetingId: number
  date: string
  groupId: number | null
  chosen: boolean
}

const collator = new Intl.Collator('sv-SE')

export function planRotation(
  groups: RotationGroup[],
  meetings: RotationMeeting[],
): RotationProposal[] {
  const last = new Map(groups.map((group) => [group.id, group.lastPresented]))
  const names = new Map(groups.map((group) => [group.id, group.name]))
  const ordered = [...meetings].sort((a, b) => a.date.localeCompare(b.date) || a.id - b.id)
  const proposals: RotationProposal[] = []
  ordered.forEach((meeting, index) => {
    let groupId = meeting.chosenGroupId
    const chosen = groupId !== null
    if (groupId === null && last.size > 0) {
      const reservedLater = new Set(
        ordered
          .slice(index + 1)
          .map((later) => later.chosenGroupId)
          .filter((id) => id !== null),
      )
      const candidates = [...last.keys()].filter((id) => !reservedLater.has(id))
      const pool = candidates.length > 0 ? candidates : [...last.keys()]
      pool.sort((a, b) => {
        const left = last.get(a) ?? ''
        const right = last.get(b) ?? ''
        return (
          left.localeCompare(right) ||
          collator.compare(names.get(a) ?? '', names.get(b) ?? '') ||
          a - b
        )
      })
      groupId = pool[0] ?? null
    }
    if (groupId !== null && last.has(groupId)) last.set(groupId, meeting.date)
    proposals.push({ meetingId: meeting.id, date: meeting.date, groupId, chosen })
  })
  return proposals
}
