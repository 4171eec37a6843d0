import { expect, test } from './harness.ts'

test('the skip link is the first Tab stop and Ctrl+K goes anywhere from any screen', async ({
  app,
}) => {
  const { page } = app
  await page.setViewportSize({ width: 1366, height: 768 })
  await page.goto(new URL('#/register/people', page.url()).href)
  await expect(page.getByRole('heading', { level: 1, name: 'Personer' })).toBeVisible()
  await page.keyboard.press('Tab')
  const skip = page.getByRole('button', { name: 'Hoppa till innehållet' })
  await expect(skip).toBeFocused()
  await expect(skip).toBeInViewport()
  await page.keyboard.press('Enter')
  await expect(page.locator('#main')).toBeFocused()

  await page.keyboard.press('Control+k')
  const search = page.getByRole('textbox', { name: 'Sök eller gå till' })
  await expect(search).toBeFocused()
  await search.fill('säkerhets')
  await page.keyboard.press('ArrowDown')
  await page.keyboard.press('Enter')
  await expect(page.getByRole('heading', { level: 1, name: 'Säkerhetskopior' })).toBeVisible()

  // The menu fits a 768 px screen: every entry of the largest open group is above the fold.
  await page.goto(new URL('#/meetings', page.url()).href)
  const menu = page.getByRole('navigation', { name: 'Huvudmeny' })
  const entries = menu.getByRole('link')
  await expect(entries.first()).toBeVisible()
  for (const entry of await entries.all()) await expect(entry).toBeInViewport({ ratio: 1 })
  await app.screenshot('menu-1366x768')

  // A folded group is a button that says it is folded, and opens from the keyboard.
  const system = menu.getByRole('button', { name: 'System', exact: true })
  await expect(system).toHaveAttribute('aria-expanded', 'false')
  await expect(menu.getByRole('link', { name: 'Säkerhetskopior' })).toBeHidden()
  await system.focus()
  await page.keyboard.press('Enter')
  await expect(system).toHaveAttribute('aria-expanded', 'true')
  await page.keyboard.press('Tab')
  await expect(menu.getByRole('link', { name: 'Säkerhetskopior' })).toBeFocused()
})

test('the start guide leads to each first step and ticks off what is done', async ({ app }) => {
  const { page } = app
  await page.setViewportSize({ width: 1366, height: 768 })
  await page.reload()
  const guide = page.getByRole('region', { name: 'Kom igång' })
  await expect(guide).toBeVisible()
  await expect(guide.getByText('Klart', { exact: true })).toHaveCount(0)
  await app.screenshot('start-guide-sv')
  await guide.getByRole('button', { name: 'Lägg in trygghetsrådet' }).click()
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(
    'Trygghetsråd och lokala grupper',
  )
  await app.db.call('register.createBody', { name: 'Trygghetsrådet', kind: 'council' })
  // Written beside the screen (not through it): the start page reads it when opened again.
  await page.goto(new URL('#/', page.url()).href)
  await page.reload()
  await expect(guide.getByText('Klart', { exact: true })).toHaveCount(1)
  await guide.getByRole('button', { name: 'Lägg till personer' }).click()
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Personer')
  await page.goto(new URL('#/', page.url()).href)
  await guide.getByRole('button', { name: 'Planera året' }).click()
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Möten')

  await page.getByText('English', { exact: true }).click()
  await page.goto(new URL('#/', page.url()).href)
  await expect(page.getByRole('region', { name: 'Getting started' })).toBeVisible()
  await app.screenshot('start-guide-en')
})

test('starting over empties the database after a backup that stays in the list', async ({
  app,
}) => {
  test.setTimeout(180_000)
  const { page } = app
  await app.db.call('system.loadExampleData')
  await page.goto(new URL('#/system/backups', page.url()).href)
  await page.getByRole('button', { name: 'Börja om med tom databas' }).click()
  const dialog = page.getByRole('dialog', { name: 'Tömma databasen och börja om?' })
  await expect(dialog).toBeVisible()
  await app.screenshot('start-over-dialog-sv')
  await dialog.getByRole('button', { name: 'Börja om med tom databas' }).click()
  await expect(page.getByText('Databasen är tom', { exact: true })).toBeVisible()
  expect((await app.db.call('system.info')).isEmpty).toBe(true)
  expect(await app.db.call('register.listPeople', {})).toEqual([])
  const backups = (await app.db.call('backup.list')).backups
  expect(backups.length).toBeGreaterThan(0)
  await expect(page.getByRole('button', { name: /^Återställ / })).toHaveCount(backups.length)
  await page.getByRole('link', { name: 'Start' }).click()
  await expect(page.getByRole('button', { name: 'Ladda exempeldata' })).toBeVisible()
})

test('a second person of the same name is questioned and saved only when confirmed', async ({
  app,
}) => {
  const { page } = app
  await app.db.call('register.createPerson', { name: 'Anna Holm' })
  await page.goto(new URL('#/register/people', page.url()).href)
  await page.getByRole('button', { name: 'Ny person' }).first().click()
  const dialog = page.getByRole('dialog', { name: 'Ny person' })
  await dialog.getByLabel('Namn').fill('Anna Holm')
  await dialog.getByRole('button', { name: 'Spara' }).click()
  await expect(dialog.getByText('Det finns redan en person som heter ”Anna Holm”')).toBeVisible()
  expect((await app.db.call('register.listPeople', {})).length).toBe(1)
  await dialog.getByRole('button', { name: 'Spara ändå – det är en annan person' }).click()
  await expect(dialog).toHaveCount(0)
  expect((await app.db.call('register.listPeople', {})).map((person) => person.name)).toEqual([
    'Anna Holm',
    'Anna Holm',
  ])
})

test('with no council registered, the meetings screen says what to do first and offers no meeting form', async ({
  app,
}) => {
  const { page } = app
  await page.setViewportSize({ width: 1366, height: 768 })
  await page.goto(new URL('#/meetings', page.url()).href)
  await expect(page.getByRole('heading', { level: 1, name: 'Möten' })).toBeVisible()
  await expect(page.getByText('registrera rådet först')).toBeVisible()
  await expect(page.getByRole('button', { name: 'Nytt möte' })).toBeDisabled()
  await expect(page.getByRole('button', { name: 'Sammanträdesplan' })).toBeDisabled()
  await app.screenshot('meetings-empty-sv')
  await page.getByRole('link', { name: 'Registrera rådet' }).click()
  await expect(
    page.getByRole('heading', { level: 1, name: 'Trygghetsråd och lokala grupper' }),
  ).toBeVisible()

  // Once a body exists (written behind the page's back, so the page reloads), meetings can be planned.
  await app.db.call('register.createBody', { name: 'Trygghetsrådet', kind: 'council' })
  await page.goto(new URL('#/meetings', page.url()).href)
  await page.reload()
  await expect(page.getByRole('button', { name: 'Nytt möte' }).first()).toBeEnabled()
  await expect(page.getByText('registrera rådet först')).toHaveCount(0)
})
