import { readdirSync } from 'node:fs'
import { exampleWithCouncilMeetingToday } from './worlds.ts'
import { expect, test, openMenu } from './harness.ts'

test('the secretary holds a meeting: minutes from the agenda, a decision, an action item, adjustment; the action is on the next agenda', async ({
  app,
}) => {
  test.setTimeout(240_000)
  const { page, db } = app
  // Today's extra council meeting, with the roll call done (everyone present), so adjusters can be proposed.
  await exampleWithCouncilMeetingToday(db, { everyonePresent: true })
  await page.reload()

  await openMenu(page, 'Protokoll')
  await expect(page.getByRole('heading', { name: 'Protokoll', exact: true })).toBeVisible()
  await app.screenshot('minutes-01-protokoll')

  await page.getByRole('link', { name: 'Öppna protokollet Trygghetsrådet 2026-11-25' }).click()
  await expect(page.getByText('Protokollet är inte påbörjat.')).toBeVisible()
  // The open items from earlier meetings wait under Uppföljning av uppdrag (one is overdue).
  await expect(page.getByLabel('Uppföljning av uppdrag').getByText('Försenat')).toBeVisible()
  await page
    .getByRole('checkbox', { name: 'Struken: Presentation av lokal trygghetsgrupp' })
    .check()
  await app.screenshot('minutes-02-dagordning')

  await page.getByRole('button', { name: 'Börja protokollet' }).click()
  const presentationStruck = page.getByRole('region', {
    name: /§ \d+ Presentation av lokal trygghetsgrupp/,
  })
  await expect(page.getByRole('region', { name: /§ 51 Mötets öppnande/ })).toBeVisible()
  await expect(presentationStruck).toHaveCount(0)
  await app.screenshot('minutes-03-paborjat')

  // The situation picture carried from the last meeting is updated; the diff shows what changed.
  const situation = page.getByRole('region', { name: 'Lägesbild', exact: true })
  await situation
    .getByLabel('Händelser sedan förra mötet')
    .fill('- Nytt klotter vid Stenstaden\n- Trafikkartläggning vid två skolor genomförd')
  await situation.getByRole('button', { name: 'Spara lägesbilden' }).click()
  await expect(page.getByText('Lägesbilden sparades')).toBeVisible()
  await situation.getByRole('button', { name: 'Vad har ändrats?' }).click()
  await expect(
    situation.getByRole('insertion').filter({ hasText: 'Nytt klotter vid Stenstaden' }),
  ).toBeVisible()
  await situation.scrollIntoViewIfNeeded()
  await page.screenshot({ path: 'test-results/screenshots/minutes-03b-lagesbild-diff.png' })

  // A decision and an action item under Övriga frågor.
  const other = page.getByRole('region', { name: /§ \d+ Övriga frågor/ })
  // The standing text "Inga övriga frågor anmäldes." is replaced when a question was raised.
  await expect(other.getByLabel('Redogörelse')).toHaveValue('Inga övriga frågor anmäldes.')
  await other.getByLabel('Redogörelse').click()
  await page.keyboard.press('Control+A')
  await page.keyboard.type('Polisen tog upp klotter vid Stenstaden.\n')
  await page.keyboard.press('Control+4')
  await other.getByRole('button', { name: 'Lägg till beslut' }).click()
  await other
    .getByRole('textbox', { name: 'Beslut 1' })
    .fill('att ge Polisen i uppdrag att kartlägga klottret i Stenstaden')
  await other.getByRole('button', { name: 'Spara paragrafen' }).click()
  await expect(other.getByRole('status')).toHaveText('Sparat')
  await expect(other.getByLabel('Redogörelse')).toHaveValue(
    'Polisen tog upp klotter vid Stenstaden.\nFrågan diskuterades.',
  )

  await other.getByRole('button', { name: 'Nytt uppdrag' }).click()
  const form = other.getByRole('region', { name: 'Nytt uppdrag' })
  await form.getByLabel('Uppdrag').fill('Kartlägga klottret i Stenstaden')
  await form.getByLabel('Klart senast').fill('2026-11-01')
  await form.getByRole('button', { name: 'Spara uppdraget' }).click()
  await expect(
    form.getByText('Ange vem som ansvarar: en person, en aktör eller båda.'),
  ).toBeVisible()
  await form.getByRole('combobox', { name: 'Ansvarig aktör' }).fill('Polis')
  await page.getByRole('option', { name: 'Polisen' }).click()
  await form.getByRole('button', { name: 'Spara uppdraget' }).click()
  await expect(form.getByText('kan inte vara före mötet')).toBeVisible()
  await form.getByLabel('Klart senast').fill('2027-01-31')
  await form.getByRole('button', { name: 'Spara uppdraget' }).click()
  await expect(other.getByText('Kartlägga klottret i Stenstaden')).toBeVisible()
  await app.screenshot('minutes-04-beslut-och-uppdrag')

  // The adjusters sign: the minutes lock.
  await page.getByLabel('Justeringsdatum').fill('2026-11-25')
  await page.getByRole('button', { name: 'Protokollet är justerat' }).click()
  await page
    .getByRole('dialog', { name: 'Justera protokollet med datum 2026-11-25?' })
    .getByRole('button', { name: 'Protokollet är justerat' })
    .click()
  await expect(page.getByText('Protokollet justerades 2026-11-25 och är låst.')).toBeVisible()
  await expect(page.getByRole('button', { name: 'Spara paragrafen' })).toHaveCount(0)
  await app.screenshot('minutes-05-justerat')

  await page.getByRole('button', { name: 'Protokoll (.docx)' }).click()
  // Built in a worker that loads docx/exceljs first: seconds on the shared test machine.
  await expect(page.getByText('Dokumentet sparades')).toBeVisible({ timeout: 30_000 })
  expect(readdirSync(app.downloads)).toContain('Protokoll Trygghetsrådet 2026-11-25.docx')

  // The next meeting's agenda carries the new action under Uppföljning av uppdrag.
  await page.getByRole('link', { name: 'Nästa möte →' }).click()
  await expect(page.getByRole('heading', { name: /Trygghetsrådet 2026-12-08/ })).toBeVisible()
  await expect(
    page.getByLabel('Uppföljning av uppdrag').getByText('Kartlägga klottret i Stenstaden'),
  ).toBeVisible()
  await app.screenshot('minutes-06-nasta-dagordning')

  await openMenu(page, 'Uppdrag')
  await expect(
    page.getByRole('table', { name: 'Uppdrag' }).getByText('Kartlägga klottret i Stenstaden'),
  ).toBeVisible()
  await app.screenshot('minutes-07-uppdrag')

  await openMenu(page, 'Beslut')
  await page.getByLabel('Sök i besluten').fill('Stenstaden')
  await expect(page.getByText('1 beslut')).toBeVisible()
  await app.screenshot('minutes-08-beslut')

  await openMenu(page, 'Sök')
  await page.getByLabel('Sök efter').fill('klotter')
  await expect(page.getByText(/\d+ träffar/)).toBeVisible()
  await app.screenshot('minutes-09-sok')
  await page
    .getByRole('link', { name: /Trygghetsrådet 2026-11-25 § \d+ Övriga frågor/ })
    .first()
    .click()
  await expect(page.getByRole('region', { name: /§ \d+ Övriga frågor/ })).toBeInViewport()
  await app.screenshot('minutes-10-sokträff')
})
