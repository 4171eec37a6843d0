import Database from 'better-sqlite3'
import JSZip from 'jszip'
import type { Page } from '@playwright/test'
import { exampleWithCouncilMeetingToday } from './worlds.ts'
import { expect, test, type AppHarness } from './harness.ts'
import { axeViolations, seriousOnly } from './axe.ts'

test.describe.configure({ timeout: 150_000 })

/** Today's council meeting (the test clock says 2026-11-25) with everyone present and the minutes begun. */
async function begunMinutes(app: AppHarness) {
  const { db, page } = app
  const { meeting } = await exampleWithCouncilMeetingToday(db, { everyonePresent: true })
  const minutes = await db.call('minutes.begin', { meetingId: meeting.id })
  await page.setViewportSize({ width: 1366, height: 768 })
  await page.goto(new URL(`#/meetings/${meeting.id}/minutes`, page.url()).href)
  await expect(page.getByRole('region', { name: /§ \d+ Övriga frågor/ })).toBeVisible()
  const paragraph = (title: string) => minutes.paragraphs.find((p) => p.title === title)!
  return { meeting, minutes, paragraph }
}

const paragraphText = async (app: AppHarness, meetingId: number, id: number) => {
  const minutes = await app.db.call('minutes.get', { meetingId })
  const found = minutes.paragraphs.find((paragraph) => paragraph.id === id)!
  return { text: found.text, decisions: found.decisions.map((decision) => decision.text) }
}

const region = (page: Page) => page.getByRole('region', { name: /§ \d+ Övriga frågor/ })

test('text typed in a § survives leaving the page at once, and a reload right after typing', async ({
  app,
}) => {
  const { page } = app
  const { meeting, paragraph } = await begunMinutes(app)
  const other = region(page)
  const text = other.getByLabel('Redogörelse')
  await text.click()
  await page.keyboard.press('Control+A')
  await page.keyboard.type('Polisen tog upp klotter vid Stenstaden.')
  // After "Lägg till beslut" the new decision has focus, with the cursor after "att ".
  await other.getByRole('button', { name: 'Lägg till beslut' }).click()
  await expect(other.getByRole('textbox', { name: 'Beslut 1' })).toBeFocused()
  await page.keyboard.type('kartlägga klottret')
  // Leave straight away with the browser's Back (the mouse's back button): focus never leaves the
  // field, so only the save on leaving the page can keep the text.
  await page.goBack()
  await expect(region(page)).toHaveCount(0)
  await expect
    .poll(() => paragraphText(app, meeting.id, paragraph('Övriga frågor').id))
    .toEqual({
      text: 'Polisen tog upp klotter vid Stenstaden.',
      decisions: ['att kartlägga klottret'],
    })
  await page.reload()
  await page.goto(new URL(`#/meetings/${meeting.id}/minutes`, page.url()).href)
  await expect(region(page).getByLabel('Redogörelse')).toHaveValue(
    'Polisen tog upp klotter vid Stenstaden.',
  )
  await expect(region(page).getByRole('textbox', { name: 'Beslut 1' })).toHaveValue(
    'att kartlägga klottret',
  )

  // A reload right after typing (a crash, a closed window): the draft kept on every keystroke comes back.
  await region(page).getByLabel('Redogörelse').press('End')
  await page.keyboard.type(' Frågan diskuterades.')
  await page.reload()
  await expect(region(page).getByLabel('Redogörelse')).toHaveValue(
    'Polisen tog upp klotter vid Stenstaden. Frågan diskuterades.',
  )
  // … and it is saved from there; Ctrl+S saves now and leaves focus in the text.
  await region(page).getByLabel('Redogörelse').click()
  await page.keyboard.press('Control+s')
  await expect(region(page).getByRole('status')).toHaveText('Sparat')
  await expect(region(page).getByLabel('Redogörelse')).toBeFocused()
  expect((await paragraphText(app, meeting.id, paragraph('Övriga frågor').id)).text).toBe(
    'Polisen tog upp klotter vid Stenstaden. Frågan diskuterades.',
  )
  await page.screenshot({ path: 'test-results/screenshots/minutes-kept-01-sparat.png' })
})

test('an immediate adjustment asks first, keeps the text just typed, and can be undone', async ({
  app,
}) => {
  const { page } = app
  const { meeting, paragraph } = await begunMinutes(app)
  const other = region(page)
  await other.getByLabel('Redogörelse').fill('Beslutet behövs i dag.')
  await other.getByRole('button', { name: 'Lägg till beslut' }).click()
  await page.keyboard.type('anta åtgärdsplanen')
  await other.getByRole('button', { name: 'Justera omedelbart' }).click()
  const dialog = page.getByRole('dialog', { name: /Justera § \d+ omedelbart\?/ })
  await expect(dialog.getByRole('button', { name: 'Justera omedelbart' })).toBeFocused()
  await page.screenshot({ path: 'test-results/screenshots/minutes-kept-02-omedelbart.png' })
  expect(seriousOnly(await axeViolations(page))).toEqual([])
  await dialog.getByRole('button', { name: 'Justera omedelbart' }).click()
  await expect(other.getByText('Omedelbart justerad')).toBeVisible()
  await expect(other.getByText('Beslutet behövs i dag.')).toBeVisible()
  await expect(other.getByText('att anta åtgärdsplanen')).toBeVisible()
  expect(await paragraphText(app, meeting.id, paragraph('Övriga frågor').id)).toEqual({
    text: 'Beslutet behövs i dag.',
    decisions: ['att anta åtgärdsplanen'],
  })

  await other.getByRole('button', { name: 'Ångra omedelbar justering' }).click()
  await expect(other.getByLabel('Redogörelse')).toHaveValue('Beslutet behövs i dag.')
  await expect(other.getByText('Omedelbart justerad')).toHaveCount(0)
})

