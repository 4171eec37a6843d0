import { defaultTemplate } from '../../src/shared/domain/meetings.ts'
import {
  ACTION_DESCRIPTIONS,
  DECISION_TEXTS,
  TOPIC_TITLES,
  bullets,
  paragraph,
  sentence,
} from './text.ts'
import {
  BENCH_TODAY,
  FIRST_YEAR,
  LAST_YEAR,
  STAMP,
  day,
  type BodyPlan,
  type GeneratedFacts,
  type Holder,
  type Insert,
  type Random,
} from './shape.ts'

const MEETINGS_PER_YEAR = 20
const ITEMS_PER_MEETING = 15

/** The date of weekday `weekday` (0 = Monday) in ISO week `week` of `year`. */
function isoWeekDay(year: number, week: number, weekday: number): string {
  const jan4 = new Date(Date.UTC(year, 0, 4))
  const mondayOfWeek1 = Date.UTC(year, 0, 4) - ((jan4.getUTCDay() + 6) % 7) * 86_400_000
  return new Date(mondayOfWeek1 + ((week - 1) * 7 + weekday) * 86_400_000)
    .toISOString()
    .slice(0, 10)
}

/** About 20 meeting weeks a year, spread over spring and autumn, none in July or at Christmas. */
const MEETING_WEEKS = (() => {
  const weeks = [
    ...Array.from({ length: 24 }, (_, i) => i + 3),
    ...Array.from({ length: 19 }, (_, i) => i + 33),
  ]
  return Array.from(
    { length: MEETINGS_PER_YEAR },
    (_, i) => weeks[Math.round((i * (weeks.length - 1)) / (MEETINGS_PER_YEAR - 1))]!,
  )
})()

interface Mark {
  personId: number
  status: 'present' | 'apologies' | 'absent' | null
  servingFor: number | null
}

/** Who answered what: members by their turnout, a personal deputy serving when the member sent apologies. */
function roll(random: Random, seats: Holder[][], date: string, held: boolean): Mark[] {
  const marks: Mark[] = []
  for (const holders of seats) {
    const holder = holders.find((h) => h.from <= date && (h.to === null || h.to >= date))
    if (!holder) continue
    if (!held) {
      const apologises = random.chance((1 - holder.turnout) / 2)
      marks.push({
        personId: holder.personId,
        status: apologises ? 'apologies' : null,
        servingFor: null,
      })
      marks.push({ personId: holder.deputyPersonId, status: null, servingFor: null })
      continue
    }
    const comes = random.chance(holder.turnout)
    const status = comes ? 'present' : random.chance(0.7) ? 'apologies' : 'absent'
    marks.push({ personId: holder.personId, status, servingFor: null })
    const serves = status === 'apologies' && random.chance(0.6)
    marks.push({
      personId: holder.deputyPersonId,
      status: serves || random.chance(0.1) ? 'present' : null,
      servingFor: serves ? holder.personId : null,
    })
  }
  return marks
}

/** Distinct topics for one agenda, drawn from the pool without repeats. */
function topicItems(random: Random, count: number, plannedMinutes: number) {
  const pool = [...TOPIC_TITLES]
  return Array.from({ length: count }, () => ({
    key: null,
    title: pool.splice(random.int(0, pool.length - 1), 1)[0]!,
    kind: random.pick(['information', 'discussion', 'decision'] as const),
    plannedMinutes,
    recurring: false,
    description: null,
  }))
}

