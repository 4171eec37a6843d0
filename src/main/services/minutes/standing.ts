import type { ActionItemDto, PersonRef, PreviousMinutesDto } from '../../../shared/api/minutes.ts'
import { formatLongDate, swedishList, swedishTime } from '../../../shared/domain/format.ts'

/** What a standing item's § starts with when the minutes are begun: text and decisions. */

/** The follow-up §'s text when nothing is open. */
export const NO_OPEN_ACTIONS = 'Det finns inga öppna uppdrag.'
export interface StandingFill {
  text: string
  decisions: string[]
}

export interface StandingContext {
  chairName: string | null
  adjusters: PersonRef[]
  adjustBy: string | null
  adjustPlace: string | null
  previous: PreviousMinutesDto | null
  openActions: ActionItemDto[]
  struckTitles: string[]
  next: { date: string; startTime: string; place: string } | null
  /** The local group that presents itself at this meeting (the presentation item's group). */
  presentingGroup: string | null
}

const names = (people: PersonRef[]) => swedishList(people.map((person) => person.name))

export function adjustersFill(
  context: Pick<StandingContext, 'adjusters' | 'adjustBy' | 'adjustPlace'>,
): StandingFill {
  if (context.adjusters.length === 0) return { text: 'Justerare utses.', decisions: [] }
  const when = context.adjustBy
    ? ` Justering sker senast ${context.adjustBy}${context.adjustPlace ? `, ${context.adjustPlace}` : ''}.`
    : ''
  return {
    text: `Att jämte ordföranden justera dagens protokoll föreslås ${names(context.adjusters)}.${when}`,
    decisions: [
      `att utse ${names(context.adjusters)} att jämte ordföranden justera dagens protokoll`,
    ],
  }
}

/**
 * An open action as the follow-up § lists it when the minutes begin. No status words: the status
 * changes during the meeting and is said where the item is reported, so the § never says both
 * "försenat" and "klar".
 */
export const actionLine = (action: ActionItemDto): string =>
  `${action.description} (${action.owner || 'ansvarig saknas'}, senast ${action.dueDate}; beslutat ${action.decidedDate} § ${action.decidedParagraph})`

export function standingFill(key: string | null, context: StandingContext): StandingFill | null {
  switch (key) {
    case 'opening':
      return {
        text: context.chairName
          ? `Ordföranden ${context.chairName} öppnade mötet och hälsade alla välkomna.`
          : 'Ordföranden öppnade mötet och hälsade alla välkomna.',
        decisions: [],
      }
    case 'adjusters':
      return adjustersFill(context)
    case 'agendaApproval':
      return context.struckTitles.length > 0
        ? {
            text: `Följande punkter ströks från dagordningen: ${context.struckTitles.join('; ')}.`,
            decisions: ['att godkänna dagordningen med de ändringar som framgår ovan'],
          }
        : { text: '', decisions: ['att godkänna dagordningen'] }
    case 'previousMinutes':
      if (!context.previous) return { text: 'Det finns inget föregående protokoll.', decisions: [] }
      return {
        text: `Protokollet från ${formatLongDate(context.previous.date)} (${context.previous.paragraphs}) ${context.previous.adjustedOn ? `är justerat ${context.previous.adjustedOn}` : 'är ännu inte justerat'}.`,
        decisions: ['att lägga protokollet till handlingarna'],
      }
    case 'actionFollowUp':
      return context.openActions.length === 0
        ? { text: NO_OPEN_ACTIONS, decisions: [] }
        : {
            text: [
              'Öppna uppdrag från tidigare möten gicks igenom:',
              ...context.openActions.map((action) => `- ${actionLine(action)}`),
            ].join('\n'),
            decisions: [],
          }
    case 'situation':
      return {
        text: 'Lägesbilden gicks igenom och uppdaterades.',
        decisions: [],
      }
    case 'otherBusiness':
      // The secretary replaces it when a question is raised; an empty § reads as if it was forgotten.
      return { text: 'Inga övriga frågor anmäldes.', decisions: [] }
    case 'localGroupPresentation':
      return {
        text: context.presentingGroup
          ? `${context.presentingGroup} presenterade sig och sitt arbete.`
          : '',
        decisions: [],
      }
    case 'nextMeeting':
      return context.next
        ? {
            text: `Nästa möte hålls ${formatLongDate(context.next.date)} kl. ${swedishTime(context.next.startTime)}, ${context.next.place}.`,
            decisions: [],
          }
        : { text: 'Tid för nästa möte meddelas senare.', decisions: [] }
    case 'closing':
      return {
        text: 'Ordföranden tackade för visat intresse och förklarade mötet avslutat.',
        decisions: [],
      }
    default:
      return null
  }
}
