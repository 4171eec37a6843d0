import { z } from 'zod'
import {
  byId,
  clockTime,
  id,
  idOf,
  isoDate,
  isValidIsoDate,
  optionalIsoDate,
  optionalText,
  requiredText,
  say,
  text,
  year,
} from './common.ts'
import { mutation, query } from './procedure.ts'
import { encodeMessage, m, type Message } from '../messages/index.ts'
import { AGENDA_KINDS, type AgendaKind } from '../domain/meetings.ts'
import type { MeetingStatus, NextStepInfo } from '../domain/meetingCycle.ts'
import { HOLIDAY_POLICIES } from '../domain/yearPlan.ts'
import type { BodyKind } from '../domain/register.ts'

export interface MeetingSummaryDto {
  id: number
  bodyId: number
  bodyName: string
  bodyKind: BodyKind
  date: string
  startTime: string
  endTime: string
  place: string
  status: MeetingStatus
  noticeDate: string | null
  replyBy: string | null
  version: number
  itemCount: number
  /** A holiday on the meeting's day, if any (a warning, not an error). */
  holiday: string | null
  next: NextStepInfo
}

export interface AgendaItemDto {
  id: number
  /** 1-based number on the agenda. */
  number: number
  title: string
  description: string | null
  kind: AgendaKind
  presenterPersonId: number | null
  presenterPersonName: string | null
  presenterOrganisationId: number | null
  presenterOrganisationName: string | null
  localGroupId: number | null
  localGroupName: string | null
  /** Who presents, in words: the local group, the person (with organisation) or the organisation. */
  presenter: string | null
  plannedMinutes: number
  startTime: string
  endTime: string
  recurring: boolean
  standingKey: string | null
}

export interface MeetingDto extends MeetingSummaryDto {
  items: AgendaItemDto[]
  /** When the agenda ends by its time plan. */
  plannedEnd: string
  /** Minutes the agenda runs past the end time (negative: time to spare). */
  overrun: number
  secretaryName: string | null
  previousMeetingId: number | null
  nextMeetingId: number | null
}

export interface TemplateItemDto {
  key: string
  title: string
  description: string | null
  kind: AgendaKind
  plannedMinutes: number
  recurring: boolean
  /** Standing items that ship with the program (key known to later areas). */
  standard: boolean
}

export interface YearPlanRowDto {
  week: number
  ruleDate: string
  date: string | null
  holiday: string | null
  noticeDate: string | null
  replyBy: string | null
  /** The body already has a meeting that day: it is left as it is. */
  exists: boolean
}

export interface YearPlanPreviewDto {
  description: string
  rows: YearPlanRowDto[]
  createCount: number
}

export interface RotationGroupDto {
  id: number
  name: string
  lastPresented: string | null
  presentations: number
}

export interface RotationRowDto {
  meetingId: number
  date: string
  status: MeetingStatus
  hasPresentationItem: boolean
  chosenGroupId: number | null
  proposedGroupId: number | null
  proposedGroupName: string | null
  version: number
}

export interface RotationDto {
  councilId: number
  councilName: string
  groups: RotationGroupDto[]
  upcoming: RotationRowDto[]
}

export const meetingFields = {
  date: isoDate('date'),
  startTime: clockTime('startTime'),
  endTime: clockTime('endTime'),
  place: requiredText('place'),
  noticeDate: optionalIsoDate('noticeDate'),
  replyBy: optionalIsoDate('replyBy'),
}

const CLOCK = /^([01]\d|2[0-3]):[0-5]\d$/
const date = (value: unknown) => (typeof value === 'string' && isValidIsoDate(value) ? value : null)
const clock = (value: unknown) => (typeof value === 'string' && CLOCK.test(value) ? value : null)

/**
 * The one place the date and time rules live: every door (form, CLI, create, update, year plan)
 * parses through it, and it runs even when other fields failed (`when`), so the form shows every
 * fault at once, each under its field. A rule whose fields are unreadable is left to their own
 * messages.
 */
