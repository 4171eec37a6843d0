import type { Page } from '@playwright/test'
import { exampleWithCouncilMeetingToday } from './worlds.ts'
import { expect, test } from './harness.ts'

// Moving inside the app (the hash router), never reloading: every screen must show what a write on
// another screen changed, from the renderer's own cache being refreshed after the write.
const open = async (page: Page, hash: string, heading: string) => {
  await page.evaluate((target) => {
    ;(globalThis as unknown as { location: { hash: string } }).location.hash = target
  }, hash)
  await expect(page.getByRole('heading', { name: heading, exact: true })).toBeVisible()
}
const ATTENDANCE = 'Närvaro och upprop – Trygghetsrådet 2026-11-25'
const MINUTES = 'Protokoll Trygghetsrådet 2026-11-25'

test('a renamed person, a changed agenda and adjusted minutes show on every other screen without a reload', async ({
  app,
}) => {
  test.setTimeout(240_000)
  const { page, db } = app
  await page.setViewportSize({ width: 1366, height: 768 })
  const { meeting } = await exampleWithCouncilMeetingToday(db, { everyonePresent: true })
  await page.reload()
  const attendance = `#/meetings/${meeting.id}/attendance`
  const minutes = `#/meetings/${meeting.id}/minutes`

  // Both screens are read once, so their data sits in the cache.
  await open(page, attendance, ATTENDANCE)
  await expect(page.getByText('Anders Holm', { exact: true }).first()).toBeVisible()
  await open(page, minutes, MINUTES)
  await expect(page.getByText('Protokollet är inte påbörjat.')).toBeVisible()

  // Rename a person in the register: the attendance page shows the new name.
  await open(page, '#/register/people', 'Personer')
  await page.getByRole('button', { name: 'Anders Holm', exact: true }).click()
  await page.getByRole('dialog').getByLabel('Namn').fill('Anders Holmberg')
  await page.getByRole('dialog').getByRole('button', { name: 'Spara' }).click()
  await expect(page.getByRole('button', { name: 'Anders Holmberg' })).toBeVisible()
  await open(page, attendance, ATTENDANCE)
  await expect(page.getByText('Anders Holmberg').first()).toBeVisible()
  await expect(page.getByText('Anders Holm', { exact: true })).toHaveCount(0)
  await app.screenshot('refresh-01-narvaro-nytt-namn')

  // Change the agenda: the minutes and the attendance page show the new item.
  await open(page, `#/meetings/${meeting.id}`, 'Trygghetsrådet 2026-11-25')
  await page.getByRole('button', { name: 'Lägg till punkt' }).click()
  const item = page.getByRole('dialog', { name: 'Ny punkt' })
  await item.getByLabel('Rubrik').fill('Trygghetsdag 2027 – planering')
  await item.getByRole('button', { name: 'Spara' }).click()
  await expect(item).toBeHidden({ timeout: 30_000 })
  await app.screenshot('refresh-02-dagordning')
  await open(page, minutes, MINUTES)
  await expect(
    page.getByRole('checkbox', { name: 'Struken: Trygghetsdag 2027 – planering' }),
  ).toBeVisible()
  await app.screenshot('refresh-03-protokoll-ny-punkt')
  await open(page, attendance, ATTENDANCE)
  await page.getByRole('tab', { name: 'Punkter och beslutsförhet' }).click()
  await expect(page.getByRole('cell', { name: 'Trygghetsdag 2027 – planering' })).toBeVisible()

  // Adjust the minutes: the attendance page learns at once that it is locked.
  await open(page, minutes, MINUTES)
  await page.getByRole('button', { name: 'Börja protokollet' }).click()
  await expect(page.getByRole('region', { name: /§ \d+ Trygghetsdag 2027/ })).toBeVisible()
  await page.getByLabel('Justeringsdatum').fill('2026-11-25')
  await page.getByRole('button', { name: 'Protokollet är justerat' }).click()
  await page
    .getByRole('dialog', { name: 'Justera protokollet med datum 2026-11-25?' })
    .getByRole('button', { name: 'Protokollet är justerat' })
    .click()
  await expect(page.getByText('Protokollet justerades 2026-11-25 och är låst.')).toBeVisible()
  await app.screenshot('refresh-04-protokoll-justerat')
  await open(page, attendance, ATTENDANCE)
  await expect(page.getByText('Närvaron är låst').first()).toBeVisible()
  await app.screenshot('refresh-05-narvaro-last')
})
