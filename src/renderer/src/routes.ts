/**
 * Every screen's address, grouped as the side menu shows them; navigation.tsx gives each its
 * element. Kept free of components so tests can read the route table (the accessibility test
 * fails on a route it does not check). An area adds its addresses here.
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
  group?: `nav.${string}`
  /** A label (a key in the common namespace's `nav` group) puts the route in the menu. */
  links: readonly { path: string; label?: `nav.${string}` }[]
}[]

export type RoutePath = (typeof routes)[number]['links'][number]['path']
