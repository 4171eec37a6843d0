// Worker thread entry: reads a member workbook away from the main thread, under the resource
// limits the parent sets (workers/runWorker.ts). Answers { ok: true, value: rows } or { ok: false, error }.
import { parentPort, workerData } from 'node:worker_threads'
import { AppError, invalid } from '../../../shared/api/errors.ts'
import { readMemberWorkbook } from './memberWorkbook.ts'
import { m } from '../../../shared/messages/index.ts'

const data = workerData as Uint8Array
readMemberWorkbook(data).then(
  (rows) => parentPort!.postMessage({ ok: true, value: rows }),
  (error: unknown) =>
    parentPort!.postMessage(
      error instanceof AppError
        ? { ok: false, error: error.toBody() }
        : { ok: false, error: invalid(m('register.workbookDamaged'), 'file').toBody() },
    ),
)
