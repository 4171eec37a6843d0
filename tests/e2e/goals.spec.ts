import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import JSZip from 'jszip'
import { expect, test, openMenu } from './harness.ts'
import { axeViolations } from './axe.ts'

// Two CPU cores are shared with other work; the flows below are long.
test.describe.configure({ timeout: 150_000 })

test('the secretary edits the goal document, saves a version, compares and exports with tracked changes', async ({
  app,
}) => {
  const { page, db } = app
  await db.call('system.loadExampleData')
  await page.reload()

  await openMenu(page, 'Måldokument')
  await expect(page.getByRole('table', { name: 'Måldokument' })).toBeVisible()
  await page.getByRole('link', { name: 'Måldokument för Trygghetsrådet' }).click()
  await expect(
    page.getByRole('heading', { name: 'Måldokument för Trygghetsrådet', level: 1 }),
  ).toBeVisible()
  await expect(page.getByText('Utkastet är detsamma som version 2.')).toBeVisible()

  // Edit a section: the draft saves itself after a pause.
  const vision = page.getByRole('textbox', { name: 'Text i Vision' })
  await vision.fill(
    'Sundsvall är en trygg och välkomnande kommun att bo i, arbeta i och besöka, för alla åldrar och i alla stadsdelar.',
  )
  const visionSection = page.getByRole('region', { name: 'Vision' })
  await expect(visionSection.getByRole('status')).toHaveText(/^Sparat \d\d:\d\d$/)
  const goals = page.getByRole('textbox', { name: 'Text i Mål' })
  await goals.press('ControlOrMeta+End')
  await goals.pressSequentially('\n- Minst två trygghetsvandringar per område och år.')
  await expect(page.getByRole('region', { name: 'Mål' }).getByRole('status')).toHaveText(/^Sparat/)
  await expect(page.getByText('Utkastet har ändrats sedan version 2.')).toBeVisible()
  await app.screenshot('goals-01-editor')

  // A second window changes the same section: this window is told, and keeps its text.
  const document = (await db.call('goals.listDocuments'))[0]!
  const fresh = await db.call('goals.getDocument', { id: document.id })
  const follow = fresh.sections.find((section) => section.heading === 'Uppföljning')!
  await db.call('goals.updateSection', {
    id: follow.id,
    version: follow.version,
    heading: follow.heading,
    text: `${follow.text}\nÄndrat i ett annat fönster.`,
  })
  const followBox = page.getByRole('textbox', { name: 'Text i Uppföljning' })
  await followBox.press('ControlOrMeta+End')
  await followBox.pressSequentially(' Min ändring.')
  const conflict = page.getByRole('region', { name: 'Uppföljning' }).getByRole('alert')
  await expect(conflict).toContainText('Avsnittet har ändrats i ett annat fönster')
  await expect(followBox).toHaveValue(/Min ändring\.$/)
  await app.screenshot('goals-02-conflict')
  await conflict.getByRole('button', { name: 'Ladda om avsnittet' }).click()
  await expect(page.getByRole('textbox', { name: 'Text i Uppföljning' })).toHaveValue(
    /Ändrat i ett annat fönster\.$/,
  )

  // Save a version: an empty comment is refused with a message.
  await page.getByRole('button', { name: 'Spara version' }).click()
  const dialog = page.getByRole('dialog', { name: 'Spara version 3' })
  await dialog.getByRole('button', { name: 'Spara version' }).click()
  await expect(dialog.getByText('Kommentaren får inte vara tom.')).toBeVisible()
  await dialog
    .getByLabel('Kommentar')
    .fill('Vision för alla stadsdelar; mål om trygghetsvandringar')
  await dialog.getByRole('button', { name: 'Spara version' }).click()
  await expect(page.getByText('Version 3 är sparad.')).toBeVisible()
  await expect(page.getByRole('tab', { name: 'Versioner (3)' })).toBeVisible()

  await page.getByRole('tab', { name: 'Versioner (3)' }).click()
  await expect(
    page.getByRole('cell', { name: 'Vision för alla stadsdelar; mål om trygghetsvandringar' }),
  ).toBeVisible()
  await app.screenshot('goals-03-versions')

  // Compare version 2 and 3: the new words are marked as added (underlined, with hidden "tillagt:").
  await page.getByRole('tab', { name: 'Jämför' }).click()
  await expect(page.getByText(/ord tillagda, \d+ ord borttagna, 3 avsnitt ändrade\./)).toBeVisible()
  const added = page.locator('ins').filter({ hasText: 'och i alla stadsdelar' })
  await expect(added).toBeVisible()
  await expect(added).toHaveCSS('text-decoration-line', 'underline')
  await expect(added).toContainText('tillagt:')
  await expect(
    page.locator('ins').filter({ hasText: 'Minst två trygghetsvandringar per område och år.' }),
  ).toBeVisible()
  await app.screenshot('goals-04-comparison')

  // Comparing a version with itself is refused.
  await page.getByRole('combobox', { name: 'Från version' }).click()
  await page.getByRole('option', { name: /^Version 3 –/ }).click()
  await expect(
    page.getByRole('alert').filter({ hasText: 'Välj två olika versioner att jämföra.' }),
  ).toBeVisible()
  await page.getByRole('combobox', { name: 'Från version' }).click()
  await page.getByRole('option', { name: /^Version 1 –/ }).click()
  await expect(page.getByText(/avsnitt ändrade\./)).toBeVisible()

  // Export the comparison: Word gets real tracked changes.
  await page.getByRole('button', { name: 'Jämförelsen till Word (spårade ändringar)' }).click()
  // Built in a worker that loads docx/exceljs first: seconds on the shared test machine.
  await expect(page.getByText('Dokumentet sparades')).toBeVisible({ timeout: 30_000 })
  const file = join(app.downloads, 'Måldokument för Trygghetsrådet jämförelse version 1-3.docx')
  const xml = await (
    await JSZip.loadAsync(readFileSync(file))
  )
    .file('word/document.xml')!
    .async('string')
  expect(xml).toMatch(/<w:ins w:id="\d+" w:author="[^"]+" w:date="[^"]+">/)
  expect(xml).toContain('<w:delText')
  expect(xml).toContain('och i alla stadsdelar')

  await page.getByRole('button', { name: 'Utkastet till Word' }).click()
  await expect(
    page.getByText(/Sparat som .*Måldokument för Trygghetsrådet utkast 2026-11-25\.docx/),
  ).toBeVisible()
})

