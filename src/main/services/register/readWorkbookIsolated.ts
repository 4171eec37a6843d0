import { invalid } from '../../../shared/api/errors.ts'
import { MAX_UPLOAD_BYTES } from '../../../shared/api/common.ts'
import { workerFile, workerRunner, type WorkerLimits } from '../../workers/runWorker.ts'
import type { MemberRow } from './memberWorkbook.ts'
import { m } from '../../../shared/messages/index.ts'

/** Bounds for reading one uploaded workbook in its worker thread. */
export const WORKER_LIMITS: WorkerLimits = {
  timeoutMs: 20_000,
  maxOldGenerationSizeMb: 96,
  maxYoungGenerationSizeMb: 32,
  stackSizeMb: 4,
}

const unreadable = () => invalid(m('register.workbookUnreadable'), 'file')

/**
 * Reads the member sheet off the main thread (memberWorkbookWorker.ts): a size limit before
 * anything is parsed, a heap limit for the worker and a timeout. Whatever the file does, the answer
 * is rows or a VALIDATION reason.
 */
export function readMemberWorkbookIsolated(
  data: Uint8Array,
  limits = WORKER_LIMITS,
): Promise<MemberRow[]> {
  if (data.byteLength > MAX_UPLOAD_BYTES)
    return Promise.reject(invalid(m('file.tooLarge', { max: 10 }), 'file'))
  // A fresh worker for every file (keepAlive 0): nothing of one upload is left for the next.
  return workerRunner(workerFile(import.meta.url, 'memberWorkbookWorker'), limits, {
    timeout: () => invalid(m('register.readTimeout'), 'file'),
    outOfMemory: () => invalid(m('register.readOutOfMemory'), 'file'),
    failed: unreadable,
  }).run<MemberRow[]>(data)
}
