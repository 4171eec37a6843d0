import type { EntityManager } from '@mikro-orm/sqlite'
import type { PresenceDto, PresenceEntry } from '../../../shared/api/presence.ts'
import { holdsSeat } from '../../../shared/domain/register.ts'
import { attendees } from './dto.ts'
import { rowOf, type AttendanceView } from './model.ts'
import { loadView } from './view.ts'

/**
 * Who was at a meeting, split as Swedish minutes list them (ledamöter, tjänstgörande ersättare,
 * ersättare, övriga närvarande, frånvarande). Ranges are agenda item ids; the minutes turn them
 * into § numbers. A deputy who was present for more than the items they served also appears
 * among the (non-serving) deputies, with their whole presence.
 */
export async function loadPresence(em: EntityManager, meetingId: number): Promise<PresenceDto> {
  const model = await loadView(em, meetingId)
  const people = attendees(model)
  const presence: PresenceDto = {
    meetingId,
    members: [],
    servingDeputies: [],
    deputies: [],
    others: [],
    absent: [],
  }
  const ids = (row: AttendanceView | undefined, serving = false) => {
    if (!row) return { fromItemId: null, toItemId: null }
    if (!serving) return { fromItemId: row.fromItem?.id ?? null, toItemId: row.toItem?.id ?? null }
    const index = (item: { id: number } | null | undefined) =>
      item ? (model.itemIndex.get(item.id) ?? null) : null
    const fromIndex = Math.max(index(row.fromItem) ?? 0, index(row.servingFromItem) ?? 0)
    const last = model.items.length - 1
    const toIndex = Math.min(index(row.toItem) ?? last, index(row.servingToItem) ?? last)
    return {
      fromItemId: fromIndex === 0 ? null : (model.items[fromIndex]?.id ?? null),
      toItemId: toIndex === last ? null : (model.items[toIndex]?.id ?? null),
    }
  }
  for (const person of people) {
    const row =
      person.personId !== null
        ? rowOf(model, person.personId)
        : model.rows.find((candidate) => candidate.id === person.guestId)
    const entry: PresenceEntry = {
      personId: person.personId,
      name: person.name,
      organisationName: person.organisationName,
      role: person.role,
      servingForName: null,
      ...ids(row),
    }
    const present = row?.status === 'present'
    if (person.group === 'member') {
      if (present) presence.members.push(entry)
      else
        presence.absent.push({
          ...entry,
          fromItemId: null,
          toItemId: null,
          apologies: row?.status === 'apologies',
        })
      continue
    }
    if (!present) continue
    if (person.group === 'deputy') {
      if (row?.servingFor) {
        presence.servingDeputies.push({
          ...entry,
          servingForName: row.servingFor.name,
          ...ids(row, true),
        })
        if (row.servingFromItem || row.servingToItem) presence.deputies.push(entry)
      } else {
        presence.deputies.push(entry)
      }
      continue
    }
    presence.others.push(
      person.role !== 'guest' && holdsSeat(person.role) ? { ...entry, role: 'guest' } : entry,
    )
  }
  return presence
}
