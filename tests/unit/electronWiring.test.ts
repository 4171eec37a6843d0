import { describe, expect, it, vi } from 'vitest'

// The Electron wiring, with electron mocked: the binary cannot be downloaded on the build machines.
const created = vi.hoisted(() => [] as { webPreferences?: Record<string, unknown> }[])
vi.mock('electron', () => ({
  BrowserWindow: class {
    webContents = { on: () => undefined, setWindowOpenHandler: () => undefined }
    constructor(options: { webPreferences?: Record<string, unknown> }) {
      created.push(options)
    }
    once() {}
    loadURL() {
      return Promise.resolve()
    }
  },
  shell: { openExternal: vi.fn() },
  app: {},
  dialog: {},
  Menu: {},
}))

const { createMainWindow } = await import('../../src/main/window.ts')
const { isTrustedSender, registerIpc } = await import('../../src/main/ipc.ts')
const { procedureNames } = await import('../../src/shared/api/index.ts')

const APP_URL = 'app://renderer/index.html'
const frame = (url: string, parent: unknown = null) => ({ senderFrame: { url, parent } }) as never

describe('Electron wiring', () => {
  it('opens the window isolated and sandboxed, without Node in the page', () => {
    createMainWindow('/x/main')
    const prefs = created[0]!.webPreferences!
    expect(prefs).toMatchObject({
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      webSecurity: true,
      webviewTag: false,
    })
    expect(prefs.preload).toBe('/x/preload/index.cjs')
  })

  it('trusts only the top frame of the app’s own page', () => {
    expect(isTrustedSender(frame(APP_URL), APP_URL)).toBe(true)
    expect(isTrustedSender(frame('https://example.com/'), APP_URL)).toBe(false)
    expect(isTrustedSender(frame('file:///tmp/evil.html'), APP_URL)).toBe(false)
    // Opaque origins are 'null', like a custom scheme's in Node: compared by scheme and host instead.
    for (const url of ['data:text/html,x', 'about:blank', 'app://annan/index.html', 'blob:null/1'])
      expect(isTrustedSender(frame(url), APP_URL), url).toBe(false)
    expect(isTrustedSender(frame('app://renderer/index.html#/moten'), APP_URL)).toBe(true)
    expect(isTrustedSender(frame(APP_URL, {}), APP_URL)).toBe(false)
    expect(isTrustedSender({ senderFrame: null } as never, APP_URL)).toBe(false)
    expect(isTrustedSender(frame('http://localhost:5173/#/x'), 'http://localhost:5173/')).toBe(true)
  })

  it('registers one channel per procedure; each refuses foreign senders and passes the rest to the dispatcher', async () => {
    const handlers = new Map<string, (event: unknown, input: unknown) => Promise<unknown>>()
    const calls: [string, unknown][] = []
    registerIpc(
      { handle: (channel: string, handler: never) => void handlers.set(channel, handler) } as never,
      { call: async (name, input) => (calls.push([name, input]), { ok: true, value: 'svar' }) },
      () => APP_URL,
    )
    expect([...handlers.keys()].sort()).toEqual([...procedureNames].sort())
    for (const [channel, handler] of handlers) {
      const refused = (await handler(frame('https://evil.example/'), {})) as {
        ok: boolean
        error: { code: string }
      }
      expect(refused, channel).toMatchObject({ ok: false, error: { code: 'VALIDATION' } })
    }
    expect(calls).toEqual([])
    expect(await handlers.get('register.listBodies')!(frame(APP_URL), {})).toEqual({
      ok: true,
      value: 'svar',
    })
    expect(calls).toEqual([['register.listBodies', {}]])
  })
})

describe('dispatcher', () => {
  it('refuses unknown names, validates every input and answers typed errors', async () => {
    const { createTestDatabase } = await import('../support/testDatabase.ts')
    const db = await createTestDatabase()
    try {
      expect(await db.dispatcher.call('constructor', {})).toMatchObject({
        ok: false,
        error: { code: 'NOT_FOUND' },
      })
      expect(await db.dispatcher.call('__proto__', {})).toMatchObject({
        ok: false,
        error: { code: 'NOT_FOUND' },
      })
      expect(
        await db.dispatcher.call('register.createPerson', { name: 'A', extra: 1 }),
      ).toMatchObject({ ok: false, error: { code: 'VALIDATION' } })
      expect(await db.dispatcher.call('register.getBody', { id: 999 })).toMatchObject({
        ok: false,
        error: { code: 'NOT_FOUND' },
      })
      expect(await db.dispatcher.call('register.createPerson', 'inte ett objekt')).toMatchObject({
        ok: false,
        error: { code: 'VALIDATION' },
      })
    } finally {
      await db.close()
    }
  })
})
