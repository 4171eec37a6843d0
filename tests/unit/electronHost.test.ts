/** The Electron host opens only files the secretary saved through its own dialog this session. */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, describe, expect, it, vi } from 'vitest'

const electron = vi.hoisted(() => ({ savePath: '', opened: [] as string[] }))
vi.mock('electron', () => ({
  app: { getPath: () => '/tmp' },
  dialog: {
    showSaveDialog: async () => ({ canceled: false, filePath: electron.savePath }),
  },
  shell: {
    openPath: async (path: string) => (electron.opened.push(path), ''),
  },
}))
const { electronHost } = await import('../../src/main/electronHost.ts')

const dir = mkdtempSync(join(tmpdir(), 'radsrum-host-'))
afterAll(() => rmSync(dir, { recursive: true, force: true }))

describe('the Electron host', () => {
  it('opens a document saved this session, and nothing else', async () => {
    const host = electronHost(() => null)
    electron.savePath = join(dir, 'Register.xlsx')
    const saved = await host.saveDocument({
      fileName: 'Register.xlsx',
      data: new Uint8Array([1, 2]),
    })
    expect(saved).toEqual({ saved: true, fileName: 'Register.xlsx', path: electron.savePath })
    expect([...readFileSync(electron.savePath)]).toEqual([1, 2])
    expect(await host.openFile(electron.savePath)).toBe(true)
    for (const hostile of ['/etc/passwd', join(dir, 'annan.xlsx'), `${electron.savePath}/..`])
      expect(await host.openFile(hostile)).toBe(false)
    // Another host (a new session) has saved nothing.
    expect(await electronHost(() => null).openFile(electron.savePath)).toBe(false)
    expect(electron.opened).toEqual([electron.savePath])
  })
})
