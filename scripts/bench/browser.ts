/**
 * The renderer's part of `npm run bench`, in Chromium against the production build (out/renderer)
 * with the real services behind the bridge, as the e2e harness runs the app:
 *
 *  - first paint of the meeting overview with ten years of data vs an (almost) empty database;
 *  - the number of user actions from the start page to the next meeting's notice saved as Word;
 *  - the number of user actions for the whole meeting cycle (notice to adjusted minutes in Word).
 *
 *   node scripts/bench/browser.ts [LARGE.sqlite]   (generated if missing)
 */
import { execFileSync } from 'node:child_process'
import { existsSync, mkdtempSync, rmSync, statSync } from 'node:fs'
import type { AddressInfo } from 'node:net'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { chromium, type Browser, type BrowserContext } from '@playwright/test'
import { fixedClock } from '../../src/main/context.ts'
import { openSession } from '../../src/main/db/session.ts'
import { createDispatcher, type Dispatcher } from '../../src/main/registry.ts'
import type { MeetingSummaryDto } from '../../src/shared/api/meetings.ts'
import {
  bridgeInitScript,
  CHROMIUM_ARGS,
  chromiumExecutable,
  INVOKE_BINDING,
  RENDERER,
  serveRenderer,
} from '../../tests/support/renderer.ts'
import { prepareCycle, Secretary, walkCycle } from '../../tests/support/cycleWalk.ts'
import { createTestDatabase, RecordingHost } from '../../tests/support/testDatabase.ts'
import { formatFigure, quantile, type Figure } from './figures.ts'
import { BENCH_TODAY } from './shape.ts'

const RUNS = 10
const WARMUP = 2
const CLOCK = `${BENCH_TODAY}T10:00:00+01:00`
const OVERVIEW_SHOT = '/tmp/bench-overview-large.png'
const NOTICE_SHOT = '/tmp/bench-notice-large.png'
/** A link in a row of the upcoming table: only there once meetings.list has answered and React has rendered the rows. */
const ROW_SELECTOR = 'table[aria-label="Kommande möten"] tbody tr a[href]'

interface BenchApp {
  dispatcher: Dispatcher
  host: RecordingHost
  call<T>(name: string, input?: unknown): Promise<T>
  close(): Promise<void>
}

/** Every procedure call the page made, timed in the page (bridge to answer, including the binding's round trip). */
interface PageCall {
  name: string
  input: unknown
  /** When the page asked, ms after navigation start. */
  at: number
  ms: number
}

interface BenchWindow {
  __benchCalls?: PageCall[]
  __benchRowsAt?: number
}

function wrap(dispatcher: Dispatcher, host: RecordingHost, close: () => Promise<void>): BenchApp {
  return {
    dispatcher,
    host,
    async call<T>(name: string, input: unknown = {}) {
      const result = await dispatcher.call(name, input)
      if (!result.ok) throw new Error(`${name}: ${result.error.code} ${result.error.message}`)
      return result.value as T
    },
    close,
  }
}

/** The large data set opened in place (it is tens of MB: no copy), with the bench's fixed today. */
async function openLarge(path: string, saveTo: string): Promise<BenchApp> {
  const clock = fixedClock(CLOCK)
  const database = await openSession(path, () => clock.now())
  const host = new RecordingHost(saveTo)
  const dispatcher = createDispatcher({
    orm: () => database.orm,
    session: database,
    clock,
    host,
    app: { appVersion: 'bench', databasePath: path },
    log: () => undefined,
  })
  return wrap(dispatcher, host, () => database.close())
}

/**
 * The floor: a freshly migrated database with one body and one upcoming meeting. A truly empty
 * database shows "no upcoming meetings" instead of a table, a different page; with one row both
 * runs wait for the same element, and the difference is what ten years of data cost.
 */
async function openEmpty(saveTo: string): Promise<BenchApp> {
  const db = await createTestDatabase({ clock: fixedClock(CLOCK), saveTo })
  const app = wrap(db.dispatcher, db.host, () => db.close())
  const body = await app.call<{ id: number }>('register.createBody', {
    name: 'Trygghetsrådet',
    kind: 'council',
    area: 'Kommunen',
    parentId: null,
  })
  await app.call('meetings.create', {
    bodyId: body.id,
    date: '2026-12-08',
    startTime: '13:15',
    endTime: '15:00',
    place: 'Stadshuset',
    noticeDate: '2026-11-27',
    replyBy: '2026-12-04',
  })
  return app
}

