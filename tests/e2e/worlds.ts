import type { TestDatabase } from '../support/testDatabase.ts'

/** The day the test database's clock says (tests/support/testDatabase.ts). */
const TEST_TODAY = '2026-11-25'

/**
 * The example data and an extra council meeting today, so the roll call can be taken; with
 * `everyonePresent` the roll call is done too (every member present), so adjusters can be proposed.
 */
export async function exampleWithCouncilMeetingToday(
  db: TestDatabase,
  { place = 'Stadshuset, sal B', everyonePresent = false } = {},
) {
  await db.call('system.loadExampleData')
  const council = (await db.call('register.listBodies')).find((body) => body.kind === 'council')!
  const meeting = await db.call('meetings.create', {
    bodyId: council.id,
    date: TEST_TODAY,
    startTime: '13:15',
    endTime: '15:00',
    place,
  })
  const members = (await db.call('register.getBody', { id: council.id })).seats.flatMap(
    (seat) => seat.holders,
  )
  if (everyonePresent)
    for (const member of members)
      await db.call('attendance.setStatus', {
        meetingId: meeting.id,
        personId: member.personId,
        status: 'present',
      })
  return { council, meeting, members }
}
