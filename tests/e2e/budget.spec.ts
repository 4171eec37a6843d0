import { readFileSync } from 'node:fs'
import JSZip from 'jszip'
import ExcelJS from 'exceljs'
import type { Locator } from '@playwright/test'
import { expect, test, openMenu } from './harness.ts'
import { axeViolations, seriousOnly } from './axe.ts'

/** The SUMMA row's cells, as a reader sees them (kronor with a narrow space between thousands). */
const sumRow = (table: Locator) => table.locator('tfoot tr').last().locator('th, td')
const kr = (text: string) => new RegExp(`^${text.replace(' ', '\\s')} kr$`)

test('the secretary adds an activity with a budget line, sees the sums and the grant warning, and exports both documents', async ({
  app,
}) => {
  test.setTimeout(180_000)
  const { page } = app
  await app.db.call('system.loadExampleData')
  await page.reload()

  await openMenu(page, 'Budget och aktiviteter')
  await expect(page.getByRole('heading', { name: 'Budget och aktiviteter' })).toBeVisible()
  const perYear = page.getByRole('table', { name: 'Summor per år' })
  await expect(sumRow(perYear)).toHaveText([
    'SUMMA',
    '6',
    kr('163 500'),
    kr('50 000'),
    kr('113 500'),
  ])
  await expect(
    page.getByRole('table', { name: 'Aktiviteter' }).getByRole('button', { name: 'Följeforskare' }),
  ).toBeVisible()
  await app.screenshot('budget-01-oversikt')

  // A grant larger than the total is refused with a Swedish message on the field.
  await page.getByRole('button', { name: 'Ny aktivitet' }).click()
  const dialog = page.getByRole('dialog')
  await page.keyboard.type('Trygghetsvandring Haga')
  await dialog.getByRole('combobox', { name: 'Typ av aktivitet' }).click()
  await page.getByRole('option', { name: 'Trygghetsvandring' }).click()
  await dialog.getByLabel('Organ').fill('Haga')
  await page.getByRole('option', { name: 'Trygghetsgrupp Haga' }).click()
  await dialog.getByLabel('Datum (från)').fill('2013-09-19')
  await dialog.getByLabel('Antal deltagare').fill('23')
  await dialog.getByLabel('Totalkostnad 2013').fill('5000')
  await dialog.getByLabel('Medel från Brå 2013').fill('8000')
  await expect(dialog.getByLabel('Egen finans 2013')).toHaveText(/−3\s000 kr/)
  await dialog.getByRole('button', { name: 'Spara' }).click()
  await expect(
    dialog.getByText(
      'Medel från Brå (8 000 kr) kan inte vara större än totalkostnaden (5 000 kr).',
    ),
  ).toBeVisible()
  await app.screenshot('budget-02-fel-belopp')

  await dialog.getByLabel('Totalkostnad 2013').fill('12000')
  await dialog.getByLabel('Medel från Brå 2013').fill('2000')
  await expect(dialog.getByLabel('Egen finans 2013')).toHaveText(/10\s000 kr/)
  await app.screenshot('budget-03-ny-aktivitet')
  await dialog.getByRole('button', { name: 'Spara' }).click()
  await expect(dialog).toBeHidden()

  await expect(sumRow(perYear)).toHaveText([
    'SUMMA',
    '7',
    kr('175 500'),
    kr('52 000'),
    kr('123 500'),
  ])
  await expect(page.getByRole('alert', { name: 'Kontrollera budgeten' })).toContainText(
    'Medlen från Brå i budgeten (52 000 kr) är 2 000 kr mer än det beviljade beloppet (50 000 kr).',
  )
  await page.getByLabel('Visa år').getByText('2013', { exact: true }).click()
  await expect(sumRow(page.getByRole('table', { name: 'Aktiviteter' }))).toHaveText([
    'SUMMA 2013',
    kr('107 000'),
    kr('42 000'),
    kr('65 000'),
  ])
  await app.screenshot('budget-04-summor-och-varning')

  await page.getByRole('button', { name: 'Exportera 2013 (.xlsx)' }).click()
  // Built in a worker that loads docx/exceljs first: seconds on the shared test machine.
  await expect(page.getByText('Dokumentet sparades')).toBeVisible({ timeout: 30_000 })
  await page.getByLabel('Visa år').getByText('Alla år', { exact: true }).click()
  await page.getByRole('button', { name: 'Exportera budget (.xlsx)' }).click()
  await expect.poll(() => app.db.host.saved.length).toBe(2)
  expect(app.db.host.saved.map((file) => file.fileName)).toEqual([
    'Budget 2013.xlsx',
    'Budget 2012–2013.xlsx',
  ])
  const workbook = new ExcelJS.Workbook()
  await workbook.xlsx.load(Buffer.from(app.db.host.saved[1]!.data) as unknown as ArrayBuffer)
  expect(workbook.getWorksheet('Sammanställning')!.getCell('B4').value).toEqual({
    formula: 'SUM(B2:B3)',
    result: 175_500,
  })

  await openMenu(page, 'Indikatorer')
  const index = page.getByRole('article').or(page.locator('[aria-label="Trygghetsindex"]')).first()
  await expect(index).toContainText('1,33 (2010) → 1,21 (2013)')
  await expect(
    page.getByRole('img', { name: 'Diagram över Trygghetsindex' }).locator('svg.recharts-surface'),
  ).toBeVisible()
  await app.screenshot('budget-05-indikatorer')

  // The final report: the draft is saved while typing, and the export carries the new text and money.
  await openMenu(page, 'Slutrapport')
  const results = page.getByLabel('Resultat', { exact: true })
  await expect(results).toHaveValue(/En ny struktur på trygghetsarbetet/)
  await results.press('ControlOrMeta+End')
  await results.press('Enter')
  await page.keyboard.insertText('- Trygghetsvandring i Haga med 23 deltagare.')
  await expect(page.getByRole('status')).toContainText('Utkastet sparat')
  await app.screenshot('budget-06-slutrapport')
  await page.getByRole('button', { name: 'Exportera slutrapport (.docx)' }).click()
  await expect.poll(() => app.db.host.saved.length).toBe(3)
  const report = app.db.host.saved[2]!
  expect(report.fileName).toBe('Slutrapport B3.3-0294-2011.docx')
  const xml = await (await JSZip.loadAsync(report.data)).file('word/document.xml')!.async('string')
  expect(xml).toContain('Trygghetsvandring i Haga med 23 deltagare.')
  expect(xml).toContain('Trygghetsvandring Haga')
  expect(readFileSync(`${app.downloads}/${report.fileName}`).length).toBe(report.data.length)

  // The draft survives leaving and coming back.
  await openMenu(page, 'Indikatorer')
  await openMenu(page, 'Slutrapport')
  await expect(page.getByLabel('Resultat', { exact: true })).toHaveValue(
    /Trygghetsvandring i Haga med 23 deltagare\.$/,
  )
})

