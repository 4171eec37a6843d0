import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import type { AttendanceDto } from '../../src/shared/api/attendance.ts'
import { swedish } from '../../src/shared/messages/index.ts'
import { createTestDatabase, type TestDatabase } from '../support/testDatabase.ts'
import { buildWorld } from '../support/world.ts'

let db: TestDatabase
beforeEach(async () => {
  db = await createTestDatabase()
})
afterEach(async () => db.close())

/**
 * attendance.get and attendance.deputyProposal read plain SQL rows (attendance/view.ts); every change
 * answers from the entities it changed. A reload must show exactly what the change showed.
 */
describe('the attendance screen after a reload', () => {
  it('shows exactly what each change answered: replies, serving deputies, ranges, notes, guests', async () => {
    const world = await buildWorld(db, { localGroup: true })
    const { people } = world
    const meeting = await world.meeting('2026-11-25')
    const items = meeting.items
    const meetingId = meeting.id
    const outsider = (
      await db.call('register.createPerson', {
        name: 'Olle Utanför',
        organisationId: world.organisations.region,
        email: 'olle@exempel.se',
      })
    ).id

    const changes: (() => Promise<AttendanceDto>)[] = [
      () =>
        db.call('attendance.setStatus', {
          meetingId,
          personId: people.petra,
          status: 'apologies',
          repliedOn: '2026-11-20',
        }),
      () =>
        db.call('attendance.setStatus', { meetingId, personId: people.dora, status: 'apologies' }),
      () =>
        db.call('attendance.setServing', {
          meetingId,
          deputyPersonId: people.doris,
          memberPersonId: people.petra,
          fromItemId: items[2]!.id,
          toItemId: null,
        }),
      () =>
        db.call('attendance.setStatus', { meetingId, personId: people.pelle, status: 'attending' }),
      () =>
        db.call('attendance.setStatus', { meetingId, personId: people.doris, status: 'present' }),
      () =>
        db.call('attendance.setStatus', { meetingId, personId: people.karin, status: 'present' }),
      () =>
        db.call('attendance.setRange', {
          meetingId,
          personId: people.karin,
          fromItemId: items[1]!.id,
          toItemId: items[4]!.id,
          note: 'Kom sent, gick tidigt.',
        }),
      () => db.call('attendance.setStatus', { meetingId, personId: people.rita, status: 'absent' }),
      () =>
        db.call('attendance.addGuest', {
          meetingId,
          name: 'Gun Gäst',
          organisation: 'Länsstyrelsen',
          note: 'Om trafiken',
        }),
      () => db.call('attendance.addGuest', { meetingId, personId: outsider }),
      () => db.call('attendance.markRestPresent', { meetingId }),
    ]
    for (const change of changes) {
      const answered = await change()
      expect(await db.call('attendance.get', { meetingId })).toEqual(answered)
      for (const proposal of answered.proposals) {
        expect(
          await db.call('attendance.deputyProposal', {
            meetingId,
            memberPersonId: proposal.memberPersonId,
          }),
        ).toEqual(proposal)
      }
    }

    // What the last answer said, as the secretary reads it on the screen.
    const view = await db.call('attendance.get', { meetingId })
    const byName = (name: string) => view.attendees.find((person) => person.name === name)!
    expect(byName('Doris')).toMatchObject({
      status: 'present',
      servingForName: 'Petra',
      group: 'deputy',
    })
    expect(swedish(byName('Doris').explanation!)).toBe('ersättare för platsen Polisen')
    expect(swedish(byName('Karin').rangeText!)).toBe('punkt 2–5')
    expect(byName('Karin')).toMatchObject({
      note: 'Kom sent, gick tidigt.',
      organisationName: 'Kommunen',
      email: 'karin@exempel.se',
    })
    expect(byName('Gun Gäst')).toMatchObject({
      group: 'guest',
      organisationName: 'Länsstyrelsen',
      note: 'Om trafiken',
    })
    expect(byName('Olle Utanför')).toMatchObject({ group: 'guest', organisationName: 'Regionen' })
    expect(view.proposals.map((proposal) => proposal.memberName)).toEqual(['Petra', 'Rita'])
    expect(view.seats.find((seat) => seat.holderName === 'Petra')?.servingDeputyName).toBe('Doris')
  })
})
