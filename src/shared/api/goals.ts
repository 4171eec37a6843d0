import { z } from 'zod'
import {
  byId,
  id,
  idOf,
  isoDate,
  longText,
  optionalIsoDate,
  optionalText,
  requiredText,
  say,
} from './common.ts'
import { mutation, query } from './procedure.ts'
import {
  GOAL_STATUSES,
  IDEA_CATEGORIES,
  IDEA_STATUSES,
  MAX_SECTION_TEXT,
  type DiffSection,
  type DiffSummary,
  type GoalStatus,
  type IdeaCategory,
  type IdeaStatus,
} from '../domain/goals.ts'

export interface GoalSectionDto {
  id: number
  position: number
  heading: string
  text: string
  /** Optimistic-locking counter: send it back with a change. */
  version: number
  updatedAt: string
  ideaCount: number
}

export interface GoalVersionSummaryDto {
  id: number
  number: number
  comment: string
  author: string
  createdAt: string
  /** Set when the council adopted this version; the version is then locked. */
  adoptedAt: string | null
  adoptedReference: string | null
  wordCount: number
}

export interface GoalDocumentSummaryDto {
  id: number
  title: string
  bodyId: number
  bodyName: string
  status: GoalStatus
  versionCount: number
  latestVersion: number | null
  adoptedVersion: number | null
  updatedAt: string
}

export interface GoalDocumentDto extends GoalDocumentSummaryDto {
  /** Optimistic-locking counter of the title and section list. */
  version: number
  sections: GoalSectionDto[]
  versions: GoalVersionSummaryDto[]
  /** Whether the draft differs from the latest saved version (or no version exists yet). */
  draftChanged: boolean
}

export interface GoalVersionDto extends GoalVersionSummaryDto {
  documentId: number
  title: string
  bodyName: string
  sections: { key: number; heading: string; text: string }[]
}

export interface GoalComparisonDto {
  documentId: number
  title: string
  from: GoalVersionSummaryDto
  to: GoalVersionSummaryDto
  sections: DiffSection[]
  summary: DiffSummary
}

export interface IdeaDto {
  id: number
  bodyId: number
  text: string
  category: IdeaCategory
  status: IdeaStatus
  source: string | null
  sourceDate: string | null
  position: number
  /** The goal-document sections this idea feeds. */
  sections: { id: number; heading: string; documentTitle: string }[]
}

const sectionText = longText('text', MAX_SECTION_TEXT)
const heading = requiredText('heading', 200)
const versionCounter = z.number(say('goals.versionMissing')).int().min(1)

const ideaFields = {
  text: requiredText('idea', 500),
  category: z.enum(IDEA_CATEGORIES, say('goals.chooseCategoryLong')),
  status: z.enum(IDEA_STATUSES, say('goals.chooseStatus')).default('new'),
  source: optionalText('source', 200),
  sourceDate: optionalIsoDate('date'),
  sectionIds: z
    .array(id)
    .max(50, say('goals.ideaSectionsMax', { max: 50 }))
    .default([]),
}