test('the idea board moves ideas between the four fields by keyboard and by dragging', async ({
  app,
}) => {
  const { page, db } = app
  await db.call('system.loadExampleData')
  await page.reload()
  await openMenu(page, 'Idébank')
  const field = (name: string) => page.getByRole('region', { name: new RegExp(`^${name}`) })
  await expect(field('Gör nytt').getByRole('listitem')).toHaveCount(5)
  await expect(field('Tänk om').getByText('Vuxna i barns närvaro', { exact: false })).toBeVisible()
  await app.screenshot('goals-05-idea-board')

  // Keyboard: Alt + → moves "Känn din granne" from Gör nytt to Tänk om, and focus follows it.
  const idea = field('Gör nytt').getByRole('button', { name: 'Känn din granne', exact: true })
  await idea.focus()
  await page.keyboard.press('Alt+ArrowRight')
  await expect(
    field('Tänk om').getByRole('button', { name: 'Känn din granne', exact: true }),
  ).toBeFocused()
  await expect(
    page.getByRole('status').filter({ hasText: '”Känn din granne” flyttades till Tänk om.' }),
  ).toBeAttached()
  // …and with the idea's menu, back to Gör nytt.
  await field('Tänk om')
    .getByRole('button', { name: 'Åtgärder för idén ”Känn din granne”' })
    .click()
  await page.getByRole('menuitem', { name: 'Flytta till Gör nytt' }).click()
  await expect(
    field('Gör nytt').getByRole('button', { name: 'Känn din granne', exact: true }),
  ).toBeVisible()

  // Drag: "Arbeta med värderingar och attityder" from Gör mer to Gör bättre.
  const card = field('Gör mer').getByText('Arbeta med värderingar och attityder')
  const from = (await card.boundingBox())!
  const to = (await field('Gör bättre').boundingBox())!
  await page.mouse.move(from.x + 10, from.y + 5)
  await page.mouse.down()
  await page.mouse.move(from.x + 30, from.y + 20, { steps: 5 })
  await page.mouse.move(to.x + to.width / 2, to.y + to.height - 40, { steps: 15 })
  await page.mouse.up()
  await expect(
    field('Gör bättre').getByRole('button', {
      name: 'Arbeta med värderingar och attityder',
      exact: true,
    }),
  ).toBeVisible()
  await expect(field('Gör mer').getByRole('listitem')).toHaveCount(2)

  // A new idea, linked to the goal document's Strategier.
  await page.getByRole('button', { name: 'Ny idé i Gör nytt' }).click()
  const dialog = page.getByRole('dialog')
  await dialog.getByLabel('Idé').fill('Trygghetsvandring med seniorer')
  await dialog.getByRole('combobox', { name: 'Matar avsnitt i måldokumentet' }).click()
  await page.getByRole('option', { name: 'Strategier' }).click()
  await dialog.getByLabel('Källa').fill('Trygghetsdag 2026')
  await dialog.getByRole('button', { name: 'Spara' }).click()
  await expect(
    field('Gör nytt').getByRole('button', { name: 'Trygghetsvandring med seniorer', exact: true }),
  ).toBeVisible()
  await expect(field('Gör nytt').getByText('→ Strategier').last()).toBeVisible()
  await app.screenshot('goals-06-idea-board-after')
})

