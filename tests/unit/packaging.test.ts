import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import config from '../../electron-builder.config.ts'

describe('packaging configuration (electron-builder)', () => {
  it("passes electron-builder's own schema validation", async () => {
    const { validateConfiguration } = await import('app-builder-lib/out/util/config/config.js')
    const { DebugLogger } = await import('builder-util')
    await expect(validateConfiguration(config, new DebugLogger(false))).resolves.toBeUndefined()
    // The validation does look: a misspelt option is refused.
    await expect(
      validateConfiguration(
        { ...config, nsis: { ...config.nsis, perMashine: false } } as typeof config,
        new DebugLogger(false),
      ),
    ).rejects.toThrow()
  })

  it('builds per-user Windows, Linux and macOS installers with fuses set and better-sqlite3 unpacked', () => {
    expect(config.nsis).toMatchObject({ oneClick: false, perMachine: false, allowElevation: false })
    expect(config.win?.target).toEqual([{ target: 'nsis', arch: ['x64'] }])
    expect(config.linux?.target).toEqual(['AppImage', 'deb'])
    expect(config.mac?.target).toEqual(['dmg'])
    expect(config.electronFuses).toMatchObject({
      runAsNode: false,
      onlyLoadAppFromAsar: true,
      enableNodeOptionsEnvironmentVariable: false,
      enableNodeCliInspectArguments: false,
      // The page comes from app:// (rendererProtocol.ts); file:// gets no extra privileges.
      grantFileProtocolExtraPrivileges: false,
    })
    expect(config.asarUnpack).toContain('**/node_modules/better-sqlite3/**/*.node')
    const pkg = JSON.parse(readFileSync('package.json', 'utf8')) as {
      scripts: Record<string, string>
      main: string
    }
    expect(pkg.scripts.dist).toContain('electron-builder --config electron-builder.config.ts')
    expect(config.files).toContain('out/**/*')
    expect(pkg.main.startsWith('./out/')).toBe(true)
  })
})
