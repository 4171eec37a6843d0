/**
 * Every screen's address, grouped as the side menu shows them, with the menu's names in both
 * languages: one list for the renderer (routes.ts, the side menu, Ctrl+K) and main (the
 * application menu's Gå till). Free of components, so tests read it (the accessibility test fails
 * on a route it does not check). An area adds its addresses here.
 */
export const routes = [
  { links: [{ path: '/', label: 'nav.start' }] },
  {
    group: 'nav.meetings',
    links: [
      { path: '/meetings', label: 'nav.meetingsOverview' },
      { path: '/meetings/:id' },
      { path: '/agenda-templates', label: 'nav.templates' },
      { path: '/rotation', label: 'nav.rotation' },
      { path: '/attendance', label: 'nav.attendance' },
      { path: '/meetings/:id/attendance' },
      { path: '/minutes', label: 'nav.minutes' },
      { path: '/meetings/:id/minutes' },
      { path: '/actions', label: 'nav.actions' },
      { path: '/decisions', label: 'nav.decisions' },
      { path: '/phrases', label: 'nav.phrases' },
      { path: '/search', label: 'nav.search' },
    ],
  },
  {
    group: 'nav.register',
    links: [
      { path: '/register/bodies', label: 'nav.bodies' },
      { path: '/register/bodies/:id' },
      { path: '/register/organisations', label: 'nav.organisations' },
      { path: '/register/people', label: 'nav.people' },
      { path: '/register/import', label: 'nav.import' },
    ],
  },
  {
    group: 'nav.goals',
    links: [
      { path: '/goals', label: 'nav.goalDocuments' },
      { path: '/goals/:id' },
      { path: '/ideas', label: 'nav.ideas' },
    ],
  },
  {
    group: 'nav.followUp',
    links: [
      { path: '/budget', label: 'nav.budget' },
      { path: '/indicators', label: 'nav.indicators' },
      { path: '/final-report', label: 'nav.finalReport' },
    ],
  },
  {
    group: 'nav.system',
    links: [
      { path: '/system/backups', label: 'nav.backups' },
      { path: '/help', label: 'nav.help' },
    ],
  },
] as const satisfies readonly {
  group?: `nav.${NavKey}`
  /** A label (a key in the common namespace's `nav` group) puts the route in the menu. */
  links: readonly { path: string; label?: `nav.${NavKey}` }[]
}[]

export type RoutePath = (typeof routes)[number]['links'][number]['path']

const sv = {
  phrases: 'Standardfraser',
  meetings: 'Möten',
  meetingsOverview: 'Översikt',
  templates: 'Mallar för dagordning',
  rotation: 'Presentationsordning',
  attendance: 'Närvaro',
  minutes: 'Protokoll',
  actions: 'Uppdrag',
  decisions: 'Beslut',
  search: 'Sök',
  start: 'Start',
  register: 'Register',
  organisations: 'Aktörer',
  people: 'Personer',
  bodies: 'Råd och grupper',
  import: 'Importera personer',
  goals: 'Mål och idéer',
  goalDocuments: 'Måldokument',
  ideas: 'Idébank',
  followUp: 'Uppföljning',
  budget: 'Budget och aktiviteter',
  indicators: 'Indikatorer',
  finalReport: 'Slutrapport',
  system: 'System',
  backups: 'Säkerhetskopior',
  help: 'Hjälp',
}

export type NavKey = keyof typeof sv

/** The side menu's and the application menu's names (the common namespace's `nav` group). */
export const navLabels: Record<'sv' | 'en', Record<NavKey, string>> = {
  sv,
  en: {
    phrases: 'Standard phrases',
    meetings: 'Meetings',
    meetingsOverview: 'Overview',
    templates: 'Agenda templates',
    rotation: 'Presentation rota',
    attendance: 'Attendance',
    minutes: 'Minutes',
    actions: 'Action items',
    decisions: 'Decisions',
    search: 'Search',
    start: 'Start',
    register: 'Register',
    organisations: 'Organisations',
    people: 'People',
    bodies: 'Council and groups',
    import: 'Import people',
    goals: 'Goals and ideas',
    goalDocuments: 'Goal documents',
    ideas: 'Idea bank',
    followUp: 'Follow-up',
    budget: 'Budget and activities',
    indicators: 'Indicators',
    finalReport: 'Final report',
    system: 'System',
    backups: 'Backups',
    help: 'Help',
  },
}

/** Program-wide shortcuts to areas, in the order the help page lists them (App.tsx binds them). */
export const areaShortcuts = [
  { keys: 'alt+1', path: '/' },
  { keys: 'alt+2', path: '/meetings' },
  { keys: 'alt+3', path: '/minutes' },
  { keys: 'alt+4', path: '/register/bodies' },
  { keys: 'alt+5', path: '/goals' },
  { keys: 'alt+6', path: '/budget' },
  { keys: 'F1', path: '/help' },
] as const satisfies readonly { keys: string; path: RoutePath }[]