const meetingRules = z.superRefine<Record<string, unknown>>(
  (meeting, context) => {
    if (typeof meeting !== 'object' || meeting === null) return
    const fault = (message: Message, path: string) =>
      context.addIssue({ code: 'custom', path: [path], message: encodeMessage(message) })
    const [start, end] = [clock(meeting['startTime']), clock(meeting['endTime'])]
    if (start && end && end <= start) fault(m('meetings.endsBeforeStart'), 'endTime')
    const day = date(meeting['date'])
    if (!day) return
    if (day < '2000-01-01' || day > '2099-12-31')
      fault(m('meetings.dateRange', { min: 2000, max: 2099 }), 'date')
    const notice = date(meeting['noticeDate'])
    const yearBefore = `${Number(day.slice(0, 4)) - 1}${day.slice(4)}`
    if (notice && notice > day) fault(m('meetings.noticeAfterMeeting'), 'noticeDate')
    else if (notice && notice < yearBefore) fault(m('meetings.noticeTooEarly'), 'noticeDate')
    const replyBy = date(meeting['replyBy'])
    if (replyBy && replyBy > day) fault(m('meetings.replyByAfterMeeting'), 'replyBy')
  },
  { when: () => true },
)

const itemFields = {
  title: requiredText('heading'),
  description: optionalText('description', 4000),
  kind: z.enum(AGENDA_KINDS, say('meetings.chooseItemKind')),
  presenterPersonId: id.nullish().transform((value) => value ?? null),
  presenterOrganisationId: id.nullish().transform((value) => value ?? null),
  plannedMinutes: z
    .number(say('meetings.minutesNumber'))
    .int(say('meetings.minutesWhole'))
    .min(0, say('meetings.minutesNegative'))
    .max(480, say('meetings.minutesMax', { max: 480 })),
  recurring: z.boolean().optional().default(false),
}

export const yearPlanRule = z
  .strictObject({
    weekday: z
      .number()
      .int()
      .min(1, say('meetings.chooseWeekday'))
      .max(7, say('meetings.chooseWeekday')),
    weeks: z
      .array(z.number().int().min(1, say('meetings.weekRange')).max(53, say('meetings.weekRange')))
      .min(1, say('meetings.oneWeek'))
      .max(53),
    startTime: clockTime('startTime'),
    endTime: clockTime('endTime'),
    place: requiredText('place'),
    noticeDaysBefore: z
      .number()
      .int()
      .min(0, say('meetings.daysNegative'))
      .max(90, say('meetings.noticeDaysMax', { max: 90 })),
    replyDaysBefore: z
      .number()
      .int()
      .min(0, say('meetings.daysNegative'))
      .max(90, say('meetings.replyDaysMax', { max: 90 })),
    holidayPolicy: z.enum(HOLIDAY_POLICIES),
  })
  .check(meetingRules)

export const sensibleYear = year.refine(
  (value) => value >= 2000 && value <= 2099,
  say('year.invalid', { min: 2000, max: 2099 }),
)
const versioned = { version: z.number().int().min(1) }
const agendaSources = z.enum(['template', 'previous', 'empty'])

