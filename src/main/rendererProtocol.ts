import { readFile, stat } from 'node:fs/promises'
import nodePath, { extname } from 'node:path'

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

/**
 * Each guard alone keeps a path below the root; together they are defence in depth, so each is
 * exported and tested on its own (tests/unit/rendererProtocol.test.ts), not only through the others.
 */
export const pathGuards = {
  /** %2f and %5c would become separators only after decoding. */
  encodedSeparator: (rawPath: string) => /%2f|%5c/i.test(rawPath),
  /** //host/share or //etc/passwd: an absolute path after the host. */
  absoluteAfterHost: (path: string) => path.startsWith('//'),
  /** Backslashes and drive letters are separators on Windows; NUL ends a name in C. */
  windowsSeparatorOrNul: (path: string) => /[\\:\0]/.test(path),
  parentSegment: (path: string) => path.split('/').includes('..'),
}

/** Whether `file`, joined by the system's path rules, lies outside `root` (or is the root itself). */
export function outsideRoot(root: string, file: string, paths: nodePath.PlatformPath): boolean {
  const inside = paths.relative(root, file)
  return inside === '' || inside.startsWith('..') || paths.isAbsolute(inside)
}

/**
 * The file inside `root` that an app:// URL names, or null for anything outside it or malformed.
 * `paths` is the system's path module; tests pass path.win32 to try Windows' rules on Linux.
 */
export function rendererFile(
  root: string,
  url: string,
  paths: nodePath.PlatformPath = nodePath,
): string | null {
  let parsed: URL
  let path: string
  try {
    parsed = new URL(url)
    path = decodeURIComponent(parsed.pathname) // %2e%2e%2f arrives here as ../
  } catch {
    return null
  }
  if (parsed.protocol !== `${APP_SCHEME}:` || parsed.host !== 'renderer') return null
  if (pathGuards.encodedSeparator(parsed.pathname) || pathGuards.absoluteAfterHost(path))
    return null
  if (pathGuards.windowsSeparatorOrNul(path) || pathGuards.parentSegment(path)) return null
  const file = paths.join(root, path)
  return outsideRoot(root, file, paths) ? null : file
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
