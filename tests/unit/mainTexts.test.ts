import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import Database from 'better-sqlite3'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import type { MenuItemConstructorOptions } from 'electron'
import type { BackupDto } from '../../src/shared/api/backup.ts'
import { routes } from '../../src/shared/navigation.ts'
import { createTestDatabase, type TestDatabase } from '../support/testDatabase.ts'

const shown = vi.hoisted(() => ({ options: [] as unknown[] }))
vi.mock('electron', () => ({
  app: { getPath: () => '/home/anna/Dokument', name: 'Rådsrum', getVersion: () => '1.0.0' },
  dialog: {
    showSaveDialog: async (options: unknown) => (shown.options.push(options), { canceled: true }),
    showOpenDialog: async (options: unknown) => (shown.options.push(options), { canceled: true }),
    showMessageBox: async (options: unknown) => (shown.options.push(options), { response: 1 }),
  },
  shell: { openPath: async () => '' },
  Menu: { buildFromTemplate: (template: unknown) => template },
}))
const dialogs = await import('../../src/main/dialogs.ts')
const { electronHost } = await import('../../src/main/electronHost.ts')
const { menuTemplate } = await import('../../src/main/menu.ts')
const { readSettings, writeSettings } = await import('../../src/main/backup/settings.ts')
const { openDatabase } = await import('../../src/main/db/open.ts')
const { holdExclusiveLock, holdSharedLock } = await import('../../src/main/db/lock.ts')
const { openWithRecovery } = await import('../../src/main/startup.ts')
const { catalogues } = await import('../../src/shared/messages/index.ts')

const backup: BackupDto = {
  fileName: 'radsrum-manuell-20261125-090000.sqlite',
  path: '/data/säkerhetskopior/radsrum-manuell-20261125-090000.sqlite',
  kind: 'manual',
  takenAt: '2026-11-25T09:00:00.000Z',
  sizeBytes: 4096,
}

/** Every text of a dialog or a menu, flattened (titles, messages, buttons, labels, filters). */
function texts(value: unknown): string[] {
  if (typeof value === 'string') return [value]
  if (Array.isArray(value)) return value.flatMap(texts)
  if (!value || typeof value !== 'object') return []
  return Object.entries(value)
    .filter(([key]) => !['defaultPath', 'role', 'accelerator', 'type', 'properties'].includes(key))
    .flatMap(([, inner]) => texts(inner))
}

/**
 * Swedish on an English dialog: å, ä or ö, or a common Swedish word without them, outside the
 * program's name, a path or a file name.
 */
const swedishIn = (all: string[]) =>
  all
    .map((text) => text.replace(/Rådsrum/g, '').replace(/\S*[/\\]\S*|\S+\.sqlite\)?/g, ''))
    .filter((text) =>
      /[åäö]|\b(och|till|filen|mapp|databasen|inte|ingen|kunde|finns|eller|av|den|det|är)\b/i.test(
        text,
      ),
    )

/** What the start-up error box says for each way the database can refuse to open, from the real code. */
async function databaseProblems(language: 'sv' | 'en'): Promise<string[]> {
  const dir = mkdtempSync(join(tmpdir(), 'radsrum-texter-'))
  const refusal = (attempt: Promise<unknown> | (() => unknown)) =>
    Promise.resolve()
      .then(() => (typeof attempt === 'function' ? attempt() : attempt))
      .then(
        () => expect.unreachable('the database opened'),
        (error: unknown) => dialogs.cannotStartBox(language, error),
      )
  try {
    const notOurs = join(dir, 'inte.sqlite')
    writeFileSync(notOurs, 'detta är ingen databas '.repeat(100))
    const newer = join(dir, 'nyare.sqlite')
    await (await openDatabase({ path: newer })).close()
    const raw = new Database(newer)
    raw
      .prepare('insert into mikro_orm_migrations (name, executed_at) values (?, ?)')
      .run('Migration29990101000000_Future', new Date().toISOString())
    raw.close()
    const locked = join(dir, 'låst.sqlite')
    const held = holdExclusiveLock(locked)
    const boxes = [
      await refusal(openDatabase({ path: notOurs })),
      // Damaged and no good backup: explained, nothing offered, nothing changed.
      await refusal(openWithRecovery(notOurs, language)),
      await refusal(openDatabase({ path: newer })),
      await refusal(() => holdSharedLock(locked, 0)),
      await refusal(Promise.reject(new Error('ENOSPC'))),
    ]
    held.release()
    return boxes.flatMap((box) => [box.title, box.content])
  } finally {
    rmSync(dir, { recursive: true, force: true })
  }
}

