// Worker thread entry: builds one .docx/.xlsx away from the main thread (workers/buildDocument.ts).
// workerData is { kind, args }: the name of a pure builder in src/main/exports and its plain-data
// arguments. Answers { ok: true, value: bytes } with the bytes transferred, or { ok: false, error }.
import { isMainThread, parentPort, workerData } from 'node:worker_threads'
import type { WorkerAnswer } from './runWorker.ts'
import { m } from '../../shared/messages/index.ts'
import { AppError } from '../../shared/api/errors.ts'

/** Each builder is loaded when its document is asked for, so a worker loads only docx or exceljs. */
const builders = {
  attendanceXlsx: async () => (await import('../exports/attendanceXlsx.ts')).buildAttendanceXlsx,
  budgetXlsx: async () => (await import('../exports/budgetXlsx.ts')).buildBudgetXlsx,
  finalReportDocx: async () => (await import('../exports/finalReportDocx.ts')).buildFinalReportDocx,
  goalDocumentDocx: async () => (await import('../exports/goalDocx.ts')).buildGoalDocumentDocx,
  goalComparisonDocx: async () => (await import('../exports/goalDocx.ts')).buildGoalComparisonDocx,
  minutesDocx: async () => (await import('../exports/minutesDocx.ts')).buildMinutesDocx,
  extractDocx: async () => (await import('../exports/minutesDocx.ts')).buildExtractDocx,
  situationDocx: async () => (await import('../exports/minutesDocx.ts')).buildSituationDocx,
  noticeDocx: async () => (await import('../exports/noticeDocx.ts')).buildNoticeDocx,
  personExtractXlsx: async () =>
    (await import('../exports/personExtractXlsx.ts')).buildPersonExtractXlsx,
  registerXlsx: async () => (await import('../exports/registerXlsx.ts')).buildRegisterXlsx,
  yearPlanXlsx: async () => (await import('../exports/yearPlanXlsx.ts')).buildYearPlanXlsx,
}

type Builders = typeof builders
export type DocumentKind = keyof Builders
export type DocumentArgs<K extends DocumentKind> = Parameters<Awaited<ReturnType<Builders[K]>>>

async function build(kind: DocumentKind, args: unknown[]): Promise<Uint8Array> {
  const builder = (await builders[kind]()) as (...input: unknown[]) => Promise<Uint8Array>
  const bytes = await builder(...args)
  // Transfer needs a buffer of its own: a small Buffer may be a slice of Node's shared pool.
  return bytes.byteOffset === 0 && bytes.byteLength === bytes.buffer.byteLength
    ? bytes
    : bytes.slice()
}

if (!isMainThread && parentPort) {
  const port = parentPort
  const { kind, args } = workerData as { kind: DocumentKind; args: unknown[] }
  build(kind, args).then(
    (value) =>
      port.postMessage({ ok: true, value } satisfies WorkerAnswer<Uint8Array>, [
        value.buffer as ArrayBuffer,
      ]),
    () => {
      port.postMessage({
        ok: false,
        error: new AppError('INTERNAL', m('exports.documentNotCreated')).toBody(),
      } satisfies WorkerAnswer<Uint8Array>)
    },
  )
}
