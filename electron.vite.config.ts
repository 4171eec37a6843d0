import { resolve } from 'node:path'
import { defineConfig } from 'electron-vite'
import react from '@vitejs/plugin-react'
import type { Plugin } from 'vite'

/** The page's Content-Security-Policy: strict in production (no eval, no inline script, no network). */
function contentSecurityPolicy(): Plugin {
  let dev = false
  return {
    name: 'radsrum-csp',
    configResolved(config) {
      dev = config.command === 'serve'
    },
    transformIndexHtml(html) {
      const policy = [
        "default-src 'self'",
        dev ? "script-src 'self' 'unsafe-inline'" : "script-src 'self'",
        "style-src 'self' 'unsafe-inline'",
        "img-src 'self' data: blob:",
        "font-src 'self' data:",
        dev ? "connect-src 'self' ws:" : "connect-src 'self'",
        "object-src 'none'",
        "base-uri 'none'",
        "form-action 'none'",
        "frame-src 'none'",
      ].join('; ')
      return html.replace('%RADSRUM_CSP%', policy)
    },
  }
}

export default defineConfig({
  main: {
    build: {
      rollupOptions: {
        input: {
          index: resolve('src/main/index.ts'),
          // The member-import reader runs in a worker thread (src/main/services/register/readWorkbookIsolated.ts).
          memberWorkbookWorker: resolve('src/main/services/register/memberWorkbookWorker.ts'),
          // Documents are built in a child process, a utility process in the app (src/main/workers/buildDocument.ts).
          documentWorker: resolve('src/main/workers/documentWorker.ts'),
        },
      },
    },
  },
  preload: {
    build: {
      // A sandboxed preload can only require('electron'): bundle zod and the contract into one CJS file.
      externalizeDeps: false,
      rollupOptions: {
        input: { index: resolve('src/preload/index.ts') },
        external: ['electron'],
        output: { format: 'cjs', entryFileNames: '[name].cjs' },
      },
    },
  },
  renderer: {
    root: resolve('src/renderer'),
    plugins: [react(), contentSecurityPolicy()],
    build: {
      // electron-vite leaves the renderer unminified; minified, the first chunk is a third the size.
      minify: true,
      rollupOptions: { input: { index: resolve('src/renderer/index.html') } },
    },
  },
})
