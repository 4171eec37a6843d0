import { afterEach, describe, expect, it } from 'vitest'
import { fixedClock } from '../../src/main/context.ts'
import { createTestDatabase, type TestDatabase } from '../support/testDatabase.ts'
import { buildWorld } from '../support/world.ts'

let db: TestDatabase
afterEach(async () => db?.close())

/**
 * minutes.get reads plain SQL rows (minutes/load.ts): what the minutes page shows around the §§
 * — previous minutes, chair and secretary, adjusters, agenda numbers, situation, follow-up.
 */
describe('the minutes page of a meeting', () => {
  it('shows the previous minutes, roles, adjusters, numbered agenda, situation and follow-up', async () => {
    db = await createTestDatabase({ clock: fixedClock('2026-11-25T10:00:00+01:00') })
    const world = await buildWorld(db)
    const held = async (date: string) => {
      const meeting = await world.meeting(date, { noticeDate: null, replyBy: null })
      await world.rollCall(meeting.id)
      return meeting
    }
    const autumn = await held('2026-09-01')
    const first = await db.call('minutes.begin', { meetingId: autumn.id, struckItemIds: [] })
    const decided = first.paragraphs[6]!
    const action = await db.call('minutes.addAction', {
      paragraphId: decided.id,
      description: 'Kartlägga trafiken vid skolan',
      ownerOrganisationId: world.organisations.police,
      dueDate: '2026-12-31',
    })
    await db.call('minutes.saveSituation', {
      meetingId: autumn.id,
      version: 1,
      concerns: 'Klotter vid busstationen',
      events: 'Inbrott i förråd',
      measures: 'Trygghetsvandring i oktober',
    })
    const adjusted = await db.call('minutes.adjust', {
      meetingId: autumn.id,
      version: first.version,
      adjustedOn: '2026-09-08',
    })
    expect(adjusted).toMatchObject({ locked: true, adjustedOn: '2026-09-08' })

    const november = await held('2026-11-03')
    const before = await db.call('minutes.get', { meetingId: november.id })
    expect(before).toMatchObject({
      begun: false,
      version: 0,
      adjusters: [],
      locked: false,
      chairName: 'Petra',
      secretaryName: 'Sara',
      bodyName: 'Trygghetsrådet',
      place: 'Stadshuset',
      previous: {
        meetingId: autumn.id,
        date: '2026-09-01',
        paragraphs: `§§ 1–${first.paragraphs.length}`,
        adjustedOn: '2026-09-08',
      },
      situation: {
        meetingId: autumn.id,
        concerns: 'Klotter vid busstationen',
        measures: 'Trygghetsvandring i oktober',
      },
    })
    expect(before.agenda.every((item) => item.number === null)).toBe(true)
    expect(before.followUp.map((open) => open.description)).toEqual([
      'Kartlägga trafiken vid skolan',
    ])
    expect(before.proposedAdjusters.map((person) => person.name)).toEqual(['Kent', 'Rita'])

    const begun = await db.call('minutes.begin', { meetingId: november.id, struckItemIds: [] })
    const report = begun.paragraphs[6]!
    await db.call('minutes.reportAction', {
      id: action.id,
      version: action.version,
      status: 'done',
      paragraphId: report.id,
    })
    const shown = await db.call('minutes.get', { meetingId: november.id })
    expect(shown).toMatchObject({
      begun: true,
      adjusters: [{ name: 'Kent' }, { name: 'Rita' }],
      adjustOverdue: true,
      // The meeting starts from the situation it was given; it is its own from now on.
      situation: { meetingId: november.id, concerns: 'Klotter vid busstationen' },
    })
    expect(shown.agenda.map((item) => item.number)).toEqual(
      shown.paragraphs.map((paragraph) => paragraph.number),
    )
    expect(shown.agenda[0]!.number).toBe(first.paragraphs.length + 1)
    expect(shown.paragraphs[6]!.reported).toMatchObject([
      { description: 'Kartlägga trafiken vid skolan', status: 'done' },
    ])
    // Reported done here: still in the follow-up, once, with where it was reported.
    expect(shown.followUp).toMatchObject([
      { id: action.id, status: 'done', reportedParagraph: report.number },
    ])
    expect(shown.presence.members.map((entry) => entry.name)).toEqual([
      'Petra',
      'Pelle',
      'Karin',
      'Kent',
      'Rita',
    ])
    expect(shown.phrases.length).toBeGreaterThan(0)
    expect(await db.call('minutes.get', { meetingId: november.id })).toEqual(shown)
  })
})
