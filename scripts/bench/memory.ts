/**
 * Main-process memory, measured in a fresh process that does what the main process does: open
 * the database and make one of each document. (The bench process itself has generated the data
 * set and run every timing loop, so its own memory says nothing about the app.)
 *
 *   node --expose-gc scripts/bench/memory.ts LARGE.sqlite   prints JSON
 */
import { execFileSync } from 'node:child_process'
import { fileURLToPath } from 'node:url'
import { contract } from '../../src/shared/api/index.ts'
import { documentInputs } from './documents.ts'
import type { Figure } from './figures.ts'
import { lookUpIds } from './procedures.ts'
import { openBenchServices } from './services.ts'

interface Memory {
  started: number
  opened: number
  afterExports: number
  peak: number
  heapAfterExports: number
}

const MEGABYTE = 1024 * 1024

function resident(): number {
  globalThis.gc?.()
  return process.memoryUsage().rss / MEGABYTE
}

async function measure(path: string): Promise<Memory> {
  const started = resident()
  const services = await openBenchServices(path)
  const opened = resident()
  let peak = opened
  const inputs = documentInputs(lookUpIds(services.raw))
  for (const [name, procedure] of Object.entries(contract)) {
    if (procedure.kind !== 'document') continue
    await services.call(name, inputs[name])
    services.host.saved.length = 0 // the host hands the bytes to the save dialog and lets go of them
    peak = Math.max(peak, process.memoryUsage().rss / MEGABYTE)
  }
  const afterExports = resident()
  const heapAfterExports = process.memoryUsage().heapUsed / MEGABYTE
  await services.close()
  return { started, opened, afterExports, peak, heapAfterExports }
}

export function memoryFigures(path: string): Figure[] {
  const output = execFileSync(
    process.execPath,
    ['--expose-gc', fileURLToPath(import.meta.url), path],
    { encoding: 'utf8' },
  )
  const memory = JSON.parse(output) as Memory
  const figure = (name: string, value: number, target?: number): Figure => ({
    name,
    median: value,
    p95: value,
    unit: 'MB',
    ...(target !== undefined ? { target: `≤ ${target} MB`, met: value <= target } : {}),
  })
  return [
    figure('memory: fresh process with the services loaded (rss)', memory.started),
    figure('memory: ten-year database opened (rss)', memory.opened),
    figure('memory: after one of each export (rss)', memory.afterExports, 200),
    figure('memory: peak during the exports (rss)', memory.peak),
    figure('memory: after one of each export (JS heap)', memory.heapAfterExports),
  ]
}

if (import.meta.main) {
  const path = process.argv[2]
  if (!path) throw new Error('Användning: node --expose-gc scripts/bench/memory.ts DATABAS.sqlite')
  console.log(JSON.stringify(await measure(path)))
}
