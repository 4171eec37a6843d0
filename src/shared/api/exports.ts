import { z } from 'zod'
import { idOf, noInput, year } from './common.ts'
import { sensibleYear } from './meetings.ts'
import { document } from './procedure.ts'

/**
 * Every document the program writes, in one place: `exports.<dokument><Docx|Xlsx|Ics>` is declared
 * here and built by src/main/services/exports/<area>.ts with the pure builder in src/main/exports/.
 */
export const exportsApi = {
  // Registret
  'exports.registerXlsx': document(
    noInput,
    'Registret (aktörer, personer, organ och uppdrag) som Excelfil.',
  ),
  // Möten
  'exports.noticeDocx': document(
    z.strictObject({ meetingId: idOf('meeting') }),
    'Kallelsen med dagordning som Worddokument.',
  ),
  'exports.noticeIcs': document(
    z.strictObject({ meetingId: idOf('meeting') }),
    'Mötet som kalenderfil (.ics) med dagordningen i beskrivningen.',
  ),
  'exports.yearPlanXlsx': document(
    z.strictObject({ bodyId: idOf('body'), year: sensibleYear }),
    'Sammanträdesplanen för ett år som Excelfil.',
  ),
  'exports.yearPlanIcs': document(
    z.strictObject({ bodyId: idOf('body'), year: sensibleYear }),
    'Årets alla möten i en kalenderfil (.ics).',
  ),
  // Närvaro
  'exports.attendanceXlsx': document(
    z.strictObject({
      bodyId: idOf('body'),
      year: year.nullish().transform((value) => value ?? null),
    }),
    'Närvaron som Excelfil: ett blad per år, en rad per person och aktör, en kolumn per möte, andelar som formler.',
  ),
  // Protokoll
  'exports.minutesDocx': document(
    z.strictObject({ meetingId: idOf('meeting') }),
    'Protokollet som Worddokument.',
  ),
  'exports.extractDocx': document(
    z.strictObject({ meetingId: idOf('meeting'), paragraph: z.number().int().positive() }),
    'Protokollsutdrag: en paragraf, med utdragsbestyrkande.',
  ),
  'exports.situationDocx': document(
    z.strictObject({ meetingId: idOf('meeting') }),
    'Lägesbilden som mötet slutade med, på en sida.',
  ),
  // Måldokument
  'exports.goalDocumentDocx': document(
    z.strictObject({
      documentId: idOf('goalDocument'),
      version: z.number().int().positive().nullish(),
    }),
    'Måldokumentet som Word-fil: utkastet, eller en sparad version.',
  ),
  'exports.goalComparisonDocx': document(
    z.strictObject({
      documentId: idOf('goalDocument'),
      from: z.number().int().positive(),
      to: z.number().int().positive(),
    }),
    'Jämförelsen mellan två versioner som Word-fil med spårade ändringar (godkänn/avvisa i Word).',
  ),
  // Budget
  'exports.budgetXlsx': document(
    z
      .strictObject({ year: year.nullish().transform((value) => value ?? null) })
      .optional()
      .default({ year: null }),
    'Budgeten som Excelfil: ett blad per år med SUMMA-rad och ett sammanställningsblad, summor som formler.',
  ),
  // Slutrapport
  'exports.finalReportDocx': document(
    z.strictObject({ grantId: idOf('grant') }),
    'Slutrapporten (återrapporteringen) till bidragsgivaren som Worddokument.',
  ),
  // Registerutdrag
  'exports.personExtractXlsx': document(
    z.strictObject({ personId: idOf('person') }),
    'Registerutdrag: allt Rådsrum har sparat om en person (uppgifter, uppdrag och historik) som Excelfil.',
  ),
}
