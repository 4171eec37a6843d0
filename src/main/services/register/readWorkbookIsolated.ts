import { Worker } from 'node:worker_threads'
import { AppError, invalid, type ErrorBody } from '../../../shared/api/errors.ts'
import { MAX_UPLOAD_BYTES } from '../../../shared/api/common.ts'
import type { MemberRow } from './memberWorkbook.ts'

/** Bounds for reading one uploaded workbook in its worker thread. */
export const WORKER_LIMITS = {
  timeoutMs: 20_000,
  maxOldGenerationSizeMb: 96,
  maxYoungGenerationSizeMb: 32,
  stackSizeMb: 4,
}

/**
 * The worker's file: beside this module when running from the TypeScript sources (tests, CLI, dev),
 * and `out/main/memberWorkbookWorker.js` in the electron-vite build (a second main entry in
 * electron.vite.config.ts; this module is then bundled into out/main/index.js). The name is chosen at
 * runtime so that Vite does not try to treat it as an asset.
 */
function workerUrl(): URL {
  const file = import.meta.url.endsWith('.ts')
    ? './memberWorkbookWorker.ts'
    : './memberWorkbookWorker.js'
  return new URL(file, import.meta.url)
}

/**
 * Reads the member sheet off the main thread: a size limit before anything is parsed, a heap limit
 * for the worker and a timeout. Whatever the file does, the answer is rows or a VALIDATION reason.
 */
export function readMemberWorkbookIsolated(
  data: Uint8Array,
  limits = WORKER_LIMITS,
): Promise<MemberRow[]> {
  if (data.byteLength > MAX_UPLOAD_BYTES)
    return Promise.reject(invalid('Filen är för stor (högst 10 MB).', 'file'))
  return new Promise((resolve, reject) => {
    const worker = new Worker(workerUrl(), {
      workerData: data,
      resourceLimits: {
        maxOldGenerationSizeMb: limits.maxOldGenerationSizeMb,
        maxYoungGenerationSizeMb: limits.maxYoungGenerationSizeMb,
        stackSizeMb: limits.stackSizeMb,
      },
      stdout: true,
      stderr: true,
    })
    let settled = false
    const finish = (outcome: () => void) => {
      if (settled) return
      settled = true
      clearTimeout(timer)
      void worker.terminate()
      outcome()
    }
    const timer = setTimeout(
      () =>
        finish(() =>
          reject(
            invalid(
              'Filen tog för lång tid att läsa och avbröts. Kontrollera att den bara innehåller personlistan, och dela upp den om den är stor.',
              'file',
            ),
          ),
        ),
      limits.timeoutMs,
    )
    worker.once(
      'message',
      (message: { ok: true; rows: MemberRow[] } | { ok: false; error: ErrorBody }) =>
        finish(() =>
          message.ok
            ? resolve(message.rows)
            : reject(new AppError(message.error.code, message.error.message, message.error.issues)),
        ),
    )
    worker.once('error', (error: Error & { code?: string }) =>
      finish(() =>
        reject(
          error.code === 'ERR_WORKER_OUT_OF_MEMORY'
            ? invalid(
                'Filen är för stor eller för komplex för att läsas (den kräver för mycket minne). Dela upp den i mindre filer.',
                'file',
              )
            : invalid(
                'Excelfilen kunde inte läsas. Öppna den i Excel, spara igen och försök på nytt.',
                'file',
              ),
        ),
      ),
    )
    worker.once('exit', () =>
      finish(() =>
        reject(
          invalid(
            'Excelfilen kunde inte läsas. Öppna den i Excel, spara igen och försök på nytt.',
            'file',
          ),
        ),
      ),
    )
  })
}
