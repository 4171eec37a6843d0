import { fork } from 'node:child_process'
import { copyFileSync, cpSync, existsSync, mkdirSync, readFileSync, symlinkSync } from 'node:fs'
import { join, resolve } from 'node:path'
import type { BootRequest, PageAnswer } from './bootMain.ts'

export interface BootReport {
  windows: number
  options: { webPreferences: Record<string, unknown> } & Record<string, unknown>
  url: string
  visible: boolean
  channels: string[]
  ipcListeners: string[]
  privilegedSchemes: { schemes: unknown[]; beforeReady: boolean }[]
  protocolHandlers: string[]
  menuSet: boolean
  singleInstanceLockRequested: boolean
  permissions: { requestGranted: boolean | null; checkGranted: boolean | null }
  navigation: {
    awayPrevented: boolean
    ownPrevented: boolean
    webviewPrevented: boolean
    newWindow: { action: string } | null
  }
  chunkFailures: string[]
}

export type LogEntry =
  | { kind: 'errorBox'; title: string; content: string }
  | { kind: 'messageBox'; title: string; message: string }
  | { kind: 'exit'; code: number }
  | { kind: 'quit' }
  | { kind: string }

export interface BuiltApp {
  /** Resolves once the window has loaded its page, or rejects if the app exits first. */
  ready: Promise<BootReport>
  exited: Promise<{ code: number | null; stderr: string }>
  call(channel: string, input: unknown, frame: { url: string; parent: unknown }): Promise<unknown>
  page(url: string): Promise<PageAnswer>
  /** Starts the app again as a second instance would (Electron's 'second-instance'). */
  secondInstance(): Promise<{ restored: boolean; focused: number }>
  /** The application menu's top-level labels. */
  menu(): Promise<string[]>
  /**
   * process.memoryUsage() after a full garbage collection, the peak RSS so far, and the largest RSS
   * a utility process reported with an answer (bytes).
   */
  memory(): Promise<NodeJS.MemoryUsage & { peakRss: number; utilityPeakRss: number }>
  /** Every utilityProcess.fork the app made: module path and service name. */
  utilityForks(): Promise<{ modulePath: string; serviceName: string | undefined }[]>
  /** Closes the window as the secretary would; resolves when the process has ended. */
  closeWindow(): Promise<{ code: number | null; stderr: string }>
  log(): LogEntry[]
  kill(): void
}

const OUT_MAIN = resolve('out/main/index.js')

/**
 * Lays the build out as electron-builder packs it (electron-builder.config.ts `files`: out/ without
 * source maps, package.json; node_modules beside them), in a folder with no sources nearby, so a
 * path that only exists in the repository does not resolve.
 */
export function installBuiltApp(dir: string): string {
  if (!existsSync(OUT_MAIN))
    throw new Error(`${OUT_MAIN} saknas: kör electron-vite build före det här testet.`)
  mkdirSync(dir, { recursive: true })
  cpSync('out', join(dir, 'out'), { recursive: true, filter: (path) => !path.endsWith('.map') })
  copyFileSync('package.json', join(dir, 'package.json'))
  symlinkSync(resolve('node_modules'), join(dir, 'node_modules'), 'junction')
  return dir
}

/**
 * Starts an installed app's out/main/index.js in a Node child process with the stand-in electron,
 * a given user-data folder as userData and as working directory.
 */
export function bootBuiltApp(
  appDir: string,
  userData: string,
  extraEnv: Record<string, string> = {},
): BuiltApp {
  const logFile = join(userData, 'stand-in.log.jsonl')
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    RADSRUM_STANDIN_APP: appDir,
    RADSRUM_STANDIN_USERDATA: userData,
    RADSRUM_STANDIN_LOG: logFile,
    ...extraEnv,
  }
  delete env.RADSRUM_DB
  delete env.ELECTRON_RENDERER_URL
  const child = fork(resolve('tests/built/bootMain.ts'), [], {
    cwd: userData,
    env,
    execArgv: [],
    serialization: 'advanced',
    stdio: ['ignore', 'pipe', 'pipe', 'ipc'],
  })
  let stderr = ''
  child.stderr!.on('data', (chunk: Buffer) => (stderr += chunk.toString()))
  child.stdout!.resume()
  const exited = new Promise<{ code: number | null; stderr: string }>((done) =>
    child.once('exit', (code) => done({ code, stderr })),
  )
  const pending = new Map<number, { resolve(value: unknown): void; reject(error: Error): void }>()
  let nextId = 0
  const ready = new Promise<BootReport>((resolveReady, rejectReady) => {
    child.on(
      'message',
      (message: { ready?: BootReport; id?: number; value?: unknown; error?: string }) => {
        if (message.ready) return resolveReady(message.ready)
        const waiting = pending.get(message.id!)
        pending.delete(message.id!)
        if (message.error !== undefined) waiting?.reject(new Error(message.error))
        else waiting?.resolve(message.value)
      },
    )
    void exited.then(({ code, stderr }) => {
      rejectReady(new Error(`the app exited (${code}) before its window loaded:\n${stderr}`))
      for (const waiting of pending.values()) waiting.reject(new Error(`the app exited (${code})`))
    })
  })
  // A damaged database ends the app before its window: the test awaits `exited` instead.
  ready.catch(() => undefined)
  const request = (body: BootRequest) =>
    new Promise<unknown>((resolveCall, rejectCall) => {
      const id = nextId++
      pending.set(id, { resolve: resolveCall, reject: rejectCall })
      child.send({ id, request: body })
    })
  return {
    ready,
    exited,
    call: (channel, input, frame) => request({ type: 'call', channel, input, frame }),
    page: (url) => request({ type: 'page', url }) as Promise<PageAnswer>,
    secondInstance: () =>
      request({ type: 'secondInstance' }) as Promise<{ restored: boolean; focused: number }>,
    menu: () => request({ type: 'menu' }) as Promise<string[]>,
    memory: () =>
      request({ type: 'memory' }) as Promise<
        NodeJS.MemoryUsage & { peakRss: number; utilityPeakRss: number }
      >,
    utilityForks: () =>
      request({ type: 'utilityForks' }) as Promise<
        { modulePath: string; serviceName: string | undefined }[]
      >,
    closeWindow: () => (void request({ type: 'closeWindow' }).catch(() => undefined), exited),
    log: () =>
      existsSync(logFile)
        ? readFileSync(logFile, 'utf8')
            .split('\n')
            .filter(Boolean)
            .map((line) => JSON.parse(line) as LogEntry)
        : [],
    kill: () => void child.kill(),
  }
}