/** A context whose pages reach `app` through the bridge, timing every call in the page and noting when the overview's rows first exist in a frame. */
async function bridgedContext(browser: Browser, app: BenchApp): Promise<BrowserContext> {
  const context = await browser.newContext({
    locale: 'sv-SE',
    timezoneId: 'Europe/Stockholm',
    viewport: { width: 1280, height: 860 },
  })
  // The answer crosses as one JSON string: Playwright's own serialisation of a binding's return value
  // walks every value and doubled the in-page time of the 1 MB meeting list (2.3 s against 1.1 s),
  // where Electron's IPC (structured clone) takes milliseconds; a string and JSON.parse come closer.
  await context.exposeBinding(INVOKE_BINDING, async (source, name: string, input: unknown) => {
    if (source.frame !== source.page.mainFrame())
      return JSON.stringify({ ok: false, error: { code: 'VALIDATION', message: 'Fel avsändare.' } })
    return JSON.stringify(await app.dispatcher.call(name, input))
  })
  const timedInvoke = `(name, input) => {
    const at = performance.now()
    return window.${INVOKE_BINDING}(name, input).then((text) => {
      const result = JSON.parse(text)
      ;(window.__benchCalls ??= []).push({ name, input, at, ms: performance.now() - at })
      return result
    })
  }`
  await context.addInitScript({ content: bridgeInitScript(timedInvoke) })
  // Checked once per animation frame, before paint: the first frame in which a row is laid out is the frame that paints it.
  await context.addInitScript({
    content: `(() => {
      const check = () => {
        const row = document.querySelector(${JSON.stringify(ROW_SELECTOR)})
        if (row && row.getClientRects().length > 0) window.__benchRowsAt = performance.now()
        else requestAnimationFrame(check)
      }
      requestAnimationFrame(check)
    })()`,
  })
  return context
}

interface OverviewRun {
  /** Navigation start to the first frame with meeting rows, ms. */
  paint: number
  calls: PageCall[]
}

/** One fresh page load of the overview; timed in the page from its own navigation start. */
async function loadOverview(
  context: BrowserContext,
  url: string,
  screenshot?: string,
): Promise<OverviewRun> {
  const page = await context.newPage()
  const errors: string[] = []
  page.on('pageerror', (error) => errors.push(error.message))
  try {
    await page.goto(`${url}#/meetings`, { waitUntil: 'commit' })
    const paint = await (
      await page.waitForFunction(() => (globalThis as BenchWindow).__benchRowsAt, undefined, {
        timeout: 60_000,
      })
    ).jsonValue()
    const calls = await page.evaluate(() => (globalThis as BenchWindow).__benchCalls ?? [])
    if (screenshot) await page.screenshot({ path: screenshot, fullPage: true })
    if (errors.length > 0) throw new Error(`Errors in the page: ${errors.join('; ')}`)
    if (typeof paint !== 'number') throw new Error('The overview never showed a meeting row.')
    return { paint, calls }
  } finally {
    await page.close()
  }
}

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')

const summary = (samples: number[]) => {
  const sorted = [...samples].sort((a, b) => a - b)
  return { median: quantile(sorted, 0.5), p95: quantile(sorted, 0.95) }
}

/** The size of each answer the overview asked for, and its time in the service alone (no page, no binding). */
async function answerSizes(app: BenchApp, calls: PageCall[]): Promise<string[]> {
  const lines: string[] = []
  for (const call of calls) {
    const started = performance.now()
    const result = await app.dispatcher.call(call.name, call.input)
    const service = performance.now() - started
    const bytes = JSON.stringify(result.ok ? result.value : result.error).length
    lines.push(
      `  ${call.name.padEnd(22)} ${JSON.stringify(call.input).padEnd(24)} ${(bytes / 1024).toFixed(1).padStart(7)} kB answer, service ${service.toFixed(1)} ms, in page ${call.ms.toFixed(1)} ms from ${call.at.toFixed(0)} ms`,
    )
  }
  return lines
}

