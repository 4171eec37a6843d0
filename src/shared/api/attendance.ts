import { z } from 'zod'
import { id, idOf, isoDate, optionalText, say, year } from './common.ts'
import { mutation, query } from './procedure.ts'
import type { MeetingStatus } from '../domain/meetingCycle.ts'
import type { QuorumRule } from '../domain/quorum.ts'
import type { Role } from '../domain/register.ts'
import type { Message } from '../messages/index.ts'

/** What is recorded per person: a reply before the meeting (kommer, förhinder) or the roll call. */
export const ATTENDANCE_STATUSES = ['attending', 'apologies', 'present', 'absent'] as const
export type AttendanceStatus = (typeof ATTENDANCE_STATUSES)[number]
export const ATTENDANCE_STATUS_SV: Record<AttendanceStatus, string> = {
  attending: 'Kommer',
  apologies: 'Förhinder',
  present: 'Närvarande',
  absent: 'Frånvarande',
}

/** Where a person sits on the roll call. */
export type AttendeeGroup = 'member' | 'deputy' | 'other' | 'guest'

export interface AttendeeDto {
  /** Null for a guest who is not in the register. */
  personId: number | null
  /** The guest row's id (guests are addressed by it); null for people called through the register. */
  guestId: number | null
  name: string
  organisationName: string | null
  role: Role | 'guest'
  group: AttendeeGroup
  /** The seat a member holds, or the seat a deputy belongs to (beside its member on the roll call). */
  seatId: number | null
  /** Why this person is on the list, e.g. "personlig ersättare för Anders Holm". */
  explanation: Message | null
  email: string | null
  phone: string | null
  status: AttendanceStatus | null
  repliedOn: string | null
  servingForPersonId: number | null
  servingForName: string | null
  fromItemId: number | null
  toItemId: number | null
  servingFromItemId: number | null
  servingToItemId: number | null
  /** "punkt 3–7" when present only for part of the meeting. */
  rangeText: Message | null
  note: string | null
}

export interface SeatRowDto {
  seatId: number
  label: string
  organisationName: string
  holderPersonId: number | null
  holderName: string | null
  /** Deputies who may take this seat (personal deputies of the holder and the seat's deputies). */
  deputyPersonIds: number[]
  /** Filled at the start of the meeting (or, before the roll call, expected to be). */
  filled: boolean
  /** The serving (or called-in) deputy, if any. */
  servingDeputyName: string | null
}

export interface DeputyCandidateDto {
  personId: number
  name: string
  organisationName: string | null
  /** Why, in the proposal order: "personlig ersättare för …", "ersättare för platsen …", … */
  reason: Message
  rank: 1 | 2 | 3 | 4
  available: boolean
  /** Why not, when unavailable ("har anmält förhinder", "är redan kallad för …"). */
  unavailableReason: Message | null
}

export interface DeputyProposalDto {
  memberPersonId: number
  memberName: string
  seatLabel: string
  memberStatus: AttendanceStatus | null
  /** The deputy already called in (or serving), if any. */
  calledPersonId: number | null
  calledName: string | null
  /** Candidates in proposal order; the first available one is the proposal. */
  candidates: DeputyCandidateDto[]
}

export interface ItemQuorumDto {
  itemId: number
  number: number
  title: string
  kind: string
  filled: number
  required: number
  quorate: boolean
  flagged: boolean
}

export interface QuorumRuleDto {
  rule: QuorumRule
  description: Message
}

export interface AttendanceDto {
  meetingId: number
  bodyId: number
  bodyName: string
  date: string
  startTime: string
  place: string
  meetingStatus: MeetingStatus
  replyBy: string | null
  /** Null when attendance may be changed; otherwise the reason it may not. */
  lockedReason: Message | null
  /** The roll call can be taken (the meeting's day has come). */
  rollCallOpen: boolean
  rule: QuorumRuleDto
  seatCount: number
  required: number
  /** Seats filled at the first item (before the roll call: expected from the replies). */
  filledNow: number
  quorateNow: boolean
  /** Seats filled by those who have answered that they will come (members, deputies called in). */
  expectedFilled: number
  /** Seats that can still be filled: everyone called who has not sent apologies. */
  possibleFilled: number
  /** Before the roll call: quorate by the answers, not quorate whoever comes, or not known yet. */
  forecast: 'quorate' | 'notQuorate' | 'unknown'
  /** Has anyone been marked present yet? */
  rollCallStarted: boolean
  seats: SeatRowDto[]
  attendees: AttendeeDto[]
  items: ItemQuorumDto[]
  proposals: DeputyProposalDto[]
  counts: {
    present: number
    absent: number
    apologies: number
    attending: number
    unanswered: number
    unmarked: number
  }
}

export interface RateRowDto {
  meetings: number
  expected: number
  present: number
  apologies: number
  absent: number
  /** present ÷ expected, 0–1; null with nothing expected. */
  rate: number | null
}

export interface PersonRateDto extends RateRowDto {
  personId: number
  name: string
  organisationName: string | null
  /** Times served as a deputy in a member's place. */
  served: number
}

export interface OrganisationRateDto {
  organisationId: number
  name: string
  /** Seat × meeting occasions with a holder. */
  seatMeetings: number
  filled: number
  empty: number
  /** Share of occasions the seat stood empty (no member, no serving deputy), 0–1. */
  emptyRate: number | null
  /** Present ÷ expected for the organisation's members themselves. */
  memberRate: number | null
  byYear: { year: number; emptyRate: number | null }[]
}

