// A second process on the same database (run with plain `node`: Node 24 strips the types).
//   node secondProcess.ts session DB    opens it as the app does (openSession) and writes a person
//                                       for every line on stdin ("ok NAME" / "error …" answered)
//   node secondProcess.ts hold DB MS    holds a write transaction for MS milliseconds, as another
//                                       program might, then commits
// "ready" on stdout once the database is open (or the write lock is held).
import { createInterface } from 'node:readline'
import Database from 'better-sqlite3'

const [mode, path, ms] = process.argv.slice(2)

if (mode === 'hold') {
  const db = new Database(path!, { timeout: 5000 })
  db.exec('begin immediate')
  db.prepare('update organisation set name = name where id = -1').run()
  process.stdout.write('ready\n')
  setTimeout(() => {
    db.exec('commit')
    db.close()
    process.stdout.write('released\n')
  }, Number(ms))
} else {
  // Loaded only here: the sources take seconds to load, and the holder must be quick.
  const { systemClock } = await import('../../src/main/context.ts')
  const { openSession } = await import('../../src/main/db/session.ts')
  const { createDispatcher } = await import('../../src/main/registry.ts')
  const session = await openSession(path!)
  const dispatcher = createDispatcher({
    orm: () => session.orm,
    session,
    clock: systemClock,
    host: {
      saveDocument: async () => ({ saved: false, fileName: '', path: null }),
      openFile: async () => false,
    },
    app: { appVersion: 'test', databasePath: path! },
  })
  process.stdout.write('ready\n')
  for await (const line of createInterface({ input: process.stdin })) {
    const result = await dispatcher.call('register.createPerson', { name: line })
    process.stdout.write(result.ok ? `ok ${line}\n` : `error ${result.error.message}\n`)
  }
  await session.close()
}
