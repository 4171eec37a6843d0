import { existsSync, readFileSync, statSync } from 'node:fs'
import { createServer, type Server } from 'node:http'
import { extname, join, normalize, resolve } from 'node:path'
import { buildBridge } from '../../src/shared/api/bridge.ts'
import { procedureNames } from '../../src/shared/api/index.ts'

/**
 * The production renderer in a plain Chromium: what the e2e harness and the browser bench share.
 * No @playwright/test here, so plain node scripts can import it.
 */
export const RENDERER = resolve('out/renderer')
const TYPES: Record<string, string> = {
  '.html': 'text/html',
  '.js': 'text/javascript',
  '.css': 'text/css',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.woff2': 'font/woff2',
}

/** Serves the production renderer build on loopback (Chromium will not run module scripts from file://). */
export function serveRenderer(): Promise<Server> {
  if (!existsSync(join(RENDERER, 'index.html')))
    throw new Error('Bygg först: npm run build (out/renderer saknas).')
  const server = createServer((request, response) => {
    const url = new URL(request.url ?? '/', 'http://localhost')
    const file = normalize(
      join(RENDERER, url.pathname === '/' ? 'index.html' : decodeURIComponent(url.pathname)),
    )
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

export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--no-first-run',
  '--disable-sync',
]

/** The name of the binding that plays the preload's ipcRenderer.invoke. */
export const INVOKE_BINDING = '__radsrumInvoke'

/**
 * The init script that installs `window.api` as the preload would, calling `invoke` (a JavaScript
 * expression for `(name, input) => Promise`) for every procedure. The default goes straight to the binding.
 */
export function bridgeInitScript(
  invoke = `(name, input) => window.${INVOKE_BINDING}(name, input)`,
): string {
  return `Object.defineProperty(window, 'api', { value: (${buildBridge.toString()})(${JSON.stringify(procedureNames)}, ${invoke}), writable: false, configurable: false });`
}
