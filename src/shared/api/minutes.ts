import { z } from 'zod'
import { id, idOf, isoDate, optionalText, requiredText, say, text, year } from './common.ts'
import { mutation, query } from './procedure.ts'
import type { PresenceDto } from './presence.ts'
import { ACTION_STATUSES, type ActionStatus } from '../domain/minutes.ts'
import type { MeetingStatus } from '../domain/meetingCycle.ts'
import { field, type FieldKey } from '../messages/index.ts'

export interface PersonRef {
  personId: number
  name: string
}

export interface DecisionDto {
  id: number
  text: string
}

export interface ActionItemDto {
  id: number
  description: string
  ownerPersonId: number | null
  ownerPersonName: string | null
  ownerOrganisationId: number | null
  ownerOrganisationName: string | null
  /** The owner in words: "Anna Berg, Polisen" or the organisation. */
  owner: string
  dueDate: string
  status: ActionStatus
  overdue: boolean
  bodyId: number
  bodyName: string
  decidedMeetingId: number
  decidedDate: string
  decidedParagraphId: number
  decidedParagraph: number
  reportedMeetingId: number | null
  reportedDate: string | null
  reportedParagraph: number | null
  version: number
}

export interface ParagraphDto {
  id: number
  number: number
  title: string
  text: string
  standingKey: string | null
  agendaItemId: number | null
  immediate: boolean
  /** Locked: the minutes are adjusted or the § was adjusted at the meeting. */
  locked: boolean
  version: number
  decisions: DecisionDto[]
  /** Action items decided in this §. */
  actions: ActionItemDto[]
  /** Action items reported done or struck in this §. */
  reported: ActionItemDto[]
}

export interface SituationDto {
  meetingId: number
  date: string
  concerns: string
  events: string
  measures: string
  version: number
}

export interface PreviousMinutesDto {
  meetingId: number
  date: string
  paragraphs: string
  adjustedOn: string | null
}

export interface MinutesDto {
  meetingId: number
  bodyId: number
  bodyName: string
  date: string
  startTime: string
  endTime: string
  place: string
  status: MeetingStatus
  begun: boolean
  version: number
  adjusters: PersonRef[]
  adjustBy: string | null
  adjustPlace: string | null
  adjustedOn: string | null
  /** Adjustment is due and not done. */
  adjustOverdue: boolean
  locked: boolean
  chairName: string | null
  secretaryName: string | null
  paragraphs: ParagraphDto[]
  /** The agenda (what the minutes start from), with § numbers once begun. */
  agenda: { id: number; title: string; standingKey: string | null; number: number | null }[]
  presence: PresenceDto
  /** Who may adjust: the members present, and whom the rotation proposes. */
  adjusterCandidates: PersonRef[]
  proposedAdjusters: PersonRef[]
  /** Open action items of the body, decided before this meeting (Uppföljning av uppdrag). */
  followUp: ActionItemDto[]
  situation: SituationDto | null
  previous: PreviousMinutesDto | null
  phrases: string[]
}

export interface DecisionRowDto {
  id: number
  text: string
  bodyId: number
  bodyName: string
  meetingId: number
  date: string
  paragraphId: number
  paragraph: number
  paragraphTitle: string
  adjustedOn: string | null
}

export interface SearchHitDto {
  kind: 'paragraph' | 'decision' | 'action' | 'situation'
  meetingId: number
  bodyName: string
  date: string
  paragraphId: number | null
  paragraph: number | null
  title: string
  /** The matching text with the hits marked by [[ and ]]. */
  snippet: string
}

export interface PhrasesDto {
  bodyId: number
  /** In order: the first nine are Ctrl+1–9 in the minutes. */
  phrases: string[]
  /** True when the body has none of its own and these are the program's defaults. */
  standard: boolean
}

export interface AdjustmentDueDto {
  meetingId: number
  bodyName: string
  date: string
  adjustBy: string | null
  overdue: boolean
}

const paragraphFields = {
  title: requiredText('heading'),
  text: text().max(50_000, say('text.tooLong', { field: field('text'), max: 50_000 })),
  decisions: z
    .array(
      text()
        .trim()
        .min(1, say('minutes.decisionEmpty'))
        .max(4000, say('minutes.decisionMax', { max: 4000 })),
    )
    .max(30, say('minutes.decisionsMax', { max: 30 })),
}

const actionFields = {
  description: requiredText('action', 1000),
  ownerPersonId: id.nullish().transform((value) => value ?? null),
  ownerOrganisationId: id.nullish().transform((value) => value ?? null),
  dueDate: isoDate('dueDate'),
}
const hasOwner = (action: { ownerPersonId: number | null; ownerOrganisationId: number | null }) =>
  action.ownerPersonId !== null || action.ownerOrganisationId !== null
const ownerMessage = { ...say('minutes.ownerMissing'), path: ['ownerPersonId'] }

const versioned = { version: z.number().int().min(1) }
const situationText = (label: FieldKey) =>
  text().max(20_000, say('text.tooLong', { field: field(label), max: 20_000 }))

