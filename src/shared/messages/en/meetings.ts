import type { meetings as sv } from '../sv/meetings.ts'

export const meetings: Record<keyof typeof sv, string> = {
  'meetings.endsBeforeStart':
    'The meeting ends before it begins. The end time must be after the start time.',
  'meetings.chooseItemKind': 'Choose information, discussion or decision.',
  'meetings.minutesNumber': 'Give the time in minutes.',
  'meetings.minutesWhole': 'Give the time in whole minutes.',
  'meetings.minutesNegative': 'The time cannot be negative.',
  'meetings.minutesMax': 'An item can be at most {max} minutes.',
  'meetings.chooseWeekday': 'Choose a weekday.',
  'meetings.weekRange': 'Week numbers go from 1 to 53.',
  'meetings.oneWeek': 'Give at least one week.',
  'meetings.daysNegative': 'The number of days cannot be negative.',
  'meetings.noticeDaysMax': 'The notice is sent at most {max} days before.',
  'meetings.replyDaysMax': 'At most {max} days before.',
  'meetings.yearsBackWhole': 'Give the number of years as a whole number.',
  'meetings.templateEmpty': 'The template must have at least one item.',
  'meetings.templateMax': 'The template can have at most {max} items.',
  'meetingStep.call': 'be marked as called',
  'meetingStep.hold': 'be marked as held',
  'meetingStep.cancel': 'be cancelled',
  'meetingStep.stepBack': 'go back a step',
  'meetingStep.beginMinutes': 'have its minutes begun',
  'meetingStep.adjust': 'have its minutes approved',
  'meetingStatus.planned': 'Planned',
  'meetingStatus.noticeSent': 'Called',
  'meetingStatus.held': 'Held',
  'meetingStatus.minutesBegun': 'Minutes begun',
  'meetingStatus.minutesAdjusted': 'Minutes approved',
  'meetingStatus.cancelled': 'Cancelled',
  'meetings.stepRefused': 'The meeting is {status:lower} and cannot {step}.',
  'meetings.stepRefusedWhy.minutesAdjusted':
    "The meeting is {status:lower} and cannot {step}. The minutes are approved and the meeting can no longer be changed; a correction is made in the next meeting's minutes.",
  'meetings.stepRefusedWhy.minutesBegun':
    'The meeting is {status:lower} and cannot {step}. The minutes are begun, so the meeting has been held.',
  'meetings.stepRefusedWhy.cancelled':
    'The meeting is {status:lower} and cannot {step}. The meeting is cancelled. Go back to planned first if it is to be held after all.',
  'meetings.templateItemInUse':
    '“{title}” is on the agenda of {count} coming meeting(s) ({dates}). Remove the item from those meetings first, or keep it in the template.',
  'meetings.presenterMissing': 'The presenter is not in the register.',
  'meetings.presenterOrganisationMissing': 'The organisation is not in the register.',
  'meetings.afterItemMissing': 'The item to add after is not on the agenda.',
  'meetings.calledAgendaEmpty':
    'The notice has been sent with this agenda; it cannot become empty. Add another item first.',
  'meetings.agendaChanged':
    'The agenda has changed since you opened it. Reload and move the item again.',
  'meetings.onlyCouncilPresents': 'Only the safety council has a presenting local group.',
  'meetings.chooseOwnGroup': 'Choose one of the local groups that belong to {body}.',
  'meetings.rotationCouncil':
    'The presentation order applies to a safety council and its local groups.',
  'meetings.agendaLockedAdjusted':
    "The meeting's minutes are approved. The agenda can no longer be changed.",
  'meetings.agendaLockedBegun':
    'The minutes are begun, so the agenda no longer changes. Add an extra matter to the minutes instead (or write in the paragraph that the item was struck).',
  'meetings.dateRange': 'The meeting date must be between the years {min} and {max}.',
  'meetings.noticeAfterMeeting': 'The notice must be sent before the meeting (or on the same day).',
  'meetings.noticeTooEarly':
    'The notice date is more than a year before the meeting. Check the date.',
  'meetings.replyByAfterMeeting':
    'The last day for apologies must be before the meeting (or on the same day).',
  'meetings.noPrevious': '{body} has no earlier meeting to take items from.',
  'meetings.sameDay':
    '{body} already has a meeting on {date}. Change that meeting instead, or choose another day.',
  'meetings.heldInAdvance': 'The meeting is on {date} and cannot be marked as held in advance.',
  'meetings.detailsLocked':
    "The minutes are approved: the meeting's date, time and place are in them and cannot be changed. A correction is made in the next meeting's minutes.",
  'meetings.yearLocked':
    "The minutes already have paragraph numbers for {year}. The meeting cannot be moved to {to}; the numbers would clash with that year's paragraphs.",
  'meetings.heldToFuture':
    'The meeting is held and cannot be moved to a date in the future. Go back a step first if it has not been held.',
  'meetings.agendaEmpty': 'The agenda is empty. Add items before the notice is sent.',
  'meetings.heldNotDeleted':
    'The meeting has been held and is part of the history. It cannot be deleted.',
  'meetings.ruleGivesNothing':
    'The rule gives no new meetings that year (every day already has a meeting or is dropped).',
}
