import { execFileSync } from 'node:child_process'
import { join } from 'node:path'

/**
 * Converts `files` in `dir` with LibreOffice as a reader's program would (headless, with its own
 * profile in `dir` so parallel runs do not collide); `files` are named from `dir`, and the converted
 * files land in `outDir`.
 */
export function convertWithLibreOffice(
  dir: string,
  format: string,
  files: string[],
  { outDir = dir, timeout = 240_000 } = {},
): void {
  execFileSync(
    'libreoffice',
    [
      `-env:UserInstallation=file://${join(dir, 'lo-profile')}`,
      '--headless',
      '--convert-to',
      format,
      '--outdir',
      outDir,
      ...files,
    ],
    { cwd: dir, stdio: 'pipe', timeout },
  )
}
