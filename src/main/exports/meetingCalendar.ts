import { createEvents, type EventAttributes } from 'ics'
import type { MeetingDto, MeetingSummaryDto } from '../../shared/api/meetings.ts'
import { AGENDA_KIND_SV } from '../../shared/domain/meetings.ts'

const stockholmParts = new Intl.DateTimeFormat('en-GB', {
  timeZone: 'Europe/Stockholm',
  hourCycle: 'h23',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
})

/** A Swedish wall-clock time as an instant (summer and winter time handled by Intl). */
export function stockholmInstant(date: string, time: string): number {
  const wall = Date.parse(`${date}T${time}:00Z`)
  let guess = wall - 3_600_000
  for (let step = 0; step < 3; step += 1) {
    const parts = Object.fromEntries(
      stockholmParts.formatToParts(new Date(guess)).map((part) => [part.type, part.value]),
    )
    const seen = Date.parse(
      `${parts.year}-${parts.month}-${parts.day}T${parts.hour}:${parts.minute}:00Z`,
    )
    guess += wall - seen
  }
  return guess
}

const agendaText = (meeting: MeetingDto) =>
  meeting.items
    .map(
      (item) =>
        `${item.number}. ${item.startTime} ${item.title}${item.presenter ? ` (${item.presenter})` : ''} – ${AGENDA_KIND_SV[item.kind].toLowerCase()}`,
    )
    .join('\n')

function event(meeting: MeetingSummaryDto, description: string): EventAttributes {
  return {
    uid: `radsrum-meeting-${meeting.id}@radsrum`,
    title: `${meeting.bodyName}: sammanträde`,
    start: stockholmInstant(meeting.date, meeting.startTime),
    startInputType: 'utc',
    startOutputType: 'utc',
    end: stockholmInstant(meeting.date, meeting.endTime),
    endInputType: 'utc',
    endOutputType: 'utc',
    location: meeting.place,
    description,
    status: meeting.status === 'planned' ? 'TENTATIVE' : 'CONFIRMED',
    sequence: meeting.version,
    productId: 'radsrum/ics',
  }
}

function calendar(events: EventAttributes[], name: string): Uint8Array {
  const { error, value } = createEvents(events, { productId: 'radsrum/ics', calName: name })
  if (error || !value) throw error ?? new Error('Kalenderfilen kunde inte skapas.')
  return new TextEncoder().encode(value)
}

/** One meeting with its agenda in the description. */
export function buildMeetingIcs(meeting: MeetingDto): Uint8Array {
  const reply = meeting.replyBy
    ? `\n\nAnmäl förhinder${meeting.secretaryName ? ` till ${meeting.secretaryName}` : ''} senast ${meeting.replyBy}.`
    : ''
  return calendar(
    [event(meeting, `Dagordning\n${agendaText(meeting)}${reply}`)],
    `${meeting.bodyName} ${meeting.date}`,
  )
}

/** All of a year's meetings in one calendar. */
export function buildYearPlanIcs(
  bodyName: string,
  year: number,
  meetings: MeetingSummaryDto[],
): Uint8Array {
  return calendar(
    meetings.map((meeting) =>
      event(
        meeting,
        `Sammanträde med ${bodyName}.${meeting.noticeDate ? ` Kallelsen skickas ${meeting.noticeDate}.` : ''}`,
      ),
    ),
    `Sammanträdesplan ${bodyName} ${year}`,
  )
}
