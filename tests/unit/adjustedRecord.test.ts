/**
 * Signed minutes stay as they were signed: whatever is changed in the register afterwards (a
 * renamed person, organisation or body, a new seat, a membership ended back in time, another quorum
 * rule, other standard phrases, an action reported on later), the protocol, its extract and the
 * meeting's attendance read exactly as on the day they were adjusted.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { MinutesDto } from '../../src/shared/api/minutes.ts'
import { runSql, sql } from '../../src/main/db/sqlWhere.ts'
import { wordPart, wordTextOf } from '../support/wordText.ts'
import { createTestDatabase, errorOf, type TestDatabase } from '../support/testDatabase.ts'
import { exampleWorld } from '../support/world.ts'

let db: TestDatabase
let council: { id: number; name: string }
beforeAll(async () => {
  db = await createTestDatabase()
  council = (await exampleWorld(db)).council
}, 120_000)
afterAll(() => db.close())

const meetingsOf = async (status: string) =>
  (await db.call('meetings.list', { bodyId: council.id, from: null, to: null })).filter(
    (meeting) => meeting.status === status,
  )

const wordText = async (
  procedure: 'exports.minutesDocx' | 'exports.extractDocx',
  input: object,
) => {
  await db.call(procedure, input as never)
  return wordTextOf(await wordPart(db.host.saved.at(-1)!.data))
}

/** What the minutes page shows of the protocol, leaving out what goes on after it (follow-up). */
const shown = (minutes: MinutesDto) => ({
  ...minutes,
  version: undefined,
  followUp: undefined,
  previous: undefined,
  phrases: undefined,
  paragraphs: minutes.paragraphs.map((paragraph) => ({
    ...paragraph,
    actions: paragraph.actions.map((action) => ({
      ...action,
      status: undefined,
      version: undefined,
      overdue: undefined,
    })),
  })),
})

async function whatTheyShow(meetingId: number, paragraph: number) {
  return {
    minutes: shown(await db.call('minutes.get', { meetingId })),
    attendance: await db.call('attendance.get', { meetingId }),
    document: await wordText('exports.minutesDocx', { meetingId }),
    extract: await wordText('exports.extractDocx', { meetingId, paragraph }),
  }
}

