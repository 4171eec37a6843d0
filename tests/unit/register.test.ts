import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { createTestDatabase, type TestDatabase, errorOf, brief } from '../support/testDatabase.ts'
import { buildWorld } from '../support/world.ts'

let db: TestDatabase
beforeEach(async () => {
  db = await createTestDatabase()
})
afterEach(async () => db.close())

describe('register', () => {
  it('keeps organisations sorted, counts their people and refuses a duplicate name', async () => {
    await db.call('register.createOrganisation', {
      name: 'Socialtjänsten',
      kind: 'municipalDepartment',
    })
    const police = await db.call('register.createOrganisation', {
      name: '  Polisen ',
      kind: 'police',
    })
    expect(police.name).toBe('Polisen')
    await db.call('register.createPerson', { name: 'Anna Holm', organisationId: police.id })
    const list = await db.call('register.listOrganisations')
    expect(list.map((row) => [row.name, row.peopleCount])).toEqual([
      ['Polisen', 1],
      ['Socialtjänsten', 0],
    ])
    const duplicate = await errorOf(
      db.call('register.createOrganisation', { name: 'Polisen', kind: 'police' }),
    )
    expect(duplicate.code).toBe('CONFLICT')
    expect(duplicate.message).toContain('Det finns redan en aktör som heter ”Polisen”')
  })

  it('questions a second person of the same name and saves them only when confirmed', async () => {
    const police = await db.call('register.createOrganisation', { name: 'Polisen', kind: 'police' })
    await db.call('register.createPerson', { name: 'Anna Holm', organisationId: police.id })
    const question = await errorOf(db.call('register.createPerson', { name: 'Anna Holm' }))
    expect(question.code).toBe('CONFLICT')
    expect(question.message).toContain('Det finns redan en person som heter ”Anna Holm”')
    expect(question.message).toContain('Anna Holm (Polisen)')
    expect((await db.call('register.listPeople', {})).length).toBe(1)

    const other = await db.call('register.createPerson', { name: 'Erik Lund' })
    const renamed = await errorOf(
      db.call('register.updatePerson', { id: other.id, name: 'Anna Holm' }),
    )
    expect(renamed.code).toBe('CONFLICT')
    expect((await db.call('register.listPeople', {})).map((person) => person.name)).toEqual([
      'Anna Holm',
      'Erik Lund',
    ])

    await db.call('register.createPerson', { name: 'Anna Holm', sameNameConfirmed: true })
    // Saving a person under their own name again asks nothing.
    await db.call('register.updatePerson', {
      id: other.id,
      name: 'Erik Lund',
      title: 'Poliskommissarie',
    })
    expect((await db.call('register.listPeople', {})).map((person) => person.name)).toEqual([
      'Anna Holm',
      'Anna Holm',
      'Erik Lund',
    ])
  })

  it('lists people by name with their organisation, searching by part of the name literally', async () => {
    const { organisations, people } = await buildWorld(db, { seated: false })
    await db.call('register.createPerson', {
      name: 'Cilla 100%_Ek',
      organisationId: null,
      email: 'cilla@exempel.se',
    })
    const all = await db.call('register.listPeople')
    expect(all.map((person) => [person.name, person.organisationName])).toEqual([
      ['Cilla 100%_Ek', null],
      ['Dan', 'Polisen'],
      ['Dora', 'Polisen'],
      ['Doris', 'Polisen'],
      ['Karin', 'Kommunen'],
      ['Kent', 'Kyrkan'],
      ['Kim', 'Kyrkan'],
      ['Pelle', 'Polisen'],
      ['Petra', 'Polisen'],
      ['Rita', 'Regionen'],
      ['Sara', 'Kommunen'],
    ])
    expect(all[0]).toMatchObject({ email: 'cilla@exempel.se', organisationId: null, title: null })
    expect(
      (await db.call('register.listPeople', { search: 'ri' })).map((person) => person.name),
    ).toEqual(['Doris', 'Karin', 'Rita'])
    expect(
      (await db.call('register.listPeople', { search: '0%_' })).map((person) => person.name),
    ).toEqual(['Cilla 100%_Ek'])
    expect(await db.call('register.listPeople', { search: '%' })).toHaveLength(1)
    expect(
      (await db.call('register.listPeople', { organisationId: organisations.police })).map(
        (person) => person.id,
      ),
    ).toContain(people.petra)
  })

  it('rejects an empty name and a bad e-mail with Swedish messages per field', async () => {
    const empty = await errorOf(
      db.call('register.createOrganisation', { name: '   ', kind: 'police' }),
    )
    expect(empty).toMatchObject({
      code: 'VALIDATION',
      issues: [{ path: 'name', message: 'Namnet får inte vara tomt.' }],
    })
    const email = await errorOf(db.call('register.createPerson', { name: 'Anna', email: 'anna@' }))
    expect(brief(email.issues)).toEqual([
      { path: 'email', message: 'Ogiltig e-postadress. Skriv den som namn@exempel.se.' },
    ])
    expect(await db.call('register.listPeople')).toEqual([])
  })

  it('refuses to delete an organisation that people belong to', async () => {
    const { organisations } = await buildWorld(db, { seated: false })
    const refused = await errorOf(
      db.call('register.deleteOrganisation', { id: organisations.police }),
    )
    expect(refused.code).toBe('CONFLICT')
    expect(refused.message).toContain('5 person(er) och 2 plats(er)')
  })

  it('shows who holds a seat and who deputises, personally and for the seat', async () => {
    const { council, seats, people } = await buildWorld(db, { seated: false })
    const cia = await db.call('register.createPerson', { name: 'Cia Berg' })
    const member = await db.call('register.addMembership', {
      bodyId: council.id,
      personId: people.petra,
      role: 'chair',
      seatId: seats.police1,
      from: '2026-01-01',
    })
    await db.call('register.addMembership', {
      bodyId: council.id,
      personId: people.pelle,
      role: 'deputy',
      deputyForId: member.id,
      from: '2026-01-01',
    })
    await db.call('register.addMembership', {
      bodyId: council.id,
      personId: cia.id,
      role: 'deputy',
      seatId: seats.police1,
      from: '2026-01-01',
    })
    const body = await db.call('register.getBody', { id: council.id })
    expect(body.seats[0]!.holders.map((holder) => [holder.personName, holder.role])).toEqual([
      ['Petra', 'chair'],
    ])
    expect(
      body.seats[0]!.deputies.map((deputy) => [deputy.personName, deputy.deputyForName]),
    ).toEqual([
      ['Cia Berg', null],
      ['Pelle', 'Petra'],
    ])
    // Petra's seat is taken; the world's other four seats stay empty.
    expect(body.vacantSeatCount).toBe(4)
  })

  it('allows one ordinary member per seat at a time, and keeps history when a term ends', async () => {
    const { council, seats, people } = await buildWorld(db, { seated: false })
    const first = await db.call('register.addMembership', {
      bodyId: council.id,
      personId: people.petra,
      role: 'member',
      seatId: seats.police1,
      from: '2025-01-01',
    })
    const taken = await errorOf(
      db.call('register.addMembership', {
        bodyId: council.id,
        personId: people.pelle,
        role: 'member',
        seatId: seats.police1,
        from: '2026-01-01',
      }),
    )
    expect(taken).toMatchObject({
      code: 'CONFLICT',
      message: expect.stringContaining('innehas redan av Petra'),
    })
    await db.call('register.endMembership', { id: first.id, to: '2025-12-31' })
    await db.call('register.addMembership', {
      bodyId: council.id,
      personId: people.pelle,
      role: 'member',
      seatId: seats.police1,
      from: '2026-01-01',
    })
    const body = await db.call('register.getBody', { id: council.id })
    expect(body.seats[0]!.holders.map((holder) => holder.personName)).toEqual(['Pelle'])
    expect(body.history.map((row) => [row.personName, row.to])).toEqual([['Petra', '2025-12-31']])
  })

  it('removes a seat added by mistake, but not one that has had a member (its history stays)', async () => {
    const { council, organisations, seats, people } = await buildWorld(db, { seated: false })
    const spare = await db.call('register.addSeat', {
      bodyId: council.id,
      organisationId: organisations.police,
    })
    await db.call('register.addMembership', {
      bodyId: council.id,
      personId: people.petra,
      role: 'member',
      seatId: seats.police1,
      from: '2025-01-01',
    })
    expect(await errorOf(db.call('register.removeSeat', { id: seats.police1 }))).toMatchObject({
      code: 'CONFLICT',
      message: expect.stringContaining('Avsluta deras uppdrag i stället'),
    })
    await db.call('register.removeSeat', { id: spare.id })
    const body = await db.call('register.getBody', { id: council.id })
    expect(body.seats.map((left) => left.id)).toEqual(Object.values(seats))
    expect(body.seats[0]!.holders.map((holder) => holder.personName)).toEqual(['Petra'])
  })

  it('refuses a term that ends before it starts, an impossible date and a seat-less member', async () => {
    const { council, seats, people } = await buildWorld(db, { seated: false })
    const backwards = await errorOf(
      db.call('register.addMembership', {
        bodyId: council.id,
        personId: people.petra,
        role: 'member',
        seatId: seats.police1,
        from: '2026-05-01',
        to: '2026-04-01',
      }),
    )
    expect(brief(backwards.issues)[0]).toEqual({
      path: 'to',
      message: 'Slutdatumet kan inte vara före startdatumet.',
    })
    const impossible = await errorOf(
      db.call('register.addMembership', {
        bodyId: council.id,
        personId: people.petra,
        role: 'member',
        seatId: seats.police1,
        from: '2026-02-30',
      }),
    )
    expect(impossible.issues?.[0]?.message).toBe(
      'Startdatumet måste vara ett riktigt datum, t.ex. 2026-02-10.',
    )
    const seatless = await errorOf(
      db.call('register.addMembership', {
        bodyId: council.id,
        personId: people.petra,
        role: 'member',
        from: '2026-01-01',
      }),
    )
    expect(seatless.message).toContain('måste ha en plats')
  })

  it('a local group belongs to a council', async () => {
    const orphan = await errorOf(
      db.call('register.createBody', { name: 'Trygghetsgrupp Haga', kind: 'localGroup' }),
    )
    expect(orphan.message).toBe('Välj vilket trygghetsråd den lokala gruppen hör till.')
    const { bodyId, localGroupId } = await buildWorld(db, { localGroup: true })
    const bodies = await db.call('register.listBodies')
    expect(bodies.find((body) => body.id === localGroupId)).toMatchObject({
      name: 'Trygghetsgrupp Alnö',
      parentId: bodyId,
    })
  })

  it('loads the example council with 14 local groups, deputies and history, only into an empty database', async () => {
    await db.call('system.loadExampleData')
    const bodies = await db.call('register.listBodies')
    expect(bodies).toHaveLength(15)
    expect(bodies[0]).toMatchObject({
      name: 'Trygghetsrådet',
      kind: 'council',
      seatCount: 11,
      vacantSeatCount: 0,
    })
    expect(
      bodies.filter((body) => body.kind === 'localGroup' && body.parentId === bodies[0]!.id),
    ).toHaveLength(14)
    const council = await db.call('register.getBody', { id: bodies[0]!.id })
    expect(council.seats.flatMap((seat) => seat.deputies).length).toBeGreaterThanOrEqual(6)
    expect(council.history.length).toBeGreaterThan(0)
    const again = await errorOf(db.call('system.loadExampleData'))
    expect(again.code).toBe('CONFLICT')
  })
})
