import { invalid } from '../../../shared/api/errors.ts'
import { MAX_UPLOAD_BYTES } from '../../../shared/api/common.ts'
import { runWorker, workerFile, type WorkerLimits } from '../../workers/runWorker.ts'
import type { MemberRow } from './memberWorkbook.ts'

/** Bounds for reading one uploaded workbook in its worker thread. */
export const WORKER_LIMITS: WorkerLimits = {
  timeoutMs: 20_000,
  maxOldGenerationSizeMb: 96,
  maxYoungGenerationSizeMb: 32,
  stackSizeMb: 4,
}

const unreadable = () =>
  invalid('Excelfilen kunde inte läsas. Öppna den i Excel, spara igen och försök på nytt.', 'file')

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
    return Promise.reject(invalid('Filen är för stor (högst 10 MB).', 'file'))
  return runWorker<MemberRow[]>(workerFile(import.meta.url, 'memberWorkbookWorker'), data, limits, {
    timeout: () =>
      invalid(
        'Filen tog för lång tid att läsa och avbröts. Kontrollera att den bara innehåller personlistan, och dela upp den om den är stor.',
        'file',
      ),
    outOfMemory: () =>
      invalid(
        'Filen är för stor eller för komplex för att läsas (den kräver för mycket minne). Dela upp den i mindre filer.',
        'file',
      ),
    failed: unreadable,
  })
}
