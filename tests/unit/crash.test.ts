import { spawn } from 'node:child_process'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import Database from 'better-sqlite3'
import fc from 'fast-check'
import { afterAll, describe, expect, it } from 'vitest'
import { openDatabase } from '../../src/main/db/open.ts'

const WRITER = resolve('tests/support/crashWriter.ts')
const KILLS = Number(process.env.RADSRUM_CRASH_KILLS ?? 200)
const ROWS_PER_TRANSACTION = 5
const dir = mkdtempSync(join(tmpdir(), 'radsrum-crash-'))
afterAll(() => rmSync(dir, { recursive: true, force: true }))

/** Starts the writer, lets it commit for `delayMs` after it is ready, kills it with SIGKILL; the acknowledged ids. */
function runAndKill(path: string, delayMs: number): Promise<{ acked: number[]; settings: string }> {
  return new Promise((done, fail) => {
    const child = spawn(process.execPath, [WRITER, path, String(ROWS_PER_TRANSACTION)], {
      stdio: ['ignore', 'pipe', 'pipe'],
    })
    const acked: number[] = []
    let buffer = ''
    let stderr = ''
    let timer: NodeJS.Timeout | undefined
    let settings = ''
    child.stdout.setEncoding('utf8')
    child.stdout.on('data', (chunk: string) => {
      buffer += chunk
      const lines = buffer.split('\n')
      buffer = lines.pop() ?? ''
      for (const line of lines) {
        if (line.startsWith('ready') && !timer) {
          settings = line.slice(6)
          timer = setTimeout(() => child.kill('SIGKILL'), delayMs)
        } else if (line.startsWith('ack ')) acked.push(Number(line.slice(4)))
      }
    })
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()))
    // 'close', not 'exit': 'exit' may come before the last of stdout is read, and under load the
    // acknowledgements still in the pipe then counted as committed but never acknowledged.
    child.on('close', (_code, signal) => {
      clearTimeout(timer)
      if (signal !== 'SIGKILL') fail(new Error(`Skrivaren avslutades utan SIGKILL: ${stderr}`))
      else done({ acked, settings })
    })
  })
}

describe('crash safety: SIGKILL at random moments', () => {
  it(
    `keeps every acknowledged transaction whole after ${KILLS} kills`,
    { timeout: 480_000 },
    async () => {
      // Kill moments from a fixed seed: 0–30 ms after the writer is ready (it commits a transaction every few ms).
      const delays = fc.sample(fc.integer({ min: 0, max: 30 }), { numRuns: KILLS, seed: 20261125 })
      // Two lanes, each on its own copy of the app's database (migrated, WAL, synchronous=FULL), to halve the wall time.
      const lanes = await Promise.all(
        [0, 1].map((lane) =>
          runLane(
            join(dir, `lane${lane}.sqlite`),
            delays.filter((_, index) => index % 2 === lane),
          ),
        ),
      )
      const totals = lanes.reduce((sum, lane) => ({
        kills: sum.kills + lane.kills,
        acknowledged: sum.acknowledged + lane.acknowledged,
        committedButNotAcknowledged:
          sum.committedButNotAcknowledged + lane.committedButNotAcknowledged,
        partial: sum.partial + lane.partial,
        lost: sum.lost + lane.lost,
        integrityFailures: sum.integrityFailures + lane.integrityFailures,
        unackedPerKill: Math.max(sum.unackedPerKill, lane.unackedPerKill),
        holes: sum.holes + lane.holes,
        settings: [...new Set([...sum.settings, ...lane.settings])],
      }))
      console.log(`crash test: ${JSON.stringify(totals)}`)
      // Correctness, not throughput: whole or absent, nothing acknowledged lost, no later commit
      // without the earlier ones, at most the one transaction in flight committed unacknowledged,
      // and the writer ran with the app's own settings (WAL, synchronous FULL …).
      expect(totals).toMatchObject({
        kills: KILLS,
        partial: 0,
        lost: 0,
        integrityFailures: 0,
        holes: 0,
        settings: [
          'journal_mode=wal synchronous=2 foreign_keys=1 busy_timeout=5000 secure_delete=1',
        ],
      })
      expect(totals.unackedPerKill).toBeLessThanOrEqual(1)
    },
  )
})

async function runLane(path: string, delays: number[]) {
  await (await openDatabase({ path })).close()
  const allAcked = new Set<number>()
  let partial = 0
  let lost = 0
  let integrityFailures = 0
  let committed = 0
  let unackedPerKill = 0
  let holes = 0
  let previousMax = 0
  const settings = new Set<string>()
  for (const delay of delays) {
    const { acked, settings: used } = await runAndKill(path, delay)
    settings.add(used)
    for (const id of acked) allAcked.add(id)
    const db = new Database(path)
    try {
      if (db.pragma('integrity_check', { simple: true }) !== 'ok') integrityFailures++
      const batches = db
        .prepare(
          'select b.id, b.rows, count(r.n) as found from crash_batch b left join crash_row r on r.batch = b.id group by b.id',
        )
        .all() as { id: number; rows: number; found: number }[]
      const present = new Set(batches.map((batch) => batch.id))
      partial += batches.filter((batch) => batch.found !== batch.rows).length
      partial += (
        db
          .prepare(
            'select count(*) as n from crash_row where batch not in (select id from crash_batch)',
          )
          .get() as { n: number }
      ).n
      for (const id of allAcked) if (!present.has(id)) lost++
      const max = Math.max(0, ...present)
      for (let id = 1; id <= max; id++) if (!present.has(id)) holes++
      const acknowledgedNow = new Set(acked)
      let unacked = 0
      for (const id of present) if (id > previousMax && !acknowledgedNow.has(id)) unacked++
      unackedPerKill = Math.max(unackedPerKill, unacked)
      previousMax = max
      committed = batches.length
    } finally {
      db.close()
    }
  }
  return {
    kills: delays.length,
    acknowledged: allAcked.size,
    committedButNotAcknowledged: committed - allAcked.size,
    partial,
    lost,
    integrityFailures,
    unackedPerKill,
    holes,
    settings: [...settings],
  }
}
