// Child process entry (an Electron utility process, or a Node child under the CLI and tests): builds
// .docx/.xlsx files away from the main process (workers/buildDocument.ts). Each task is
// { kind, args }: the name of a pure builder in src/main/exports and its plain-data arguments.
// Answers the bytes.
import { AppError } from '../../shared/api/errors.ts'
import { m } from '../../shared/messages/index.ts'
import { serveTasks } from './runWorker.ts'

/** Each builder is loaded when its document is asked for, so a process loads only docx or exceljs. */
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
  return builder(...args)
}

serveTasks(
  async (input) => {
    const { kind, args } = input as { kind: DocumentKind; args: unknown[] }
    return { value: await build(kind, args) }
  },
  new AppError('INTERNAL', m('exports.documentNotCreated')).toBody(),
)
