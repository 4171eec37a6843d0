// Preloaded (NODE_OPTIONS=--require) into electronegativity by scripts/audit-electron.ts.
// Electronegativity uses `got` twice: for updated UI translations (its bundled English texts are used
// anyway) and, in the AVAILABLE_SECURITY_FIXES global check, for Electron's release list. Offline the
// request times out and got's retry throws an uncaught error that kills the whole run. Answering both
// "offline" at once lets every other check run; that one check then prints "No connectivity?" and is
// skipped (Electron upgrades are followed through `npm outdated` / Dependabot instead).
// eslint-disable-next-line @typescript-eslint/no-require-imports -- a CommonJS preload for another program
const Module = require('node:module')
const load = Module._load
Module._load = function (request, parent, isMain) {
  if (
    request === 'got' &&
    parent &&
    /electronegativity[\\/]dist[\\/]/.test(parent.filename ?? '')
  ) {
    const offline = () => Promise.reject(new Error('offline: not fetched'))
    offline.head = offline
    offline.get = offline
    return offline
  }
  return load.call(this, request, parent, isMain)
}
