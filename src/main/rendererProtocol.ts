import { readFile, stat } from 'node:fs/promises'
import { extname, isAbsolute, join, relative } from 'node:path'

/**
 * The page is served from app://renderer/, a custom scheme that reaches only the built renderer
 * folder (out/renderer), instead of file://, which could reach every file the user can read.
 */
export const APP_SCHEME = 'app'
export const APP_PAGE_URL = `${APP_SCHEME}://renderer/index.html`

/**
 * Registered before ready: a standard, secure scheme has a real origin ('self' in the CSP) and fetch;
 * corsEnabled lets Chromium load the page's module scripts (Vite's type="module" crossorigin) from it,
 * as VS Code does for its own scheme.
 */
export const APP_SCHEME_PRIVILEGES = {
  scheme: APP_SCHEME,
  privileges: { standard: true, secure: true, supportFetchAPI: true, corsEnabled: true },
}

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
  '.ttf': 'font/ttf',
}

/** The file inside `root` that an app:// URL names, or null for anything outside it or malformed. */
export function rendererFile(root: string, url: string): string | null {
  let parsed: URL
  let path: string
  try {
    parsed = new URL(url)
    path = decodeURIComponent(parsed.pathname) // %2e%2e%2f arrives here as ../
  } catch {
    return null
  }
  if (parsed.protocol !== `${APP_SCHEME}:` || parsed.host !== 'renderer') return null
  // No encoded separators, absolute paths (//…), drive letters, backslashes, NUL or parent segments:
  // on every system the path stays below root.
  if (/%2f|%5c/i.test(parsed.pathname) || path.startsWith('//')) return null
  if (/[\\:\0]/.test(path) || path.split('/').includes('..')) return null
  const file = join(root, path)
  const inside = relative(root, file)
  if (inside === '' || inside.startsWith('..') || isAbsolute(inside)) return null
  return file
}

/** The protocol handler: a file from the renderer folder, 403 outside it, 404 when missing. */
export function serveRenderer(root: string): (request: Request) => Promise<Response> {
  return async (request) => {
    const file = rendererFile(root, request.url)
    if (!file) return new Response('Forbidden', { status: 403 })
    try {
      if (!(await stat(file)).isFile()) throw new Error('not a file')
      const type = TYPES[extname(file).toLowerCase()] ?? 'application/octet-stream'
      return new Response(await readFile(file), { headers: { 'content-type': type } })
    } catch {
      return new Response('Not found', { status: 404 })
    }
  }
}
