import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import JSZip from 'jszip'
import { CYCLE_DECISIONS, prepareCycle, walkCycle } from '../support/cycleWalk.ts'
import { expect, test } from './harness.ts'

// The whole cycle through the screens, as a secretary on a 1366×768 laptop. The number of user
// actions is a figure (npm run bench), printed here, not asserted.
test('the whole meeting cycle through the UI ends with adjusted minutes and their .docx', async ({
  app,
}) => {
  test.setTimeout(300_000)
  const { page, db } = app
  await page.setViewportSize({ width: 1366, height: 768 })
  const meeting = await prepareCycle(db)
  await page.reload()

  const secretary = await walkCycle(page, meeting)
  console.log(
    `hela mötescykeln: ${secretary.actions.length} användarhandlingar (${secretary
      .perStep()
      .map(([step, count]) => `${step} ${count}`)
      .join(', ')})`,
  )
  await app.screenshot('cycle-01-justerat')

  const minutes = await db.call('minutes.get', { meetingId: meeting.id })
  expect(minutes.adjustedOn).toBe(meeting.date)
  expect(minutes.adjusters).toHaveLength(2)
  const file = `Protokoll ${meeting.bodyName} ${meeting.date}.docx`
  const zip = await JSZip.loadAsync(readFileSync(join(app.downloads, file)))
  const text = (await zip.file('word/document.xml')!.async('string')).replace(/<[^>]+>/g, '')
  for (const decision of CYCLE_DECISIONS) expect(text).toContain(decision)
  expect(text).toContain('Sara Nyberg')
  // The edited action went to its new owner.
  expect(text).toContain('Bjuda in Bostadsbolaget Mittbo — ansvarig: Polisen')
})
