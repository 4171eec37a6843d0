import { homedir } from 'node:os'
import { join } from 'node:path'

export const PRODUCT_NAME = 'Rådsrum'
export const DATABASE_FILE = 'radsrum.sqlite'

/** The same folder Electron's app.getPath('userData') gives, computed without Electron (for the CLI). */
export function defaultUserDataDir(platform = process.platform, env = process.env): string {
  if (platform === 'win32')
    return join(env.APPDATA ?? join(homedir(), 'AppData', 'Roaming'), PRODUCT_NAME)
  if (platform === 'darwin') return join(homedir(), 'Library', 'Application Support', PRODUCT_NAME)
  return join(env.XDG_CONFIG_HOME ?? join(homedir(), '.config'), PRODUCT_NAME)
}

/** `--db FILE` wins, then RADSRUM_DB, then the user-data folder. */
export function resolveDatabasePath(
  argv: readonly string[],
  userDataDir: string,
  env = process.env,
): string {
  const flag = argv.indexOf('--db')
  if (flag >= 0 && argv[flag + 1]) return argv[flag + 1]!
  const inline = argv.find((arg) => arg.startsWith('--db='))
  if (inline) return inline.slice('--db='.length)
  if (env.RADSRUM_DB) return env.RADSRUM_DB
  return join(userDataDir, DATABASE_FILE)
}