describe('adjusted minutes read as they were signed', () => {
  it('whichever procedure changes the register, the quorum rule, the phrases or the actions afterwards', async () => {
    // The latest adjusted council minutes in which an action was reported on.
    let adjusted = (await meetingsOf('minutesAdjusted')).at(-1)!
    let minutes = await db.call('minutes.get', { meetingId: adjusted.id })
    for (const candidate of (await meetingsOf('minutesAdjusted')).reverse()) {
      adjusted = candidate
      minutes = await db.call('minutes.get', { meetingId: candidate.id })
      if (minutes.paragraphs.some((paragraph) => paragraph.reported.length > 0)) break
    }
    const decided = minutes.paragraphs.find((paragraph) => paragraph.decisions.length > 0)!
    const signed = await whatTheyShow(adjusted.id, decided.number)
    const chair = minutes.presence.members.find((member) => member.role === 'chair')!
    expect(signed.document).toContain(`${chair.name}, ${chair.organisationName} (ordförande)`)
    expect(signed.document).toContain(`${council.name.toUpperCase()}`)
    const reported = minutes.paragraphs.flatMap((paragraph) => paragraph.reported)
    const decidedHere = minutes.paragraphs.flatMap((paragraph) => paragraph.actions)
    expect(reported.length, 'the example reports on an action at this meeting').toBeGreaterThan(0)
    expect(decidedHere.length, 'the example decides an action at this meeting').toBeGreaterThan(0)

    const people = await db.call('register.listPeople')
    const person = people.find((candidate) => candidate.id === chair.personId)!
    const organisation = (await db.call('register.listOrganisations')).find(
      (candidate) => candidate.id === person.organisationId,
    )!
    const body = await db.call('register.getBody', { id: council.id })
    const chairSeat = body.seats.find((seat) =>
      seat.holders.some((holder) => holder.personId === chair.personId),
    )!
    const chairMembership = chairSeat.holders.find((holder) => holder.personId === chair.personId)!
    const changes: [string, () => Promise<unknown>][] = [
      [
        'the chair renamed',
        () =>
          db.call('register.updatePerson', {
            id: person.id,
            name: 'Maria Omdöpt',
            title: person.title,
            organisationId: person.organisationId,
            email: person.email,
            phone: person.phone,
          }),
      ],
      [
        'the organisation renamed',
        () =>
          db.call('register.updateOrganisation', {
            id: organisation.id,
            name: 'Fritidsförvaltningen',
            kind: organisation.kind,
            contact: organisation.contact,
          }),
      ],
      [
        'the council renamed',
        () =>
          db.call('register.updateBody', {
            id: council.id,
            name: 'Brottsförebyggande rådet',
            kind: 'council',
            area: null,
            parentId: null,
          }),
      ],
      [
        'a seat added',
        () =>
          db.call('register.addSeat', {
            bodyId: council.id,
            organisationId: organisation.id,
            label: null,
          }),
      ],
      [
        "the chair's membership ended before the meeting",
        () => db.call('register.endMembership', { id: chairMembership.id, to: '2020-01-01' }),
      ],
      [
        'another quorum rule',
        () =>
          db.call('attendance.setRule', {
            bodyId: council.id,
            rule: { kind: 'minimum', count: 11 },
          }),
      ],
      [
        'other standard phrases',
        () =>
          db.call('minutes.savePhrases', {
            bodyId: council.id,
            phrases: ['Inget att rapportera.'],
          }),
      ],
      ...reported.map((action): [string, () => Promise<unknown>] => [
        `the reported action "${action.description}" struck later (refused)`,
        async () => {
          const now = (
            await db.call('minutes.listActions', { filter: 'all', bodyId: council.id })
          ).find((candidate) => candidate.id === action.id)!
          const refused = await errorOf(
            db.call('minutes.reportAction', {
              id: action.id,
              version: now.version,
              status: 'struck',
              paragraphId: null,
            }),
          )
          expect(refused.code).toBe('CONFLICT')
        },
      ]),
      ...decidedHere.map((action): [string, () => Promise<unknown>] => [
        `the action "${action.description}" decided here done later`,
        async () => {
          const now = (
            await db.call('minutes.listActions', { filter: 'all', bodyId: council.id })
          ).find((candidate) => candidate.id === action.id)!
          return db.call('minutes.reportAction', {
            id: action.id,
            version: now.version,
            status: 'done',
            paragraphId: null,
          })
        },
      ]),
    ]
    for (const [change, call] of changes) {
      await call()
      expect(await whatTheyShow(adjusted.id, decided.number), change).toEqual(signed)
    }
    // The follow-up of what was decided goes on, and the minutes page shows it.
    const followed = await db.call('minutes.get', { meetingId: adjusted.id })
    for (const action of followed.paragraphs.flatMap((paragraph) => paragraph.actions))
      expect(action.status, action.description).toBe('done')
    // The register itself did change: a meeting still to come follows it.
    const coming = (await meetingsOf('planned')).at(-1)!
    expect((await db.call('attendance.get', { meetingId: coming.id })).bodyName).toBe(
      'Brottsförebyggande rådet',
    )
  }, 120_000)

  it('the record itself refuses to be rewritten, whatever code tries', async () => {
    const adjusted = (await meetingsOf('minutesAdjusted'))[0]!
    const error = await runSql(
      db.database.orm.em.fork(),
      sql`update adjusted_record set minutes = '{}' where minutes_id = (select id from minutes where meeting_id = ${adjusted.id})`,
    ).then(
      () => null,
      (failure: Error) => failure.message,
    )
    expect(error).toContain('Ett justerat protokoll ändras inte.')
    expect(
      (await db.call('minutes.get', { meetingId: adjusted.id })).paragraphs.length,
    ).toBeGreaterThan(0)
  })
})
