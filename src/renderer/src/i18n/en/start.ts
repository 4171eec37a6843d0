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
  counts: '{{bodies}} bodies · {{organisations}} organisations · {{people}} people',
}
