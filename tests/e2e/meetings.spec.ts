import JSZip from 'jszip'
import { expect, test, openMenu } from './harness.ts'
import { axeViolations, seriousOnly } from './axe.ts'

test('the secretary creates the next council meeting from the template, reorders it by keyboard and exports the notice', async ({
  app,
}) => {
  test.setTimeout(180_000) // a long walk through the app; the machines running it are shared
  const { page } = app
  await app.db.call('system.loadExampleData')
  await page.reload()

  await openMenu(page, 'Översikt')
  await expect(page.getByRole('heading', { name: 'Möten', exact: true })).toBeVisible()
  await expect(page.getByRole('link', { name: /Trygghetsrådet 2026-12-08/ }).first()).toBeVisible()
  await app.screenshot('meetings-01-oversikt')

  // The next meeting: suggested four weeks after the latest, on the same weekday, from the template.
  await page.getByRole('button', { name: 'Nytt möte' }).first().click()
  const dialog = page.getByRole('dialog', { name: 'Nytt möte' })
  await expect(dialog.getByLabel('Datum')).toHaveValue('2027-01-05')
  await expect(dialog.getByRole('textbox', { name: 'Plats' })).toHaveValue(
    'Stadshuset, sammanträdesrum Alnön',
  )
  await app.screenshot('meetings-02-nytt-mote')
  await dialog.getByRole('button', { name: 'Skapa mötet' }).click()

  await expect(page.getByRole('heading', { name: 'Trygghetsrådet 2027-01-05' })).toBeVisible()
  const agenda = page.getByRole('list', { name: 'Dagordning' })
  await expect(agenda.getByRole('listitem')).toHaveCount(10)
  await expect(agenda.getByRole('listitem').nth(6)).toContainText(
    'Presentation av lokal trygghetsgrupp',
  )
  await expect(agenda.getByRole('listitem').nth(6)).toContainText('Trygghetsgrupp')
  await expect(page.getByText('Slutar kl. 14:34 enligt tidsplanen')).toBeVisible()
  await app.screenshot('meetings-03-dagordning')

  // Keyboard: "Övriga frågor" moves up above the presentation with Alt+↑, and keeps focus.
  const other = agenda.getByRole('listitem', { name: '8. Övriga frågor' })
  await other.focus()
  await page.keyboard.press('Alt+ArrowUp')
  await expect(agenda.getByRole('listitem').nth(6)).toContainText('Övriga frågor')
  await expect(agenda.getByRole('listitem', { name: '7. Övriga frågor' })).toBeFocused()
  await expect(agenda.getByRole('listitem').nth(6)).toContainText('14:01')
  await page.keyboard.press('Alt+ArrowUp')
  await expect(agenda.getByRole('listitem', { name: '6. Övriga frågor' })).toBeFocused()
  // … and the button moves it back down.
  await page.getByRole('button', { name: 'Flytta ned Övriga frågor' }).click()
  await expect(agenda.getByRole('listitem').nth(6)).toContainText('Övriga frågor')

  // A new item with a presenter, after the others.
  await page.getByRole('button', { name: 'Lägg till punkt' }).click()
  const item = page.getByRole('dialog', { name: 'Ny punkt' })
  await item.getByLabel('Rubrik').fill('Trygghetsdag 2027 – planering')
  await item.getByText('Beslut', { exact: true }).click()
  await item.getByRole('combobox', { name: 'Föredragande aktör' }).fill('Kultur')
  await page.getByRole('option', { name: 'Kultur- och fritidsförvaltningen' }).click()
  await item.getByLabel('Planerad tid (minuter)').fill('15')
  await item.getByRole('button', { name: 'Spara' }).click()
  await expect(agenda.getByRole('listitem')).toHaveCount(11)
  await expect(agenda.getByRole('listitem').nth(10)).toContainText(
    'Kultur- och fritidsförvaltningen',
  )
  await app.screenshot('meetings-04-dagordning-andrad')

  const meetings = await app.db.call('meetings.list', {
    from: '2027-01-01',
  })
  const saved = await app.db.call('meetings.get', {
    id: meetings[0]!.id,
  })
  expect(saved.items.slice(5, 8).map((entry) => entry.title)).toEqual([
    'Uppföljning av uppdrag',
    'Övriga frågor',
    'Presentation av lokal trygghetsgrupp',
  ])

  // The notice: save dialog, then the offer to open it.
  await page.getByRole('button', { name: 'Kallelse (.docx)' }).click()
  // Built in a worker that loads docx/exceljs first: seconds on the shared test machine.
  await expect(page.getByText('Dokumentet sparades')).toBeVisible({ timeout: 30_000 })
  await app.screenshot('meetings-05-kallelse-sparad')
  await page.getByRole('button', { name: 'Öppna dokumentet' }).click()
  await expect.poll(() => app.db.host.opened.length).toBe(1)
  const file = app.db.host.saved.at(-1)!
  expect(file.fileName).toBe('Kallelse Trygghetsrådet 2027-01-05.docx')
  const xml = await (await JSZip.loadAsync(file.data)).file('word/document.xml')!.async('string')
  const text = xml.replace(/<[^>]+>/g, '')
  expect(text.indexOf('Övriga frågor')).toBeLessThan(
    text.indexOf('Presentation av lokal trygghetsgrupp'),
  )
  expect(text).toContain('för kännedom — tjänstgör vid förhinder')

  // Saving the notice offers to mark the meeting as called.
  await page.getByRole('button', { name: 'Ja, markera som kallat' }).click()
  await expect(page.getByText('Mötet är nu: Kallat')).toBeVisible()
})