export interface PeriodRateDto {
  label: string
  year: number | null
  meetings: number
  /** The members' own attendance, 0–1. */
  memberRate: number | null
  /** Seats filled by members or serving deputies, 0–1. */
  seatRate: number | null
}

export interface MeetingRateDto {
  meetingId: number
  bodyName: string
  date: string
  status: MeetingStatus
  recorded: boolean
  present: number
  expected: number
  filled: number
  seats: number
  /** Quorate by the seats filled at the meeting (late arrivals count as present); null without a roll call. */
  quorate: boolean | null
  required: number
}

export interface AttendanceStatsDto {
  bodyId: number | null
  bodyName: string
  fromYear: number | null
  toYear: number | null
  meetingCount: number
  overall: RateRowDto & { seatRate: number | null }
  byYear: PeriodRateDto[]
  byTerm: PeriodRateDto[]
  byBody: (PeriodRateDto & { bodyId: number })[]
  people: PersonRateDto[]
  organisations: OrganisationRateDto[]
  meetings: MeetingRateDto[]
  /** Years that have meetings, for the year choice. */
  availableYears: number[]
}

const meetingPerson = { meetingId: idOf('meeting'), personId: idOf('person') }
const itemRef = id.nullish().transform((value) => value ?? null)

export const quorumRuleSchema = z.discriminatedUnion(
  'kind',
  [
    z.strictObject({ kind: z.literal('majority') }),
    z
      .strictObject({
        kind: z.literal('fraction'),
        numerator: z.number().int().min(1, say('attendance.numeratorMin')).max(99),
        denominator: z.number().int().min(2, say('attendance.denominatorMin')).max(100),
      })
      .refine((rule) => rule.numerator <= rule.denominator, {
        ...say('attendance.fractionTooLarge'),
        path: ['numerator'],
      }),
    z.strictObject({
      kind: z.literal('minimum'),
      count: z
        .number()
        .int()
        .min(1, say('attendance.seatsMin'))
        .max(500, say('attendance.seatsMax', { max: 500 })),
    }),
  ],
  say('attendance.chooseRule'),
)

export const attendanceApi = {
  'attendance.get': query<AttendanceDto>()(
    z.strictObject({ meetingId: idOf('meeting') }),
    'Närvaron vid ett möte: alla kallade med svar och upprop, ersättarförslag och beslutsförhet per punkt.',
  ),
  'attendance.setStatus': mutation<AttendanceDto>()(
    z.strictObject({
      ...meetingPerson,
      status: z.enum(ATTENDANCE_STATUSES, say('attendance.chooseStatus')).nullable(),
      repliedOn: isoDate('repliedOn')
        .nullish()
        .transform((value) => value ?? null),
    }),
    'Registrera ett svar före mötet (kommer, förhinder med dagen det kom) eller uppropet (närvarande, frånvarande, förhinder). null tar bort det.',
  ),
  'attendance.markRestPresent': mutation<AttendanceDto>()(
    z.strictObject({ meetingId: idOf('meeting') }),
    'Uppropet: alla kallade som inte är markerade än blir närvarande (ledamöter, inkallade ersättare, övriga); ersättare som inte är inkallade lämnas omarkerade.',
  ),
  'attendance.setServing': mutation<AttendanceDto>()(
    z.strictObject({
      meetingId: idOf('meeting'),
      deputyPersonId: idOf('person'),
      memberPersonId: idOf('person').nullable(),
      fromItemId: itemRef,
      toItemId: itemRef,
    }),
    'Kalla en ersättare att tjänstgöra för en ledamot (före mötet), eller låt ersättaren tjänstgöra från en viss punkt. memberPersonId null tar bort det.',
  ),
  'attendance.setRange': mutation<AttendanceDto>()(
    z.strictObject({
      ...meetingPerson,
      fromItemId: itemRef,
      toItemId: itemRef,
      note: optionalText('note'),
    }),
    'Sen ankomst och tidig avfärd: närvarande från och med en punkt till och med en annan.',
  ),
  'attendance.addGuest': mutation<AttendanceDto>()(
    z
      .strictObject({
        meetingId: idOf('meeting'),
        personId: idOf('person')
          .nullish()
          .transform((value) => value ?? null),
        name: optionalText('name'),
        organisation: optionalText('organisation'),
        note: optionalText('note'),
      })
      .refine((guest) => guest.personId !== null || guest.name !== null, {
        ...say('attendance.guestName'),
        path: ['name'],
      }),
    'Lägg till en gäst bland övriga närvarande (ur registret eller bara med namn).',
  ),
  'attendance.removeGuest': mutation<AttendanceDto>()(
    z.strictObject({ meetingId: idOf('meeting'), guestId: id }),
    'Ta bort en gäst från mötets närvaro.',
  ),
  'attendance.deputyProposal': query<DeputyProposalDto>()(
    z.strictObject({ meetingId: idOf('meeting'), memberPersonId: idOf('person') }),
    'Ersättarförslaget för en ledamot: personlig ersättare, platsens ersättare, ersättare från samma aktör, övriga ersättare.',
  ),
  'attendance.setRule': mutation<QuorumRuleDto>()(
    z.strictObject({ bodyId: idOf('body'), rule: quorumRuleSchema }),
    'Ändra organets regel för beslutsförhet.',
  ),
  'attendance.statistics': query<AttendanceStatsDto>()(
    z.strictObject({
      bodyId: idOf('body')
        .nullish()
        .transform((value) => value ?? null),
      fromYear: year.nullish().transform((value) => value ?? null),
      toYear: year.nullish().transform((value) => value ?? null),
    }),
    'Närvarostatistik för genomförda möten med upprop: per person, aktör, organ, år och mandatperiod.',
  ),
}
