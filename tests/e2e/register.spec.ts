import { expect, test, openMenu } from './harness.ts'

test('the secretary loads the example, adds an organisation and a person, and seats them with a deputy', async ({
  app,
}) => {
  const { page } = app
  await expect(page.getByRole('heading', { name: 'Välkommen till Rådsrum' })).toBeVisible()
  await expect(page.getByRole('heading', { name: 'Databasen är tom' })).toBeVisible()
  await app.screenshot('01-start-tom-databas')

  await page.getByRole('button', { name: 'Ladda exempeldata' }).click()
  await expect(page.getByText('15 organ · 13 aktörer')).toBeVisible()
  await app.screenshot('02-start-med-exempel')

  await openMenu(page, 'Råd och grupper')
  await expect(
    page.getByRole('link', { name: 'Trygghetsgrupp Granloholm', exact: true }),
  ).toBeVisible()
  await app.screenshot('03-organ')

  // A new organisation, from the keyboard.
  await openMenu(page, 'Aktörer')
  await page.getByRole('button', { name: 'Ny aktör' }).first().click()
  await page.keyboard.type('Hyresgästföreningen Sundsvall')
  await page.getByRole('dialog').getByRole('combobox', { name: 'Typ' }).click()
  await page.getByRole('option', { name: 'Förening' }).click()
  await page.getByRole('button', { name: 'Spara' }).click()
  await expect(page.getByRole('button', { name: 'Hyresgästföreningen Sundsvall' })).toBeVisible()
  await app.screenshot('04-aktorer')

  // A person with a wrong e-mail gets the Swedish message and nothing is saved.
  await openMenu(page, 'Personer')
  await page.getByRole('button', { name: 'Ny person' }).first().click()
  const dialog = page.getByRole('dialog')
  await dialog.getByLabel('Namn').fill('Rut Sjölander')
  await dialog.getByLabel('Organisation').fill('Hyresgäst')
  await page.getByRole('option', { name: 'Hyresgästföreningen Sundsvall' }).click()
  await dialog.getByLabel('E-post').fill('rut.sjolander@exempel')
  await dialog.getByRole('button', { name: 'Spara' }).click()
  await expect(
    dialog.getByText('Ogiltig e-postadress. Skriv den som namn@exempel.se.'),
  ).toBeVisible()
  await app.screenshot('05-person-fel-epost')
  await dialog.getByLabel('E-post').fill('rut.sjolander@exempel.se')
  await dialog.getByRole('button', { name: 'Spara' }).click()
  await expect(page.getByRole('button', { name: 'Rut Sjölander' })).toBeVisible()
  await app.screenshot('06-personer')

  // A deputy for Rut, then a seat for the association in the council with Rut holding it.
  await page.getByRole('button', { name: 'Ny person' }).first().click()
  await page.getByRole('dialog').getByLabel('Namn').fill('Oskar Lidén')
  await page.getByRole('dialog').getByRole('button', { name: 'Spara' }).click()
  await expect(page.getByRole('button', { name: 'Oskar Lidén' })).toBeVisible()

  await openMenu(page, 'Råd och grupper')
  await openMenu(page, 'Trygghetsrådet')
  await page.getByRole('button', { name: 'Ny plats' }).click()
  await page.getByRole('dialog').getByLabel('Aktör').fill('Hyresgäst')
  await page.getByRole('option', { name: 'Hyresgästföreningen Sundsvall' }).click()
  await page.getByRole('dialog').getByRole('button', { name: 'Spara' }).click()
  await expect(
    page.getByRole('table', { name: 'Platser' }).getByText('Hyresgästföreningen Sundsvall'),
  ).toBeVisible()

  await page.getByRole('button', { name: 'Nytt uppdrag' }).click()
  let form = page.getByRole('dialog')
  await form.getByLabel('Person').fill('Rut')
  await page.getByRole('option', { name: /Rut Sjölander/ }).click()
  await form.getByRole('combobox', { name: 'Plats' }).click()
  await page.getByRole('option', { name: 'Hyresgästföreningen Sundsvall' }).click()
  await form.getByLabel('Från').fill('2026-01-01')
  await form.getByRole('button', { name: 'Spara' }).click()
  await expect(form).toBeHidden()

  await page.getByRole('button', { name: 'Nytt uppdrag' }).click()
  form = page.getByRole('dialog')
  await form.getByLabel('Person').fill('Oskar')
  await page.getByRole('option', { name: 'Oskar Lidén' }).click()
  await form.getByRole('combobox', { name: 'Roll' }).click()
  await page.getByRole('option', { name: 'Ersättare' }).click()
  await form.getByRole('combobox', { name: 'Personlig ersättare för' }).click()
  await page.getByRole('option', { name: 'Rut Sjölander' }).click()
  await form.getByLabel('Från').fill('2026-01-01')
  await form.getByRole('button', { name: 'Spara' }).click()
  await expect(form).toBeHidden()

  const row = page.getByRole('row').filter({ hasText: 'Hyresgästföreningen Sundsvall' })
  await expect(row.getByText('Rut Sjölander', { exact: true })).toBeVisible()
  await expect(row.getByText('Oskar Lidén')).toBeVisible()
  await expect(row.getByText('personlig ersättare för Rut Sjölander')).toBeVisible()
  await app.screenshot('07-trygghetsradet')

  // A seat that has a member cannot be removed: the message says to end the term instead.
  await page.getByRole('button', { name: 'Ta bort platsen Hyresgästföreningen Sundsvall' }).click()
  await expect(page.getByText('Avsluta deras uppdrag i stället')).toBeVisible()
  await expect(row.getByText('Rut Sjölander', { exact: true })).toBeVisible()
  await app.screenshot('08-plats-kan-inte-tas-bort')
})

test('the register exports to Excel and offers to open the file', async ({ app }) => {
  const { page } = app
  await app.db.call('system.loadExampleData')
  await page.reload()
  await page.getByRole('button', { name: 'Exportera registret (.xlsx)' }).click()
  // Built in a worker that loads docx/exceljs first: seconds on the shared test machine.
  await expect(page.getByText('Dokumentet sparades')).toBeVisible({ timeout: 30_000 })
  await page.getByRole('button', { name: 'Öppna dokumentet' }).click()
  expect(app.db.host.saved.map((file) => file.fileName)).toEqual(['Register 2026-11-25.xlsx'])
  await expect.poll(() => app.db.host.opened.length).toBe(1)
})

test('an export that takes over a second says it is working, and a second click starts no second', async ({
  app,
}) => {
  const { page } = app
  await app.db.call('system.loadExampleData')
  await page.reload()
  // The main side answers the register export after 1.5 s here, as a large register would.
  const { dispatcher } = app.db
  const call = dispatcher.call.bind(dispatcher)
  let calls = 0
  dispatcher.call = async (name, input) => {
    if (name !== 'exports.registerXlsx') return call(name, input)
    calls++
    await new Promise((done) => setTimeout(done, 1_500))
    return call(name, input)
  }
  const button = page.getByRole('button', { name: 'Exportera registret (.xlsx)' })
  await button.click()
  await expect(page.getByText('Skapar dokumentet …')).toBeVisible()
  await button.click({ force: true })
  await expect(page.getByText('Dokumentet sparades')).toBeVisible({ timeout: 30_000 })
  await expect(page.getByText('Skapar dokumentet …')).toBeHidden()
  expect(calls).toBe(1)
  expect(app.db.host.saved).toHaveLength(1)
})
