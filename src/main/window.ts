import { join } from 'node:path'
import { BrowserWindow, shell, type BrowserWindowConstructorOptions, type Session } from 'electron'

export const windowOptions = (preloadPath: string): BrowserWindowConstructorOptions => ({
  width: 1280,
  height: 860,
  minWidth: 900,
  minHeight: 600,
  show: false,
  title: 'Rådsrum',
  backgroundColor: '#f8f9fa',
  webPreferences: {
    preload: preloadPath,
    contextIsolation: true,
    sandbox: true,
    nodeIntegration: false,
    webSecurity: true,
    webviewTag: false,
    spellcheck: true,
  },
})

/** Deny every permission request (camera, notifications, geolocation …): the app needs none. */
export function lockDownSession(session: Session): void {
  session.setPermissionRequestHandler((_webContents, _permission, callback) => callback(false))
  session.setPermissionCheckHandler(() => false)
}

/** The page may not navigate away or open windows; web links go to the user's browser. */
export function lockDownNavigation(window: BrowserWindow, appUrl: string): void {
  window.webContents.on('will-navigate', (event, url) => {
    if (url !== appUrl) event.preventDefault()
  })
  window.webContents.on('will-attach-webview', (event) => event.preventDefault())
  window.webContents.setWindowOpenHandler(({ url }) => {
    if (/^https:\/\//.test(url)) void shell.openExternal(url)
    return { action: 'deny' }
  })
}

export function rendererUrl(dirname: string): string {
  const devServer = process.env.ELECTRON_RENDERER_URL
  if (devServer) return devServer
  return new URL(`file://${join(dirname, '../renderer/index.html')}`).href
}

export function createMainWindow(dirname: string): { window: BrowserWindow; url: string } {
  const url = rendererUrl(dirname)
  const window = new BrowserWindow(windowOptions(join(dirname, '../preload/index.cjs')))
  lockDownNavigation(window, url)
  window.once('ready-to-show', () => window.show())
  void window.loadURL(url)
  return { window, url }
}
