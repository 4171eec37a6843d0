import { expect, test, openMenu } from './harness.ts'
import { axeViolations, seriousOnly } from './axe.ts'

test('the secretary edits the council’s standard phrases by keyboard, saves them and restores the defaults', async ({
  app,
}) => {
  test.setTimeout(120_000)
  const { page, db } = app
  await db.call('system.loadExampleData')
  const council = (await db.call('register.listBodies')).find((body) => body.kind === 'council')!
  const defaults = await db.call('minutes.getPhrases', { bodyId: council.id })
  await page.reload()

  await openMenu(page, 'Standardfraser')
  await expect(page.getByRole('heading', { name: 'Standardfraser', level: 1 })).toBeVisible()
  await expect(page.getByText('Programmets förval', { exact: true })).toBeVisible()
  await expect(page.getByLabel('Fras 1', { exact: true })).toHaveValue(defaults.phrases[0]!)

  // A new phrase, written and moved to the top with Alt+↑ while typing in it.
  await page.getByRole('button', { name: 'Lägg till fras' }).click()
  const added = page.getByLabel(`Fras ${defaults.phrases.length + 1}`, { exact: true })
  await added.fill('Rådet tackar för presentationen.')
  for (let step = 0; step < defaults.phrases.length; step++)
    await page.keyboard.press('Alt+ArrowUp')
  await expect(page.getByLabel('Fras 1', { exact: true })).toHaveValue(
    'Rådet tackar för presentationen.',
  )
  await expect(page.getByLabel('Fras 1', { exact: true })).toBeFocused()
  await page.getByRole('button', { name: `Ta bort fras ${defaults.phrases.length + 1}` }).click()
  await expect(page.getByText('Ändringarna är inte sparade.')).toBeVisible()
  await app.screenshot('phrases-01-editing')
  await page.getByRole('button', { name: 'Spara fraserna' }).click()
  await expect(page.getByText('Standardfraserna är sparade.')).toBeVisible()
  await expect(page.getByText('Programmets förval', { exact: true })).toBeHidden()
  const saved = await db.call('minutes.getPhrases', { bodyId: council.id })
  expect(saved).toEqual({
    bodyId: council.id,
    standard: false,
    phrases: ['Rådet tackar för presentationen.', ...defaults.phrases.slice(0, -1)],
  })

  // An empty phrase is pointed out and refused; nothing saved changes.
  await page.getByRole('button', { name: 'Lägg till fras' }).click()
  await page.getByRole('button', { name: 'Spara fraserna' }).click()
  await expect(page.getByText('Skriv frasen eller ta bort raden.', { exact: true })).toBeVisible()
  await expect(
    page.getByRole('alert').filter({ hasText: 'En standardfras får inte vara tom' }),
  ).toBeVisible()
  expect(await db.call('minutes.getPhrases', { bodyId: council.id })).toEqual(saved)
  const serious = seriousOnly(await axeViolations(page))
  expect(serious).toEqual([])
  await app.screenshot('phrases-02-empty-refused')

  await page.getByRole('button', { name: 'Återställ programmets förval' }).click()
  await expect(page.getByText('Programmets förval gäller igen.')).toBeVisible()
  expect(await db.call('minutes.getPhrases', { bodyId: council.id })).toEqual(defaults)
})
