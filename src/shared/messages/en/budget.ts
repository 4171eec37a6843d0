import type { budget as sv } from '../sv/budget.ts'

export const budget: Record<keyof typeof sv, string> = {
  'budget.amountNotKronor': '{field} must be an amount in whole kronor.',
  'budget.notAmount': '{field} is not an amount.',
  'budget.noOre': '{field} is written in whole kronor, without öre.',
  'budget.amountTooLarge': '{field} is unreasonably large (at most {max} kr).',
  'budget.grantOverTotal':
    'The funds from Brå ({grant:amount} kr) cannot be larger than the total cost ({total:amount} kr).',
  'budget.chooseKind': 'Choose what kind of activity it is.',
  'budget.linesMax': 'At most {max} budget lines per activity.',
  'budget.startNeeded': 'Give the start date when there is an end date.',
  'budget.yearTwice': 'The year {year} is already on another budget line. Merge the lines.',
  'budget.caseNumberForm': 'Write the case number as in the decision, e.g. B3.3-0294/2011.',
  'budget.periodOrder': "The grant period's last year cannot be before the first.",
  'budget.bodyGone': 'The body no longer exists. Choose another.',
  'budget.grantGone': 'The grant decision no longer exists. Choose another.',
  'budget.noGrantNoFunds':
    'The activity belongs to no grant, so the funds from Brå must be 0 kr. Choose the grant first.',
  'budget.caseNumberExists': 'There is already a grant decision with case number {caseNumber}.',
  'budget.grantHasActivities':
    'The grant {caseNumber} has {count} activit(y/ies). Move or remove them first.',
  'indicators.exists': 'There is already an indicator called “{name}”.',
  'indicators.valueNumber': 'The value must be a number, e.g. 1,33.',
  'indicators.lowerIsBetter': 'Say whether a lower value is better.',
  'indicators.valuesMax': 'At most {max} values per indicator.',
  'indicators.yearTwice': 'The year {year} already has a value.',
  'reports.sectionTooLong': '{field} is too long (at most {max} characters, about 50 pages).',
  'reports.signatoriesMax': 'At most four signatures.',
}
