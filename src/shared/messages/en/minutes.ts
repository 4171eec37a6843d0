import type { minutes as sv } from '../sv/minutes.ts'

export const minutes: Record<keyof typeof sv, string> = {
  'minutes.decisionEmpty': 'A decision must not be empty. Write the decision or remove the row.',
  'minutes.decisionMax': 'A decision may be at most {max} characters.',
  'minutes.decisionsMax': 'At most {max} decisions per paragraph.',
  'minutes.ownerMissing': 'Give who is responsible: a person, an organisation or both.',
  'minutes.phraseEmpty': 'A standard phrase must not be empty. Write the phrase or remove the row.',
  'minutes.phrasesMax': 'At most {max} standard phrases.',
  'minutes.adjustersMax': 'At most two adjusters.',
  'minutes.locked':
    "The minutes are approved and cannot be changed. A correction is made as a paragraph in the next meeting's minutes (e.g. under Previous minutes).",
  'minutes.immediateLocked':
    'The paragraph is approved immediately and cannot be changed. A correction is made at the next meeting.',
  'minutes.dueBeforeMeeting':
    'The due date ({due}) cannot be before the meeting where the task was decided ({date}).',
  'minutes.actionLocked':
    'The task was decided in an approved paragraph and cannot be rewritten. Make a new decision at the next meeting (e.g. under Follow-up of tasks).',
  'minutes.actionReported':
    'The task has already been reported in later minutes. Change the report there first, or mark the task as struck.',
  'minutes.actionReportedLocked':
    "The task was reported in approved minutes. The minutes are approved and cannot be changed. A correction is made as a paragraph in the next meeting's minutes (e.g. under Previous minutes).",
  'minutes.reportSameBody': 'The task is reported in minutes of the same body that decided it.',
  'minutes.reportBeforeDecision':
    'A task cannot be reported before the meeting where it was decided.',
  'minutes.alreadyBegun': 'The minutes are already begun. Reload the page.',
  'minutes.beginBeforeMeeting':
    'The meeting is on {date}. You begin the minutes when the meeting is held.',
  'minutes.agendaEmpty': 'The agenda is empty (or every item is struck). Add items first.',
  'minutes.chooseAdjusters': 'Choose adjusters before the minutes are approved.',
  'minutes.adjustBeforeMeeting': 'The minutes cannot be approved before the meeting.',
  'minutes.adjustInFuture': 'The approval date cannot be in the future.',
  'minutes.notImmediate': 'The paragraph is not approved immediately. Reload the page.',
  'minutes.adjusterTwice': 'The same person cannot be adjuster twice.',
  'minutes.adjusterNotPresent':
    '{name} was not present as a member (or is the chair) and cannot approve the minutes. Choose among the members present.',
  'minutes.adjustByBeforeMeeting': 'The last day for approval cannot be before the meeting.',
  'minutes.situationNeedsMinutes':
    "Begin the minutes first: the situation report is updated in the meeting's paragraph Situation report.",
}
