import ExcelJS from 'exceljs'
import { join } from 'node:path'
import { expect, test, openMenu } from './harness.ts'

async function writeWorkbook(path: string, rows: (string | null)[][]) {
  const book = new ExcelJS.Workbook()
  book.addWorksheet('Personer').addRows(rows)
  await book.xlsx.writeFile(path)
}

test('importing people from Excel shows a preview with row errors and writes only after confirmation', async ({
  app,
}) => {
  const { page } = app
  await app.db.call('register.createOrganisation', { name: 'Polisen', kind: 'police' })
  const bad = join(app.downloads, 'personer-fel.xlsx')
  const good = join(app.downloads, 'personer.xlsx')
  const header = ['Namn', 'Titel', 'Organisation', 'E-post', 'Telefon']
  await writeWorkbook(bad, [
    header,
    ['Anna Holm', 'Kommunpolis', 'Polisen', 'anna@exempel.se', null],
    ['Bo Ek', null, 'Skolverket', 'bo@exempel', null],
  ])
  await writeWorkbook(good, [
    header,
    ['Anna Holm', 'Kommunpolis', 'Polisen', 'anna@exempel.se', '060-123 45'],
    ['Bo Ek', 'Rektor', null, 'bo@exempel.se', null],
  ])

  await openMenu(page, 'Importera personer')
  await page.locator('input[type=file]').setInputFiles(bad)
  await expect(page.getByText('1 nya, 0 uppdateras, 1 med fel')).toBeVisible()
  await expect(
    page.getByText(
      'Okänd organisation ”Skolverket”. Lägg till aktören först eller rätta stavningen.',
    ),
  ).toBeVisible()
  await expect(page.getByText('Ogiltig e-postadress. Skriv den som namn@exempel.se.')).toBeVisible()
  await expect(page.getByRole('button', { name: 'Importera 1 personer' })).toBeDisabled()
  await app.screenshot('08-import-med-fel')

  await page.locator('input[type=file]').setInputFiles(good)
  await expect(page.getByText('2 nya, 0 uppdateras, 0 med fel')).toBeVisible()
  await app.screenshot('09-import-forhandsgranskning')
  expect(await app.db.call('register.listPeople')).toEqual([])
  await page.getByRole('button', { name: 'Importera 2 personer' }).click()
  await expect(page.getByText('2 personer importerades')).toBeVisible()

  await openMenu(page, 'Personer')
  await expect(page.getByRole('button', { name: 'Anna Holm' })).toBeVisible()
  await expect(page.getByRole('row').filter({ hasText: 'Bo Ek' }).getByText('Rektor')).toBeVisible()
})
