import { expect, test, openMenu } from './harness.ts'

test('markup and scripts typed as names are shown as text and never run', async ({ app }) => {
  const { page } = app
  const dialogs: string[] = []
  page.on('dialog', (dialog) => {
    dialogs.push(dialog.message())
    void dialog.dismiss()
  })
  const organisation = '<img src=x onerror=alert(1)>'
  const person = '<script>alert("xss")</script>'
  await app.db.call('register.createOrganisation', {
    name: organisation,
    kind: 'association',
    contact: '<b onmouseover=alert(2)>kontakt</b>',
  })
  await openMenu(page, 'Aktörer')
  await expect(page.getByRole('button', { name: organisation })).toBeVisible()
  await expect(page.getByText('<b onmouseover=alert(2)>kontakt</b>')).toBeVisible()

  await openMenu(page, 'Personer')
  await page.getByRole('button', { name: 'Ny person' }).first().click()
  await page.getByRole('dialog').getByLabel('Namn').fill(person)
  await page.getByRole('dialog').getByRole('button', { name: 'Spara' }).click()
  await expect(page.getByRole('button', { name: person })).toBeVisible()
  await app.screenshot('safety-01-markup-som-text')
  // Literal text, no elements made from it, no dialog.
  expect(await page.locator('main img[src="x"], main script:not([src])').count()).toBe(0)
  expect(dialogs).toEqual([])
})

test('the secretary backs up, restores an earlier copy and undoes the restore', async ({ app }) => {
  const { page } = app
  await app.db.call('register.createPerson', { name: 'Före kopian' })
  await openMenu(page, 'Säkerhetskopior')
  await expect(page.getByRole('heading', { name: 'Säkerhetskopior' })).toBeVisible()
  await expect(page.getByText('Det finns inga säkerhetskopior i mappen ännu.')).toBeVisible()
  // The retention rule, and how long erased contact details can survive in a copy.
  await expect(
    page.getByText(
      /manuella kopior .* sparas i tolv månader\. Raderade kontaktuppgifter kan alltså finnas kvar i en kopia i upp till 13 månader/,
    ),
  ).toBeVisible()
  await page.getByRole('button', { name: 'Säkerhetskopiera nu' }).click()
  await expect(page.getByRole('cell', { name: 'Manuell', exact: true })).toBeVisible()

  await app.db.call('register.createPerson', { name: 'Efter kopian' })
  // Unsaved minutes text kept for the database being replaced must not come back into the restored rows.
  await page.evaluate(() =>
    localStorage.setItem('radsrum.draft:db:paragraph:1', '{"value":{},"version":1}'),
  )
  await page
    .getByRole('button', { name: /^Återställ / })
    .first()
    .click()
  // Main asks in its own (native) dialog; the page draws none and cannot answer it.
  await expect(page.getByText('Databasen är återställd')).toBeVisible()
  expect(app.db.host.restoreQuestions).toHaveLength(1)
  expect(await page.evaluate(() => localStorage.getItem('radsrum.draft:db:paragraph:1'))).toBeNull()
  await expect(page.getByRole('cell', { name: 'Före återställning', exact: true })).toBeVisible()
  await page.setViewportSize({ width: 1366, height: 768 })
  await app.screenshot('safety-03-sakerhetskopior')
  await page.setViewportSize({ width: 1280, height: 860 })

  await openMenu(page, 'Personer')
  await expect(page.getByRole('button', { name: 'Före kopian' })).toBeVisible()
  await expect(page.getByRole('button', { name: 'Efter kopian' })).toHaveCount(0)

  // Undo: restore the copy that was kept aside.
  await openMenu(page, 'Säkerhetskopior')
  const keptAside = page.getByRole('row').filter({ hasText: 'Före återställning' })
  await keptAside.getByRole('button', { name: /^Återställ / }).click()
  await expect(page.getByText('Databasen är återställd').last()).toBeVisible()
  await openMenu(page, 'Personer')
  await expect(page.getByRole('button', { name: 'Efter kopian' })).toBeVisible()
})

test('the backup folder is chosen in main’s dialog, never typed into the page', async ({ app }) => {
  const { page } = app
  await openMenu(page, 'Säkerhetskopior')
  await expect(page.getByRole('heading', { name: 'Säkerhetskopior' })).toBeVisible()
  expect(await page.getByRole('main').getByRole('textbox').count()).toBe(0)
  app.db.host.folderToChoose = `${app.db.dir}/usb-disk`
  await page.getByRole('button', { name: 'Välj mapp …' }).click()
  await expect(page.getByTestId('backup-folder')).toHaveText(`${app.db.dir}/usb-disk`)
  await page.setViewportSize({ width: 1366, height: 768 })
  await app.screenshot('safety-02-mapp-vald-i-dialog')
  await page.getByRole('button', { name: 'Använd standardmappen' }).click()
  await expect(page.getByTestId('backup-folder')).toHaveText(`${app.db.dir}/säkerhetskopior`)
})

test('a register extract and erasing contact details from the person form', async ({ app }) => {
  const { page } = app
  await app.db.call('register.createPerson', {
    name: 'Rut Sjölander',
    title: 'Samordnare',
    email: 'rut@exempel.se',
    phone: '070-123 45 67',
  })
  await openMenu(page, 'Personer')
  await page.getByRole('button', { name: 'Rut Sjölander' }).click()
  await page.getByRole('dialog').getByRole('button', { name: 'Registerutdrag' }).click()
  // Built in a worker that loads docx/exceljs first: seconds on the shared test machine.
  await expect(page.getByText('Dokumentet sparades')).toBeVisible({ timeout: 30_000 })
  expect(app.db.host.saved.at(-1)!.fileName).toMatch(/^Registerutdrag Rut Sjölander/)
  await page.getByRole('dialog').getByRole('button', { name: 'Radera kontaktuppgifter' }).click()
  await app.screenshot('safety-04-radera-kontaktuppgifter')
  await page.getByRole('dialog').getByRole('button', { name: 'Radera', exact: true }).click()
  await expect(page.getByText('Kontaktuppgifterna för Rut Sjölander är raderade')).toBeVisible()
  await expect(page.getByRole('cell', { name: 'rut@exempel.se' })).toHaveCount(0)
  await expect(page.getByRole('button', { name: 'Rut Sjölander' })).toBeVisible()
})
