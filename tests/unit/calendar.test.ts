import { execFileSync } from 'node:child_process'
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { foldOctets } from '../../src/main/exports/meetingCalendar.ts'
import { createTestDatabase, type TestDatabase } from '../support/testDatabase.ts'
import { exampleWorld } from '../support/world.ts'

let db: TestDatabase
let council: { id: number; name: string }
let work: string
beforeAll(async () => {
  db = await createTestDatabase()
  council = (await exampleWorld(db)).council
  work = mkdtempSync(join(tmpdir(), 'radsrum-ics-'))
}, 120_000)
afterAll(async () => {
  await db.close()
  rmSync(work, { recursive: true, force: true })
})

interface ReadEvent {
  uid: string
  summary: string
  description: string
  location: string
  start: string
  organizer: { address: string; name: string } | null
  attendees: { address: string; name: string; role: string }[]
}

/**
 * The file as a calendar program reads it: Python's icalendar (Debian's python3-icalendar, in the
 * system Python) parses it strictly and unfolds the lines.
 */
function readWithIcalendar(data: Uint8Array): ReadEvent[] {
  const path = join(work, `kalender-${Date.now()}.ics`)
  writeFileSync(path, data)
  const script = `
import json, sys, icalendar
cal = icalendar.Calendar.from_ical(open(sys.argv[1], 'rb').read())
def person(v):
    return {'address': str(v), 'name': str(v.params.get('CN', '')), 'role': str(v.params.get('ROLE', ''))}
events = []
for e in cal.walk('VEVENT'):
    attendees = e.get('ATTENDEE', [])
    if not isinstance(attendees, list): attendees = [attendees]
    org = e.get('ORGANIZER')
    events.append({'uid': str(e['UID']), 'summary': str(e['SUMMARY']), 'description': str(e.get('DESCRIPTION', '')),
      'location': str(e.get('LOCATION', '')), 'start': e.decoded('DTSTART').isoformat(),
      'organizer': person(org) if org is not None else None, 'attendees': [person(a) for a in attendees]})
print(json.dumps(events))
`
  return JSON.parse(
    execFileSync('/usr/bin/python3', ['-c', script, path], { encoding: 'utf8' }),
  ) as ReadEvent[]
}

const bytesPerLine = (data: Uint8Array) =>
  Buffer.from(data)
    .toString('utf8')
    .split('\r\n')
    .map((line) => Buffer.byteLength(line, 'utf8'))

const nextMeeting = async () =>
  (await db.call('meetings.list', { bodyId: council.id, from: null, to: null })).find(
    (meeting) => meeting.date >= db.clock.today(),
  )!

