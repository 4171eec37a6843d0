import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import type { Page } from '@playwright/test'
import { routes } from '../../src/renderer/src/routes.ts'
import { axeViolations } from './axe.ts'
import { expect, SCREENSHOTS, test } from './harness.ts'
import { dialogs, sayIn, screens, sweepWorld, type Language } from './sweep.ts'

/**
 * Every screen (each route of routes.ts, each tab) and every dialog passes axe (WCAG 2.1 AA and best
 * practices) in Swedish and English, on the example data. One page per language; a stuck step fails
 * within seconds with the screen's or dialog's name.
 */

const RENDERER = 'src/renderer/src'
/** The app's one confirmation dialog: each askToConfirm call that opens it is checked instead. */
const GENERIC = new Set(['components/useConfirm.tsx', 'components/ConfirmDialog.tsx'])
const DIALOG = /<Modal\b|<ConfirmDialog\b|askToConfirm\(|<Spotlight\b/g

/** How many dialogs each renderer file opens, as its source says. */
function dialogsInSource(): Record<string, number> {
  const found: Record<string, number> = {}
  for (const file of readdirSync(RENDERER, { recursive: true, encoding: 'utf8' }))
    if (file.endsWith('.tsx') && !GENERIC.has(file)) {
      const count = readFileSync(join(RENDERER, file), 'utf8').match(DIALOG)?.length ?? 0
      if (count > 0) found[file] = count
    }
  return found
}

test('the sweep opens every route and every dialog the source has', () => {
  const paths = routes.flatMap((section) => section.links.map((link) => link.path))
  expect(screens.map((screen) => screen.route).sort()).toEqual([...paths].sort())
  const listed: Record<string, number> = {}
  for (const dialog of dialogs) listed[dialog.file] = (listed[dialog.file] ?? 0) + 1
  expect(listed).toEqual(dialogsInSource())
})

/** No transition running: a fading colour is not the colour. */
const still = (page: Page) =>
  page.waitForFunction(
    // A function, not a string: the app's CSP refuses eval. Typed by hand: no DOM types here.
    () =>
      (
        globalThis as unknown as { document: { getAnimations(): unknown[] } }
      ).document.getAnimations().length === 0,
  )

/** Loaded: a heading, no spinner, nothing moving. */
async function settled(page: Page) {
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible()
  await expect(page.locator('.mantine-Loader-root')).toHaveCount(0)
  await still(page)
}

for (const language of ['sv', 'en'] as const satisfies Language[])
  test(`every screen and dialog passes axe (${language})`, async ({ app }) => {
    test.setTimeout(150_000)
    const { page, db } = app
    // One stuck opener fails at once, with its step's name.
    page.setDefaultTimeout(5_000)
    const world = await sweepWorld(db)
    const say = sayIn(language)
    await page.setViewportSize({ width: 1366, height: 768 })
    await page.evaluate((chosen) => localStorage.setItem('radsrum.language', chosen), language)
    await page.reload()
    await expect(page.locator('html')).toHaveAttribute('lang', language)
    const go = async (path: string) => {
      await page.goto(new URL(`#${path}`, page.url()).href)
      await settled(page)
    }
    const found: string[] = []

    for (const screen of screens)
      await test.step(screen.route, async () => {
        await go(screen.path(world))
        found.push(...(await axeViolations(page)).map((line) => `${screen.route}: ${line}`))
        for (const tab of screen.tabs?.(say, world) ?? []) {
          await page.getByRole('tab', { name: tab }).click()
          await settled(page)
          const where = `${screen.route} (${String(tab)})`
          found.push(...(await axeViolations(page, 'main')).map((line) => `${where}: ${line}`))
        }
      })

    for (const [index, dialog] of dialogs.entries())
      await test.step(`${dialog.file}: ${dialog.name}`, async () => {
        await go(dialog.path(world))
        await dialog.open(page, say, world)
        await expect(page.getByRole('dialog').last()).toBeVisible()
        await still(page)
        const where = `${dialog.file} (${dialog.name})`
        found.push(
          ...(await axeViolations(page, '[role="dialog"]')).map((line) => `${where}: ${line}`),
        )
        if (process.env.RADSRUM_SWEEP_SCREENSHOTS)
          await page.screenshot({ path: join(SCREENSHOTS, `sweep-${language}-${index}.png`) })
        // A confirmation asked from inside a dialog closes first, then the dialog.
        for (let tries = 0; tries < 3 && (await page.getByRole('dialog').count()) > 0; tries++) {
          await page.keyboard.press('Escape')
          await still(page)
        }
        await expect(page.getByRole('dialog')).toHaveCount(0)
      })

    expect(found).toEqual([])
  })
