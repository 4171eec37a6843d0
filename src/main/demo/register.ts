import type { ServiceContext } from '../context.ts'
import { registerHandlers } from '../services/register/index.ts'
import {
  COUNCIL,
  COUNCIL_FORMER,
  COUNCIL_OTHERS,
  COUNCIL_SEATS,
  EXAMPLE_ORGANISATIONS,
  FIRST_NAMES,
  LAST_NAMES,
  LOCAL_EXTRA,
  LOCAL_GROUP_AREAS,
} from './registerData.ts'

export interface ExampleRegister {
  councilId: number
  localGroupIds: number[]
  organisationIds: Record<string, number>
}

const START = '2012-01-01'
/** How many local groups (the first in the list) have meetings, attendance and minutes in the example. */
export const EXAMPLE_MEETING_GROUPS = 3

export async function loadRegisterExample(ctx: ServiceContext): Promise<ExampleRegister> {
  const call = registerHandlers
  const organisationIds: Record<string, number> = {}
  for (const organisation of EXAMPLE_ORGANISATIONS) {
    const created = await call['register.createOrganisation'](ctx, {
      name: organisation.name,
      kind: organisation.kind,
      contact: organisation.contact ?? null,
    })
    organisationIds[organisation.key] = created.id
  }
  const person = async (name: string, title: string, organisationKey: string) => {
    const slug = name
      .toLowerCase()
      .normalize('NFD')
      .replace(/[\u0300-\u036f]/g, '')
      .replace(/[^a-z]+/g, '.')
    return call['register.createPerson'](ctx, {
      name,
      title,
      organisationId: organisationIds[organisationKey] ?? null,
      email: `${slug}@exempel.se`,
      phone: null,
    })
  }

  const council = await call['register.createBody'](ctx, {
    ...COUNCIL,
    kind: 'council',
    parentId: null,
  })
  for (const seatPlan of COUNCIL_SEATS) {
    const seat = await call['register.addSeat'](ctx, {
      bodyId: council.id,
      organisationId: organisationIds[seatPlan.organisation]!,
      label: null,
    })
    if (seatPlan.organisation === COUNCIL_FORMER.organisation) {
      const former = await person(COUNCIL_FORMER.name, COUNCIL_FORMER.title, seatPlan.organisation)
      await call['register.addMembership'](ctx, {
        bodyId: council.id,
        personId: former.id,
        role: 'member',
        seatId: seat.id,
        deputyForId: null,
        from: COUNCIL_FORMER.from,
        to: COUNCIL_FORMER.to,
      })
    }
    const holder = await person(seatPlan.holder[0], seatPlan.holder[1], seatPlan.organisation)
    const from = seatPlan.organisation === COUNCIL_FORMER.organisation ? '2013-01-01' : START
    const membership = await call['register.addMembership'](ctx, {
      bodyId: council.id,
      personId: holder.id,
      role: seatPlan.role ?? 'member',
      seatId: seat.id,
      deputyForId: null,
      from,
      to: null,
    })
    if (seatPlan.personalDeputy) {
      const deputy = await person(
        seatPlan.personalDeputy[0],
        seatPlan.personalDeputy[1],
        seatPlan.organisation,
      )
      await call['register.addMembership'](ctx, {
        bodyId: council.id,
        personId: deputy.id,
        role: 'deputy',
        seatId: null,
        deputyForId: membership.id,
        from: START,
        to: null,
      })
    }
    if (seatPlan.seatDeputy) {
      const deputy = await person(
        seatPlan.seatDeputy[0],
        seatPlan.seatDeputy[1],
        seatPlan.organisation,
      )
      await call['register.addMembership'](ctx, {
        bodyId: council.id,
        personId: deputy.id,
        role: 'deputy',
        seatId: seat.id,
        deputyForId: null,
        from: START,
        to: null,
      })
    }
  }
  let secretaryId: number | null = null
  for (const other of COUNCIL_OTHERS) {
    const created = await person(other.name, other.title, other.organisation)
    if (other.role === 'secretary') secretaryId = created.id
    const from = other.role === 'researcher' ? '2013-01-01' : START
    await call['register.addMembership'](ctx, {
      bodyId: council.id,
      personId: created.id,
      role: other.role,
      seatId: null,
      deputyForId: null,
      from,
      to: other.role === 'researcher' ? '2013-12-31' : null,
    })
  }

  const localGroupIds: number[] = []
  let nameIndex = 0
  const nextName = () => {
    const first = FIRST_NAMES[nameIndex % FIRST_NAMES.length]!
    const last =
      LAST_NAMES[(nameIndex * 7 + Math.floor(nameIndex / FIRST_NAMES.length)) % LAST_NAMES.length]!
    nameIndex += 1
    return `${first} ${last}`
  }
  for (const [index, area] of LOCAL_GROUP_AREAS.entries()) {
    const group = await call['register.createBody'](ctx, {
      name: `Trygghetsgrupp ${area}`,
      kind: 'localGroup',
      area,
      parentId: council.id,
    })
    localGroupIds.push(group.id)
    const organisations = [
      'pol',
      index % 2 === 0 ? 'kof' : 'soc',
      LOCAL_EXTRA[index % LOCAL_EXTRA.length]!,
    ]
    if (index % 3 === 0) organisations.push(LOCAL_EXTRA[(index + 2) % LOCAL_EXTRA.length]!)
    // The groups that meet in the example have the council's secretary keep their minutes too.
    if (index < EXAMPLE_MEETING_GROUPS && secretaryId !== null)
      await call['register.addMembership'](ctx, {
        bodyId: group.id,
        personId: secretaryId,
        role: 'secretary',
        seatId: null,
        deputyForId: null,
        from: START,
        to: null,
      })
    for (const [seatIndex, key] of organisations.entries()) {
      const seat = await call['register.addSeat'](ctx, {
        bodyId: group.id,
        organisationId: organisationIds[key]!,
        label: null,
      })
      const holder = await person(
        nextName(),
        seatIndex === 0 ? 'Områdespolis' : 'Kontaktperson',
        key,
      )
      await call['register.addMembership'](ctx, {
        bodyId: group.id,
        personId: holder.id,
        role: seatIndex === 1 ? 'chair' : 'member',
        seatId: seat.id,
        deputyForId: null,
        from: START,
        to: null,
      })
      if (seatIndex < 2) {
        const deputy = await person(
          nextName(),
          seatIndex === 0 ? 'Polisassistent' : 'Handläggare',
          key,
        )
        await call['register.addMembership'](ctx, {
          bodyId: group.id,
          personId: deputy.id,
          role: 'deputy',
          seatId: seat.id,
          deputyForId: null,
          from: START,
          to: null,
        })
      }
    }
  }
  return { councilId: council.id, localGroupIds, organisationIds }
}
