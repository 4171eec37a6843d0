import { z } from 'zod'
import type { BudgetYearDto, GrantDto } from './budget.ts'
import { id, optionalIsoDate, optionalText, requiredText, text } from './common.ts'
import type { IndicatorDto } from './indicators.ts'
import { mutation, query } from './procedure.ts'

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

const sectionText = (label: string) =>
  text(`${label} måste vara text.`).max(MAX_SECTION_CHARS, {
    error: `${label} är för långt (högst ${MAX_SECTION_CHARS.toLocaleString('sv-SE')} tecken, ungefär 50 sidor).`,
  })

export const reportsApi = {
  'reports.getFinalReport': query<FinalReportDto>()(
    z.strictObject({ grantId: id }),
    'Slutrapporten till bidragsgivaren för ett bidrag: texterna (utkast) och det som hämtas från register, indikatorer och budget.',
  ),
  'reports.saveFinalReport': mutation<FinalReportDto>()(
    z.strictObject({
      grantId: id,
      /** The version the editor started from; a stale one is refused so nothing is overwritten. */
      version: z.number().int().min(0),
      texts: z.strictObject({
        problem: sectionText('Problembilden'),
        measures: sectionText('Åtgärderna'),
        implementation: sectionText('Genomförandet'),
        actorsNote: sectionText('Tillägget om aktörerna'),
        results: sectionText('Resultatet'),
      }),
      place: optionalText('Orten', 100),
      reportDate: optionalIsoDate('Datumet'),
      signatories: z
        .array(
          z.strictObject({
            name: requiredText('Namnet'),
            title: optionalText('Titeln'),
          }),
        )
        .max(4, { error: 'Högst fyra underskrifter.' }),
    }),
    'Spara utkastet till slutrapporten: alla texter, ort, datum och underskrifter.',
  ),
}
