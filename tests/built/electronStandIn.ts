/**
 * A stand-in for the `electron` module, put in front of the real one (tests/built/bootMain.ts) so the
 * built main bundle runs under plain Node. It behaves like Electron where the app depends on it
 * (ready, windows, IPC handlers, quit order) and records what the app asks for in `standIn`.
 * Dialogs and exits are also appended to a JSON-lines log, which outlives the process.
 */
import { fork, type IOType } from 'node:child_process'
import { EventEmitter } from 'node:events'
import { appendFileSync, readFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'

/** What the app did, read by the boot script (not part of Electron). */
export const standIn = {
  ready: false,
  quitting: false,
  singleInstanceLockRequested: false,
  events: new EventEmitter(),
  handlers: new Map<string, Handler>(),
  listeners: [] as string[],
  protocolHandlers: new Map<string, ProtocolHandler>(),
  privilegedSchemes: [] as { schemes: unknown[]; beforeReady: boolean }[],
  permissionRequest: null as unknown,
  permissionCheck: null as unknown,
  headersReceived: null as unknown,
  beforeRequest: null as unknown,
  applicationMenu: null as unknown,
  /** Every utilityProcess.fork: its module and service name. */
  utilityForks: [] as { modulePath: string; serviceName: string | undefined }[],
  /** The largest resident memory a utility process reported with an answer (bytes). */
  utilityPeakRss: 0,
}

type Handler = (event: unknown, ...args: unknown[]) => unknown
type ProtocolHandler = (request: Request) => Response | Promise<Response>

function log(entry: Record<string, unknown>): void {
  const file = process.env.RADSRUM_STANDIN_LOG
  if (file) appendFileSync(file, `${JSON.stringify(entry)}\n`)
}

const preventable = () => {
  const event = { defaultPrevented: false, preventDefault: () => (event.defaultPrevented = true) }
  return event
}

class WebContents extends EventEmitter {
  windowOpenHandler: ((details: { url: string }) => { action: string }) | null = null
  setWindowOpenHandler(handler: (details: { url: string }) => { action: string }) {
    this.windowOpenHandler = handler
  }
  /** Emits a preventable event as Chromium would and answers whether the app prevented it. */
  prevented(name: string, ...args: unknown[]): boolean {
    const event = preventable()
    this.emit(name, event, ...args)
    return event.defaultPrevented
  }
}

export class BrowserWindow extends EventEmitter {
  static readonly all: BrowserWindow[] = []
  static getAllWindows = () => [...BrowserWindow.all]
  readonly options: Record<string, unknown>
  readonly webContents = new WebContents()
  loadedUrl: string | null = null
  visible = false
  destroyed = false
  constructor(options: Record<string, unknown> = {}) {
    super()
    if (!standIn.ready) throw new Error('Cannot create BrowserWindow before app is ready')
    this.options = options
    BrowserWindow.all.push(this)
    app.emit('web-contents-created', preventable(), this.webContents)
  }
  loadURL(url: string): Promise<void> {
    this.loadedUrl = url
    setImmediate(() => {
      this.emit('ready-to-show')
      standIn.events.emit('loaded', this)
    })
    return Promise.resolve()
  }
  loadFile(file: string): Promise<void> {
    return this.loadURL(new URL(`file://${file}`).href)
  }
  show() {
    this.visible = true
  }
  focused = 0
  minimized = false
  focus() {
    this.focused++
  }
  restore() {
    this.minimized = false
  }
  isMinimized = () => this.minimized
  isDestroyed = () => this.destroyed
  /** As Electron: 'close' (preventable), then 'closed'; the last window closed is 'window-all-closed'. */
  close() {
    const event = preventable()
    this.emit('close', event)
    if (event.defaultPrevented) return
    this.destroyed = true
    BrowserWindow.all.splice(BrowserWindow.all.indexOf(this), 1)
    this.emit('closed')
    if (BrowserWindow.all.length > 0 || standIn.quitting) return
    if (app.listenerCount('window-all-closed') > 0) app.emit('window-all-closed')
    else app.quit()
  }
}

class App extends EventEmitter {
  readonly name = 'Rådsrum'
  readonly isPackaged = false
  private readyPromise: Promise<void>
  constructor() {
    super()
    // Electron is ready once the main script has run its first turn.
    this.readyPromise = new Promise((resolve) =>
      setImmediate(() => {
        standIn.ready = true
        this.emit('ready')
        resolve()
      }),
    )
  }
  whenReady = () => this.readyPromise
  isReady = () => standIn.ready
  /** Another instance holds the lock when the test says so (RADSRUM_STANDIN_OTHER_INSTANCE=1). */
  requestSingleInstanceLock = () => {
    standIn.singleInstanceLockRequested = true
    return process.env.RADSRUM_STANDIN_OTHER_INSTANCE !== '1'
  }
  /** The system's languages, Swedish unless the test says (RADSRUM_STANDIN_LANGUAGES=en-GB,sv). */
  getPreferredSystemLanguages = () => (process.env.RADSRUM_STANDIN_LANGUAGES ?? 'sv-SE').split(',')
  getAppPath = () => process.env.RADSRUM_STANDIN_APP ?? process.cwd()
  getVersion = () =>
    (
      JSON.parse(readFileSync(join(this.getAppPath(), 'package.json'), 'utf8')) as {
        version: string
      }
    ).version
  getPath(name: string): string {
    if (name === 'userData') return process.env.RADSRUM_STANDIN_USERDATA ?? tmpdir()
    return tmpdir()
  }
  /**
   * As Electron: windows close, then 'will-quit' and 'quit'; the process ends after the handlers
   * and their promise continuations have run, but before any further I/O callback (so a database
   * closed asynchronously on 'will-quit' must be closed by then).
   */
  quit() {
    if (standIn.quitting) return
    standIn.quitting = true
    setImmediate(() => {
      const before = preventable()
      this.emit('before-quit', before)
      if (before.defaultPrevented) return void (standIn.quitting = false)
      for (const window of BrowserWindow.getAllWindows()) window.close()
      const willQuit = preventable()
      this.emit('will-quit', willQuit)
      if (willQuit.defaultPrevented) return void (standIn.quitting = false)
      this.emit('quit', preventable(), 0)
      log({ kind: 'quit' })
    })
    setImmediate(() => {
      if (standIn.quitting) process.exit(0)
    })
  }
  exit(code = 0) {
    log({ kind: 'exit', code })
    process.exit(code)
  }
}

export const app = new App()

export const ipcMain = {
  handle(channel: string, handler: Handler) {
    // Electron refuses a second handler for a channel.
    if (standIn.handlers.has(channel))
      throw new Error(`Attempted to register a second handler for '${channel}'`)
    standIn.handlers.set(channel, handler)
  },
  removeHandler: (channel: string) => void standIn.handlers.delete(channel),
  on: (channel: string) => void standIn.listeners.push(channel),
}

export const protocol = {
  registerSchemesAsPrivileged(schemes: { scheme: string; privileges?: unknown }[]) {
    standIn.privilegedSchemes.push({ schemes, beforeReady: !standIn.ready })
  },
  handle(scheme: string, handler: ProtocolHandler) {
    standIn.protocolHandlers.set(scheme, handler)
  },
  unhandle: (scheme: string) => void standIn.protocolHandlers.delete(scheme),
  isProtocolHandled: (scheme: string) => standIn.protocolHandlers.has(scheme),
}

/** file: URLs are read from disk (Node's fetch has no file:), everything else goes to Node's fetch. */
export const net = {
  async fetch(input: string | Request, init?: RequestInit): Promise<Response> {
    const url = typeof input === 'string' ? input : input.url
    if (!url.startsWith('file:')) return fetch(input, init)
    try {
      return new Response(readFileSync(fileURLToPath(url)))
    } catch {
      return new Response(null, { status: 404 })
    }
  },
}

export const session = {
  defaultSession: {
    protocol,
    setPermissionRequestHandler: (handler: unknown) => void (standIn.permissionRequest = handler),
    setPermissionCheckHandler: (handler: unknown) => void (standIn.permissionCheck = handler),
    webRequest: {
      onHeadersReceived: (handler: unknown) => void (standIn.headersReceived = handler),
      onBeforeRequest: (handler: unknown) => void (standIn.beforeRequest = handler),
    },
  },
}

export const Menu = {
  buildFromTemplate: (template: unknown[]) => ({ template }),
  setApplicationMenu: (menu: unknown) => void (standIn.applicationMenu = menu),
}

export const dialog = {
  showErrorBox(title: string, content: string) {
    log({ kind: 'errorBox', title, content })
  },
  /** The secretary answers with the cancel button: "leave everything as it is". */
  async showMessageBox(...args: unknown[]) {
    const options = args.at(-1) as { cancelId?: number; title?: string; message?: string }
    log({ kind: 'messageBox', title: options.title, message: options.message })
    return { response: options.cancelId ?? 0, checkboxChecked: false }
  },
  async showSaveDialog() {
    log({ kind: 'saveDialog' })
    return { canceled: true, filePath: '' }
  },
  async showOpenDialog() {
    log({ kind: 'openDialog' })
    return { canceled: true, filePaths: [] }
  },
}

export const shell = {
  openPath: async (path: string) => (log({ kind: 'openPath', path }), ''),
  openExternal: async (url: string) => void log({ kind: 'openExternal', url }),
}

/**
 * As Electron's utilityProcess, over child_process.fork of this Node: the child, under Node, sees
 * process.send where Electron gives it process.parentPort. A fork before ready throws, as there.
 */
class UtilityProcess extends EventEmitter {
  private readonly child
  readonly stderr
  constructor(modulePath: string, args: string[], options: UtilityForkOptions) {
    super()
    if (!standIn.ready) throw new Error('utilityProcess.fork before the app is ready')
    standIn.utilityForks.push({ modulePath, serviceName: options.serviceName })
    const stdio: IOType[] =
      typeof options.stdio === 'string'
        ? ['ignore', options.stdio, options.stdio]
        : (options.stdio ?? ['ignore', 'inherit', 'inherit'])
    this.child = fork(modulePath, args, {
      execArgv: options.execArgv ?? [],
      serialization: 'advanced',
      stdio: ['ignore', stdio[1] ?? 'inherit', stdio[2] ?? 'inherit', 'ipc'],
    })
    this.stderr = this.child.stderr
    // Electron does not wait for its utility processes before it quits.
    this.child.unref()
    this.child.channel?.unref()
    this.child.on('message', (message: { rss?: number }) => {
      standIn.utilityPeakRss = Math.max(standIn.utilityPeakRss, message.rss ?? 0)
      this.emit('message', message)
    })
    this.child.on('exit', (code) => this.emit('exit', code ?? 1))
  }
  get pid() {
    return this.child.exitCode === null ? this.child.pid : undefined
  }
  postMessage(message: unknown) {
    this.child.send(message as object)
  }
  kill() {
    return this.child.kill()
  }
}

interface UtilityForkOptions {
  execArgv?: string[]
  serviceName?: string
  stdio?: IOType | IOType[]
}

export const utilityProcess = {
  fork: (modulePath: string, args: string[] = [], options: UtilityForkOptions = {}) =>
    new UtilityProcess(modulePath, args, options),
}

export default {
  app,
  BrowserWindow,
  ipcMain,
  protocol,
  net,
  session,
  Menu,
  dialog,
  shell,
  utilityProcess,
}
