import { AppError } from '../../shared/api/errors.ts'
import type { DocumentArgs, DocumentKind } from './documentWorker.ts'
import { runWorker, workerFile, type WorkerLimits } from './runWorker.ts'
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
 * Builds a document in a worker thread (documentWorker.ts), so the main process stays free to
 * answer the window while docx or exceljs work: the services load the data on the main thread
 * (the database stays there) and pass it here as plain data; the bytes come back transferred.
 */
export function buildDocument<K extends DocumentKind>(
  kind: K,
  ...args: DocumentArgs<K>
): Promise<Uint8Array> {
  return runWorker<Uint8Array>(
    workerFile(import.meta.url, 'documentWorker'),
    { kind, args },
    DOCUMENT_LIMITS,
    {
      timeout: failed('documentSlow'),
      outOfMemory: failed('documentMemory'),
      failed: failed('documentFailed'),
    },
  )
}
