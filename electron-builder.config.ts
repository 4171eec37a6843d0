import type { Configuration } from 'electron-builder'

/**
 * Installers: `npm run dist` (needs a machine that can download Electron and better-sqlite3's
 * Electron prebuild; electron-builder rebuilds native modules for Electron's ABI).
 * - Windows: NSIS, per-user (no admin rights), the user may pick the folder.
 * - Linux: AppImage and deb. macOS: dmg (unsigned unless CSC_* variables are set).
 * - The database is never inside the package: it lives in the user-data folder (see src/main/paths.ts).
 * - better-sqlite3's native .node file cannot be loaded from inside the asar archive: unpacked.
 */
const config: Configuration = {
  appId: 'se.radsrum.app',
  productName: 'Rådsrum',
  copyright: 'Rådsrum',
  directories: { output: 'dist', buildResources: 'build' },
  files: ['out/**/*', 'package.json', '!**/*.map'],
  asar: true,
  asarUnpack: [
    '**/node_modules/better-sqlite3/**/*.node',
    '**/node_modules/better-sqlite3/build/Release/*',
  ],
  npmRebuild: true,
  // Electron fuses, flipped in the packaged binary: no running as plain Node, no NODE_OPTIONS or
  // --inspect, the app only from the (integrity-checked) asar, and file:// without Chromium's extra
  // privileges (the page comes from the app:// scheme, limited to out/renderer: rendererProtocol.ts).
  electronFuses: {
    runAsNode: false,
    enableCookieEncryption: true,
    enableNodeOptionsEnvironmentVariable: false,
    enableNodeCliInspectArguments: false,
    enableEmbeddedAsarIntegrityValidation: true,
    onlyLoadAppFromAsar: true,
    loadBrowserProcessSpecificV8Snapshot: false,
    grantFileProtocolExtraPrivileges: false,
  },
  win: { target: [{ target: 'nsis', arch: ['x64'] }] },
  nsis: {
    oneClick: false,
    perMachine: false,
    allowElevation: false,
    allowToChangeInstallationDirectory: true,
    createDesktopShortcut: true,
    createStartMenuShortcut: true,
    shortcutName: 'Rådsrum',
    deleteAppDataOnUninstall: false,
  },
  linux: {
    target: ['AppImage', 'deb'],
    category: 'Office',
    maintainer: 'Rådsrum',
    synopsis: 'Sekreterarens verktyg för trygghetsråd',
  },
  deb: { depends: ['libnss3', 'libgtk-3-0', 'libxss1', 'libasound2'] },
  mac: { target: ['dmg'], category: 'public.app-category.productivity', hardenedRuntime: true },
  dmg: { title: 'Rådsrum' },
}

export default config
