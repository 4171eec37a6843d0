import { AppError } from '../../shared/api/errors.ts'
import type { DocumentArgs, DocumentKind } from './documentWorker.ts'
import { workerFile, workerRunner, type WorkerLimits } from './runWorker.ts'
import { m } from '../../shared/messages/index.ts'

/** Bounds for building one document: generous (a ten-year workbook), but a runaway build ends. */
export const DOCUMENT_LIMITS: WorkerLimits = {
  timeoutMs: 120_000,
  maxOldGenerationSizeMb: 1024,
  maxYoungGenerationSizeMb: 64,
  stackSizeMb: 4,
}

const failed = (reason: 'documentSlow' | 'documentMemory' | 'documentFailed') => () =>
  new AppError('INTERNAL', m(`exports.${reason}`))

/**
 * How long the document worker waits for the next export before it ends: a run of exports (a
 * year's minutes) loads docx and exceljs once, and the memory goes back soon after the last.
 */
export const DOCUMENT_WORKER_KEEP_ALIVE_MS = 15_000

const documents = workerRunner(
  workerFile(import.meta.url, 'documentWorker'),
  DOCUMENT_LIMITS,
  {
    timeout: failed('documentSlow'),
    outOfMemory: failed('documentMemory'),
    failed: failed('documentFailed'),
  },
  DOCUMENT_WORKER_KEEP_ALIVE_MS,
)

/**
 * Builds a document in a worker thread (documentWorker.ts), so the main process stays free to
 * answer the window while docx or exceljs work: the services load the data on the main thread
 * (the database stays there) and pass it here as plain data; the bytes come back transferred.
 */
export function buildDocument<K extends DocumentKind>(
  kind: K,
  ...args: DocumentArgs<K>
): Promise<Uint8Array> {
  return documents.run<Uint8Array>({ kind, args })
}
