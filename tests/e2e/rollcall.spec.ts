import { exampleWithCouncilMeetingToday } from './worlds.ts'
import { expect, test } from './harness.ts'
import { axeViolations } from './axe.ts'

test('a roll call by keyboard only: marks, a deputy offered with one key, and Ändra', async ({
  app,
}) => {
  test.setTimeout(180_000)
  const { page, db } = app
  await page.setViewportSize({ width: 1366, height: 768 })
  // A council meeting today, so the roll call can be taken.
  const { meeting } = await exampleWithCouncilMeetingToday(db, {
    place: 'Stadshuset, sammanträdesrum Alnön',
  })
  await page.reload()
  await page.evaluate((target) => {
    ;(globalThis as unknown as { location: { hash: string } }).location.hash = target
  }, `#/meetings/${meeting.id}/attendance`)
  await expect(page.getByRole('tab', { name: 'Upprop', selected: true })).toBeVisible()

  // The list has focus when it opens, on the first person; the keys are shown.
  await expect(page.getByRole('row', { name: /^Maria Lindqvist/ })).toBeFocused()
  const keys = page.getByRole('group', { name: 'Tangenter' })
  await expect(keys).toContainText('T låt ersättaren tjänstgöra')

  // Maria N, Jonas (deputy, not needed) ↓, Anders F: his personal deputy is offered.
  for (const key of ['n', 'ArrowDown', 'f']) await page.keyboard.press(key)
  const offer = page.getByRole('status').filter({ hasText: 'Anders Holm' })
  await expect(offer).toContainText('Anders Holm')
  await expect(offer).toContainText('Sara Nyberg')
  await expect(page.getByRole('row', { name: /^Sara Nyberg/ })).toBeFocused()
  // Sara is here: N marks her present, and the offer now says so; T lets her serve.
  await page.keyboard.press('n')
  await expect(offer).toContainText('Sara Nyberg är närvarande')
  await app.screenshot('rollcall-01-erbjudande')
  await page.keyboard.press('t')
  await expect(
    page.getByRole('row', { name: /^Sara Nyberg/ }).getByText('tjänstgör för Anders Holm'),
  ).toBeVisible()
  await expect(offer).toBeHidden()
  await expect(page.getByRole('row', { name: /^Karin Sjöberg/ })).toBeFocused()

  // Karin N, Erik ↓, Helena F and at once T: her deputy, not yet marked, is marked present and serves.
  for (const key of ['n', 'ArrowDown', 'f']) await page.keyboard.press(key)
  const helena = page.getByRole('status').filter({ hasText: 'Helena Forsberg' })
  await expect(helena).toContainText('markeras då närvarande')
  const deputy = (await helena.textContent())!.match(/ ([A-ZÅÄÖ]\w+ [A-ZÅÄÖ]\w+) \(/)![1]!
  await page.keyboard.press('t')
  await expect(
    page.getByRole('row', { name: new RegExp(`^${deputy}`) }).getByText('tjänstgör för Helena'),
  ).toBeVisible()
  await expect(
    page.getByRole('row', { name: new RegExp(`^${deputy}, .*: Närvarande`) }),
  ).toBeVisible()

  // "Ändra" is one Tab away from the row; Enter opens it, Escape closes it, and focus goes back.
  await page.keyboard.press('ArrowUp')
  const row = page.locator('tr:focus')
  const name = (await row.getAttribute('aria-label'))!.split(',')[0]!
  await page.keyboard.press('Tab')
  await expect(page.getByRole('button', { name: `Ändra: ${name}` })).toBeFocused()
  await page.keyboard.press('Enter')
  const details = page.getByRole('dialog', { name: `Närvaro för ${name}` })
  await expect(details).toBeVisible()
  await app.screenshot('rollcall-03-andra')
  expect(await axeViolations(page, '[role="dialog"]')).toEqual([])
  await page.keyboard.press('Escape')
  await expect(details).toBeHidden()
  await expect(page.getByRole('row', { name: new RegExp(`^${name}`) })).toBeFocused()

  await expect(page.getByTestId('quorum')).toContainText('Inte beslutsför')
  await expect(page.getByTestId('quorum')).toContainText('4 av 11 platser besatta')

  // The rest are here: Shift+N marks everyone called and not yet marked, not the deputies not called in.
  await page.keyboard.press('Shift+N')
  await expect(
    page.getByText('Närvarande 13 · Förhinder 0 · Frånvarande 2 · Ej markerade 0'),
  ).toBeVisible()
  await expect(page.getByTestId('quorum')).toContainText('11 av 11 platser besatta')
  await expect(page.getByRole('row', { name: /^Jonas Berglund, .*: Ej markerad/ })).toBeVisible()
  await expect(page.getByRole('row', { name: /^Nils Engström, .*: Närvarande/ })).toBeVisible()
  await page.evaluate('window.scrollTo(0, 0)')
  await app.screenshot('rollcall-02-upprop')
  expect(await axeViolations(page, 'main')).toEqual([])
})
