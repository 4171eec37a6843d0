import Database from 'better-sqlite3'
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest'
import { DOCUMENT_FAILURES } from '../../src/main/workers/buildDocument.ts'
import {
  nodeForker,
  processWorker,
  useProcessForker,
  type ForkedProcess,
} from '../../src/main/workers/runProcess.ts'
import { taskRunner } from '../../src/main/workers/runWorker.ts'
import { fingerprint } from '../support/fingerprint.ts'
import { createTestDatabase, type TestDatabase } from '../support/testDatabase.ts'
import { exampleWorld } from '../support/world.ts'

const CHILD = new URL('../support/taskChild.ts', import.meta.url)

/** The runner as buildDocument makes it, on the test child, with a small heap and a short timeout. */
const runner = (timeoutMs = 15_000) =>
  taskRunner(() => processWorker(CHILD, 64, 'test'), timeoutMs, DOCUMENT_FAILURES)

describe('a document process that does not answer', () => {
  it('over time: says so in Swedish, and the next document gets a new process', async () => {
    const documents = runner(1_500)
    await expect(documents.run('hang')).rejects.toMatchObject({
      code: 'INTERNAL',
      message: expect.stringContaining('Dokumentet kunde inte skapas (det tog för lång tid)'),
    })
    expect(await documents.run('ok')).toEqual(new Uint8Array([1, 2, 3]))
  })

  it("runs under the heap limit it is given, not Node's default", async () => {
    const limit = await runner().run<number>('heapLimit')
    // V8 adds its young generation (about 192 MB) to the 64 MB given; Node's default is gigabytes.
    expect(limit / 1024 / 1024).toBeLessThan(512)
  })

  it('out of its heap: says it needed too much memory', async () => {
    await expect(runner().run('eat')).rejects.toMatchObject({
      message: expect.stringContaining(
        'Dokumentet kunde inte skapas (det krävde för mycket minne)',
      ),
    })
  })

  it('ending on its own: says an unexpected error happened', async () => {
    await expect(runner().run('exit')).rejects.toMatchObject({
      message: expect.stringContaining('Dokumentet kunde inte skapas (ett oväntat fel)'),
    })
  })
})

describe('an export whose document process is killed', () => {
  let db: TestDatabase
  beforeAll(async () => {
    db = await createTestDatabase()
    await exampleWorld(db)
  }, 120_000)
  afterEach(() => useProcessForker(nodeForker))
  afterAll(() => db.close())

  const stored = () => {
    const reader = new Database(db.path, { readonly: true })
    try {
      return fingerprint(reader)
    } finally {
      reader.close()
    }
  }

  it('tells the secretary in Swedish, saves no file and changes nothing in the database', async () => {
    const before = stored()
    // As when the system ends the process (low memory, the task manager) while it builds.
    useProcessForker((file, execArgv, name) => {
      const child: ForkedProcess = nodeForker(file, execArgv, name)
      const post = child.postMessage
      child.postMessage = (message) => (post(message), setTimeout(() => child.kill(), 0))
      return child
    })
    await expect(db.call('exports.registerXlsx')).rejects.toMatchObject({
      body: {
        code: 'INTERNAL',
        message: expect.stringContaining('Dokumentet kunde inte skapas (ett oväntat fel)'),
      },
    })
    expect(db.host.saved).toHaveLength(0)
    expect(stored()).toBe(before)

    // The next export gets a process of its own and is saved.
    useProcessForker(nodeForker)
    await db.call('exports.registerXlsx')
    expect(db.host.saved).toHaveLength(1)
  })
})
