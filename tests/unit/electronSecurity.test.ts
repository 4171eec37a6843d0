/** The Electron security checklist, item by item, with `electron` mocked. */
import { existsSync, readFileSync } from 'node:fs'
import { beforeEach, describe, expect, it, vi } from 'vitest'
import type { Plugin } from 'vite'
import { procedureNames } from '../../src/shared/api/index.ts'

const electron = vi.hoisted(() => {
  type Listener = (...args: unknown[]) => unknown
  class FakeWebContents {
    listeners = new Map<string, Listener[]>()
    windowOpenHandler: ((details: { url: string }) => { action: string }) | null = null
    on(event: string, listener: Listener) {
      this.listeners.set(event, [...(this.listeners.get(event) ?? []), listener])
      return this
    }
    setWindowOpenHandler(handler: (details: { url: string }) => { action: string }) {
      this.windowOpenHandler = handler
    }
    emit(event: string, ...args: unknown[]) {
      for (const listener of this.listeners.get(event) ?? []) listener(...args)
    }
  }
  class FakeBrowserWindow {
    static created: FakeBrowserWindow[] = []
    webContents = new FakeWebContents()
    loaded: string | null = null
    readonly options: Record<string, unknown>
    constructor(options: Record<string, unknown>) {
      this.options = options
      FakeBrowserWindow.created.push(this)
    }
    once() {
      return this
    }
    loadURL(url: string) {
      this.loaded = url
      return Promise.resolve()
    }
  }
  const exposed: Record<string, unknown> = {}
  const invoked: [string, unknown][] = []
  return {
    FakeBrowserWindow,
    exposed,
    invoked,
    module: {
      BrowserWindow: FakeBrowserWindow,
      shell: { openExternal: vi.fn(), openPath: vi.fn() },
      contextBridge: { exposeInMainWorld: (key: string, value: unknown) => (exposed[key] = value) },
      ipcRenderer: {
        invoke: (name: string, input: unknown) => (
          invoked.push([name, input]),
          Promise.resolve({ ok: true, value: null })
        ),
      },
    },
  }
})
vi.mock('electron', () => ({ ...electron.module, default: electron.module }))

const { createMainWindow, lockDownSession } = await import('../../src/main/window.ts')
const { isTrustedSender, registerIpc } = await import('../../src/main/ipc.ts')

const APP_URL = 'app://renderer/index.html'

beforeEach(() => {
  electron.FakeBrowserWindow.created.length = 0
})

function openWindow() {
  const { url } = createMainWindow('/opt/Rådsrum/resources/app.asar/out/main')
  const window = electron.FakeBrowserWindow.created[0]!
  return { window, url, webPreferences: window.options.webPreferences as Record<string, unknown> }
}

