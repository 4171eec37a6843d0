/**
 * Child process of tests/built/mainBundle.test.ts: boots the built out/main/index.js under Node with
 * the stand-in electron resolved in its place (every other import resolves as in the packaged app),
 * reports what the app set up, then serves the test's requests over the IPC channel of `fork`.
 */
import { readdirSync } from 'node:fs'
import { registerHooks } from 'node:module'
import { join } from 'node:path'
import { pathToFileURL } from 'node:url'
import { setFlagsFromString } from 'node:v8'
import { runInNewContext } from 'node:vm'
import { app, BrowserWindow, net, standIn } from './electronStandIn.ts'

const standInUrl = new URL('./electronStandIn.ts', import.meta.url).href
registerHooks({
  resolve: (specifier, context, nextResolve) =>
    specifier === 'electron'
      ? { url: standInUrl, shortCircuit: true }
      : nextResolve(specifier, context),
})

export type BootRequest =
  | { type: 'call'; channel: string; input: unknown; frame: { url: string; parent: unknown } }
  | { type: 'page'; url: string }
  | { type: 'closeWindow' }
  | { type: 'secondInstance' }
  /** The application menu's top-level labels, as the secretary sees them now. */
  | { type: 'menu' }
  /** The process's memory after a full garbage collection (for the bench), with its peak RSS. */
  | { type: 'memory' }
  /** The utility processes the app forked (the stand-in's record). */
  | { type: 'utilityForks' }

export interface PageAnswer {
  status: number
  contentType: string | null
  text: string
}

const outMain = pathToFileURL(join(process.env.RADSRUM_STANDIN_APP!, 'out/main/'))
const send = (message: unknown) => process.send!(message)

async function page(url: string): Promise<PageAnswer> {
  const handler = standIn.protocolHandlers.get(new URL(url).protocol.slice(0, -1))
  const response = handler ? await handler(new Request(url)) : await net.fetch(url)
  return {
    status: response.status,
    contentType: response.headers.get('content-type'),
    text: await response.text(),
  }
}

function memory() {
  setFlagsFromString('--expose-gc')
  ;(runInNewContext('gc') as () => void)()
  return {
    ...process.memoryUsage(),
    peakRss: process.resourceUsage().maxRSS * 1024,
    utilityPeakRss: standIn.utilityPeakRss,
  }
}

async function answer(request: BootRequest): Promise<unknown> {
  const window = BrowserWindow.getAllWindows()[0]
  if (request.type === 'page') return page(request.url)
  if (request.type === 'memory') return memory()
  if (request.type === 'utilityForks') return standIn.utilityForks
  if (request.type === 'closeWindow') return window?.close()
  if (request.type === 'menu')
    return (standIn.applicationMenu as { template: { label?: string }[] } | null)?.template.map(
      (item) => item.label,
    )
  if (request.type === 'secondInstance') {
    // The secretary starts Rådsrum again while the window is minimised.
    window!.minimized = true
    const focusedBefore = window!.focused
    app.emit('second-instance', {}, ['radsrum'], process.cwd(), {})
    return { restored: !window!.minimized, focused: window!.focused - focusedBefore }
  }
  const handler = standIn.handlers.get(request.channel)
  if (!handler) throw new Error(`no handler for ${request.channel}`)
  return handler(
    { senderFrame: request.frame, sender: window?.webContents, processId: 1, frameId: 1 },
    request.input,
  )
}

process.on('message', (message: { id: number; request: BootRequest }) => {
  answer(message.request).then(
    (value) => send({ id: message.id, value }),
    (error: Error) => send({ id: message.id, error: error.stack ?? String(error) }),
  )
})

/** Every lazily imported chunk (documents, calendars) must resolve its imports too. */
async function importChunks(): Promise<string[]> {
  const failures: string[] = []
  for (const file of readdirSync(new URL('chunks/', outMain)).filter((f) => f.endsWith('.js'))) {
    await import(new URL(`chunks/${file}`, outMain).href).catch((error: Error) =>
      failures.push(`${file}: ${error.message}`),
    )
  }
  return failures
}

function permissions() {
  const request = standIn.permissionRequest as
    ((contents: unknown, permission: string, callback: (granted: boolean) => void) => void) | null
  const check = standIn.permissionCheck as ((...args: unknown[]) => boolean) | null
  let granted: boolean | null = null
  request?.(null, 'media', (answer) => (granted = answer))
  return { requestGranted: granted, checkGranted: check?.(null, 'media', 'file://', {}) ?? null }
}

standIn.events.once('loaded', async (window: BrowserWindow) => {
  const url = window.loadedUrl!
  const contents = window.webContents
  send({
    ready: {
      windows: BrowserWindow.getAllWindows().length,
      options: window.options,
      url,
      visible: window.visible,
      channels: [...standIn.handlers.keys()],
      ipcListeners: standIn.listeners,
      privilegedSchemes: standIn.privilegedSchemes,
      protocolHandlers: [...standIn.protocolHandlers.keys()],
      menuSet: standIn.applicationMenu !== null,
      singleInstanceLockRequested: standIn.singleInstanceLockRequested,
      permissions: permissions(),
      navigation: {
        awayPrevented: contents.prevented('will-navigate', 'https://example.com/'),
        ownPrevented: contents.prevented('will-navigate', url),
        webviewPrevented: contents.prevented('will-attach-webview', {}, {}),
        newWindow: contents.windowOpenHandler?.({ url: 'https://example.com/' }) ?? null,
      },
      chunkFailures: await importChunks(),
    },
  })
})

await import(new URL('index.js', outMain).href)
