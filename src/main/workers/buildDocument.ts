import { AppError } from '../../shared/api/errors.ts'
import type { DocumentArgs, DocumentKind } from './documentWorker.ts'
import { processWorker } from './runProcess.ts'
import { taskRunner, workerFile, type WorkerFailures } from './runWorker.ts'
import { m } from '../../shared/messages/index.ts'

/** Bounds for building one document: generous (a ten-year workbook), but a runaway build ends. */
export const DOCUMENT_LIMITS = { timeoutMs: 120_000, maxOldGenerationSizeMb: 1024 }

const failed = (reason: 'documentSlow' | 'documentMemory' | 'documentFailed') => () =>
  new AppError('INTERNAL', m(`exports.${reason}`))

/** What the secretary reads when the document process does not answer. */
export const DOCUMENT_FAILURES: WorkerFailures = {
  timeout: failed('documentSlow'),
  outOfMemory: failed('documentMemory'),
  failed: failed('documentFailed'),
}

/**
 * How long the document process waits for the next export before it ends: a run of exports (a
 * year's minutes) loads docx and exceljs once, and the memory goes back soon after the last.
 */
export const DOCUMENT_WORKER_KEEP_ALIVE_MS = 15_000

/** The name the document process has in the system's process list (Electron's serviceName). */
export const DOCUMENT_SERVICE_NAME = 'Rådsrum dokument'

const documents = taskRunner(
  () =>
    processWorker(
      workerFile(import.meta.url, 'documentWorker'),
      DOCUMENT_LIMITS.maxOldGenerationSizeMb,
      DOCUMENT_SERVICE_NAME,
    ),
  DOCUMENT_LIMITS.timeoutMs,
  DOCUMENT_FAILURES,
  DOCUMENT_WORKER_KEEP_ALIVE_MS,
)

/**
 * Builds a document in a child process (documentWorker.ts), so the main process stays free to
 * answer the window while docx or exceljs work, and gets nothing of theirs to keep: a thread's
 * malloc arenas and compiled code stay in the process after the thread ends, a process's memory
 * goes back to the system when it ends (after its keep-alive). The services load the data in the
 * main process (the database stays there) and pass it as plain data; the bytes come back cloned.
 */
export function buildDocument<K extends DocumentKind>(
  kind: K,
  ...args: DocumentArgs<K>
): Promise<Uint8Array> {
  return documents.run<Uint8Array>({ kind, args })
}
