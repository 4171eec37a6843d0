/** Two processes on one database file: nothing acknowledged is lost, and refusals say what to do. */
import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process'
import { rmSync } from 'node:fs'
import { resolve } from 'node:path'
import Database from 'better-sqlite3'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { runRadsrum } from '../support/cli.ts'
import { createTestDatabase, type TestDatabase } from '../support/testDatabase.ts'

const SECOND = resolve('tests/support/secondProcess.ts')

interface Second {
  child: ChildProcessWithoutNullStreams
  /** The next line the process writes. */
  next(): Promise<string>
  stop(): Promise<void>
}

async function startSecond(...args: string[]): Promise<Second> {
  const child = spawn(process.execPath, [SECOND, ...args])
  const lines: string[] = []
  const waiting: ((line: string) => void)[] = []
  let buffer = ''
  let stderr = ''
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()))
  child.stdout.setEncoding('utf8')
  child.stdout.on('data', (chunk: string) => {
    buffer += chunk
    const parts = buffer.split('\n')
    buffer = parts.pop() ?? ''
    for (const line of parts) {
      const reader = waiting.shift()
      if (reader) reader(line)
      else lines.push(line)
    }
  })
  const exited = new Promise<void>((done) => child.on('exit', () => done()))
  const next = () =>
    new Promise<string>((done, fail) => {
      const line = lines.shift()
      if (line !== undefined) return done(line)
      waiting.push(done)
      void exited.then(() => fail(new Error(`Den andra processen avslutades: ${stderr}`)))
    })
  expect(await next()).toBe('ready')
  return {
    child,
    next,
    async stop() {
      child.stdin.end()
      if (args[0] === 'hold') child.kill() // a held write is rolled back, as when a program crashes
      await exited
    },
  }
}

const names = (path: string) => {
  const db = new Database(path, { readonly: true })
  try {
    return db.prepare('select name from person order by name').pluck().all()
  } finally {
    db.close()
  }
}

let db: TestDatabase
let closed = false
beforeEach(async () => {
  db = await createTestDatabase()
  closed = false
})
afterEach(() => (closed ? rmSync(db.dir, { recursive: true, force: true }) : db.close()))

describe('a whole-file operation while another process has the database', () => {
  it(
    'refuses radsrum restore while the app has the database open, and no later write is lost',
    { timeout: 120_000 },
    async () => {
      await db.call('register.createPerson', { name: 'I kopian' })
      const backup = await db.call('backup.backUpNow')
      const path = db.path
      await db.database.close() // this test's own session steps aside; the second process is the app
      closed = true
      const app = await startSecond('session', path)
      try {
        app.child.stdin.write('Före försöket\n')
        expect(await app.next()).toBe('ok Före försöket')
        const refused = await runRadsrum(path, 'restore', backup.path)
        expect(refused.code).toBe(1)
        expect(refused.stderr).toMatch(
          /är öppen i Rådsrum.*Stäng programmet.*Ingenting har ändrats/,
        )
        // The app goes on writing to the same file, and every acknowledged write is there.
        app.child.stdin.write('Efter försöket\n')
        expect(await app.next()).toBe('ok Efter försöket')
      } finally {
        await app.stop()
      }
      expect(names(path)).toEqual(['Efter försöket', 'Före försöket', 'I kopian'])
      // Closed: now the restore goes through.
      const restored = await runRadsrum(path, 'restore', backup.path)
      expect(restored.code, restored.stderr).toBe(0)
      expect(names(path)).toEqual(['I kopian'])
    },
  )

  it(
    'refuses a restore in the app while a radsrum command in another process has the database open',
    { timeout: 60_000 },
    async () => {
      const backup = await db.call('backup.backUpNow')
      await db.call('register.createPerson', { name: 'Kvar' })
      const other = await startSecond('session', db.path)
      try {
        const result = await db.dispatcher.call('backup.restore', { fileName: backup.fileName })
        expect(result).toMatchObject({
          ok: false,
          error: { message: expect.stringMatching(/är öppen/) },
        })
        // The app still works on its database.
        await db.call('register.createPerson', { name: 'Sedan' })
      } finally {
        await other.stop()
      }
      expect((await db.call('register.listPeople')).map((row) => row.name)).toEqual([
        'Kvar',
        'Sedan',
      ])
    },
  )
})

describe('a write while another process holds the database for writing', () => {
  const organisation = { name: 'Skolan', kind: 'association', contact: null } as const

  it('waits for the other write to finish and then saves (busy timeout, IMMEDIATE transactions)', async () => {
    const holder = await startSecond('hold', db.path, '1500')
    try {
      // The call blocks (better-sqlite3 is synchronous) until the holder commits, then succeeds.
      const result = await db.dispatcher.call('register.createOrganisation', organisation)
      expect(result).toMatchObject({ ok: true })
      expect(await holder.next()).toBe('released')
    } finally {
      await holder.stop()
    }
    expect((await db.call('register.listOrganisations')).map((row) => row.name)).toEqual(['Skolan'])
  })

  it(
    'says what to do when the other write lasts longer than the wait, and saves nothing',
    { timeout: 30_000 },
    async () => {
      const holder = await startSecond('hold', db.path, '8000')
      try {
        const result = await db.dispatcher.call('register.createOrganisation', organisation)
        expect(result).toMatchObject({
          ok: false,
          error: {
            code: 'STORAGE',
            message: expect.stringMatching(
              /upptagen av ett annat program.*Ingenting har ändrats.*försök igen/,
            ),
          },
        })
      } finally {
        await holder.stop()
      }
      expect(await db.call('register.listOrganisations')).toEqual([])
    },
  )
})
