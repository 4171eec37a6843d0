import { addDays } from './dates.ts'
import { m, type Message } from '../messages/index.ts'

/**
 * A meeting's life, one state machine for the whole program:
 * planerat → kallat → genomfört → protokoll påbörjat → protokoll justerat, or inställt.
 * Each step has one procedure (named in STEPS); the services check its preconditions.
 */
export const MEETING_STATUSES = [
  'planned',
  'noticeSent',
  'held',
  'minutesBegun',
  'minutesAdjusted',
  'cancelled',
] as const
export type MeetingStatus = (typeof MEETING_STATUSES)[number]
export const MEETING_STATUS_SV: Record<MeetingStatus, string> = {
  planned: 'Planerat',
  noticeSent: 'Kallat',
  held: 'Genomfört',
  minutesBegun: 'Protokoll påbörjat',
  minutesAdjusted: 'Protokoll justerat',
  cancelled: 'Inställt',
}

/** A step and the states it may start from. There is no step out of protokoll justerat. */
export const STEPS = {
  /** meetings.markCalled */
  call: { from: ['planned'], to: 'noticeSent' },
  /** meetings.markHeld */
  hold: { from: ['planned', 'noticeSent'], to: 'held' },
  /** meetings.cancel */
  cancel: { from: ['planned', 'noticeSent'], to: 'cancelled' },
  /** meetings.stepBack: a mistake corrected before anything depends on it. */
  stepBack: { from: ['noticeSent', 'held', 'cancelled'], to: null },
  /** minutes.begin (a meeting whose minutes are begun has been held) */
  beginMinutes: { from: ['planned', 'noticeSent', 'held'], to: 'minutesBegun' },
  /** minutes.adjust */
  adjust: { from: ['minutesBegun'], to: 'minutesAdjusted' },
} as const satisfies Record<string, { from: readonly MeetingStatus[]; to: MeetingStatus | null }>
export type MeetingStep = keyof typeof STEPS

const STEP_BACK: Partial<Record<MeetingStatus, MeetingStatus>> = {
  noticeSent: 'planned',
  held: 'noticeSent',
  cancelled: 'planned',
}

/** The statuses whose refusal says why, after the plain "cannot" (see the catalogue's meetingWhy.*). */
const EXPLAINED: readonly MeetingStatus[] = ['minutesAdjusted', 'minutesBegun', 'cancelled']

/** The state a step leads to, or a Swedish sentence saying why the step is not possible now. */
export function stepResult(
  status: MeetingStatus,
  step: MeetingStep,
): { ok: true; to: MeetingStatus } | { ok: false; message: Message } {
  const rule = STEPS[step]
  const from: readonly MeetingStatus[] = rule.from
  const to = rule.to ?? STEP_BACK[status]
  if (from.includes(status) && to) return { ok: true, to }
  const params = {
    status: { key: `meetingStatus.${status}` },
    step: { key: `meetingStep.${step}` },
  }
  return {
    ok: false,
    message: EXPLAINED.includes(status)
      ? { key: `meetings.stepRefusedWhy.${status}`, params }
      : m('meetings.stepRefused', params),
  }
}

/** States in which the meeting has taken place. */
export const HELD_STATUSES: readonly MeetingStatus[] = ['held', 'minutesBegun', 'minutesAdjusted']
export const isHeld = (status: MeetingStatus): boolean => HELD_STATUSES.includes(status)

export const NEXT_STEPS = [
  'sendNotice',
  'hold',
  'markHeld',
  'writeMinutes',
  'adjustMinutes',
  'done',
] as const
export type NextStep = (typeof NEXT_STEPS)[number]

export interface NextStepInfo {
  step: NextStep
  /** The day by which the step should be done, when there is one. */
  due: string | null
  overdue: boolean
}

/** What the secretary should do next for a meeting, seen from today. */
export function nextStep(
  meeting: { date: string; status: MeetingStatus; noticeDate: string | null },
  today: string,
): NextStepInfo {
  switch (meeting.status) {
    case 'planned':
    case 'noticeSent': {
      // A past meeting still planned or called waits to be marked held (or cancelled).
      if (meeting.date < today) return { step: 'markHeld', due: meeting.date, overdue: true }
      if (meeting.status === 'noticeSent')
        return { step: 'hold', due: meeting.date, overdue: false }
      const due = meeting.noticeDate ?? meeting.date
      return { step: 'sendNotice', due, overdue: due < today }
    }
    case 'held':
      return { step: 'writeMinutes', due: null, overdue: false }
    case 'minutesBegun':
      return { step: 'adjustMinutes', due: null, overdue: false }
    case 'minutesAdjusted':
    case 'cancelled':
      return { step: 'done', due: null, overdue: false }
  }
}

export const NEXT_STEP_SV: Record<NextStep, string> = {
  sendNotice: 'Skicka kallelsen',
  hold: 'Håll mötet',
  markHeld: 'Markera som genomfört eller inställt',
  writeMinutes: 'Skriv protokollet',
  adjustMinutes: 'Justera protokollet',
  done: 'Klart',
}

/** Minutes older than this leave Att göra (they are still in the minutes list). */
export const TODO_MINUTES_DAYS = 90

/**
 * Whether a meeting belongs in Att göra: every meeting still to be called or held, a past
 * meeting still planned or called until it is marked held or cancelled (however old), and
 * minutes to write or adjust for a meeting of the last TODO_MINUTES_DAYS days.
 */
export function inTodo(meeting: { date: string; next: NextStepInfo }, today: string): boolean {
  switch (meeting.next.step) {
    case 'sendNotice':
    case 'hold':
    case 'markHeld':
      return true
    case 'writeMinutes':
    case 'adjustMinutes':
      return meeting.date >= addDays(today, -TODO_MINUTES_DAYS)
    case 'done':
      return false
  }
}