export const minutesApi = {
  'minutes.get': query<MinutesDto>()(
    z.strictObject({ meetingId: idOf('meeting') }),
    'Protokollet för ett möte (eller dagordningen det börjar från), med närvaro, uppföljning och lägesbild.',
  ),
  'minutes.begin': mutation<MinutesDto>()(
    z.strictObject({
      meetingId: idOf('meeting'),
      struckItemIds: z.array(id).max(200).optional().default([]),
    }),
    'Börja protokollet från dagordningen: varje punkt blir en paragraf med nästa nummer för organet och året; strukna punkter får inget nummer.',
  ),
  'minutes.addParagraph': mutation<MinutesDto>()(
    z.strictObject({ meetingId: idOf('meeting'), title: requiredText('heading') }),
    'Lägg till ett extra ärende: det får nästa lediga paragrafnummer.',
  ),
  'minutes.saveParagraph': mutation<ParagraphDto>()(
    z.strictObject({ id, ...versioned, ...paragraphFields }),
    'Spara en paragrafs text och beslut. Har någon annan sparat under tiden blir det CONFLICT och ingenting skrivs över.',
  ),
  'minutes.markImmediate': mutation<ParagraphDto>()(
    z.strictObject({ id, ...versioned, ...paragraphFields }),
    'Justera en paragraf omedelbart: texten och besluten som skickas med sparas och paragrafen låses, i ett steg.',
  ),
  'minutes.undoImmediate': mutation<ParagraphDto>()(
    z.strictObject({ id, ...versioned }),
    'Ångra omedelbar justering av en paragraf, så länge protokollet inte är justerat.',
  ),
  'minutes.setAdjustment': mutation<MinutesDto>()(
    z.strictObject({
      meetingId: idOf('meeting'),
      ...versioned,
      adjusterIds: z.array(id).max(2, say('minutes.adjustersMax')),
      adjustBy: isoDate('adjustBy'),
      adjustPlace: optionalText('adjustmentPlace'),
    }),
    'Välj justerare bland de närvarande ledamöterna, sista dag och plats för justeringen.',
  ),
  'minutes.adjust': mutation<MinutesDto>()(
    z.strictObject({
      meetingId: idOf('meeting'),
      ...versioned,
      adjustedOn: isoDate('adjustmentDate'),
    }),
    'Protokollet är justerat: det låses och mötet får status protokoll justerat.',
  ),
  'minutes.addAction': mutation<ActionItemDto>()(
    z
      .strictObject({ paragraphId: idOf('paragraph'), ...actionFields })
      .refine(hasOwner, ownerMessage),
    'Nytt uppdrag, beslutat i en paragraf.',
  ),
  'minutes.updateAction': mutation<ActionItemDto>()(
    z.strictObject({ id, ...versioned, ...actionFields }).refine(hasOwner, ownerMessage),
    'Ändra ett uppdrag (inte i ett justerat protokoll).',
  ),
  'minutes.removeAction': mutation<{ removed: true }>()(
    z.strictObject({ id, ...versioned }),
    'Ta bort ett uppdrag som skrevs in av misstag (inte i ett justerat protokoll eller en justerad paragraf).',
  ),
  'minutes.reportAction': mutation<ActionItemDto>()(
    z.strictObject({
      id,
      ...versioned,
      status: z.enum(ACTION_STATUSES),
      paragraphId: idOf('paragraph')
        .nullish()
        .transform((value) => value ?? null),
    }),
    'Ny status för ett uppdrag; klar eller struken vid ett möte antecknas i den paragraf där det rapporterades.',
  ),
  'minutes.listActions': query<ActionItemDto[]>()(
    z
      .strictObject({
        filter: z.enum(['open', 'overdue', 'all']).optional().default('open'),
        bodyId: idOf('body').nullish(),
        organisationId: idOf('organisation').nullish(),
        personId: idOf('person').nullish(),
      })
      .optional()
      .default({ filter: 'open' }),
    'Uppföljning: uppdrag över alla möten och organ, öppna, försenade eller alla; per aktör eller ansvarig.',
  ),
  'minutes.listDecisions': query<DecisionRowDto[]>()(
    z
      .strictObject({
        search: optionalText('search'),
        bodyId: idOf('body').nullish(),
        year: year.nullish(),
      })
      .optional()
      .default({ search: null }),
    'Beslutsregistret: alla beslut, sökbara på text, organ och år.',
  ),
  'minutes.adjustmentsDue': query<AdjustmentDueDto[]>()(
    z.strictObject({}).optional().default({}),
    'Protokoll som väntar på justering, med sista dag.',
  ),
  'minutes.getPhrases': query<PhrasesDto>()(
    z.strictObject({ bodyId: idOf('body') }),
    'Organets standardfraser för protokollet (programmets förval om organet inte har egna).',
  ),
  'minutes.savePhrases': mutation<PhrasesDto>()(
    z.strictObject({
      bodyId: idOf('body'),
      phrases: z
        .array(
          text('phrase')
            .trim()
            .min(1, say('minutes.phraseEmpty'))
            .max(500, say('text.max', { field: field('phrase'), max: 500 })),
        )
        .max(50, say('minutes.phrasesMax', { max: 50 })),
    }),
    'Spara organets standardfraser; en tom lista återställer programmets förval.',
  ),
  'minutes.situationHistory': query<SituationDto[]>()(
    z.strictObject({ bodyId: idOf('body') }),
    'Lägesbilden som varje möte slutade med, nyaste först.',
  ),
  'minutes.saveSituation': mutation<SituationDto>()(
    z.strictObject({
      meetingId: idOf('meeting'),
      ...versioned,
      concerns: situationText('concerns'),
      events: situationText('events'),
      measures: situationText('measures'),
    }),
    'Uppdatera lägesbilden i mötets paragraf Lägesbild.',
  ),
  'minutes.search': query<SearchHitDto[]>()(
    z.strictObject({
      query: requiredText('search', 200),
      limit: z.number().int().min(1).max(200).optional().default(50),
    }),
    'Fritextsökning i protokoll, beslut, uppdrag och lägesbilder.',
  ),
}
