import { existsSync, mkdirSync, readFileSync, statSync } from 'node:fs'
import { createServer, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import { extname, join, normalize, resolve } from 'node:path'
import { test as base, chromium, type Browser, type Page } from '@playwright/test'
import { buildBridge } from '../../src/shared/api/bridge.ts'
import { procedureNames } from '../../src/shared/api/index.ts'
import { createTestDatabase, type TestDatabase } from '../support/testDatabase.ts'

const RENDERER = resolve('out/renderer')
export const SCREENSHOTS = resolve('test-results/screenshots')
const TYPES: Record<string, string> = { '.html': 'text/html', '.js': 'text/javascript', '.css': 'text/css', '.svg': 'image/svg+xml', '.png': 'image/png', '.woff2': 'font/woff2' }

/** Serves the production renderer build on loopback (Chromium will not run module scripts from file://). */
function serveRenderer(): Promise<Server> {
  if (!existsSync(join(RENDERER, 'index.html'))) throw new Error('Bygg först: npm run build (out/renderer saknas).')
  const server = createServer((request, response) => {
    const url = new URL(request.url ?? '/', 'http://localhost')
    const file = normalize(join(RENDERER, url.pathname === '/' ? 'index.html' : decodeURIComponent(url.pathname)))
    if (!file.startsWith(RENDERER) || !existsSync(file) || !statSync(file).isFile()) {
      response.writeHead(404).end()
      return
    }
    response.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' })
    response.end(readFileSync(file))
  })
  return new Promise((done) => server.listen(0, '127.0.0.1', () => done(server)))
}

export function chromiumExecutable(): string | undefined {
  if (process.env.CHROMIUM_PATH) return process.env.CHROMIUM_PATH
  if (existsSync('/usr/bin/chromium')) return '/usr/bin/chromium'
  return undefined // a developer laptop: Playwright's own browser
}

export const CHROMIUM_ARGS = ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run', '--disable-sync']

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
export const test = base.extend<{ app: AppHarness }, { browserInstance: Browser; rendererUrl: string }>({
  browserInstance: [
    async ({}, use) => {
      const browser = await chromium.launch({ executablePath: chromiumExecutable(), args: CHROMIUM_ARGS })
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
    const context = await browserInstance.newContext({ locale: 'sv-SE', timezoneId: 'Europe/Stockholm', viewport: { width: 1280, height: 860 } })
    const page = await context.newPage()
    await page.exposeBinding('__radsrumInvoke', (source, name: string, input: unknown) => {
      if (source.frame !== page.mainFrame()) return { ok: false, error: { code: 'VALIDATION', message: 'Fel avsändare.' } }
      return db.dispatcher.call(name, input)
    })
    await page.addInitScript({
      content: `Object.defineProperty(window, 'api', { value: (${buildBridge.toString()})(${JSON.stringify(procedureNames)}, (name, input) => window.__radsrumInvoke(name, input)), writable: false, configurable: false });`,
    })
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

export { expect } from '@playwright/test'