test('an empty database starts with a grant, then an activity, with no example data', async ({
  app,
}) => {
  const { page } = app
  await openMenu(page, 'Budget och aktiviteter')
  await expect(page.getByText('Inget bidragsbeslut är registrerat.')).toBeVisible()
  await page.getByRole('button', { name: '+ Nytt bidrag' }).click()
  const dialog = page.getByRole('dialog')
  await dialog.getByLabel('Diarienummer').fill('B3.3-0101/2026')
  await dialog.getByLabel('Projektets namn').fill('Tryggare centrum')
  await dialog.getByLabel('Beviljat belopp').fill('80000')
  await dialog.getByLabel('Från år').fill('2026')
  await dialog.getByLabel('Till år').fill('2025')
  await dialog.getByRole('button', { name: 'Spara' }).click()
  await expect(
    dialog.getByText('Bidragsperiodens sista år kan inte vara före det första.'),
  ).toBeVisible()
  await dialog.getByLabel('Till år').fill('2027')
  await dialog.getByRole('button', { name: 'Spara' }).click()
  await expect(dialog).toBeHidden()

  await page.getByRole('button', { name: 'Ny aktivitet' }).click()
  const form = page.getByRole('dialog')
  await form.getByLabel('Namn').fill('Stormöte i centrum')
  await form.getByLabel('Totalkostnad 2026').fill('30000')
  await form.getByLabel('Medel från Brå 2026').fill('20000')
  await form.getByRole('button', { name: 'Spara' }).click()
  await expect(form).toBeHidden()
  await expect(sumRow(page.getByRole('table', { name: 'Summor per år' }))).toHaveText([
    'SUMMA',
    '1',
    kr('30 000'),
    kr('20 000'),
    kr('10 000'),
  ])
  await expect(page.getByText('Kvar')).toBeVisible()
  await app.screenshot('budget-07-nytt-bidrag')
})

