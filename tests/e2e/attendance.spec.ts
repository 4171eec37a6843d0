import { exampleWithCouncilMeetingToday } from './worlds.ts'
import { expect, test, openMenu } from './harness.ts'
import { axeViolations } from './axe.ts'

test('apologies, the proposed deputy, a keyboard roll call with live quorum, and the statistics', async ({
  app,
}) => {
  test.setTimeout(180_000)
  const { page } = app
  // An extra council meeting today, so the roll call can be taken.
  await exampleWithCouncilMeetingToday(app.db, {
    place: 'Stadshuset, sammanträdesrum Alnön',
  })
  await page.reload()

  await openMenu(page, 'Närvaro')
  await expect(page.getByRole('heading', { name: 'Närvaro', exact: true })).toBeVisible()
  // The statistics page's first load can be slow on a loaded machine.
  await expect(page.getByRole('heading', { name: 'Närvaron år för år' })).toBeVisible({
    timeout: 30_000,
  })
  const organisations = page.getByRole('table', { name: 'Aktörer vars platser oftast står tomma' })
  await expect(organisations.getByRole('row').nth(1)).toContainText('Landstinget Västernorrland')
  await expect(page.locator('.recharts-line').first()).toBeVisible()
  await app.screenshot('attendance-01-statistik')
  expect(await axeViolations(page, 'main')).toEqual([])

  await page
    .getByRole('link', { name: 'Närvaro och upprop Trygghetsrådet 2026-11-25' })
    .first()
    .click()
  await expect(
    page.getByRole('heading', { name: 'Närvaro och upprop – Trygghetsrådet 2026-11-25' }),
  ).toBeVisible()

  // Before the meeting: Anders Holm sends apologies; his personal deputy is proposed and called in.
  await page.getByRole('tab', { name: 'Före mötet' }).click()
  await page.getByRole('button', { name: 'Förhinder: Anders Holm' }).click()
  await expect(
    page.getByText('Förslag: Sara Nyberg – personlig ersättare för Anders Holm'),
  ).toBeVisible()
  await page.getByRole('button', { name: 'Kalla Sara Nyberg' }).click()
  await expect(page.getByText('Sara Nyberg är kallad att tjänstgöra.')).toBeVisible()
  await page.getByRole('button', { name: 'Vilka har inte svarat? (12)' }).click()
  await expect(page.getByRole('dialog').getByText('maria.lindqvist@exempel.se')).toBeVisible()
  await page.keyboard.press('Escape')
  await app.screenshot('attendance-02-fore-motet')

  // The roll call, one key per person.
  await page.getByRole('tab', { name: 'Upprop' }).click()
  const quorum = page.getByTestId('quorum')
  await expect(quorum).toContainText('Ingen har ännu anmält att de kommer (1 har förhinder)')
  await page.getByRole('row', { name: /^Maria Lindqvist/ }).focus()
  // Maria N, Jonas (deputy, not needed) ↓, Anders H, Sara N, Karin N
  for (const key of ['n', 'ArrowDown', 'h', 'n', 'n']) await page.keyboard.press(key)
  await expect(quorum).toContainText('Inte beslutsför')
  await expect(quorum).toContainText('3 av 11 platser besatta – minst 6 krävs')
  // Erik ↓, Helena F, Mikael ↓, Per N, Lena N, Tobias ↓, Johan F, Emma ↓, Anna F, Mats N, Ingrid ↓, Lars N, Camilla F, Eva N, Nils N
  for (const key of [
    'ArrowDown',
    'f',
    'ArrowDown',
    'n',
    'n',
    'ArrowDown',
    'f',
    'ArrowDown',
    'f',
    'n',
    'ArrowDown',
    'n',
    'f',
    'n',
    'n',
  ])
    await page.keyboard.press(key)
  await expect(quorum).toContainText('Beslutsför')
  await expect(quorum).toContainText('7 av 11 platser besatta – minst 6 krävs')
  await expect(
    page.getByRole('row', { name: /^Sara Nyberg/ }).getByText('tjänstgör för Anders Holm'),
  ).toBeVisible()
  await expect(
    page.getByText('Närvarande 9 · Förhinder 1 · Frånvarande 4 · Ej markerade 0'),
  ).toBeVisible()
  await page.evaluate('window.scrollTo(0, 0)')
  await app.screenshot('attendance-03-upprop')
  expect(await axeViolations(page, 'main')).toEqual([])

  // Karin Sjöberg actually came late, at the situation picture: Enter on her row opens the details.
  await page.getByRole('row', { name: /^Karin Sjöberg/ }).focus()
  await page.keyboard.press('Enter')
  const details = page.getByRole('dialog', { name: 'Närvaro för Karin Sjöberg' })
  await details.getByRole('combobox', { name: 'Närvarande från punkt' }).click()
  await page.getByRole('option', { name: '5. Lägesbild' }).click()
  await details.getByRole('button', { name: 'Spara' }).click()
  await expect(details).toBeHidden()
  await expect(
    page.getByRole('row', { name: /^Karin Sjöberg/ }).getByText('från punkt 5'),
  ).toBeVisible()
  await expect(quorum).toContainText('6 av 11 platser besatta')

  // Two leave: quorum is lost, and it shows.
  await page.getByRole('button', { name: 'Frånvarande: Per Sundström' }).click()
  await page.getByRole('button', { name: 'Frånvarande: Lena Åkerlund' }).click()
  await expect(quorum).toContainText('Inte beslutsför')
  await expect(quorum).toContainText('4 av 11 platser besatta')
  await page.getByRole('tab', { name: 'Punkter och beslutsförhet' }).click()
  await expect(
    page.getByRole('row', { name: /Val av justerare/ }).getByText('Beslut utan beslutsförhet'),
  ).toBeVisible()
  await app.screenshot('attendance-04-punkter')
})