async function overviewFigures(
  browser: Browser,
  url: string,
  empty: BenchApp,
  large: BenchApp,
  log: (line: string) => void,
): Promise<Figure[]> {
  const emptyContext = await bridgedContext(browser, empty)
  const largeContext = await bridgedContext(browser, large)
  try {
    const paints = { empty: [] as number[], large: [] as number[] }
    const listMs = { empty: [] as number[], large: [] as number[] }
    const last: Partial<Record<'empty' | 'large', OverviewRun>> = {}
    // Alternating empty and large, so drift on a shared machine falls on both alike.
    for (let i = 0; i < WARMUP + RUNS; i++) {
      const measured = i >= WARMUP
      for (const [key, context] of [
        ['empty', emptyContext],
        ['large', largeContext],
      ] as const) {
        const run = await loadOverview(
          context,
          url,
          key === 'large' && i === WARMUP + RUNS - 1 ? OVERVIEW_SHOT : undefined,
        )
        if (!measured) continue
        paints[key].push(run.paint)
        const list = run.calls.find((call) => call.name === 'meetings.list')
        if (!list) throw new Error('The overview did not call meetings.list.')
        listMs[key].push(list.ms)
        last[key] = run
      }
    }
    for (const [key, app] of [
      ['empty', empty],
      ['large', large],
    ] as const) {
      const run = last[key]
      if (!run) continue
      log(`overview calls, ${key} set (last run, rows painted at ${run.paint.toFixed(0)} ms):`)
      for (const line of await answerSizes(app, run.calls)) log(line)
    }
    const empty50 = summary(paints.empty)
    const large50 = summary(paints.large)
    const ratio = large50.median / empty50.median
    const list = summary(listMs.large)
    return [
      { name: 'renderer: first paint, meeting overview (empty)', ...empty50 },
      {
        name: 'renderer: first paint, meeting overview (10 years)',
        ...large50,
        ratio,
        target: 'ratio ≤ 1.2',
        met: ratio <= 1.2,
      },
      {
        name: 'renderer: meetings.list in the page (10 years)',
        ...list,
        ratio: list.median / summary(listMs.empty).median,
      },
    ]
  } finally {
    await emptyContext.close()
    await largeContext.close()
  }
}

/**
 * From the start page to the next meeting's notice saved as Word, the shortest way the screens
 * offer: the start page has no meeting links, so the menu's overview, then the next meeting's
 * "to do" card (or its row), then the notice button. The document must reach the host.
 * In Electron the host's save dialog asks for one more confirmation; the recording host does not.
 */
async function noticeFigure(
  browser: Browser,
  url: string,
  large: BenchApp,
  log: (line: string) => void,
): Promise<Figure> {
  const next = (await large.call<MeetingSummaryDto[]>('meetings.list', { from: BENCH_TODAY }))[0]
  if (!next) throw new Error('The large data set has no upcoming meeting.')
  const context = await bridgedContext(browser, large)
  try {
    const page = await context.newPage()
    const errors: string[] = []
    page.on('pageerror', (error) => errors.push(error.message))
    await page.goto(url)
    await page.getByRole('heading', { level: 1 }).first().waitFor()
    const secretary = new Secretary(page)
    const savedBefore = large.host.saved.length

    // From the start page the menu shows only the start page's group: Möten is folded.
    const menu = page.getByRole('navigation', { name: 'Huvudmeny' })
    await secretary.click(
      menu.getByRole('button', { name: 'Möten', exact: true }),
      'menu group "Möten"',
    )
    await secretary.click(
      menu.getByRole('link', { name: 'Översikt', exact: true }),
      'menu "Översikt"',
    )
    await page.locator(ROW_SELECTOR).first().waitFor()
    // The to-do cards come first on the overview ("<next step>: <body> <date>"); the upcoming table has every meeting.
    const card = page.getByRole('link', {
      name: new RegExp(`: ${escapeRegExp(next.bodyName)} ${next.date}$`),
    })
    if ((await card.count()) > 0)
      await secretary.click(
        card.first(),
        `to-do card "${await card.first().getAttribute('aria-label')}"`,
      )
    else
      await secretary.click(
        page
          .getByRole('link', { name: `Öppna mötet ${next.bodyName} ${next.date}`, exact: true })
          .first(),
        `upcoming row "${next.bodyName} ${next.date}"`,
      )
    await page.getByRole('heading', { name: `${next.bodyName} ${next.date}` }).waitFor()
    await secretary.click(
      page.getByRole('button', { name: 'Kallelse (.docx)' }),
      'button "Kallelse (.docx)"',
    )
    await page.getByText('Dokumentet sparades').waitFor()

    const saved = large.host.saved.slice(savedBefore)
    const expected = `Kallelse ${next.bodyName} ${next.date}.docx`
    if (saved.length !== 1 || saved[0]!.fileName !== expected)
      throw new Error(
        `Expected ${expected} saved, the host got: ${saved.map((file) => file.fileName).join(', ') || 'nothing'}`,
      )
    const bytes = saved[0]!.data
    if (bytes[0] !== 0x50 || bytes[1] !== 0x4b)
      throw new Error(`${expected} is not a Word (zip) file.`)
    await page.screenshot({ path: NOTICE_SHOT, fullPage: true })
    if (errors.length > 0) throw new Error(`Errors in the page: ${errors.join('; ')}`)

    log(
      `notice path (${secretary.actions.length} actions, ${expected}, ${(bytes.length / 1024).toFixed(0)} kB):`,
    )
    for (const action of secretary.actions) log(`  ${action.what}`)
    const count = secretary.actions.length
    return {
      name: "user actions: start → next meeting's notice",
      median: count,
      p95: count,
      unit: 'actions',
    }
  } finally {
    await context.close()
  }
}

