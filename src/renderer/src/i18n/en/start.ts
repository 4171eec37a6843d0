import type { start as sv } from '../sv/start.ts'

export const start: typeof sv = {
  title: 'Welcome to Rådsrum',
  intro:
    "Keep the safety council's and the local groups' register, meetings, minutes and documents in one place.",
  emptyTitle: 'The database is empty',
  emptyText:
    "Start by adding the council's organisations and people, or load the example – Sundsvall's safety council with 14 local groups – to see how it works.",
  loadExample: 'Load example data',
  exampleLoaded: 'Example data was loaded',
  database: 'Database: {{path}}',
  version: 'Version {{version}}',
  counts: {
    bodies_one: '{{count}} body',
    bodies_other: '{{count}} bodies',
    organisations_one: '{{count}} organisation',
    organisations_other: '{{count}} organisations',
    people_one: '{{count}} person',
    people_other: '{{count}} people',
  },
  guide: {
    title: 'Getting started',
    intro:
      'Four steps to the first meeting. Each button opens the screen where the step is done; a finished step is ticked off.',
    council: 'Register the council',
    councilHelp: 'The council and its seats for the organisations.',
    people: 'Add people',
    peopleHelp: 'Members and deputies, or import them from Excel.',
    yearPlan: 'Plan the year',
    yearPlanHelp: 'The meeting plan: the whole year at once.',
    meeting: 'Hold the first meeting',
    meetingHelp: 'Agenda, notice, attendance and minutes.',
    done: 'Done',
  },
}