export function generateMeetings(
  random: Random,
  insert: Insert,
  body: BodyPlan,
  seats: Holder[][],
  organisationIds: number[],
  localGroupIds: number[],
  facts: GeneratedFacts,
): void {
  const template = defaultTemplate(body.kind)
  const [startTime, endTime] = body.kind === 'council' ? ['13:15', '15:00'] : ['18:00', '19:30']
  const weekday = body.kind === 'council' ? 1 : body.id % 4
  let presentation = 0
  // Topics share the time the standing items leave, so the agenda ends on time.
  const meetingMinutes =
    (Number(endTime.slice(0, 2)) - Number(startTime.slice(0, 2))) * 60 +
    Number(endTime.slice(3)) -
    Number(startTime.slice(3))
  const standingMinutes = template.reduce((sum, item) => sum + item.plannedMinutes, 0)
  const topicMinutes = Math.max(
    2,
    Math.floor((meetingMinutes - standingMinutes) / (ITEMS_PER_MEETING - template.length)),
  )
  for (let year = FIRST_YEAR; year <= LAST_YEAR; year++) {
    let number = 0
    for (const week of MEETING_WEEKS) {
      const date = isoWeekDay(year, week, weekday)
      const noticeDate = day(date, -10)
      const held = date < BENCH_TODAY
      const adjusted = held && date < day(BENCH_TODAY, -21)
      const status = adjusted
        ? 'minutesAdjusted'
        : held
          ? 'minutesBegun'
          : noticeDate <= BENCH_TODAY
            ? 'noticeSent'
            : 'planned'
      const meetingId = insert('meeting', {
        body_id: body.id,
        date,
        start_time: startTime,
        end_time: endTime,
        place: 'Stadshuset, sammanträdesrum Alnön',
        status,
        notice_date: noticeDate,
        reply_by: day(date, -3),
        version: 1,
        created_at: STAMP,
        updated_at: STAMP,
      })
      facts.meetings++

      const specs = [
        ...template.slice(0, -3),
        ...topicItems(random, ITEMS_PER_MEETING - template.length, topicMinutes),
        ...template.slice(-3),
      ]
      const items = specs.map((spec, position) => {
        const isPresentation = spec.key === 'localGroupPresentation'
        const localGroupId = isPresentation
          ? localGroupIds[presentation++ % localGroupIds.length]!
          : null
        const id = insert('agenda_item', {
          meeting_id: meetingId,
          position,
          title: spec.title,
          description: spec.description,
          kind: spec.kind,
          presenter_person_id: null,
          presenter_organisation_id: spec.key ? null : random.pick(organisationIds),
          planned_minutes: spec.plannedMinutes,
          recurring: spec.recurring ? 1 : 0,
          standing_key: spec.key,
          local_group_id: localGroupId,
        })
        return { id, spec }
      })
      facts.agendaItems += items.length

      const marks = roll(random, seats, date, held)
      for (const mark of marks) {
        insert('attendance', {
          meeting_id: meetingId,
          person_id: mark.personId,
          status: mark.status,
          replied_on: mark.status === 'apologies' ? day(date, -4) : null,
          serving_for_id: mark.servingFor,
          updated_at: STAMP,
        })
      }
      facts.attendanceRows += marks.length
      if (!held) continue

      const present = marks
        .filter((m) => m.status === 'present' && m.servingFor === null)
        .map((m) => m.personId)
      const minutesId = insert('minutes', {
        meeting_id: meetingId,
        adjuster1_id: present[0] ?? null,
        adjuster2_id: present[1] ?? null,
        adjust_by: day(date, 7),
        adjust_place: null,
        adjusted_on: adjusted ? day(date, 5) : null,
        version: 1,
        created_at: STAMP,
        updated_at: STAMP,
      })
      const topicParagraphs: number[] = []
      for (const [position, { id: itemId, spec }] of items.entries()) {
        number++
        const text = spec.key ? sentence(random) : paragraph(random, random.int(2, 5))
        const paragraphId = insert('minutes_paragraph', {
          minutes_id: minutesId,
          body_id: body.id,
          year,
          number,
          position,
          agenda_item_id: itemId,
          standing_key: spec.key,
          title: spec.title,
          text,
          immediate: 0,
          version: 1,
          updated_at: STAMP,
        })
        if (spec.kind === 'decision')
          insert('decision', {
            paragraph_id: paragraphId,
            position: 0,
            text: random.pick(DECISION_TEXTS),
          })
        if (!spec.key) topicParagraphs.push(paragraphId)
      }
      facts.paragraphs += items.length
      for (const paragraphId of topicParagraphs.slice(0, 2)) {
        const due = day(date, 60)
        const status =
          due < day(BENCH_TODAY, -30)
            ? random.chance(0.9)
              ? 'done'
              : 'struck'
            : random.pick(['open', 'inProgress'] as const)
        insert('action_item', {
          paragraph_id: paragraphId,
          body_id: body.id,
          description: random.pick(ACTION_DESCRIPTIONS),
          owner_person_id: random.pick(present.length > 0 ? present : [null]),
          owner_organisation_id: null,
          due_date: due,
          status,
          reported_in_id: null,
          version: 1,
          created_at: STAMP,
          updated_at: STAMP,
        })
        facts.actions++
      }
      insert('situation_report', {
        body_id: body.id,
        meeting_id: meetingId,
        concerns: bullets(random, 3),
        events: bullets(random, 2),
        measures: bullets(random, 2),
        version: 1,
        updated_at: STAMP,
      })
    }
  }
}