test('adopting a version locks it; the screens pass an accessibility check', async ({ app }) => {
  const { page, db } = app
  await db.call('system.loadExampleData')
  await page.reload()
  await openMenu(page, 'Måldokument')
  await page.getByRole('link', { name: 'Måldokument för Trygghetsrådet' }).click()
  const status = page.getByRole('group', { name: 'Status' })
  await status.getByRole('button', { name: 'Skicka på remiss' }).click()
  await expect(status.getByText('På remiss')).toBeVisible()
  await expect(page.getByText('Version 2 är ute på remiss.', { exact: false })).toBeVisible()
  expect(await axeViolations(page)).toEqual([])

  await status.getByRole('button', { name: 'Anta version …' }).click()
  const dialog = page.getByRole('dialog', { name: 'Anta version' })
  await dialog.getByLabel('Datum för beslutet').fill('2026-11-25')
  await dialog.getByLabel('Beslut (möte och §)').fill('Trygghetsrådet 2026-11-25 § 4')
  await dialog.getByRole('button', { name: 'Anta och lås versionen' }).click()
  await expect(
    page.getByText('Version 2 antogs 2026-11-25 (Trygghetsrådet 2026-11-25 § 4) och är låst.', {
      exact: false,
    }),
  ).toBeVisible()
  await expect(page.getByRole('textbox', { name: 'Text i Vision' })).toHaveAttribute('readonly')
  await expect(page.getByRole('button', { name: 'Spara version' })).toBeDisabled()
  await app.screenshot('goals-07-adopted')

  await page.getByRole('tab', { name: 'Versioner (2)' }).click()
  await expect(page.getByText('Antagen 2026-11-25 · Trygghetsrådet 2026-11-25 § 4')).toBeVisible()
  await page.getByRole('button', { name: 'Åtgärder för version 2' }).click()
  await expect(page.getByRole('menuitem', { name: 'Antagen version: låst' })).toBeDisabled()
  await page.keyboard.press('Escape')

  await page.getByRole('tab', { name: 'Jämför' }).click()
  await expect(page.locator('del').first()).toBeVisible()
  expect(await axeViolations(page)).toEqual([])

  await openMenu(page, 'Idébank')
  await expect(page.getByRole('region', { name: /^Gör mer/ })).toBeVisible()
  expect(await axeViolations(page)).toEqual([])

  // A revision starts a new draft; the adopted version stays locked.
  await openMenu(page, 'Måldokument')
  await page.getByRole('link', { name: 'Måldokument för Trygghetsrådet' }).click()
  await page
    .getByRole('group', { name: 'Status' })
    .getByRole('button', { name: 'Påbörja revidering' })
    .click()
  await expect(page.getByRole('textbox', { name: 'Text i Vision' })).not.toHaveAttribute('readonly')
})
