import type { AttendanceStatus } from '../../src/shared/api/attendance.ts'
import type { CallInput } from '../../src/shared/api/index.ts'
import type { OrganisationKind, Role } from '../../src/shared/domain/register.ts'
import type { TestDatabase } from './testDatabase.ts'

/** The day every membership in the world starts. */
export const TERM_FROM = '2020-01-01'

/**
 * The one test world, built through the procedures as a user would: the council "Trygghetsrådet"
 * with five seats for four organisations, and its people.
 *
 * - Polisen holds two seats: Petra (chair) and Pelle. Kommunen: Karin. Kyrkan: Kent. Regionen: Rita.
 * - Deputies: Dora personal for Petra; Doris for Petra's seat; Dan (Polisen) personal for Pelle;
 *   Kim (Kyrkan) for Kyrkan's seat. Sara (Kommunen) is the secretary.
 * - `seated: false` stops before anyone takes a role: the seats are empty, the people free.
 * - `localGroup: true` adds Trygghetsgrupp Alnö under the council, Karin its member.
 */
export async function buildWorld(
  db: TestDatabase,
  options: { seated?: boolean; localGroup?: boolean } = {},
) {
  const organisation = async (name: string, kind: OrganisationKind) =>
    (await db.call('register.createOrganisation', { name, kind })).id
  const organisations = {
    police: await organisation('Polisen', 'police'),
    municipality: await organisation('Kommunen', 'municipalDepartment'),
    church: await organisation('Kyrkan', 'faithCommunity'),
    region: await organisation('Regionen', 'region'),
  }
  const council = await db.call('register.createBody', { name: 'Trygghetsrådet', kind: 'council' })
  const bodyId = council.id
  const person = async (name: string, organisationId: number) =>
    (
      await db.call('register.createPerson', {
        name,
        organisationId,
        email: `${name.toLowerCase()}@exempel.se`,
      })
    ).id
  const people = {
    petra: await person('Petra', organisations.police),
    pelle: await person('Pelle', organisations.police),
    karin: await person('Karin', organisations.municipality),
    kent: await person('Kent', organisations.church),
    rita: await person('Rita', organisations.region),
    dora: await person('Dora', organisations.police),
    doris: await person('Doris', organisations.police),
    dan: await person('Dan', organisations.police),
    kim: await person('Kim', organisations.church),
    sara: await person('Sara', organisations.municipality),
  }
  const seat = async (organisationId: number, body = bodyId) =>
    (await db.call('register.addSeat', { bodyId: body, organisationId })).id
  const seats = {
    police1: await seat(organisations.police),
    police2: await seat(organisations.police),
    municipality: await seat(organisations.municipality),
    church: await seat(organisations.church),
    region: await seat(organisations.region),
  }
  /** The seated members, chair first: whom a roll call marks. */
  const members = [people.petra, people.pelle, people.karin, people.kent, people.rita]
  const role = (
    personId: number,
    role: Role,
    {
      seatId = null,
      deputyForId = null,
      body = bodyId,
    }: { seatId?: number | null; deputyForId?: number | null; body?: number } = {},
  ) =>
    db.call('register.addMembership', {
      bodyId: body,
      personId,
      role,
      seatId,
      deputyForId,
      from: TERM_FROM,
      to: null,
    })
  let localGroupId: number | null = null
  if (options.seated !== false) {
    const petra = await role(people.petra, 'chair', { seatId: seats.police1 })
    const pelle = await role(people.pelle, 'member', { seatId: seats.police2 })
    await role(people.karin, 'member', { seatId: seats.municipality })
    await role(people.kent, 'member', { seatId: seats.church })
    await role(people.rita, 'member', { seatId: seats.region })
    await role(people.dora, 'deputy', { deputyForId: petra.id })
    await role(people.doris, 'deputy', { seatId: seats.police1 })
    await role(people.dan, 'deputy', { deputyForId: pelle.id })
    await role(people.kim, 'deputy', { seatId: seats.church })
    await role(people.sara, 'secretary')
  }
  if (options.localGroup) {
    const group = await db.call('register.createBody', {
      name: 'Trygghetsgrupp Alnö',
      kind: 'localGroup',
      area: 'Alnö',
      parentId: bodyId,
    })
    localGroupId = group.id
    const groupSeat = await seat(organisations.municipality, group.id)
    await role(people.karin, 'member', { seatId: groupSeat, body: group.id })
  }

  /** A council meeting on the date, 13.15–15.00 in Stadshuset. */
  const meeting = (
    date: string,
    extra: Partial<NonNullable<CallInput<'meetings.create'>[0]>> = {},
  ) =>
    db.call('meetings.create', {
      bodyId,
      date,
      startTime: '13:15',
      endTime: '15:00',
      place: 'Stadshuset',
      ...extra,
    })
  /** The roll call: every seated member gets the status (present unless told). */
  const rollCall = async (meetingId: number, status: AttendanceStatus = 'present') => {
    for (const personId of members)
      await db.call('attendance.setStatus', { meetingId, personId, status })
  }

  return { bodyId, council, organisations, people, seats, members, localGroupId, meeting, rollCall }
}

export type World = Awaited<ReturnType<typeof buildWorld>>

/**
 * The example data a user loads with "Ladda exempeldata": Sundsvall's council with 14 local
 * groups and meetings back to 2012. For tests about history, rotation and documents at full size.
 */
export async function exampleWorld(db: TestDatabase) {
  await db.call('system.loadExampleData')
  const bodies = await db.call('register.listBodies')
  const council = bodies.find((body) => body.kind === 'council')!
  const groups = bodies.filter((body) => body.kind === 'localGroup')
  return { council, groups, bodies }
}
