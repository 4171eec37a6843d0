import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createTestDatabase, type TestDatabase } from '../support/testDatabase.ts'
import { exampleWorld } from '../support/world.ts'

let db: TestDatabase
let groups: { id: number; name: string }[]
beforeAll(async () => {
  db = await createTestDatabase()
  groups = (await exampleWorld(db)).groups
}, 120_000)
afterAll(() => db.close())

describe('the example data for local groups', () => {
  it('three local groups have meetings, attendance and minutes, and every meeting document can be written for each', async () => {
    const year = Number(db.clock.today().slice(0, 4))
    const withMeetings = []
    for (const group of groups) {
      const meetings = await db.call('meetings.list', { bodyId: group.id, from: null, to: null })
      if (meetings.length > 0) withMeetings.push({ group, meetings })
    }
    expect(withMeetings.map(({ group }) => group.name)).toEqual([
      'Trygghetsgrupp Alnö',
      'Trygghetsgrupp Bosvedjan',
      'Trygghetsgrupp Centrum',
    ])
    for (const { group, meetings } of withMeetings) {
      const held = meetings.filter((meeting) => meeting.date < db.clock.today())
      const upcoming = meetings.find((meeting) => meeting.date >= db.clock.today())!
      expect(upcoming, group.name).toBeDefined()
      const last = held.at(-1)!
      const attendance = await db.call('attendance.get', { meetingId: last.id })
      expect(
        attendance.attendees.filter((person) => person.status === 'present').length,
        group.name,
      ).toBeGreaterThan(1)
      const minutes = await db.call('minutes.get', { meetingId: last.id })
      expect(minutes.paragraphs.length, group.name).toBeGreaterThan(5)
      const decided = minutes.paragraphs.find((paragraph) => paragraph.decisions.length > 0)!
      expect(decided, group.name).toBeDefined()

      const written = [
        await db.call('exports.noticeDocx', { meetingId: upcoming.id }),
        await db.call('exports.noticeIcs', { meetingId: upcoming.id }),
        await db.call('exports.minutesDocx', { meetingId: last.id }),
        await db.call('exports.extractDocx', { meetingId: last.id, paragraph: decided.number }),
        await db.call('exports.situationDocx', { meetingId: last.id }),
        await db.call('exports.attendanceXlsx', { bodyId: group.id, year }),
        await db.call('exports.yearPlanXlsx', { bodyId: group.id, year }),
        await db.call('exports.yearPlanIcs', { bodyId: group.id, year }),
      ]
      const area = group.name.replace('Trygghetsgrupp ', '')
      for (const file of written) expect(file.fileName, group.name).toContain(area)
    }
  }, 120_000)
})
