import { expect, test } from './harness.ts'
import { axeViolations, seriousOnly } from './axe.ts'

test('confirmations are the app’s own dialog: focus stays inside, Escape cancels, the named button confirms', async ({
  app,
}) => {
  // axe walks the whole goal document behind the dialog: slow on the shared cores.
  test.setTimeout(150_000)
  const { page, db } = app
  // The browser's confirm() would show up here (and Playwright would dismiss it silently).
  const native: string[] = []
  page.on('dialog', (dialog) => {
    native.push(dialog.message())
    void dialog.dismiss()
  })
  await db.call('system.loadExampleData')
  await page.setViewportSize({ width: 1366, height: 768 })
  await page.reload()
  const goalDocument = (await db.call('goals.listDocuments'))[0]!
  await page.goto(new URL(`#/goals/${goalDocument.id}`, page.url()).href)
  const remove = page.getByRole('button', { name: 'Ta bort Uppföljning' })
  await remove.click()

  const dialog = page.getByRole('dialog', {
    name: 'Ta bort avsnittet ”Uppföljning” ur utkastet? Sparade versioner behåller det.',
  })
  await expect(dialog).toBeVisible()
  const confirm = dialog.getByRole('button', { name: 'Ta bort' })
  await expect(confirm).toBeFocused()
  // Tab cycles through the dialog's own buttons, never out to the page behind it.
  for (let step = 0; step < 4; step++) {
    await page.keyboard.press('Tab')
    expect(await dialog.evaluate((node) => node.contains(node.ownerDocument.activeElement))).toBe(
      true,
    )
  }
  await page.screenshot({ path: 'test-results/screenshots/confirm-01-dialog.png' })
  expect(seriousOnly(await axeViolations(page))).toEqual([])

  // Escape cancels: the section is still there, and focus is back on the button that asked.
  await page.keyboard.press('Escape')
  await expect(dialog).toBeHidden()
  await expect(remove).toBeFocused()
  await expect(page.getByRole('textbox', { name: 'Text i Uppföljning' })).toBeVisible()

  // Cancel does the same; the named button removes.
  await remove.click()
  await dialog.getByRole('button', { name: 'Avbryt' }).click()
  await expect(page.getByRole('textbox', { name: 'Text i Uppföljning' })).toBeVisible()
  await remove.click()
  await dialog.getByRole('button', { name: 'Ta bort' }).click()
  await expect(page.getByRole('textbox', { name: 'Text i Uppföljning' })).toHaveCount(0)
  const sections = (await db.call('goals.getDocument', { id: goalDocument.id })).sections
  expect(sections.map((section) => section.heading)).not.toContain('Uppföljning')
  expect(native).toEqual([])
})