describe('calendar files', () => {
  it('an invitation reads in icalendar: the secretary organises, members and deputies attend, Swedish times, one UID kept in the database', async () => {
    const meeting = await nextMeeting()
    await db.call('exports.noticeIcs', { meetingId: meeting.id })
    const first = db.host.saved.at(-1)!.data
    const [event] = readWithIcalendar(first)
    expect(event!.organizer).toEqual({
      address: expect.stringMatching(/^mailto:\S+@\S+$/i),
      name: 'Eva Marklund',
      role: '',
    })
    const body = await db.call('register.getBody', { id: council.id, on: meeting.date })
    const people = await db.call('register.listPeople', {})
    const emailOf = (personId: number) => people.find((person) => person.id === personId)?.email
    const expected = (role: string, memberships: { personId: number; personName: string }[]) =>
      memberships
        .filter((membership) => emailOf(membership.personId))
        .map((membership) => ({
          address: `mailto:${emailOf(membership.personId)}`,
          name: membership.personName,
          role,
        }))
    const members = expected(
      'REQ-PARTICIPANT',
      body.seats.flatMap((seat) => seat.holders),
    )
    const deputies = expected(
      'OPT-PARTICIPANT',
      body.seats.flatMap((seat) => seat.deputies),
    )
    expect(members.length).toBeGreaterThan(3)
    expect(deputies.length).toBeGreaterThan(0)
    expect(event!.attendees.map((a) => ({ ...a, address: a.address.toLowerCase() }))).toEqual(
      [...members, ...deputies].map((a) => ({ ...a, address: a.address.toLowerCase() })),
    )
    expect(event!.summary).toBe(`${council.name}: sammanträde`)
    expect(event!.description).toMatch(/^Dagordning\n1\. kl\. 13\.15 /)
    expect(event!.description).not.toMatch(/\d:\d\d/)
    expect(event!.start).toBe(
      `${meeting.date}T${String(Number(meeting.startTime.slice(0, 2)) - 1).padStart(2, '0')}:15:00+00:00`,
    )

    // The UID is this database's random identity plus the meeting: stored, so the same meeting
    // keeps it (an updated invitation replaces the old one) …
    const native = await db.database.orm.em.getConnection().getNativeClient()
    const stored = native.prepare('select id from installation').all() as { id: string }[]
    expect(stored).toHaveLength(1)
    expect(event!.uid).toBe(`radsrum-${stored[0]!.id}-meeting-${meeting.id}@radsrum`)
    await db.call('exports.noticeIcs', { meetingId: meeting.id })
    expect(readWithIcalendar(db.host.saved.at(-1)!.data)[0]!.uid).toBe(event!.uid)
    // … and the year plan gives each meeting the same UID as its invitation.
    await db.call('exports.yearPlanIcs', {
      bodyId: council.id,
      year: Number(meeting.date.slice(0, 4)),
    })
    const plan = readWithIcalendar(db.host.saved.at(-1)!.data)
    expect(plan.length).toBeGreaterThan(3)
    expect(plan.find((planned) => planned.uid === event!.uid)?.start).toBe(event!.start)
    expect(plan.every((planned) => planned.organizer?.name === 'Eva Marklund')).toBe(true)
    expect(plan[0]!.description).toMatch(/kl\. \d\d\.\d\d–\d\d\.\d\d\./)
  }, 120_000)

  it('folds lines at 75 bytes, never inside an å, ä or ö, and writes no control characters', async () => {
    const meeting = await nextMeeting()
    // A long place full of two-byte letters and a pasted control character.
    const place = `Rådhuset, sammanträdesrummet Ödmården på plan två, ingång från Storgatan ${'åäö'.repeat(30)}\u0007`
    const { id, version, date, startTime, endTime, noticeDate, replyBy } = await db.call(
      'meetings.get',
      { id: meeting.id },
    )
    await db.call('meetings.update', {
      ...{ id, version, date, startTime, endTime, noticeDate, replyBy },
      place,
    })
    await db.call('exports.noticeIcs', { meetingId: meeting.id })
    const data = db.host.saved.at(-1)!.data
    const lengths = bytesPerLine(data)
    expect(Math.max(...lengths)).toBeLessThanOrEqual(75)
    expect(lengths.filter((length) => length > 72).length).toBeGreaterThan(3)
    // Each line is valid UTF-8 on its own: no character was split between two lines.
    for (const line of Buffer.from(data).toString('latin1').split('\r\n'))
      expect(Buffer.from(line, 'latin1').toString('utf8')).not.toContain('\uFFFD')
    // eslint-disable-next-line no-control-regex
    const control = /[\u0000-\u001f\u007f]/
    expect(Buffer.from(data).toString('utf8').replace(/\r\n/g, '')).not.toMatch(control)
    const [event] = readWithIcalendar(data)
    expect(event!.location).toBe(place.slice(0, -1))
  }, 120_000)

  it('foldOctets keeps a four-byte character whole at the boundary', () => {
    const folded = foldOctets(`DESCRIPTION:${'a'.repeat(61)}😀😀`)
    expect(folded.split('\r\n').map((line) => Buffer.byteLength(line, 'utf8'))).toEqual([73, 9])
    expect(folded.replace(/\r\n /g, '')).toBe(`DESCRIPTION:${'a'.repeat(61)}😀😀`)
  })
})