/**
 * The whole meeting cycle through the screens (tests/support/cycleWalk.ts, also an e2e test), on
 * the example data at 1366×768: the number of user actions, with the steps that cost them.
 */
async function cycleFigure(
  browser: Browser,
  url: string,
  saveTo: string,
  log: (line: string) => void,
): Promise<Figure> {
  const db = await createTestDatabase({ saveTo })
  const app = wrap(db.dispatcher, db.host, () => db.close())
  const context = await bridgedContext(browser, app)
  try {
    const meeting = await prepareCycle(db)
    const page = await context.newPage()
    await page.setViewportSize({ width: 1366, height: 768 })
    const errors: string[] = []
    page.on('pageerror', (error) => errors.push(error.message))
    await page.goto(url)
    await page.getByRole('heading', { level: 1 }).first().waitFor()
    const secretary = await walkCycle(page, meeting)
    if (errors.length > 0) throw new Error(`Errors in the page: ${errors.join('; ')}`)
    log(`meeting cycle (${secretary.actions.length} actions):`)
    for (const [step, count] of secretary.perStep()) {
      log(`  ${step}: ${count}`)
      for (const action of secretary.actions.filter((one) => one.step === step))
        log(`    ${action.what}`)
    }
    const count = secretary.actions.length
    return {
      name: 'hela mötescykeln, användarhandlingar',
      median: count,
      p95: count,
      unit: 'actions',
      target: '≤ 60',
      met: count <= 60,
    }
  } finally {
    await context.close()
    await app.close()
  }
}

/** Builds out/renderer if it is missing (electron-vite build takes seconds). */
function ensureRendererBuild(): void {
  if (existsSync(join(RENDERER, 'index.html'))) return
  execFileSync('npx', ['electron-vite', 'build'], { stdio: 'inherit' })
}

export async function browserFigures(
  largeDbPath: string,
  log: (line: string) => void = () => undefined,
): Promise<Figure[]> {
  ensureRendererBuild()
  const documents = mkdtempSync(join(tmpdir(), 'radsrum-bench-documents-'))
  const server = await serveRenderer()
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/`
  const opened: BenchApp[] = []
  let browser: Browser | undefined
  try {
    browser = await chromium.launch({ executablePath: chromiumExecutable(), args: CHROMIUM_ARGS })
    const empty = await openEmpty(documents)
    opened.push(empty)
    const large = await openLarge(largeDbPath, documents)
    opened.push(large)
    return [
      ...(await overviewFigures(browser, url, empty, large, log)),
      await noticeFigure(browser, url, large, log),
      await cycleFigure(browser, url, documents, log),
    ]
  } finally {
    await browser?.close()
    server.close()
    for (const app of opened) await app.close()
    rmSync(documents, { recursive: true, force: true })
  }
}

if (import.meta.main) {
  const path = process.argv[2] ?? join(tmpdir(), 'radsrum-bench-browser.sqlite')
  if (!existsSync(path) || statSync(path).size === 0) {
    const { generateLargeDatabase } = await import('./generate.ts')
    console.log(`generating ${path} …`)
    await generateLargeDatabase(path)
  }
  const started = performance.now()
  const figures = await browserFigures(path, (line) => console.log(line))
  for (const figure of figures) console.log(formatFigure(figure))
  console.log(
    `browser bench: ${((performance.now() - started) / 1000).toFixed(1)} s (screenshots: ${OVERVIEW_SHOT}, ${NOTICE_SHOT})`,
  )
}
