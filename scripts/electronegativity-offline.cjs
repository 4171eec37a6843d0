// Preloaded (NODE_OPTIONS=--require) into electronegativity by scripts/audit-electron.ts.
// Electronegativity uses `got` twice: for updated UI translations (its bundled English texts are used
// anyway) and, in the AVAILABLE_SECURITY_FIXES global check, for Electron's release list. Offline the
// request times out and got's retry throws an uncaught error that kills the whole run. Answering both
// "offline" at once lets every other check run; that one check then prints "No connectivity?" and is
// skipped (Electron upgrades are followed through `npm outdated` / Dependabot instead).
//
// Its CSV writer also races: it writes the header and appends the findings with two asynchronous
// fs.writeFile calls, so the header now and then lands over the first finding and the report cannot
// be read (seen in CI). Writing synchronously puts them in order.
// eslint-disable-next-line @typescript-eslint/no-require-imports -- a CommonJS preload for another program
const Module = require('node:module')
// eslint-disable-next-line @typescript-eslint/no-require-imports -- a CommonJS preload for another program
const fs = require('node:fs')
const writeFileAsync = fs.writeFile
fs.writeFile = function (file, data, options, callback) {
  const done = typeof options === 'function' ? options : callback
  if (typeof file !== 'string' || !file.endsWith('.csv') || typeof done !== 'function')
    return writeFileAsync.apply(this, arguments)
  try {
    fs.writeFileSync(file, data, typeof options === 'function' ? undefined : options)
  } catch (error) {
    return done(error)
  }
  done(null)
}
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
