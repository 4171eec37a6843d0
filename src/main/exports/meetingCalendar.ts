import { createEvents, type EventAttributes } from 'ics'
import type { MeetingDto, MeetingSummaryDto } from '../../shared/api/meetings.ts'
import { swedishTime, timeRange } from '../../shared/domain/format.ts'
import { AGENDA_KIND_SV } from '../../shared/domain/meetings.ts'
import { cleanText } from '../../shared/domain/text.ts'
import type { CalledPerson, NoticeData } from './noticeDocx.ts'

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
        `${item.number}. kl. ${swedishTime(item.startTime)} ${item.title}${item.presenter ? ` (${item.presenter})` : ''} – ${AGENDA_KIND_SV[item.kind].toLowerCase()}`,
    )
    .join('\n')

export interface CalendarPerson {
  name: string
  email: string | null
}

function event(
  meeting: MeetingSummaryDto,
  description: string,
  installation: string,
  people: { organizer: CalendarPerson | null; attendees?: EventAttributes['attendees'] },
): EventAttributes {
  return {
    uid: `radsrum-${installation}-meeting-${meeting.id}@radsrum`,
    title: cleanText(`${meeting.bodyName}: sammanträde`),
    start: stockholmInstant(meeting.date, meeting.startTime),
    startInputType: 'utc',
    startOutputType: 'utc',
    end: stockholmInstant(meeting.date, meeting.endTime),
    endInputType: 'utc',
    endOutputType: 'utc',
    location: cleanText(meeting.place),
    description: cleanText(description),
    status: meeting.status === 'planned' ? 'TENTATIVE' : 'CONFIRMED',
    sequence: meeting.version,
    productId: 'radsrum/ics',
    // A calendar address is required (RFC 5545): people without e-mail are named in the text only.
    ...(people.organizer?.email
      ? { organizer: { name: people.organizer.name, email: people.organizer.email } }
      : {}),
    ...(people.attendees && people.attendees.length > 0 ? { attendees: people.attendees } : {}),
  }
}

const encoder = new TextEncoder()

/**
 * RFC 5545 folds content lines at 75 octets; the ics library counts characters, so a line with å, ä
 * or ö comes out longer. Unfold and fold again by bytes, never inside a character.
 */
export function foldOctets(text: string): string {
  return text
    .replace(/\r\n[ \t]/g, '')
    .split('\r\n')
    .map((line) => {
      const parts: string[] = []
      let current = ''
      let bytes = 0
      for (const character of line) {
        const size = encoder.encode(character).length
        const limit = parts.length === 0 ? 75 : 74
        if (bytes + size > limit) {
          parts.push(current)
          current = ''
          bytes = 0
        }
        current += character
        bytes += size
      }
      parts.push(current)
      return parts.join('\r\n ')
    })
    .join('\r\n')
}

function calendar(events: EventAttributes[], name: string): Uint8Array {
  const { error, value } = createEvents(events, { productId: 'radsrum/ics', calName: name })
  if (error || !value) throw error ?? new Error('Kalenderfilen kunde inte skapas.')
  return encoder.encode(foldOctets(value))
}

const attendees = (
  people: CalledPerson[],
  role: 'REQ-PARTICIPANT' | 'OPT-PARTICIPANT',
): NonNullable<EventAttributes['attendees']> =>
  people.flatMap((person) =>
    person.email
      ? [{ name: person.name, email: person.email, rsvp: true, partstat: 'NEEDS-ACTION', role }]
      : [],
  )

/** One meeting with its agenda in the description; the secretary organises, members and deputies are invited. */
export function buildMeetingIcs(data: NoticeData, installation: string): Uint8Array {
  const { meeting, secretary } = data
  const reply = meeting.replyBy
    ? `\n\nAnmäl förhinder${secretary ? ` till ${secretary.name}${secretary.email ? ` (${secretary.email})` : ''}` : ''} senast ${meeting.replyBy}.`
    : ''
  return calendar(
    [
      event(meeting, `Dagordning\n${agendaText(meeting)}${reply}`, installation, {
        organizer: secretary,
        attendees: [
          ...attendees(data.members, 'REQ-PARTICIPANT'),
          ...attendees(data.deputies, 'OPT-PARTICIPANT'),
        ],
      }),
    ],
    `${meeting.bodyName} ${meeting.date}`,
  )
}

/** All of a year's meetings in one calendar. */
export function buildYearPlanIcs(
  bodyName: string,
  year: number,
  meetings: MeetingSummaryDto[],
  options: { installation: string; organizer: CalendarPerson | null },
): Uint8Array {
  return calendar(
    meetings.map((meeting) =>
      event(
        meeting,
        `Sammanträde med ${bodyName} kl. ${timeRange(meeting.startTime, meeting.endTime)}.${meeting.noticeDate ? ` Kallelsen skickas ${meeting.noticeDate}.` : ''}`,
        options.installation,
        { organizer: options.organizer },
      ),
    ),
    `Sammanträdesplan ${bodyName} ${year}`,
  )
}