test('a money field keeps what was typed: "37000,50" is refused on the field and nothing is saved', async ({
  app,
}) => {
  const { page } = app
  await openMenu(page, 'Budget och aktiviteter')
  await page.getByRole('button', { name: 'Ny aktivitet' }).click()
  const form = page.getByRole('dialog')
  await form.getByLabel('Namn').fill('Stormöte i centrum')
  const year = await form.getByLabel('År', { exact: true }).inputValue()
  const total = form.getByLabel(`Totalkostnad ${year}`)
  await total.fill('37000,50')
  await form.getByRole('button', { name: 'Spara' }).click()
  await expect(
    form.getByText('Totalkostnaden skrivs i hela kronor, utan ören, t.ex. 37 000.'),
  ).toBeVisible()
  await expect(total).toHaveValue('37000,50')
  await expect(total).toHaveAttribute('aria-invalid', 'true')
  await page.setViewportSize({ width: 1366, height: 768 })
  await app.screenshot('budget-08-ore-vagras')
  expect(seriousOnly(await axeViolations(page))).toEqual([])
  expect(await app.db.call('budget.listActivities')).toEqual([])

  await total.fill('37.000')
  await total.blur()
  await expect(
    form.getByText(
      'Skriv totalkostnaden med mellanslag mellan tusentalen, t.ex. 37 000 (inte punkt).',
    ),
  ).toBeVisible()
  await total.fill('37 000 kr')
  await form.getByRole('button', { name: 'Spara' }).click()
  await expect(form).toBeHidden()
  const [saved] = await app.db.call('budget.listActivities')
  expect(saved?.lines.map((line) => line.totalCost)).toEqual([37_000])
})

test('an indicator value "1.21" is refused with a message and "1,21" is kept as typed', async ({
  app,
}) => {
  const { page } = app
  await page.goto(new URL('#/indicators', page.url()).href)
  await page
    .getByRole('button', { name: /Ny indikator/ })
    .first()
    .click()
  const form = page.getByRole('dialog')
  await form.getByLabel('Namn').fill('Trygghetsindex')
  await form.getByLabel('Källa').fill('Polisen')
  await form.getByRole('button', { name: /Lägg till värde/ }).click()
  const value = form.getByLabel(/^Värde \d{4}$/)
  await value.fill('1.21')
  await form.getByRole('button', { name: 'Spara' }).click()
  await expect(
    form.getByText('Skriv värdet med decimalkomma, t.ex. 1,21 (inte punkt).'),
  ).toBeVisible()
  expect(await app.db.call('indicators.list')).toEqual([])
  await value.fill('1,21')
  await form.getByRole('button', { name: 'Spara' }).click()
  await expect(form).toBeHidden()
  const [saved] = await app.db.call('indicators.list')
  expect(saved?.values.map((point) => point.value)).toEqual([1.21])
})

test('the budget, indicator and final report screens have no serious accessibility violations', async ({
  app,
}) => {
  test.setTimeout(240_000)
  const { page } = app
  await app.db.call('system.loadExampleData')
  for (const screen of [
    { name: 'Budget och aktiviteter', path: '#/budget' },
    { name: 'Indikatorer', path: '#/indicators' },
    { name: 'Slutrapport', path: '#/final-report' },
  ]) {
    await page.goto(new URL(screen.path, page.url()).href)
    await expect(page.getByRole('heading', { level: 1, name: screen.name })).toBeVisible()
    await page.waitForLoadState('networkidle')
    const serious = seriousOnly(await axeViolations(page))
    expect(serious.map((violation) => `${screen.name}: ${violation}`)).toEqual([])
  }
})
