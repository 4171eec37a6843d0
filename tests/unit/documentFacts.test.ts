import JSZip from 'jszip'
import { afterEach, describe, expect, it } from 'vitest'
import { wordTextOf } from '../support/wordText.ts'
import { fixedClock } from '../../src/main/context.ts'
import { createTestDatabase, type TestDatabase } from '../support/testDatabase.ts'
import { buildWorld } from '../support/world.ts'

let db: TestDatabase
afterEach(async () => db?.close())

const lastText = async () => {
  const zip = await JSZip.loadAsync(db.host.saved.at(-1)!.data)
  const xml = await zip.file('word/document.xml')!.async('string')
  const core = await zip.file('docProps/core.xml')!.async('string')
  const text = wordTextOf(xml)
  return { text, core }
}

describe('who and which number the documents name', () => {
  it('a local group without a secretary of its own: its notice, minutes and extract name the council’s secretary', async () => {
    db = await createTestDatabase({ clock: fixedClock('2026-11-25T10:00:00+01:00') })
    const world = await buildWorld(db, { localGroup: true })
    const groupId = world.localGroupId!
    const upcoming = await world.meeting('2026-12-03', { bodyId: groupId })
    await db.call('exports.noticeDocx', { meetingId: upcoming.id })
    const notice = await lastText()
    expect(notice.text).toContain('Anmäl förhinder till sekreteraren Sara (sara@exempel.se)')
    expect(notice.core).toContain('<dc:creator>Sara</dc:creator>')

    const held = await world.meeting('2026-11-12', { bodyId: groupId })
    await db.call('attendance.setStatus', {
      meetingId: held.id,
      personId: world.people.karin,
      status: 'present',
    })
    const minutes = await db.call('minutes.begin', { meetingId: held.id, struckItemIds: [] })
    await db.call('exports.minutesDocx', { meetingId: held.id })
    const protocol = await lastText()
    expect(protocol.core).toContain('<dc:creator>Sara</dc:creator>')
    expect(protocol.text).toMatch(/Sara\nSekreterare/)
    await db.call('exports.extractDocx', {
      meetingId: held.id,
      paragraph: minutes.paragraphs[0]!.number,
    })
    expect((await lastText()).text).toMatch(/Sara\nSekreterare, Trygghetsgrupp Alnö/)
  })

  it('protocols are numbered per body and calendar year: the second of 2026, then the first of 2027', async () => {
    db = await createTestDatabase({ clock: fixedClock('2027-01-25T10:00:00+01:00') })
    const world = await buildWorld(db)
    const meetings = [
      await world.meeting('2026-10-06'),
      await world.meeting('2026-12-08'),
      await world.meeting('2027-01-12'),
    ]
    for (const meeting of meetings) {
      await world.rollCall(meeting.id)
      await db.call('minutes.begin', { meetingId: meeting.id, struckItemIds: [] })
    }
    await db.call('exports.minutesDocx', { meetingId: meetings[1]!.id })
    expect((await lastText()).text).toContain('Protokoll 2/2026')
    await db.call('exports.minutesDocx', { meetingId: meetings[2]!.id })
    expect((await lastText()).text).toContain('Protokoll 1/2027')
  })
})
