import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { app, BrowserWindow, dialog, ipcMain, Menu, protocol, session } from 'electron'
import { startAutomaticBackups } from './backup/scheduler.ts'
import { systemClock } from './context.ts'
import type { DatabaseSession } from './db/session.ts'
import { readSettings } from './backup/settings.ts'
import { cannotStartBox, startLanguage } from './dialogs.ts'
import { electronHost } from './electronHost.ts'
import { registerIpc } from './ipc.ts'
import { buildMenu } from './menu.ts'
import { resolveDatabasePath } from './paths.ts'
import { APP_SCHEME, APP_SCHEME_PRIVILEGES, serveRenderer } from './rendererProtocol.ts'
import { createDispatcher } from './registry.ts'
import { openWithRecovery } from './startup.ts'
import { createMainWindow, lockDownSession } from './window.ts'
import { utilityForker } from './utilityForker.ts'
import { useProcessForker } from './workers/runProcess.ts'
import type { Language } from '../shared/messages/index.ts'

// Wiring only: the window, the menu, the database and the IPC door. Everything else is in services.
const here = dirname(fileURLToPath(import.meta.url))
let mainWindow: BrowserWindow | null = null
let database: DatabaseSession | null = null
// The UI's language for main's dialogs and menu: the settings file's until the page says (system.setLanguage).
const language: { current: Language; changed?: (language: Language) => void } = { current: 'sv' }
// Before ready, or Electron ignores it: the page's scheme gets a real origin.
protocol.registerSchemesAsPrivileged([APP_SCHEME_PRIVILEGES])

if (!app.requestSingleInstanceLock()) {
  app.quit()
} else {
  app.on('second-instance', () => {
    if (!mainWindow) return
    if (mainWindow.isMinimized()) mainWindow.restore()
    mainWindow.focus()
  })
  app.on('web-contents-created', (_event, contents) => {
    contents.on('will-attach-webview', (attach) => attach.preventDefault())
  })
  app.whenReady().then(start, (error: unknown) => fatal(error))
  app.on('window-all-closed', () => app.quit())
  app.on('will-quit', () => void database?.close())
}

async function start(): Promise<void> {
  lockDownSession(session.defaultSession)
  // Documents are built in utility processes (workers/buildDocument.ts); fork needs the app ready.
  useProcessForker(utilityForker)
  // The page and its assets come from out/renderer only (no file://, whose fuse is off when packaged).
  protocol.handle(APP_SCHEME, serveRenderer(join(here, '../renderer')))
  const databasePath = resolveDatabasePath(process.argv, app.getPath('userData'))
  language.current = startLanguage(
    readSettings(databasePath).language,
    app.getPreferredSystemLanguages(),
  )
  try {
    // Damaged: explained, the newest good backups offered, nothing overwritten (startup.ts).
    database = await openWithRecovery(databasePath, language.current)
  } catch (error) {
    return fatal(error)
  }
  const log = (message: string, error: unknown) => console.error(message, error)
  startAutomaticBackups(database, { log })
  const current = database
  const dispatcher = createDispatcher({
    orm: () => current.orm,
    session: current,
    clock: systemClock,
    host: electronHost(() => mainWindow, language),
    app: { appVersion: app.getVersion(), databasePath },
    log,
  })
  let appUrl = ''
  registerIpc(ipcMain, dispatcher, () => appUrl)
  const setMenu = () =>
    Menu.setApplicationMenu(
      buildMenu({
        dataFolder: dirname(databasePath),
        isDev: !app.isPackaged,
        language: language.current,
        // A path from the shared route table, never from the page: the page's router follows the hash.
        goTo: (path) =>
          void mainWindow?.webContents.executeJavaScript(
            `location.hash = ${JSON.stringify(`#${path}`)}`,
          ),
      }),
    )
  language.changed = setMenu
  setMenu()
  const created = createMainWindow(here)
  mainWindow = created.window
  appUrl = created.url
  mainWindow.on('closed', () => (mainWindow = null))
}

function fatal(error: unknown): void {
  const { title, content } = cannotStartBox(language.current, error)
  dialog.showErrorBox(title, content)
  app.exit(1)
}