test('year plan, template and rotation screens', async ({ app }) => {
  test.setTimeout(180_000)
  const { page } = app
  await app.db.call('system.loadExampleData')
  await page.reload()
  await openMenu(page, 'Översikt')
  await page.getByRole('button', { name: 'Sammanträdesplan' }).first().click()
  const dialog = page.getByRole('dialog', { name: 'Sammanträdesplan' })
  await dialog.getByRole('textbox', { name: 'Veckor' }).fill('6, 12, 20, 38, 44, 50')
  await dialog.getByRole('combobox', { name: 'Veckodag' }).click()
  await page.getByRole('option', { name: 'torsdag' }).click()
  await expect(
    dialog.getByText('Torsdagar veckorna 6, 12, 20, 38, 44 och 50 kl. 13.15–15.00'),
  ).toBeVisible()
  await expect(dialog.getByText('Flyttat från 2027-05-20')).toHaveCount(0)
  await dialog.getByRole('textbox', { name: 'År' }).fill('2026')
  await expect(dialog.getByText('Flyttat från 2026-05-14 (Kristi himmelsfärdsdag)')).toBeVisible()
  await app.screenshot('meetings-06-sammantradesplan')
  await dialog.getByRole('textbox', { name: 'År' }).fill('2027')
  await expect(dialog.getByRole('button', { name: 'Skapa 6 möten' })).toBeEnabled()
  await dialog.getByRole('button', { name: 'Skapa 6 möten' }).click()
  await expect(page.getByText('6 möten skapades')).toBeVisible()
  // The council's 2026-12-08 and the six just made, and the three example groups' December meetings.
  await expect(page.getByRole('heading', { name: 'Kommande möten (10)' })).toBeVisible()

  await openMenu(page, 'Mallar för dagordning')
  await expect(page.getByRole('textbox', { name: 'Rubrik 7' })).toHaveValue(
    'Presentation av lokal trygghetsgrupp',
  )
  await app.screenshot('meetings-07-mall')

  await openMenu(page, 'Presentationsordning')
  await expect(
    page.getByRole('table', { name: 'Presentationsordning' }).getByRole('row'),
  ).toHaveCount(8)
  await app.screenshot('meetings-08-presentationsordning')
})

test('the meetings screens have no serious accessibility violations', async ({ app }) => {
  test.setTimeout(240_000) // axe walks every node of four full screens
  const { page } = app
  await app.db.call('system.loadExampleData')
  const meeting = (await app.db.call('meetings.list', { from: '2026-12-01' }))[0]!
  for (const path of [
    '#/meetings',
    `#/meetings/${meeting.id}`,
    '#/agenda-templates',
    '#/rotation',
  ]) {
    await page.goto(new URL(path, page.url()).href)
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible()
    await expect(
      page
        .getByRole('table')
        .or(page.getByRole('list', { name: 'Dagordning' }))
        .first(),
    ).toBeVisible()
    const serious = seriousOnly(await axeViolations(page))
    expect(serious.map((violation) => `${path}: ${violation}`)).toEqual([])
  }
})
