/**
 * Main-process memory of the built app (out/main, as installed), not of the TypeScript sources:
 * the bundle is booted under Node with the stand-in electron (tests/built/builtApp.ts) on a copy of
 * the ten-year database, and makes one of each document through its IPC handlers (the stand-in's
 * save dialog is cancelled, so the bytes are dropped as after a save). Documents are built in a
 * child process (the stand-in's utilityProcess): main's RSS does not include it, and the child's
 * largest RSS, which it reports with each answer, is a figure of its own. The RSS after the exports
 * (the child ended after its keep-alive, after a full gc) is what the main process keeps.
 */
import { copyFileSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import Database from 'better-sqlite3'
import { contract } from '../../src/shared/api/index.ts'
import { bootBuiltApp, installBuiltApp } from '../../tests/built/builtApp.ts'
import { DOCUMENT_WORKER_KEEP_ALIVE_MS } from '../../src/main/workers/buildDocument.ts'
import { documentInputs } from './documents.ts'
import type { Figure } from './figures.ts'
import { lookUpIds } from './procedures.ts'

const MEGABYTE = 1024 * 1024

export async function memoryFigures(path: string): Promise<Figure[]> {
  const raw = new Database(path, { readonly: true })
  const inputs = documentInputs(lookUpIds(raw))
  raw.close()
  const root = mkdtempSync(join(tmpdir(), 'radsrum-bench-memory-'))
  const userData = join(root, 'Rådsrum')
  mkdirSync(userData)
  copyFileSync(path, join(userData, 'radsrum.sqlite'))
  const app = bootBuiltApp(installBuiltApp(join(root, 'app')), userData)
  try {
    const frame = { url: (await app.ready).url, parent: null }
    // The start-up backup copies the database beside it; measure once it has finished.
    for (let tries = 0; tries < 600; tries++) {
      const overview = (await app.call('backup.list', {}, frame)) as {
        value: { lastAutomatic: string | null }
      }
      if (overview.value.lastAutomatic) break
      await new Promise((done) => setTimeout(done, 100))
    }
    const opened = await app.memory()
    const perExport: Figure[] = []
    for (const [name, procedure] of Object.entries(contract)) {
      if (procedure.kind !== 'document') continue
      const result = (await app.call(name, inputs[name], frame)) as { ok: boolean }
      if (!result.ok) throw new Error(`${name}: ${JSON.stringify(result)}`)
      if (name === 'exports.registerXlsx' || name === 'exports.attendanceXlsx') {
        const after = await app.memory()
        perExport.push(figure(`memory: after ${name} (rss, built main)`, after.rss))
      }
    }
    const withChild = await app.memory()
    // The document process waits a little for the next export, then ends: measure once it has.
    await new Promise((done) => setTimeout(done, DOCUMENT_WORKER_KEEP_ALIVE_MS + 3_000))
    const after = await app.memory()
    return [
      figure('memory: built main, ten-year database opened (rss)', opened.rss),
      ...perExport,
      figure('memory: built main, document process idle, after the exports (rss)', withChild.rss),
      figure('memory: built main, after one of each export, process ended (rss)', after.rss, 200),
      figure('memory: built main, after the exports (JS heap used)', after.heapUsed),
      figure('memory: built main, after the exports (buffers outside the heap)', after.external),
      figure('memory: built main, peak during the exports (rss)', after.peakRss),
      figure('memory: document process, largest after an answer (rss)', after.utilityPeakRss),
    ]
  } finally {
    app.kill()
    await app.exited
    rmSync(root, { recursive: true, force: true })
  }
}

function figure(name: string, bytes: number, target?: number): Figure {
  const value = bytes / MEGABYTE
  return {
    name,
    median: value,
    p95: value,
    unit: 'MB',
    ...(target !== undefined ? { target: `≤ ${target} MB`, met: value <= target } : {}),
  }
}
