import type { ServiceContext } from '../context.ts'
import { Meeting } from '../db/entities/meetings.ts'
import { meetingsHandlers } from '../services/meetings/index.ts'
import { EXAMPLE_MEETING_GROUPS, type ExampleRegister } from './register.ts'
import { LOCAL_GROUP_AREAS } from './registerData.ts'

const COUNCIL_RULE = {
  weekday: 2,
  weeks: [6, 12, 19, 38, 44, 50],
  startTime: '13:15',
  endTime: '15:00',
  place: 'Stadshuset, sammanträdesrum Alnön',
  noticeDaysBefore: 10,
  replyDaysBefore: 3,
  holidayPolicy: 'nextWorkday' as const,
}

/** A local group meets five times a year in the evening, in its own area (the last in December, still ahead for much of the year, so a notice can be tried). */
const groupRule = (area: string) => ({
  weekday: 3,
  weeks: [9, 20, 38, 46, 50],
  startTime: '18:00',
  endTime: '19:30',
  place: `Träffpunkt ${area}`,
  noticeDaysBefore: 10,
  replyDaysBefore: 3,
  holidayPolicy: 'nextWorkday' as const,
})

/** What the local groups work on (the seed's activities), one item on each meeting's agenda. */
const GROUP_ITEMS = [
  {
    title: 'Trygghetsvandring i området',
    description: 'Planering av vandringen: tid, samlingsplats och vilka som bjuds in.',
    kind: 'decision' as const,
  },
  {
    title: 'Reflexvästar till förskolebarnen',
    description: 'Utdelningen i höst: antal västar och vilka förskolor som är med.',
    kind: 'discussion' as const,
  },
  {
    title: 'Belysning på gång- och cykelvägar',
    description: 'Återkoppling från kommunen om de platser gruppen har pekat ut.',
    kind: 'information' as const,
  },
]

/** Items that the seed's council worked on, put on the agendas of its year. */
const EXTRA_ITEMS: Record<
  number,
  {
    title: string
    description: string
    kind: 'information' | 'discussion' | 'decision'
    minutes: number
    organisation?: string
  }[]
> = {
  2012: [
    {
      title: 'Trygghetsdag 1 – planering',
      description: 'Program, budget 37 000 kr (varav 10 000 kr från Brå) och ansvar.',
      kind: 'decision',
      minutes: 15,
      organisation: 'kof',
    },
    {
      title: 'Trygghetsvandring i Granloholm',
      description: 'Återkoppling från vandringen och förslag till åtgärder.',
      kind: 'information',
      minutes: 10,
      organisation: 'pol',
    },
  ],
  2013: [
    {
      title: 'Måldokument – utkast',
      description:
        'Vision, mål och strategier. Idéer från workshopen: gör mer, gör bättre, gör nytt, tänk om.',
      kind: 'discussion',
      minutes: 25,
    },
    {
      title: 'Följeforskning – delrapport',
      description: 'Följeforskaren redovisar iakttagelser om mötesdeltagande och mötesstruktur.',
      kind: 'information',
      minutes: 15,
      organisation: 'fsk',
    },
  ],
}

/**
 * The council's year plans for 2012 and 2013 (the seed's period) and for the current year, with
 * agendas from the template and the local groups' presentations in rotation. Past meetings are
 * held, later ones planned.
 */
export async function loadMeetingsExample(
  ctx: ServiceContext,
  register: ExampleRegister,
): Promise<void> {
  const call = meetingsHandlers
  const today = ctx.clock.today()
  const currentYear = Number(today.slice(0, 4))
  const years = [...new Set([2012, 2013, currentYear])]
  for (const year of years) {
    const { created } = await call['meetings.createYearPlan'](ctx, {
      bodyId: register.councilId,
      year,
      rule: COUNCIL_RULE,
    })
    for (const [index, summary] of created.entries()) {
      const extra = EXTRA_ITEMS[year]?.[index % 3 === 1 ? index % 2 : -1]
      if (extra) {
        const situation = (await call['meetings.get'](ctx, { id: summary.id })).items.find(
          (item) => item.standingKey === 'situation',
        )
        await call['meetings.addItem'](ctx, {
          meetingId: summary.id,
          version: summary.version,
          afterItemId: situation?.id ?? null,
          title: extra.title,
          description: extra.description,
          kind: extra.kind,
          presenterPersonId: null,
          presenterOrganisationId: extra.organisation
            ? (register.organisationIds[extra.organisation] ?? null)
            : null,
          plannedMinutes: extra.minutes,
          recurring: false,
        })
      }
    }
  }
  // The first local groups meet too (this year; more would slow every test that loads the example), so every document can be tried for a group.
  for (const [index, groupId] of register.localGroupIds.slice(0, EXAMPLE_MEETING_GROUPS).entries())
    for (const year of [currentYear]) {
      const { created } = await call['meetings.createYearPlan'](ctx, {
        bodyId: groupId,
        year,
        rule: groupRule(LOCAL_GROUP_AREAS[index]!),
      })
      for (const [position, summary] of created.entries()) {
        const item = GROUP_ITEMS[(index + position) % GROUP_ITEMS.length]!
        const situation = (await call['meetings.get'](ctx, { id: summary.id })).items.find(
          (candidate) => candidate.standingKey === 'situation',
        )
        await call['meetings.addItem'](ctx, {
          meetingId: summary.id,
          version: summary.version,
          afterItemId: situation?.id ?? null,
          title: item.title,
          description: item.description,
          kind: item.kind,
          presenterPersonId: null,
          presenterOrganisationId: register.organisationIds.pol ?? null,
          plannedMinutes: 20,
          recurring: false,
        })
      }
    }
  // Past meetings have been held; a bulk update keeps loading fast (the services' status rule
  // moves one step at a time, which the example does not need to replay).
  await ctx.em.nativeUpdate(
    Meeting,
    {
      body: [register.councilId, ...register.localGroupIds.slice(0, EXAMPLE_MEETING_GROUPS)],
      date: { $lt: today },
    },
    { status: 'held' },
  )
}
