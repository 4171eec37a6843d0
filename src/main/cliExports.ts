import type { ProcedureName } from '../shared/api/index.ts'

export interface CliExport {
  /** The document procedure to call. */
  procedure: ProcedureName
  /** Another procedure when --out ends with this extension (e.g. '.ics'). */
  byExtension?: Record<string, ProcedureName>
  /** Command-line flag -> input field, e.g. { meeting: 'meetingId' }. */
  flags: Record<string, string>
  help: string
}

/**
 * `radsrum export KIND --flag value --out FILE`: each kind names its document procedure and maps
 * command-line flags to the procedure's input fields. Numeric values become numbers.
 */
export const CLI_EXPORTS: Record<string, CliExport> = {
  register: { procedure: 'exports.registerXlsx', flags: {}, help: 'registret som .xlsx' },
  'goal-document': {
    procedure: 'exports.goalDocumentDocx',
    flags: { document: 'documentId', version: 'version' },
    help: 'måldokumentet som .docx (--document ID [--version N]; utan version: utkastet)',
  },
  'goal-comparison': {
    procedure: 'exports.goalComparisonDocx',
    flags: { document: 'documentId', from: 'from', to: 'to' },
    help: 'jämförelse av två versioner som .docx med spårade ändringar (--document ID --from N --to M)',
  },
  budget: {
    procedure: 'exports.budgetXlsx',
    flags: { year: 'year' },
    help: 'budgeten som .xlsx (--year N för ett år)',
  },
  'final-report': {
    procedure: 'exports.finalReportDocx',
    flags: { grant: 'grantId' },
    help: 'slutrapporten till bidragsgivaren som .docx (--grant ID)',
  },
  notice: {
    procedure: 'exports.noticeDocx',
    byExtension: { '.ics': 'exports.noticeIcs' },
    flags: { meeting: 'meetingId' },
    help: 'kallelse med dagordning: --meeting ID (.docx, eller .ics för kalenderfil)',
  },
  'year-plan': {
    procedure: 'exports.yearPlanXlsx',
    byExtension: { '.ics': 'exports.yearPlanIcs' },
    flags: { body: 'bodyId', year: 'year' },
    help: 'sammanträdesplan: --body ID --year ÅR (.xlsx, eller .ics för kalenderfil)',
  },
  'person-extract': {
    procedure: 'exports.personExtractXlsx',
    flags: { person: 'personId' },
    help: 'registerutdrag för en person (--person ID) som .xlsx',
  },
  attendance: {
    procedure: 'exports.attendanceXlsx',
    flags: { body: 'bodyId', year: 'year' },
    help: 'närvaro som .xlsx: --body ID [--year ÅR] (ett blad per år; utan --year alla år med upprop)',
  },
  minutes: {
    procedure: 'exports.minutesDocx',
    flags: { meeting: 'meetingId' },
    help: 'protokoll: --meeting ID (.docx)',
  },
  extract: {
    procedure: 'exports.extractDocx',
    flags: { meeting: 'meetingId', paragraph: 'paragraph' },
    help: 'protokollsutdrag av en paragraf: --meeting ID --paragraph N (.docx)',
  },
  situation: {
    procedure: 'exports.situationDocx',
    flags: { meeting: 'meetingId' },
    help: 'lägesbilden efter ett möte, en sida: --meeting ID (.docx)',
  },
}