describe('Electron security checklist', () => {
  it('window preferences: context isolation, sandbox, no Node, web security, no webview, no insecure content', () => {
    const { webPreferences, window } = openWindow()
    expect(webPreferences).toMatchObject({
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      experimentalFeatures: false,
      webviewTag: false,
    })
    expect(webPreferences.preload).toMatch(/preload[\\/]index\.cjs$/)
    // From the app:// scheme limited to out/renderer (rendererProtocol.ts), not file://.
    expect(window.loaded).toBe('app://renderer/index.html')
  })

  it('navigation away from the app and new windows are denied; webviews cannot attach', () => {
    const { window, url } = openWindow()
    const navigate = (target: string) => {
      const event = { preventDefault: vi.fn() }
      window.webContents.emit('will-navigate', event, target)
      return event.preventDefault.mock.calls.length > 0
    }
    expect(navigate('https://example.com/')).toBe(true)
    expect(navigate('file:///etc/passwd')).toBe(true)
    expect(navigate(url)).toBe(false)
    const redirect = { preventDefault: vi.fn() }
    window.webContents.emit('will-redirect', redirect, 'https://evil.example/')
    expect(redirect.preventDefault).toHaveBeenCalled()
    for (const target of ['https://example.com/', 'javascript:alert(1)', 'file:///etc/passwd']) {
      expect(window.webContents.windowOpenHandler!({ url: target })).toEqual({ action: 'deny' })
    }
    expect(electron.module.shell.openExternal).not.toHaveBeenCalled()
    const attach = { preventDefault: vi.fn() }
    window.webContents.emit('will-attach-webview', attach, {}, {})
    expect(attach.preventDefault).toHaveBeenCalled()
  })

  it('every permission request and check is denied', () => {
    let request:
      | ((webContents: unknown, permission: string, callback: (granted: boolean) => void) => void)
      | null = null
    let check: ((...args: unknown[]) => boolean) | null = null
    lockDownSession({
      setPermissionRequestHandler: (handler: typeof request) => (request = handler),
      setPermissionCheckHandler: (handler: typeof check) => (check = handler),
    } as never)
    for (const permission of [
      'media',
      'geolocation',
      'notifications',
      'clipboard-read',
      'openExternal',
      'fileSystem',
    ]) {
      const callback = vi.fn()
      request!(null, permission, callback)
      expect(callback).toHaveBeenCalledWith(false)
      expect(check!(null, permission, 'file://', {})).toBe(false)
    }
  })

  it('every procedure is an IPC channel; calls from a foreign or embedded frame are refused before the dispatcher', async () => {
    const handlers = new Map<string, (event: unknown, input: unknown) => Promise<unknown>>()
    const calls: string[] = []
    registerIpc(
      {
        handle: (channel: string, handler: (event: unknown, input: unknown) => Promise<unknown>) =>
          void handlers.set(channel, handler),
      } as never,
      { call: async (name: string) => (calls.push(name), { ok: true, value: null }) },
      () => APP_URL,
    )
    expect([...handlers.keys()].sort()).toEqual([...procedureNames].sort())
    const frame = (url: string, parent: unknown = null) => ({ senderFrame: { url, parent } })
    const handler = handlers.get('register.listPeople')!
    for (const event of [
      frame('https://evil.example/'),
      frame('file:///tmp/evil.html'),
      frame(APP_URL, { url: APP_URL }),
      { senderFrame: null },
    ]) {
      expect(await handler(event, {})).toMatchObject({ ok: false, error: { code: 'VALIDATION' } })
    }
    expect(calls).toEqual([])
    expect(await handler(frame(APP_URL), {})).toEqual({ ok: true, value: null })
    expect(calls).toEqual(['register.listPeople'])
    expect(
      isTrustedSender(frame('http://localhost:5173/') as never, 'http://localhost:5173/'),
    ).toBe(true)
    expect(
      isTrustedSender(frame('http://localhost:5174/') as never, 'http://localhost:5173/'),
    ).toBe(false)
  })

  it('the dispatcher validates every channel: unknown names and malformed input are refused', async () => {
    const { createTestDatabase } = await import('../support/testDatabase.ts')
    const db = await createTestDatabase()
    try {
      expect(await db.dispatcher.call('fs.readFile', {})).toMatchObject({
        ok: false,
        error: { code: 'NOT_FOUND' },
      })
      expect(await db.dispatcher.call('constructor', {})).toMatchObject({
        ok: false,
        error: { code: 'NOT_FOUND' },
      })
      expect(await db.dispatcher.call('__proto__', {})).toMatchObject({
        ok: false,
        error: { code: 'NOT_FOUND' },
      })
      for (const name of procedureNames) {
        const result = await db.dispatcher.call(name, {
          unexpectedField: '<script>alert(1)</script>',
        })
        expect(result, name).toMatchObject({ ok: false, error: { code: 'VALIDATION' } })
      }
    } finally {
      await db.close()
    }
  })

  it('the preload exposes one frozen api object with exactly the contract procedures, no ipcRenderer', async () => {
    await import('../../src/preload/index.ts')
    expect(Object.keys(electron.exposed)).toEqual(['api'])
    const api = electron.exposed.api as Record<
      string,
      Record<string, (input?: unknown) => Promise<unknown>>
    >
    expect(Object.isFrozen(api)).toBe(true)
    const exposedNames = Object.entries(api).flatMap(([area, verbs]) =>
      Object.keys(verbs).map((verb) => `${area}.${verb}`),
    )
    expect(exposedNames.sort()).toEqual([...procedureNames].sort())
    await api.register!.listPeople!({})
    expect(electron.invoked).toEqual([['register.listPeople', {}]])
  })

  it("the page's Content-Security-Policy: script-src 'self' only, no eval, no inline script, no network", async () => {
    const config = (await import('../../electron.vite.config.ts')).default as {
      renderer: { plugins: Plugin[] }
    }
    const plugin = config.renderer.plugins
      .flat()
      .find((candidate) => (candidate as Plugin | null)?.name === 'radsrum-csp') as Plugin
    ;(plugin.configResolved as (config: unknown) => void)({ command: 'build' })
    const html = (plugin.transformIndexHtml as (html: string) => string)(
      readFileSync('src/renderer/index.html', 'utf8'),
    )
    const built = existsSync('out/renderer/index.html')
      ? [readFileSync('out/renderer/index.html', 'utf8')]
      : []
    for (const page of [html, ...built]) {
      const policy = /http-equiv="Content-Security-Policy" content="([^"]+)"/.exec(page)?.[1] ?? ''
      const directives = new Map(
        policy
          .split(';')
          .map((part) => part.trim().split(/\s+/))
          .map(([name, ...values]) => [name!, values]),
      )
      expect(directives.get('script-src')).toEqual(["'self'"])
      expect(directives.get('default-src')).toEqual(["'self'"])
      expect(directives.get('object-src')).toEqual(["'none'"])
      expect(directives.get('connect-src')).toEqual(["'self'"])
      expect(policy).not.toMatch(/unsafe-eval|wasm-unsafe-eval|\*|https?:/)
      // No inline script for the policy to allow: every <script> has a src.
      expect(page.match(/<script(?![^>]*\ssrc=)[^>]*>/g) ?? []).toEqual([])
    }
  })
})
