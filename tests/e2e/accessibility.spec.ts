import AxeBuilder from '@axe-core/playwright'
import { expect, test } from './harness.ts'

const screens = [
  { name: 'Start', path: '#/' },
  { name: 'Råd och grupper', path: '#/register/bodies' },
  { name: 'Aktörer', path: '#/register/organisations' },
  { name: 'Personer', path: '#/register/people' },
  { name: 'Importera personer', path: '#/register/import' },
]

test('the register screens have no serious accessibility violations', async ({ app }) => {
  // axe walks every node of six full screens: slower than a user's clicks, so more time.
  test.setTimeout(240_000)
  const { page } = app
  await app.db.call('system.loadExampleData')
  const council = (await app.db.call('register.listBodies'))[0]!
  for (const screen of [
    ...screens,
    { name: 'Trygghetsrådet', path: `#/register/bodies/${council.id}` },
  ]) {
    await page.goto(new URL(screen.path, page.url()).href)
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible()
    const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa']).analyze()
    const serious = results.violations.filter(
      (violation) => violation.impact === 'serious' || violation.impact === 'critical',
    )
    expect(
      serious.map(
        (violation) =>
          `${screen.name}: ${violation.id} – ${violation.help} (${violation.nodes.map((node) => node.target.join(' ')).join(', ')})`,
      ),
    ).toEqual([])
  }
})
