import { z } from 'zod'
import type { BudgetYearDto, GrantDto } from './budget.ts'
import { idOf, optionalIsoDate, optionalText, requiredText, say, text } from './common.ts'
import type { IndicatorDto } from './indicators.ts'
import { mutation, query } from './procedure.ts'
import { field, type FieldKey } from '../messages/index.ts'

/** The sections the secretary writes; the rest of the report is drawn from the register, indicators and budget. */
export const REPORT_TEXT_SECTIONS = [
  'problem',
  'measures',
  'implementation',
  'actorsNote',
  'results',
] as const
export type ReportTextSection = (typeof REPORT_TEXT_SECTIONS)[number]

/** A section may hold about 50 pages of text. */
export const MAX_SECTION_CHARS = 200_000

export interface SignatoryDto {
  name: string
  title: string | null
}

export interface ActorsDto {
  municipal: string[]
  others: string[]
  /** Organisation kinds represented in every local group (e.g. the police and the municipality). */
  inEveryLocalGroup: string[]
  localGroupCount: number
}

export interface FinalReportDto {
  grant: GrantDto
  texts: Record<ReportTextSection, string>
  place: string | null
  reportDate: string | null
  signatories: SignatoryDto[]
  version: number
  savedAt: string | null
  /** Drawn from elsewhere, never typed twice. */
  actors: ActorsDto
  indicators: IndicatorDto[]
  budget: BudgetYearDto[]
}

const sectionText = (label: FieldKey) =>
  text(label).max(
    MAX_SECTION_CHARS,
    say('reports.sectionTooLong', { field: field(label), max: MAX_SECTION_CHARS }),
  )

export const reportsApi = {
  'reports.getFinalReport': query<FinalReportDto>()(
    z.strictObject({ grantId: idOf('grant') }),
    'Slutrapporten till bidragsgivaren för ett bidrag: texterna (utkast) och det som hämtas från register, indikatorer och budget.',
  ),
  'reports.saveFinalReport': mutation<FinalReportDto>()(
    z.strictObject({
      grantId: idOf('grant'),
      /** The version the editor started from; a stale one is refused so nothing is overwritten. */
      version: z.number().int().min(0),
      texts: z.strictObject({
        problem: sectionText('problem'),
        measures: sectionText('measuresReport'),
        implementation: sectionText('implementation'),
        actorsNote: sectionText('actorsNote'),
        results: sectionText('results'),
      }),
      place: optionalText('town', 100),
      reportDate: optionalIsoDate('date'),
      signatories: z
        .array(
          z.strictObject({
            name: requiredText('name'),
            title: optionalText('title'),
          }),
        )
        .max(4, say('reports.signatoriesMax')),
    }),
    'Spara utkastet till slutrapporten: alla texter, ort, datum och underskrifter.',
  ),
}