const every = (language: 'sv' | 'en') => [
  dialogs.saveDialog(language, '/home/anna/Dokument/Register.xlsx'),
  dialogs.folderDialog(language, '/data/säkerhetskopior'),
  dialogs.restoreDialog(language, backup),
  dialogs.damagedDialog(language, { problem: 'x', folder: '/data/s', backups: [backup] }),
  dialogs.restoredDialog(language, backup, '/data/s/radsrum-skadad.sqlite'),
  dialogs.aboutDialog(language, { version: '1.0.0', dataFolder: '/data' }),
]
const menu = (language: 'sv' | 'en', goTo = (_path: string) => undefined as void) =>
  menuTemplate({ dataFolder: '/data', isDev: false, language, goTo })

describe('main’s own dialogs and menu', () => {
  it('speak Swedish by default and English when the UI is English', () => {
    expect(dialogs.saveDialog('sv', '/d/Register.xlsx')).toMatchObject({
      title: 'Spara dokument',
      buttonLabel: 'Spara',
      filters: [{ name: 'Excel-arbetsbok', extensions: ['xlsx'] }],
    })
    expect(dialogs.saveDialog('en', '/d/Register.xlsx')).toMatchObject({
      title: 'Save document',
      buttonLabel: 'Save',
      filters: [{ name: 'Excel workbook', extensions: ['xlsx'] }],
    })
    expect(dialogs.restoreDialog('sv', backup)).toMatchObject({
      title: 'Återställ säkerhetskopian?',
      message: expect.stringContaining('från 25 november 2026 kl. 10:00'),
      buttons: ['Återställ', 'Avbryt'],
      cancelId: 1,
    })
    expect(dialogs.restoreDialog('en', backup)).toMatchObject({
      title: 'Restore the backup?',
      message: expect.stringContaining('from 25 November 2026'),
      buttons: ['Restore', 'Cancel'],
      cancelId: 1,
    })
    expect(
      dialogs.damagedDialog('en', { problem: 'x', folder: '/s', backups: [backup] }),
    ).toMatchObject({
      title: 'The database is damaged',
      buttons: [
        expect.stringMatching(/^Restore 25 November 2026/),
        'Quit without changing anything',
      ],
      cancelId: 1,
    })
    expect(menu('sv').map((item) => item.label)).toEqual(
      expect.arrayContaining(['Arkiv', 'Redigera', 'Visa', 'Gå till', 'Hjälp']),
    )
    expect(menu('en').map((item) => item.label)).toEqual(
      expect.arrayContaining(['File', 'Edit', 'View', 'Go to', 'Help']),
    )
    expect(swedishIn([...texts(every('en')), ...texts(menu('en'))])).toEqual([])
    expect(swedishIn(texts(every('sv'))).length).toBeGreaterThan(5)
  })

  it('explain a database that cannot be opened in the UI’s language, from the first start', async () => {
    const english = await databaseProblems('en')
    expect(english).toEqual(
      expect.arrayContaining([
        'Rådsrum cannot open the database',
        expect.stringMatching(/^The file inte\.sqlite is not a Rådsrum database/),
        expect.stringMatching(/There is no intact backup in .*Nothing has been changed|no intact/s),
        expect.stringMatching(/newer version of Rådsrum/),
        expect.stringMatching(/is open in Rådsrum or in another program/),
        'Rådsrum could not start: ENOSPC',
      ]),
    )
    expect(swedishIn(english)).toEqual([])
    expect(swedishIn(await databaseProblems('sv'))).toHaveLength(10)
    // Every text main may show itself, not only those reached above.
    const mainKeys = Object.keys(catalogues.en.texts).filter((key) =>
      /^(dialog|database|menu)\./.test(key),
    )
    expect(swedishIn(mainKeys.map((key) => catalogues.en.texts[key]!))).toEqual([])
    // Before the page has spoken: last time's choice, else the system's, else Swedish.
    expect(dialogs.startLanguage('sv', ['en-GB'])).toBe('sv')
    expect(dialogs.startLanguage(undefined, ['de-DE', 'en-US', 'sv-SE'])).toBe('en')
    expect(dialogs.startLanguage(undefined, ['sv-FI', 'en-GB'])).toBe('sv')
    expect(dialogs.startLanguage(undefined, ['de-DE'])).toBe('sv')
  })

  it('follow the language the page reports, in the host’s dialogs too', async () => {
    const language = { current: 'sv' as const as 'sv' | 'en' }
    const host = electronHost(() => null, language)
    await host.saveDocument({ fileName: 'Kallelse.docx', data: new Uint8Array() })
    host.languageChanged!('en')
    await host.saveDocument({ fileName: 'Kallelse.docx', data: new Uint8Array() })
    await host.chooseFolder!('/data')
    expect(await host.confirmRestore!(backup)).toBe(false)
    expect(shown.options.map((options) => (options as { title: string }).title)).toEqual([
      'Spara dokument',
      'Save document',
      'Choose a folder for backups',
      'Restore the backup?',
    ])
  })
})

