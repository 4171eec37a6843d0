import { expect, test } from './harness.ts'

test('the new-meeting form shows every fault at once, each under its field, and saves nothing', async ({
  app,
}) => {
  const { page } = app
  await page.setViewportSize({ width: 1366, height: 768 })
  await app.db.call('register.createBody', { name: 'Trygghetsrådet', kind: 'council' })
  await page.goto(new URL('#/meetings', page.url()).href)
  await page.getByRole('button', { name: 'Nytt möte' }).first().click()
  const dialog = page.getByRole('dialog', { name: 'Nytt möte' })
  await dialog.getByRole('textbox', { name: 'Datum', exact: true }).fill('2027-02-09')
  await dialog.getByRole('textbox', { name: 'Starttid' }).fill('15:00')
  await dialog.getByRole('textbox', { name: 'Sluttid' }).fill('13:00')
  await dialog.getByRole('textbox', { name: 'Plats' }).fill('')
  await dialog.getByRole('textbox', { name: 'Kallelsen skickas' }).fill('2027-02-10')
  await dialog.getByRole('textbox', { name: 'Sista dag för förhinder' }).fill('2027-02-12')
  await dialog.getByRole('button', { name: 'Skapa mötet' }).click()
  for (const message of [
    'Mötet slutar innan det börjar. Sluttiden måste vara efter starttiden.',
    'Platsen får inte vara tom.',
    'Kallelsen måste skickas före mötet (eller samma dag).',
    'Sista dag för förhinder måste vara före mötet (eller samma dag).',
  ])
    await expect(dialog.getByText(message)).toBeVisible()
  await app.screenshot('meeting-form-faults-sv')
  expect(await app.db.call('meetings.list', {})).toEqual([])
})
