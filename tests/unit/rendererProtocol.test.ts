import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, win32 } from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import {
  APP_PAGE_URL,
  outsideRoot,
  pathGuards,
  rendererFile,
  serveRenderer,
} from '../../src/main/rendererProtocol.ts'

// A renderer folder with a secret beside it, as out/renderer sits beside out/main and package.json.
const dir = mkdtempSync(join(tmpdir(), 'radsrum-protocol-'))
const root = join(dir, 'out', 'renderer')
mkdirSync(join(root, 'assets'), { recursive: true })
writeFileSync(join(root, 'index.html'), '<div id="root"></div>')
writeFileSync(join(root, 'assets', 'index-abc.js'), 'console.log(1)')
writeFileSync(join(dir, 'out', 'hemlig.txt'), 'hemligt')
afterAll(() => rmSync(dir, { recursive: true, force: true }))

const serve = serveRenderer(root)
const get = async (url: string) => {
  const response = await serve(new Request(url))
  return {
    status: response.status,
    type: response.headers.get('content-type'),
    text: await response.text(),
  }
}

describe('the app:// protocol that serves the page', () => {
  it('serves index.html and its assets from the renderer folder, with their types', async () => {
    expect(await get(APP_PAGE_URL)).toEqual({
      status: 200,
      type: 'text/html; charset=utf-8',
      text: '<div id="root"></div>',
    })
    expect(await get('app://renderer/assets/index-abc.js')).toMatchObject({
      status: 200,
      type: 'text/javascript; charset=utf-8',
    })
    expect((await get('app://renderer/saknas.js')).status).toBe(404)
    expect((await get('app://renderer/assets')).status).toBe(404) // a folder is not a file
  })

  it('refuses every path outside the renderer folder: encoded ../, absolute, drive letters, backslashes, other hosts', async () => {
    for (const url of [
      'app://renderer/..%2fhemlig.txt',
      'app://renderer/%2e%2e%2fhemlig.txt',
      'app://renderer/assets/..%2f..%2fhemlig.txt',
      'app://renderer/..%5chemlig.txt',
      `app://renderer/${encodeURIComponent(join(dir, 'out', 'hemlig.txt'))}`,
      'app://renderer/C:%5CWindows%5Cwin.ini',
      'app://renderer/C:/Windows/win.ini',
      'app://renderer/index.html%00.js',
      'app://annan/index.html',
      'file:///etc/passwd',
      'app://renderer/%E0%A4%A',
    ]) {
      expect((await get(url)).status, url).toBe(403)
      expect(rendererFile(root, url), url).toBeNull()
    }
    // ../ that the URL itself resolves stays inside (app://renderer/../x is app://renderer/x).
    expect(rendererFile(root, 'app://renderer/../../hemlig.txt')).toBe(join(root, 'hemlig.txt'))
    expect((await get('app://renderer/../../hemlig.txt')).status).toBe(404)
    // An absolute path after the host is refused too, not read below the root.
    expect(rendererFile(root, 'app://renderer//etc/passwd')).toBeNull()
  })

  // The guards overlap on purpose, so the tests above still pass with one of them gone; each is
  // tried here alone, on the inputs only it is there for.
  it('each path guard refuses what it is for and lets ordinary asset paths through', () => {
    const ordinary = ['/index.html', '/assets/index-abc.js', '/assets/Inter-latin.woff2']
    for (const [guard, refused] of [
      [pathGuards.encodedSeparator, ['/..%2fhemlig.txt', '/assets%5C..%5Chemlig.txt', '/%2F']],
      [pathGuards.absoluteAfterHost, ['//etc/passwd', '//server/share/fil.txt']],
      [
        pathGuards.windowsSeparatorOrNul,
        ['/..\\hemlig.txt', '/C:/Windows/win.ini', '/index.html\0.js'],
      ],
      [pathGuards.parentSegment, ['/../hemlig.txt', '/assets/../../hemlig.txt', '/..']],
    ] as const) {
      for (const path of refused) expect(guard(path), `${guard.name}: ${path}`).toBe(true)
      for (const path of ordinary) expect(guard(path), `${guard.name}: ${path}`).toBe(false)
    }
  })

  it('the last guard, the root check, holds under Windows path rules too', () => {
    const windowsRoot = 'C:\\Program Files\\Rådsrum\\resources\\out\\renderer'
    const inside = (path: string) => win32.join(windowsRoot, path)
    expect(outsideRoot(windowsRoot, inside('/assets/index-abc.js'), win32)).toBe(false)
    expect(outsideRoot(windowsRoot, inside('/..\\hemlig.txt'), win32)).toBe(true)
    expect(outsideRoot(windowsRoot, 'D:\\hemlig.txt', win32)).toBe(true)
    expect(outsideRoot(windowsRoot, windowsRoot, win32)).toBe(true)
    // Through the whole function, with Windows' separators: backslashes and drive letters refused.
    expect(rendererFile(windowsRoot, 'app://renderer/assets/index-abc.js', win32)).toBe(
      `${windowsRoot}\\assets\\index-abc.js`,
    )
    for (const url of ['app://renderer/..%5chemlig.txt', 'app://renderer/D:%5Chemlig.txt']) {
      expect(rendererFile(windowsRoot, url, win32), url).toBeNull()
    }
  })
})
