import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { _electron as electron, expect, test } from '@playwright/test'

/**
 * The real app in Electron: runs where an Electron binary is installed. The path is read from
 * electron's path.txt, not through require('electron'), which would try to download it.
 */
function electronBinary(): { path: string | null; reason: string } {
  const pathFile = resolve('node_modules/electron/path.txt')
  if (!existsSync(pathFile))
    return {
      path: null,
      reason:
        'Electron-binären är inte installerad (node_modules/electron/path.txt saknas; ELECTRON_SKIP_BINARY_DOWNLOAD?)',
    }
  const binary = resolve('node_modules/electron/dist', readFileSync(pathFile, 'utf8').trim())
  if (!existsSync(binary)) return { path: null, reason: `Electron-binären saknas: ${binary}` }
  return { path: binary, reason: '' }
}

const found = electronBinary()
if (!found.path) console.log(`electron smoke test skipped: ${found.reason}`)

test('the packaged app starts in Electron, shows the start page and answers through IPC', async () => {
  test.skip(!found.path, found.reason)
  const dir = mkdtempSync(join(tmpdir(), 'radsrum-electron-'))
  const app = await electron.launch({
    executablePath: found.path!,
    args: ['.', '--no-sandbox', '--db', join(dir, 'radsrum.sqlite')],
  })
  try {
    const page = await app.firstWindow()
    await expect(page.getByRole('heading', { name: 'Välkommen till Rådsrum' })).toBeVisible()
    expect(await app.evaluate(({ BrowserWindow }) => BrowserWindow.getAllWindows().length)).toBe(1)
    // Sandboxed and isolated: the page has no Node globals, only the api bridge.
    expect(
      await page.evaluate(() => [
        typeof (globalThis as { require?: unknown }).require,
        typeof (globalThis as { process?: unknown }).process,
        typeof (globalThis as { api?: unknown }).api,
      ]),
    ).toEqual(['undefined', 'undefined', 'object'])
    // The System group of the menu is folded on the start page.
    await page
      .getByRole('navigation', { name: 'Huvudmeny' })
      .getByRole('button', { name: 'System', exact: true })
      .click()
    await page.getByRole('link', { name: 'Säkerhetskopior', exact: true }).click()
    await expect(page.getByRole('cell', { name: 'Automatisk' })).toBeVisible()
  } finally {
    await app.close()
    rmSync(dir, { recursive: true, force: true })
  }
})
