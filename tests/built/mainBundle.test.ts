/**
 * What a secretary installs: the built out/main/index.js, started under Node with a stand-in
 * electron (tests/built/electronStandIn.ts). Catches what the source-level tests cannot: a
 * dependency that does not resolve once bundled, a migration missing from the bundle, a worker
 * path that exists only in the sources. Runs after `electron-vite build` in `npm test`.
 */
import { fork } from 'node:child_process'
import { createHash } from 'node:crypto'
import { closeSync, existsSync, mkdirSync, mkdtempSync, openSync, readdirSync } from 'node:fs'
import { readFileSync, rmSync, statSync, writeSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { basename, join } from 'node:path'
import Database from 'better-sqlite3'
import ExcelJS from 'exceljs'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { procedureNames } from '../../src/shared/api/index.ts'
import { bootBuiltApp, installBuiltApp, type BootReport, type BuiltApp } from './builtApp.ts'

const migrationFiles = readdirSync('src/main/db/migrations')
  .filter((file) => /^Migration.*\.ts$/.test(file))
  .map((file) => basename(file, '.ts'))
  .sort()
const version = (JSON.parse(readFileSync('package.json', 'utf8')) as { version: string }).version

const root = mkdtempSync(join(tmpdir(), 'radsrum-built-'))
const appDir = installBuiltApp(join(root, 'installerat'))
afterAll(() => rmSync(root, { recursive: true, force: true }))

async function memberWorkbook(rows: string[][]) {
  const book = new ExcelJS.Workbook()
  book.addWorksheet('Personer').addRows([['Namn', 'Titel', 'Organisation', 'E-post'], ...rows])
  return {
    fileName: 'personer.xlsx',
    base64: Buffer.from(await book.xlsx.writeBuffer()).toString('base64'),
  }
}

describe('the built main bundle under Node, with a stand-in electron', () => {
  const userData = join(root, 'Rådsrum')
  const database = join(userData, 'radsrum.sqlite')
  let app: BuiltApp
  let report: BootReport
  let own: { url: string; parent: null }
  const call = (channel: string, input: unknown = {}) => app.call(channel, input, own)

  beforeAll(async () => {
    mkdirSync(userData)
    app = bootBuiltApp(appDir, userData)
    report = await app.ready
    own = { url: report.url, parent: null }
  })
  afterAll(() => app.kill())

  it('opens one isolated, sandboxed window without Node; its preload and page are in the build', async () => {
    expect(report.windows).toBe(1)
    expect(report.visible).toBe(true)
    expect(report.options.webPreferences).toMatchObject({
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      webSecurity: true,
      webviewTag: false,
    })
    const preload = report.options.webPreferences.preload as string
    expect(preload).toBe(join(appDir, 'out/preload/index.cjs'))
    expect(existsSync(preload)).toBe(true)
    // The page the window loads, and every script and style it links, are served from the build.
    const page = await app.page(report.url)
    expect(page.status).toBe(200)
    expect(page.text).toContain('<div id="root">')
    const assets = [...page.text.matchAll(/(?:src|href)="([^"]+)"/g)].map((match) => match[1]!)
    expect(assets.length).toBeGreaterThanOrEqual(2)
    for (const asset of assets) {
      expect((await app.page(new URL(asset, report.url).href)).status, asset).toBe(200)
    }
    expect(report.navigation).toEqual({
      awayPrevented: true,
      ownPrevented: false,
      webviewPrevented: true,
      newWindow: { action: 'deny' },
    })
    expect(report.permissions).toEqual({ requestGranted: false, checkGranted: false })
    expect(report.menuSet).toBe(true)
    // A custom scheme is privileged before ready (Electron ignores it afterwards).
    expect(report.privilegedSchemes.every((entry) => entry.beforeReady)).toBe(true)
  })

  it('serves the page from app://renderer/, limited to out/renderer: nothing beside it or elsewhere on disk', async () => {
    expect(report.url).toBe('app://renderer/index.html')
    expect(report.protocolHandlers).toEqual(['app'])
    expect(report.privilegedSchemes).toEqual([
      {
        schemes: [
          {
            scheme: 'app',
            privileges: { standard: true, secure: true, supportFetchAPI: true, corsEnabled: true },
          },
        ],
        beforeReady: true,
      },
    ])
    // The page's CSP, as built: scripts only from the app itself.
    const page = await app.page(report.url)
    expect(page.contentType).toBe('text/html; charset=utf-8')
    expect(page.text).toMatch(
      /Content-Security-Policy" content="default-src 'self'; script-src 'self';/,
    )
    for (const url of [
      'app://renderer/..%2f..%2fpackage.json',
      'app://renderer/%2e%2e%2fmain%2findex.js',
      `app://renderer/${encodeURIComponent(join(appDir, 'package.json'))}`,
      'app://renderer/C:%5CWindows%5Cwin.ini',
    ])
      expect((await app.page(url)).status, url).toBe(403)
    expect((await app.page('app://renderer/../main/index.js')).status).toBe(404)
  })

  it('is the only instance: starting Rådsrum again brings this window back instead of a second one', async () => {
    expect(report.singleInstanceLockRequested).toBe(true)
    expect(await app.secondInstance()).toEqual({ restored: true, focused: 1 })
    expect(report.windows).toBe(1)
  })

  it('rebuilds the application menu in English once the page says it shows English', async () => {
    expect(await app.menu()).toEqual(expect.arrayContaining(['Arkiv', 'Redigera', 'Gå till']))
    expect(await call('system.setLanguage', { language: 'en' })).toEqual({
      ok: true,
      value: { language: 'en' },
    })
    const english = await app.menu()
    expect(english).toEqual(expect.arrayContaining(['File', 'Edit', 'View', 'Go to', 'Help']))
    expect(english.join(' ')).not.toMatch(/[åäö]/i)
    // Back to Swedish for the rest of the file (the save dialog's language is not looked at there).
    await call('system.setLanguage', { language: 'sv' })
    expect(await app.menu()).toContain('Arkiv')
  })

  it('serves every procedure of the contract on its own IPC channel, and no other channel', () => {
    expect([...report.channels].sort()).toEqual([...procedureNames].sort())
    expect(report.ipcListeners).toEqual([])
  })

  it("answers the app's own page through the handlers, on a database with every migration", async () => {
    expect(await call('system.info')).toMatchObject({
      ok: true,
      value: {
        appVersion: version,
        databasePath: database,
        schemaVersion: migrationFiles.length,
        isEmpty: true,
      },
    })
    expect(await call('register.listBodies')).toEqual({ ok: true, value: [] })
    expect(await call('meetings.list')).toEqual({ ok: true, value: [] })
    expect(await call('register.listBodies', { extra: 1 })).toMatchObject({
      ok: false,
      error: { code: 'VALIDATION' },
    })
  })

  it('refuses a call from a foreign page or from a frame inside the page, and runs nothing', async () => {
    for (const frame of [
      { url: 'https://evil.example/', parent: null },
      { url: 'file:///tmp/evil.html', parent: null },
      // Opaque origins ('null'), as a custom scheme's would be if compared by origin alone.
      { url: 'data:text/html,<p>x</p>', parent: null },
      { url: 'about:blank', parent: null },
      { url: report.url, parent: { url: report.url } },
    ]) {
      expect(
        await app.call('register.createPerson', { name: 'Inkräktare' }, frame),
        frame.url,
      ).toEqual({
        ok: false,
        error: {
          code: 'VALIDATION',
          message: 'Anropet kom inte från Rådsrums eget fönster och avvisades.',
          key: 'common.notFromApp',
        },
      })
    }
    expect(await call('register.listPeople')).toEqual({ ok: true, value: [] })
  })

  it('imports members from an Excel file in the worker built beside the bundle', async () => {
    await call('register.createOrganisation', { name: 'Polisen', kind: 'police' })
    const file = await memberWorkbook([
      ['Anna Holm', 'Kommunpolis', 'Polisen', 'anna.holm@exempel.se'],
      ['Bo Ek', 'Fältsekreterare', '', 'bo.ek@exempel.se'],
    ])
    expect(await call('register.applyMemberImport', { file })).toMatchObject({
      ok: true,
      value: { createCount: 2, errorCount: 0 },
    })
    const people = (await call('register.listPeople')) as {
      value: { name: string; organisationName: string | null }[]
    }
    expect(people.value.map((person) => [person.name, person.organisationName])).toEqual([
      ['Anna Holm', 'Polisen'],
      ['Bo Ek', null],
    ])
  })

  it('builds documents in a utility process started from the file built beside the bundle', async () => {
    // Through the app: the register is built (in out/main/documentWorker.js) and offered to save.
    expect(await call('exports.registerXlsx')).toMatchObject({
      ok: true,
      value: { saved: false, fileName: expect.stringMatching(/^Register .*\.xlsx$/) },
    })
    // By Electron's utilityProcess (child_process cannot start the packaged binary as Node), from
    // the installed out/main, not from the sources.
    expect(await app.utilityForks()).toEqual([
      { modulePath: join(appDir, 'out/main/documentWorker.js'), serviceName: 'Rådsrum dokument' },
    ])
    // The built entry on its own, as a process: the workbook it answers opens, with the sheets the
    // builder writes.
    const child = fork(join(appDir, 'out/main/documentWorker.js'), [], {
      serialization: 'advanced',
      stdio: ['ignore', 'ignore', 'inherit', 'ipc'],
    })
    const answer = await new Promise<{ ok: boolean; value: Uint8Array }>((resolve, reject) => {
      child.once('message', resolve)
      child.once('error', reject)
      child.send({
        id: 1,
        input: {
          kind: 'registerXlsx',
          args: [
            { organisations: [], people: [], bodies: [] },
            { author: 'Eva Marklund', day: '2026-12-02' },
          ],
        },
      })
    })
    child.kill()
    expect(answer.ok).toBe(true)
    const book = new ExcelJS.Workbook()
    await book.xlsx.load(answer.value as unknown as ArrayBuffer)
    expect(book.worksheets.map((sheet) => sheet.name)).toContain('Aktörer')
  })

  it('every lazily loaded chunk (documents, calendars) resolves its imports', () => {
    expect(report.chunkFailures).toEqual([])
  })

  it('closing the window quits and closes the database cleanly: no -wal file, the data kept', async () => {
    // The start-up backup runs beside the app; quit once it is there (and so finished or nearly).
    for (let tries = 0; tries < 100; tries++) {
      const overview = (await call('backup.list')) as { value: { lastAutomatic: string | null } }
      if (overview.value.lastAutomatic) break
      await new Promise((done) => setTimeout(done, 50))
    }
    const { code, stderr } = await app.closeWindow()
    expect(code, stderr).toBe(0)
    // The register export above asked for the save dialog once; nothing else was shown.
    expect(app.log()).toEqual([{ kind: 'saveDialog' }, { kind: 'quit' }])
    expect(existsSync(`${database}-wal`)).toBe(false)
    const db = new Database(database, { readonly: true, fileMustExist: true })
    try {
      expect(db.pragma('quick_check', { simple: true })).toBe('ok')
      const applied = db.prepare('select name from mikro_orm_migrations order by name').all()
      expect(applied.map((row) => (row as { name: string }).name)).toEqual(migrationFiles)
      expect(db.prepare('select name from person order by name').pluck().all()).toEqual([
        'Anna Holm',
        'Bo Ek',
      ])
    } finally {
      db.close()
    }
  })
})

describe('the built main bundle while another instance runs', () => {
  it('quits at once: no window, no database opened or created', async () => {
    const userData = join(root, 'andra')
    mkdirSync(userData)
    const app = bootBuiltApp(appDir, userData, { RADSRUM_STANDIN_OTHER_INSTANCE: '1' })
    const { code } = await app.exited
    await expect(app.ready).rejects.toThrow(/before its window/)
    expect(code).toBe(0)
    expect(app.log()).toEqual([{ kind: 'quit' }])
    expect(readdirSync(userData).filter((file) => !file.endsWith('.jsonl'))).toEqual([])
  })
})

const sha256 = (path: string) => createHash('sha256').update(readFileSync(path)).digest('hex')

/** A real SQLite database in WAL mode, like the app's, with one page of a table overwritten. */
function damagedDatabase(path: string): void {
  const db = new Database(path)
  db.pragma('journal_mode = WAL')
  db.exec('create table person (id integer primary key, name text not null)')
  const insert = db.prepare('insert into person (name) values (?)')
  for (let row = 0; row < 500; row++) insert.run(`Person nummer ${row} med ett ganska långt namn`)
  const { rootpage } = db
    .prepare("select rootpage from sqlite_master where name = 'person'")
    .get() as { rootpage: number }
  const pageSize = db.pragma('page_size', { simple: true }) as number
  db.close()
  const fd = openSync(path, 'r+')
  writeSync(fd, Buffer.alloc(pageSize, 0xa5), 0, pageSize, (rootpage - 1) * pageSize)
  closeSync(fd)
}

describe('the built main bundle with a damaged database', () => {
  it('explains it in an error box and exits, leaving the file exactly as it was', async () => {
    const userData = join(root, 'skadad')
    mkdirSync(userData)
    const database = join(userData, 'radsrum.sqlite')
    damagedDatabase(database)
    const before = sha256(database)
    const filesBefore = readdirSync(userData)

    const app = bootBuiltApp(appDir, userData)
    const { code } = await app.exited
    await expect(app.ready).rejects.toThrow(/exited \(1\) before its window/)
    expect(code).toBe(1)
    const [box, exit, ...rest] = app.log()
    expect(box).toMatchObject({ kind: 'errorBox', title: 'Rådsrum kan inte öppna databasen' })
    expect((box as { content: string }).content).toMatch(/skadad[\s\S]*Filen har inte ändrats/)
    expect(exit).toEqual({ kind: 'exit', code: 1 })
    expect(rest).toEqual([])
    expect(sha256(database)).toBe(before)
    // Beside it only SQLite's read-only companions (an empty log) and the lock file (db/lock.ts).
    const added = readdirSync(userData).filter(
      (file) => !filesBefore.includes(file) && !file.endsWith('.jsonl'),
    )
    expect(added.filter((file) => !/^radsrum\.sqlite(-wal|-shm|\.lock)$/.test(file))).toEqual([])
    if (added.includes('radsrum.sqlite-wal')) expect(statSync(`${database}-wal`).size).toBe(0)
  })

  it('explains it in English on an English system, before any page has said its language', async () => {
    const userData = join(root, 'damaged')
    mkdirSync(userData)
    damagedDatabase(join(userData, 'radsrum.sqlite'))
    const app = bootBuiltApp(appDir, userData, { RADSRUM_STANDIN_LANGUAGES: 'en-GB,sv-SE' })
    expect((await app.exited).code).toBe(1)
    const [box] = app.log()
    expect(box).toMatchObject({ kind: 'errorBox', title: 'Rådsrum cannot open the database' })
    expect((box as { content: string }).content).toMatch(
      /^The database radsrum\.sqlite is damaged[\s\S]*There is no intact backup/,
    )
    // Swedish only in the backup folder's path (säkerhetskopior), which is a name, not a text.
    const words = (box as { content: string }).content.replace(/\S*\/\S*/g, '')
    expect(words).not.toMatch(/[åäö]|databasen|inte/i)
  })
})
