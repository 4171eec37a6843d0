import { mkdirSync } from 'node:fs'
import type { AddressInfo } from 'node:net'
import { join, resolve } from 'node:path'
import { test as base, chromium, expect, type Browser, type Page } from '@playwright/test'
import {
  bridgeInitScript,
  CHROMIUM_ARGS,
  chromiumExecutable,
  INVOKE_BINDING,
  serveRenderer,
} from '../support/renderer.ts'
import { createTestDatabase, type TestDatabase } from '../support/testDatabase.ts'

export const SCREENSHOTS = resolve('test-results/screenshots')

export interface AppHarness {
  page: Page
  db: TestDatabase
  /** Saved documents land here. */
  downloads: string
  screenshot(name: string): Promise<void>
}

/**
 * Plays the preload's part: the real registry runs on a temporary database in the test process,
 * reached from the page through an exposed binding, and an init script installs the same bridge.
 */
export const test = base.extend<
  { app: AppHarness },
  { browserInstance: Browser; rendererUrl: string }
>({
  browserInstance: [
    async ({}, use) => {
      const browser = await chromium.launch({
        executablePath: chromiumExecutable(),
        args: CHROMIUM_ARGS,
      })
      await use(browser)
      await browser.close()
    },
    { scope: 'worker' },
  ],
  rendererUrl: [
    async ({}, use) => {
      const server = await serveRenderer()
      await use(`http://127.0.0.1:${(server.address() as AddressInfo).port}/`)
      server.close()
    },
    { scope: 'worker' },
  ],
  app: async ({ browserInstance, rendererUrl }, use, testInfo) => {
    const downloads = testInfo.outputPath('documents')
    mkdirSync(downloads, { recursive: true })
    const db = await createTestDatabase({ saveTo: downloads })
    const context = await browserInstance.newContext({
      locale: 'sv-SE',
      timezoneId: 'Europe/Stockholm',
      viewport: { width: 1280, height: 860 },
      // The app honours reduced motion (theme.ts), so a menu group opens at once and a click never
      // lands on a link that is still sliding into place.
      reducedMotion: 'reduce',
    })
    const page = await context.newPage()
    await page.exposeBinding(INVOKE_BINDING, (source, name: string, input: unknown) => {
      if (source.frame !== page.mainFrame())
        return {
          ok: false,
          error: { code: 'VALIDATION', message: 'Fel avsändare.', key: 'common.notFromApp' },
        }
      return db.dispatcher.call(name, input)
    })
    await page.addInitScript({ content: bridgeInitScript() })
    const errors: string[] = []
    page.on('pageerror', (error) => errors.push(error.message))
    await page.goto(rendererUrl)
    mkdirSync(SCREENSHOTS, { recursive: true })
    await use({
      page,
      db,
      downloads,
      screenshot: async (name) => {
        await page.screenshot({ path: join(SCREENSHOTS, `${name}.png`), fullPage: true })
      },
    })
    await context.close()
    await db.close()
    if (errors.length > 0) throw new Error(`Fel i sidan: ${errors.join('; ')}`)
  },
})

export { expect }

/** The side menu's groups; only the current screen's group is open (so the menu fits 768 px). */
const MENU_GROUPS = ['Möten', 'Register', 'Mål och idéer', 'Uppföljning', 'System']

/**
 * Clicks a link, opening the menu's groups one by one, as the secretary would, until it shows; a
 * menu link is then awaited as the menu's current screen.
 */
export async function openMenu(page: Page, name: string): Promise<void> {
  const menu = page.getByRole('navigation', { name: 'Huvudmeny' })
  const link = page.getByRole('link', { name, exact: true })
  for (const group of MENU_GROUPS) {
    if (await link.isVisible()) break
    const header = menu.getByRole('button', { name: group, exact: true })
    if ((await header.getAttribute('aria-expanded')) === 'true') continue
    await header.click()
    await expect(header).toHaveAttribute('aria-expanded', 'true')
  }
  await link.click()
  if ((await menu.getByRole('link', { name, exact: true }).count()) > 0)
    await expect(link).toHaveAttribute('aria-current', 'page')
}