describe('one list of areas for the side menu and the application menu', () => {
  it('puts every area of the route table in Gå till, in its groups, and goes there', () => {
    const visited: string[] = []
    const goTo = menu('sv', (path) => void visited.push(path)).find(
      (item) => item.label === 'Gå till',
    )!.submenu as MenuItemConstructorOptions[]
    const flat = goTo.flatMap((item) =>
      Array.isArray(item.submenu) ? (item.submenu as MenuItemConstructorOptions[]) : [item],
    )
    for (const item of flat) item.click!(undefined as never, undefined, undefined as never)
    const labelled = routes.flatMap((section) =>
      section.links.flatMap((link) => ('label' in link ? [link.path] : [])),
    )
    expect(visited).toEqual(labelled)
    expect(goTo.map((item) => item.label)).toEqual([
      'Start',
      'Möten',
      'Register',
      'Mål och idéer',
      'Uppföljning',
      'System',
    ])
    expect(flat.find((item) => item.label === 'Översikt')).toMatchObject({
      accelerator: 'Alt+2',
      registerAccelerator: false,
    })
    // The renderer names the same areas from the same labels (no second copy of the list).
    const renderer = readFileSync('src/renderer/src/routes.ts', 'utf8')
    expect(renderer).toContain("from '../../shared/navigation.ts'")
    expect(renderer).not.toContain("path: '/")
  })
})

describe('system.setLanguage', () => {
  let db: TestDatabase
  beforeEach(async () => {
    db = await createTestDatabase()
  })
  afterEach(async () => db.close())

  it('keeps the language beside the database for the next start, and tells the host', async () => {
    writeSettings(db.path, { backupFolder: '/media/usb/kopior' })
    expect(await db.call('system.setLanguage', { language: 'en' })).toEqual({ language: 'en' })
    expect(readSettings(db.path)).toEqual({ backupFolder: '/media/usb/kopior', language: 'en' })
    expect(db.host.languages).toEqual(['en'])
    await expect(db.callUnchecked('system.setLanguage', { language: 'de' })).rejects.toThrow()
    expect(readSettings(db.path).language).toBe('en')
  })
})
