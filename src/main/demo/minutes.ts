import type { ServiceContext } from '../context.ts'
import { addDays } from '../../shared/domain/dates.ts'
import { meetingsHandlers } from '../services/meetings/index.ts'
import { minutesHandlers } from '../services/minutes/index.ts'
import { adjustMinutes, beginMinutes } from '../services/minutes/minutes.ts'
import { NO_OPEN_ACTIONS } from '../services/minutes/standing.ts'
import { EXAMPLE_MEETING_GROUPS, type ExampleRegister } from './register.ts'

/** The situation picture as it develops over the council's meetings (fictional, after the seed's themes). */
const SITUATIONS = [
  {
    concerns: '- Klotter i centrum och vid busstationen\n- Oro för inbrott i förråd i Granloholm',
    events:
      '- Tre anmälda inbrott i källarförråd sedan förra mötet\n- Skadegörelse på lekplatsen i Nacksta',
    measures:
      '- Polisen patrullerar kvällstid i Granloholm\n- Kommunen sanerar klotter inom 24 timmar',
  },
  {
    concerns:
      '- Klotter i centrum och vid busstationen\n- Oro för inbrott i förråd i Granloholm\n- Otrygg belysning på gångvägar',
    events:
      '- Trygghetsvandring i Granloholm med 24 deltagare\n- Färre förrådsinbrott sedan förra mötet',
    measures:
      '- Bostadsbolaget byter lås på förråden\n- Gatukontoret ser över belysningen efter vandringen',
  },
  {
    concerns: '- Otrygg belysning på gångvägar\n- Ungdomar som samlas vid köpcentret sena kvällar',
    events:
      '- Trygghetsdagen samlade omkring 600 besökare\n- Reflexvästar delades ut till 300 barn',
    measures:
      '- Fältassistenter ute fredag och lördag kväll\n- Ny belysning på tre gångvägar klar i oktober',
  },
  {
    concerns: '- Ungdomar som samlas vid köpcentret sena kvällar\n- Trafiken vid skolorna',
    events:
      '- Trafikkartläggning vid två skolor genomförd\n- Lugnare vid köpcentret efter fältassistenternas närvaro',
    measures:
      '- Förslag om sänkt hastighet lämnas till trafiknämnden\n- Hjärt- och lungräddningskurs för föreningar planeras',
  },
]

const ACTIONS = [
  'Sammanställa synpunkterna från trygghetsvandringen',
  'Boka lokal och program för trygghetsdagen',
  'Ta fram förslag till kommunikationsplan',
  'Kontakta skolorna om trafiksituationen',
  'Bjuda in en lokal trygghetsgrupp att presentera sig',
  'Skriva utkast till måldokument',
]

/**
 * Minutes for the council's latest held meetings: every § from the agenda, a decision in each meeting,
 * action items (reported done at the next meeting, except the latest ones: one open, one overdue),
 * a situation picture that changes from meeting to meeting, all adjusted a week after the meeting.
 */

/** The §'s text before the members' views: "nothing open" is not followed by "the question was discussed". */
const discussionOpening = (text: string) =>
  text === NO_OPEN_ACTIONS
    ? 'Det fanns inga öppna uppdrag från tidigare möten. Nya uppdrag diskuterades. '
    : `${text ? `${text}\n` : ''}Frågan diskuterades. `

export async function loadMinutesExample(
  ctx: ServiceContext,
  register: ExampleRegister,
): Promise<void> {
  // The council's latest five held meetings get minutes (all of them would make loading the
  // example slow), and each meeting local group its latest two.
  await bodyMinutes(ctx, register.councilId, 5)
  for (const groupId of register.localGroupIds.slice(0, EXAMPLE_MEETING_GROUPS))
    await bodyMinutes(ctx, groupId, 2)
}

async function bodyMinutes(ctx: ServiceContext, bodyId: number, count: number): Promise<void> {
  const today = ctx.clock.today()
  const held = (await meetingsHandlers['meetings.list'](ctx, { bodyId, from: null, to: null }))
    .filter((meeting) => meeting.date < today)
    .slice(-count)
  let previous: { id: number; version: number; keepOpen: boolean } | null = null
  for (const [index, meeting] of held.entries()) {
    // One transaction loads the whole example: keep the identity map small so each flush stays cheap.
    await ctx.em.flush()
    ctx.em.clear()
    const minutes = await beginMinutes(ctx.em, today, meeting.id, [])
    const members = minutes.presence.members.filter((member) => member.personId !== null)
    const situation = SITUATIONS[index % SITUATIONS.length]!
    await minutesHandlers['minutes.saveSituation'](ctx, {
      meetingId: meeting.id,
      version: 1,
      ...situation,
    })

    // Reported at this meeting: the previous meeting's action is done, except the one kept open (overdue now).
    const followUp = minutes.paragraphs.find(
      (paragraph) => paragraph.standingKey === 'actionFollowUp',
    )
    if (followUp && previous && !previous.keepOpen) {
      await minutesHandlers['minutes.reportAction'](ctx, {
        id: previous.id,
        version: previous.version,
        status: 'done',
        paragraphId: followUp.id,
      })
    }

    const target =
      minutes.paragraphs.find((paragraph) => paragraph.agendaItem && !paragraph.standingKey) ??
      followUp ??
      minutes.paragraphs[0]!
    const owner = members[(index + 1) % members.length]!
    await minutesHandlers['minutes.saveParagraph'](ctx, {
      id: target.id,
      version: target.version,
      title: target.title,
      text: `${discussionOpening(target.text)}Synpunkter från ledamöterna:\n- Arbetet behöver förankras i de lokala trygghetsgrupperna\n- Polisen och kommunen samordnar sina insatser`,
      decisions: [
        `ge ${owner.name} i uppdrag att ${ACTIONS[index % ACTIONS.length]!.charAt(0).toLowerCase()}${ACTIONS[index % ACTIONS.length]!.slice(1)}`,
      ],
    })
    // The last meeting's action is open and due ahead; the one before it is overdue.
    const last = index === held.length - 1
    const keepOpen = index === held.length - 2
    const due = last
      ? addDays(today, 35)
      : keepOpen
        ? addDays(today, -10)
        : addDays(meeting.date, 30)
    const action = await minutesHandlers['minutes.addAction'](ctx, {
      paragraphId: target.id,
      description: ACTIONS[index % ACTIONS.length]!,
      ownerPersonId: owner.personId,
      ownerOrganisationId: null,
      dueDate: due < meeting.date ? addDays(meeting.date, 7) : due,
    })
    previous = { id: action.id, version: action.version, keepOpen }

    const adjustedOn = addDays(meeting.date, 7) < today ? addDays(meeting.date, 7) : today
    await adjustMinutes(ctx.em, today, meeting.id, minutes.minutes.version, adjustedOn)
  }
}