export const goalsApi = {
  'goals.listDocuments': query<GoalDocumentSummaryDto[]>()(
    z
      .strictObject({ bodyId: idOf('body').nullish() })
      .optional()
      .default({}),
    'Alla måldokument, senast ändrade först.',
  ),
  'goals.getDocument': query<GoalDocumentDto>()(
    byId,
    'Ett måldokument: utkastets avsnitt och alla sparade versioner.',
  ),
  'goals.createDocument': mutation<GoalDocumentDto>()(
    z.strictObject({ bodyId: idOf('body'), title: requiredText('title') }),
    'Påbörja ett måldokument för ett organ, med avsnitten Vision, Uppdrag, Mål, Strategier och Uppföljning.',
  ),
  'goals.renameDocument': mutation<GoalDocumentDto>()(
    z.strictObject({ id, version: versionCounter, title: requiredText('title') }),
    'Byt titel på ett måldokument.',
  ),
  'goals.addSection': mutation<GoalDocumentDto>()(
    z.strictObject({
      documentId: idOf('goalDocument'),
      version: versionCounter,
      heading,
      afterId: id.nullish(),
    }),
    'Lägg till ett avsnitt i utkastet (sist, eller efter ett givet avsnitt).',
  ),
  'goals.updateSection': mutation<GoalSectionDto>()(
    z.strictObject({ id, version: versionCounter, heading, text: sectionText }),
    'Spara ett avsnitts rubrik och text i utkastet (autosparning). Avvisas om någon annan har ändrat avsnittet.',
  ),
  'goals.removeSection': mutation<GoalDocumentDto>()(
    z.strictObject({ id, version: versionCounter }),
    'Ta bort ett avsnitt ur utkastet; sparade versioner behåller det.',
  ),
  'goals.moveSection': mutation<GoalDocumentDto>()(
    z.strictObject({ id, direction: z.enum(['up', 'down'], say('goals.upOrDown')) }),
    'Flytta ett avsnitt ett steg upp eller ned.',
  ),
  'goals.saveVersion': mutation<GoalVersionSummaryDto>()(
    z.strictObject({
      documentId: idOf('goalDocument'),
      comment: requiredText('comment', 1000),
      author: optionalText('name', 200),
    }),
    'Frys utkastet som en numrerad version med en kommentar.',
  ),
  'goals.getVersion': query<GoalVersionDto>()(
    z.strictObject({ documentId: idOf('goalDocument'), number: z.number().int().positive() }),
    'En sparad version med sina avsnitt.',
  ),
  'goals.updateVersionComment': mutation<GoalVersionSummaryDto>()(
    z.strictObject({
      documentId: idOf('goalDocument'),
      number: z.number().int().positive(),
      comment: requiredText('comment', 1000),
    }),
    'Rätta kommentaren till en version. En antagen version är låst.',
  ),
  'goals.restoreVersion': mutation<GoalDocumentDto>()(
    z.strictObject({ documentId: idOf('goalDocument'), number: z.number().int().positive() }),
    'Ersätt utkastet med texten i en sparad version (versionerna själva ändras inte).',
  ),
  'goals.compareVersions': query<GoalComparisonDto>()(
    z.strictObject({
      documentId: idOf('goalDocument'),
      from: z.number().int().positive(),
      to: z.number().int().positive(),
    }),
    'Ordvis jämförelse mellan två versioner.',
  ),
  'goals.setStatus': mutation<GoalDocumentDto>()(
    z.strictObject({
      id,
      status: z.enum(
        GOAL_STATUSES.filter((status) => status !== 'adopted') as ['draft', 'consultation'],
        say('goals.draftOrConsultation'),
      ),
    }),
    'Skicka på remiss, eller gå tillbaka till utkast (också för att påbörja en revidering av ett antaget dokument).',
  ),
  'goals.adoptVersion': mutation<GoalDocumentDto>()(
    z.strictObject({
      documentId: idOf('goalDocument'),
      number: z.number().int().positive(),
      adoptedAt: isoDate('decisionDay'),
      reference: requiredText('decisionRef', 200),
    }),
    'Markera en version som antagen, med datum och möte/§. Versionen låses.',
  ),

  'goals.listIdeas': query<IdeaDto[]>()(
    z.strictObject({ bodyId: idOf('body') }),
    'Idébanken för ett organ, per kategori i ordning.',
  ),
  'goals.createIdea': mutation<IdeaDto>()(
    z.strictObject({ bodyId: idOf('body'), ...ideaFields }),
    'Lägg till en idé i idébanken.',
  ),
  'goals.updateIdea': mutation<IdeaDto>()(z.strictObject({ id, ...ideaFields }), 'Ändra en idé.'),
  'goals.moveIdea': mutation<IdeaDto[]>()(
    z.strictObject({
      id,
      category: z.enum(IDEA_CATEGORIES, say('goals.chooseCategory')),
      position: z.number().int().min(0).nullish(),
    }),
    'Flytta en idé till en annan kategori (sist, eller på en given plats).',
  ),
  'goals.deleteIdea': mutation<{ deleted: true }>()(byId, 'Ta bort en idé.'),
}