export const meetingsApi = {
  'meetings.list': query<MeetingSummaryDto[]>()(
    z
      .strictObject({
        bodyId: idOf('body').nullish(),
        from: optionalIsoDate('from'),
        to: optionalIsoDate('to'),
        /** Only this year and the given number of years before it (the overview's default: 1). */
        yearsBack: z.number(say('meetings.yearsBackWhole')).int().min(0).max(100).nullish(),
      })
      .optional()
      .default({ from: null, to: null }),
    'Möten, per organ eller för alla, sorterade på datum; med nästa steg för var och ett. yearsBack: bara i år och så många år bakåt.',
  ),
  'meetings.get': query<MeetingDto>()(byId, 'Ett möte med dagordning, tidsplan och föredragande.'),
  'meetings.create': mutation<MeetingDto>()(
    z
      .strictObject({
        bodyId: idOf('body'),
        ...meetingFields,
        agenda: agendaSources.optional().default('template'),
      })
      .check(meetingRules),
    'Nytt möte. Dagordningen börjar från organets mall, från föregående mötes återkommande punkter eller tom.',
  ),
  'meetings.update': mutation<MeetingDto>()(
    z.strictObject({ id, ...versioned, ...meetingFields }).check(meetingRules),
    'Ändra datum, tid, plats, kallelsedag och sista dag för förhinder.',
  ),
  'meetings.markCalled': mutation<MeetingDto>()(
    z.strictObject({ id, ...versioned }),
    'Markera mötet som kallat (kallelsen är skickad). Dagordningen får inte vara tom.',
  ),
  'meetings.markHeld': mutation<MeetingDto>()(
    z.strictObject({ id, ...versioned }),
    'Markera mötet som genomfört, på mötesdagen eller senare.',
  ),
  'meetings.cancel': mutation<MeetingDto>()(
    z.strictObject({ id, ...versioned }),
    'Ställ in ett möte som inte har hållits; det lämnar Att göra men finns kvar i historiken.',
  ),
  'meetings.stepBack': mutation<MeetingDto>()(
    z.strictObject({ id, ...versioned }),
    'Ångra senaste steget: kallat → planerat, genomfört → kallat, inställt → planerat. Ett påbörjat eller justerat protokoll går inte tillbaka.',
  ),
  'meetings.delete': mutation<{ deleted: true }>()(
    z.strictObject({ id, ...versioned }),
    'Ta bort ett möte som inte har hållits.',
  ),

  'meetings.addItem': mutation<MeetingDto>()(
    z.strictObject({
      meetingId: idOf('meeting'),
      ...versioned,
      afterItemId: id.nullish(),
      ...itemFields,
    }),
    'Lägg till en punkt på dagordningen (sist, eller efter en viss punkt).',
  ),
  'meetings.updateItem': mutation<MeetingDto>()(
    z.strictObject({ id, ...versioned, ...itemFields }),
    'Ändra en punkt.',
  ),
  'meetings.removeItem': mutation<MeetingDto>()(
    z.strictObject({ id, ...versioned }),
    'Ta bort en punkt från dagordningen.',
  ),
  'meetings.duplicateItem': mutation<MeetingDto>()(
    z.strictObject({ id, ...versioned }),
    'Kopiera en punkt; kopian hamnar direkt efter.',
  ),
  'meetings.reorderItems': mutation<MeetingDto>()(
    z.strictObject({
      meetingId: idOf('meeting'),
      ...versioned,
      itemIds: z.array(id).min(1).max(500),
    }),
    'Ny ordning på dagordningen: alla punkternas id i den nya ordningen.',
  ),
  'meetings.copyRecurring': mutation<MeetingDto & { copied: number }>()(
    z.strictObject({ meetingId: idOf('meeting'), ...versioned }),
    'Hämta punkter markerade som återkommande från organets föregående möte (de som inte redan finns).',
  ),
  'meetings.setPresentingGroup': mutation<MeetingDto>()(
    z.strictObject({ meetingId: idOf('meeting'), ...versioned, localGroupId: id.nullable() }),
    'Välj (eller ta bort) den lokala grupp som presenterar sig vid ett rådsmöte.',
  ),

  'meetings.getTemplate': query<TemplateItemDto[]>()(
    z.strictObject({ bodyId: idOf('body') }),
    'Organets mall för dagordningen (stående punkter).',
  ),
  'meetings.saveTemplate': mutation<TemplateItemDto[]>()(
    z.strictObject({
      bodyId: idOf('body'),
      items: z
        .array(
          z.strictObject({
            key: text().max(40).nullish(),
            title: requiredText('heading'),
            description: optionalText('description', 4000),
            kind: itemFields.kind,
            plannedMinutes: itemFields.plannedMinutes,
            recurring: z.boolean(),
          }),
        )
        .min(1, say('meetings.templateEmpty'))
        .max(60, say('meetings.templateMax', { max: 60 })),
    }),
    'Spara organets mall. En punkt som finns på kommande mötens dagordning kan inte tas bort ur mallen.',
  ),

  'meetings.previewYearPlan': query<YearPlanPreviewDto>()(
    z.strictObject({ bodyId: idOf('body'), year: sensibleYear, rule: yearPlanRule }),
    'Visa vilka möten en sammanträdesplan skulle ge, med helgdagar och kallelsedagar. Inget sparas.',
  ),
  'meetings.createYearPlan': mutation<{ created: MeetingSummaryDto[]; skipped: number }>()(
    z.strictObject({ bodyId: idOf('body'), year: sensibleYear, rule: yearPlanRule }),
    'Skapa årets möten från en regel, med dagordning från mallen. Dagar där organet redan har möte hoppas över.',
  ),

  'meetings.rotation': query<RotationDto>()(
    z.strictObject({ councilId: id }),
    'Presentationsordningen: vilken lokal grupp som presenterar sig vid rådets kommande möten.',
  ),
  'meetings.applyRotation': mutation<RotationDto>()(
    z.strictObject({ councilId: id }),
    'Sätt planerarens förslag på de kommande rådsmöten som ännu inte har någon grupp vald.',
  ),
}
