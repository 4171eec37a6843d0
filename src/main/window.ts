import { join } from 'node:path'
import { BrowserWindow, type Session } from 'electron'
import { APP_PAGE_URL } from './rendererProtocol.ts'

/** Deny every permission request (camera, notifications, geolocation …): the app needs none. */
export function lockDownSession(session: Session): void {
  session.setPermissionRequestHandler((_webContents, _permission, callback) => callback(false))
  session.setPermissionCheckHandler(() => false)
}

/** The page may not navigate away, attach webviews or open windows (the app has no web links). */
export function lockDownNavigation(window: BrowserWindow, appUrl: string): void {
  window.webContents.on('will-navigate', (event, url) => {
    if (url !== appUrl) event.preventDefault()
  })
  window.webContents.on('will-redirect', (event, url) => {
    if (url !== appUrl) event.preventDefault()
  })
  window.webContents.on('will-attach-webview', (event) => event.preventDefault())
  window.webContents.setWindowOpenHandler(() => ({ action: 'deny' }))
}

/** The dev server's page in development, else the built page through the app:// scheme (rendererProtocol.ts). */
export function rendererUrl(): string {
  return process.env.ELECTRON_RENDERER_URL ?? APP_PAGE_URL
}

export function createMainWindow(dirname: string): { window: BrowserWindow; url: string } {
  const url = rendererUrl()
  // The options are written out here, in the constructor call, so static checkers (electronegativity) see them.
  const window = new BrowserWindow({
    width: 1280,
    height: 860,
    minWidth: 900,
    minHeight: 600,
    show: false,
    title: 'Rådsrum',
    backgroundColor: '#f8f9fa',
    webPreferences: {
      preload: join(dirname, '../preload/index.cjs'),
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      experimentalFeatures: false,
      webviewTag: false,
      navigateOnDragDrop: false,
      disableBlinkFeatures: 'Auxclick',
      spellcheck: true,
    },
  })
  lockDownNavigation(window, url)
  window.once('ready-to-show', () => window.show())
  void window.loadURL(url)
  return { window, url }
}
