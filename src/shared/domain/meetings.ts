import { addMinutes, minutesOf } from './dates.ts'

export const AGENDA_KINDS = ['information', 'discussion', 'decision'] as const
export type AgendaKind = (typeof AGENDA_KINDS)[number]
export const AGENDA_KIND_SV: Record<AgendaKind, string> = {
  information: 'Information',
  discussion: 'Diskussion',
  decision: 'Beslut',
}

/** Keys of the standing items; later areas (minutes) recognise items by them. */
export const STANDING_KEYS = [
  'opening',
  'adjusters',
  'agendaApproval',
  'previousMinutes',
  'situation',
  'actionFollowUp',
  'localGroupPresentation',
  'otherBusiness',
  'nextMeeting',
  'closing',
] as const
export type StandingKey = (typeof STANDING_KEYS)[number]
export const PRESENTATION_KEY: StandingKey = 'localGroupPresentation'

export interface TemplateItemSpec {
  key: string
  title: string
  description: string | null
  kind: AgendaKind
  plannedMinutes: number
  recurring: boolean
}

const standing = (
  key: StandingKey,
  title: string,
  kind: AgendaKind,
  plannedMinutes: number,
  description: string | null = null,
): TemplateItemSpec => ({
  key,
  title,
  description,
  kind,
  plannedMinutes,
  recurring: true,
})

/** The standing items a new body's template starts with. The presentation item is the council's only. */
export function defaultTemplate(bodyKind: 'council' | 'localGroup'): TemplateItemSpec[] {
  return [
    standing('opening', 'Mötets öppnande', 'information', 2),
    standing('adjusters', 'Val av justerare', 'decision', 2),
    standing('agendaApproval', 'Godkännande av dagordningen', 'decision', 2),
    standing('previousMinutes', 'Föregående protokoll', 'information', 5),
    standing(
      'situation',
      'Lägesbild',
      'information',
      20,
      'Polisen och kommunen redogör för läget sedan förra mötet.',
    ),
    standing('actionFollowUp', 'Uppföljning av uppdrag', 'discussion', 15),
    ...(bodyKind === 'council'
      ? [
          standing(
            'localGroupPresentation',
            'Presentation av lokal trygghetsgrupp',
            'information',
            20,
            'Gruppen berättar om sitt område, sina aktiviteter och vad den behöver av rådet.',
          ),
        ]
      : []),
    standing('otherBusiness', 'Övriga frågor', 'discussion', 10),
    standing('nextMeeting', 'Nästa möte', 'information', 2),
    standing('closing', 'Mötets avslutande', 'information', 1),
  ]
}

/** Start and end of every item, from the meeting's start and the planned minutes. */
export function timePlan(startTime: string, durations: number[]): { start: string; end: string }[] {
  let elapsed = 0
  return durations.map((minutes) => {
    const start = addMinutes(startTime, elapsed)
    elapsed += minutes
    return { start, end: addMinutes(startTime, elapsed) }
  })
}

/** Minutes the agenda runs past the meeting's end (negative: time to spare). */
export const overrunMinutes = (startTime: string, endTime: string, durations: number[]): number =>
  durations.reduce((sum, minutes) => sum + minutes, 0) - (minutesOf(endTime) - minutesOf(startTime))
