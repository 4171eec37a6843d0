import type { ServiceContext } from '../context.ts'
import { addDays } from '../../shared/domain/dates.ts'
import { holdsSeat } from '../../shared/domain/register.ts'
import { Meeting } from '../db/entities/meetings.ts'
import { applyServing, applyStatus } from '../services/attendance/handlers.ts'
import {
  checkRules,
  deputyMemberships,
  loadModel,
  seatHolders,
  type MeetingModel,
} from '../services/attendance/model.ts'
import { EXAMPLE_MEETING_GROUPS, type ExampleRegister } from './register.ts'

/** A small deterministic random source, so the example looks the same every time. */
function random(seed: number) {
  let state = seed >>> 0
  return () => {
    state = (Math.imul(state, 1664525) + 1013904223) >>> 0
    return state / 2 ** 32
  }
}

/** How likely an ordinary member is to come, by year: patchy in 2012, better once deputies were routine. */
const BASE: Record<number, number> = { 2012: 0.72, 2013: 0.8 }
const CURRENT = 0.88
/** The region's seat (Landstinget Västernorrland) is the pattern worth seeing: it is often empty, and it has no deputy. */
const RARELY = new Map([
  ['Landstinget Västernorrland', 0.3],
  ['Företagarföreningen i Sundsvall', 0.55],
])

/** The first proposed deputy that can come, as the secretary would call them in. */
function firstDeputy(model: MeetingModel, memberId: number, taken: Set<number>): number | null {
  const holder = seatHolders(model).find((membership) => membership.person.id === memberId)!
  const personal = deputyMemberships(model).find(
    (deputy) => deputy.deputyFor?.person.id === memberId && !taken.has(deputy.person.id),
  )
  const forSeat = deputyMemberships(model).find(
    (deputy) => deputy.seat?.id === holder.seat?.id && !taken.has(deputy.person.id),
  )
  return (personal ?? forSeat)?.person.id ?? null
}

/**
 * Attendance for the example council's held meetings (apologies, deputies serving, a late
 * arrival, one meeting without quorum in 2012) and replies for the next planned meeting.
 * Recorded through the attendance services' own rules, checked per meeting; one flush at the end keeps it fast.
 */
export async function loadAttendanceExample(
  ctx: ServiceContext,
  register: ExampleRegister,
): Promise<void> {
  const roll = random(20120207)
  await bodyAttendance(ctx, register.councilId, roll, true)
  for (const groupId of register.localGroupIds.slice(0, EXAMPLE_MEETING_GROUPS))
    await bodyAttendance(ctx, groupId, roll, false)
  await ctx.em.flush()
}

/** One body's meetings; the council's carry the patterns worth seeing (a meeting without quorum, a late arrival). */
async function bodyAttendance(
  ctx: ServiceContext,
  bodyId: number,
  roll: () => number,
  council: boolean,
): Promise<void> {
  const today = ctx.clock.today()
  const meetings = await ctx.em.find(Meeting, { body: bodyId }, { orderBy: { date: 'asc' } })
  for (const [index, meeting] of meetings.entries()) {
    const model = await loadModel(ctx.em, meeting.id)
    const year = Number(meeting.date.slice(0, 4))
    const holders = seatHolders(model)
    if (meeting.date >= today) {
      if (!council) continue
      if (meeting.id !== meetings.find((candidate) => candidate.date >= today)?.id) continue
      // The next meeting: two apologies so far (a deputy called in for one), one yes, the rest not answered yet.
      const region = holders.find(
        (holder) => holder.person.organisation?.name === 'Landstinget Västernorrland',
      )
      const police = holders.find((holder) => holder.person.organisation?.name === 'Polisen')
      const school = holders.find(
        (holder) => holder.person.organisation?.name === 'Barn- och utbildningsförvaltningen',
      )
      if (region) await applyStatus(ctx, model, region.person.id, 'apologies', addDays(today, -5))
      if (police) {
        await applyStatus(ctx, model, police.person.id, 'apologies', addDays(today, -2))
        const deputy = firstDeputy(model, police.person.id, new Set())
        if (deputy)
          await applyServing(ctx, model, {
            deputyPersonId: deputy,
            memberPersonId: police.person.id,
            fromItemId: null,
            toItemId: null,
          })
      }
      if (school) await applyStatus(ctx, model, school.person.id, 'attending', addDays(today, -1))
      checkRules(model)
      continue
    }
    const weak = council && year === 2012 && index === 3 // September 2012: too few came, and the minutes must say so.
    const base = weak ? 0.45 : (BASE[year] ?? CURRENT)
    const taken = new Set<number>()
    for (const holder of holders) {
      const organisation = holder.person.organisation?.name ?? ''
      const chance = holder.role === 'chair' ? 0.97 : Math.min(base, RARELY.get(organisation) ?? 1)
      if (roll() < chance) {
        await applyStatus(ctx, model, holder.person.id, 'present', null)
        continue
      }
      const sentApologies = roll() < 0.7
      await applyStatus(
        ctx,
        model,
        holder.person.id,
        sentApologies ? 'apologies' : 'absent',
        sentApologies ? addDays(meeting.date, -1 - Math.floor(roll() * 6)) : null,
      )
      if (!sentApologies || weak) continue
      const deputy = firstDeputy(model, holder.person.id, taken)
      if (deputy === null) continue
      taken.add(deputy)
      await applyServing(ctx, model, {
        deputyPersonId: deputy,
        memberPersonId: holder.person.id,
        fromItemId: null,
        toItemId: null,
      })
      await applyStatus(ctx, model, deputy, roll() < 0.85 ? 'present' : 'apologies', null)
    }
    for (const other of model.memberships.filter(
      (membership) => !holdsSeat(membership.role) && membership.role !== 'deputy',
    )) {
      const chance = other.role === 'secretary' ? 1 : other.role === 'researcher' ? 0.9 : 0.5
      if (roll() < chance) await applyStatus(ctx, model, other.person.id, 'present', null)
    }
    // A late arrival at the third meeting of 2013: present from the fifth item.
    if (council && year === 2013 && index % 6 === 2) {
      const late = holders.find(
        (holder) =>
          model.rows.some(
            (row) => row.person?.id === holder.person.id && row.status === 'present',
          ) && holder.role === 'member',
      )
      if (late) {
        const row = model.rows.find((candidate) => candidate.person?.id === late.person.id)!
        row.fromItem = model.items[4] ?? null
        row.note = 'Kom under lägesbilden.'
      }
    }
    checkRules(model)
  }
}