test('an edited action item shows its new owner in the exported minutes', async ({ app }) => {
  const { page, db } = app
  const { paragraph } = await begunMinutes(app)
  const people = await db.call('register.listPeople', {})
  const [first, second] = [people[0]!, people[1]!]
  await db.call('minutes.addAction', {
    paragraphId: paragraph('Övriga frågor').id,
    description: 'Kartlägga klottret i Stenstaden',
    ownerPersonId: first.id,
    ownerOrganisationId: null,
    dueDate: '2027-01-31',
  })
  await page.reload()
  await expect(page.getByRole('navigation', { name: 'Paragrafer' })).toBeVisible()
  await page.screenshot({ path: 'test-results/screenshots/minutes-kept-00-sidan.png' })
  // The outline jumps to a § and puts focus in its text; the header reaches the adjustment card.
  await page
    .getByRole('navigation', { name: 'Paragrafer' })
    .getByRole('button', { name: /§ \d+ Nästa möte/ })
    .click()
  await expect(
    page.getByRole('region', { name: /§ \d+ Nästa möte/ }).getByLabel('Redogörelse'),
  ).toBeFocused()
  await page.getByRole('button', { name: 'Till justeringen' }).click()
  await expect(page.getByRole('heading', { name: 'Justering' })).toBeFocused()
  await expect(page.getByLabel('Justeringsdatum')).toBeInViewport()
  const other = region(page)
  await other
    .getByRole('button', { name: 'Ändra uppdraget Kartlägga klottret i Stenstaden' })
    .click()
  const form = other.getByRole('region', {
    name: 'Ändra uppdraget Kartlägga klottret i Stenstaden',
  })
  await form.getByRole('combobox', { name: 'Ansvarig person' }).fill(second.name)
  await page.getByRole('option', { name: second.name }).click()
  await form.getByLabel('Uppdrag').fill('Kartlägga klottret i Stenstaden och Haga')
  // Enter in a text field submits the form.
  await form.getByLabel('Uppdrag').press('Enter')
  await expect(form).toHaveCount(0)
  await expect(other.getByText(new RegExp(`^${second.name}\\b.* · Klart senast`))).toBeVisible()
  await page.screenshot({ path: 'test-results/screenshots/minutes-kept-03-andrat-uppdrag.png' })

  await page.getByRole('button', { name: 'Protokoll (.docx)' }).click()
  // Built in a worker that loads docx/exceljs first: seconds on the shared test machine.
  await expect(page.getByText('Dokumentet sparades')).toBeVisible({ timeout: 30_000 })
  const file = db.host.saved.at(-1)!
  const xml = await (await JSZip.loadAsync(file.data)).file('word/document.xml')!.async('string')
  const text = xml.replace(/<[^>]+>/g, '')
  expect(text).toContain(`Kartlägga klottret i Stenstaden och Haga — ansvarig: ${second.name}`)
  expect(text).not.toContain(`ansvarig: ${first.name}`)

  // Removing asks first; then the action is gone.
  await other
    .getByRole('button', { name: 'Ta bort: Kartlägga klottret i Stenstaden och Haga' })
    .click()
  await page
    .getByRole('dialog', { name: 'Ta bort uppdraget ”Kartlägga klottret i Stenstaden och Haga”?' })
    .getByRole('button', { name: 'Ta bort' })
    .click()
  await expect(other.getByText('Kartlägga klottret i Stenstaden och Haga')).toHaveCount(0)
})

test('a save that fails as the secretary leaves says so, and the text comes back and is saved on return', async ({
  app,
}) => {
  const { page } = app
  const { meeting, paragraph } = await begunMinutes(app)
  const text = region(page).getByLabel('Redogörelse')
  await text.click()
  await page.keyboard.press('Control+A')
  await page.keyboard.type('Skolan rapporterade skadegörelse.')
  // Another program holds the database's write lock (a sync tool, a second copy of the app), so the
  // save made on leaving waits out the busy timeout and fails.
  const other = new Database(app.db.path)
  other.exec('BEGIN IMMEDIATE')
  try {
    await page.goBack()
    await expect(page.getByText(/^Texten kunde inte sparas när du lämnade sidan/)).toContainText(
      'Databasen är upptagen av ett annat program',
      { timeout: 15_000 },
    )
  } finally {
    other.exec('ROLLBACK')
    other.close()
  }
  expect((await paragraphText(app, meeting.id, paragraph('Övriga frågor').id)).text).not.toContain(
    'skadegörelse',
  )
  await page.screenshot({ path: 'test-results/screenshots/minutes-kept-04-ej-sparat.png' })

  await page.goto(new URL(`#/meetings/${meeting.id}/minutes`, page.url()).href)
  await expect(region(page).getByLabel('Redogörelse')).toHaveValue(
    'Skolan rapporterade skadegörelse.',
  )
  await expect
    .poll(async () => (await paragraphText(app, meeting.id, paragraph('Övriga frågor').id)).text)
    .toBe('Skolan rapporterade skadegörelse.')
  await expect(region(page).getByRole('status')).toHaveText(/^Sparat/)
})
