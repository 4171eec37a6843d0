import { lazy, type ComponentType, type ReactElement } from 'react'
// The meeting tabs' frame stays in the first chunk: it is small and wraps three lazy screens.
import { MeetingFrame } from './meetings/MeetingFrame.tsx'
import { StartPage } from './start/StartPage.tsx'

/**
 * A screen whose code is loaded when it is first opened (App.tsx shows a loader meanwhile): the
 * first chunk holds the shell and the start page, and each area with its libraries (charts, drag
 * and drop, diffs) comes on demand.
 */
function lazyNamed<Name extends string, Props extends object>(
  load: () => Promise<Record<NoInfer<Name>, ComponentType<Props>>>,
  name: Name,
) {
  loaders.push(load)
  return lazy(async () => ({ default: (await load())[name] }))
}

const loaders: (() => Promise<unknown>)[] = []

/** Fetches every screen's code once the first screen is painted, so later navigation does not wait. */
export function preloadScreens(): void {
  for (const load of loaders) void load().catch(() => undefined)
}

const GoalDocumentPage = lazyNamed(() => import('./goals/GoalDocumentPage.tsx'), 'GoalDocumentPage')
const GoalDocumentsPage = lazyNamed(
  () => import('./goals/GoalDocumentsPage.tsx'),
  'GoalDocumentsPage',
)
const IdeaBoardPage = lazyNamed(() => import('./goals/IdeaBoardPage.tsx'), 'IdeaBoardPage')
const BudgetPage = lazyNamed(() => import('./budget/BudgetPage.tsx'), 'BudgetPage')
const FinalReportPage = lazyNamed(() => import('./budget/FinalReportPage.tsx'), 'FinalReportPage')
const IndicatorsPage = lazyNamed(() => import('./budget/IndicatorsPage.tsx'), 'IndicatorsPage')
const MeetingPage = lazyNamed(() => import('./meetings/MeetingPage.tsx'), 'MeetingPage')
const MeetingsPage = lazyNamed(() => import('./meetings/MeetingsPage.tsx'), 'MeetingsPage')
const RotationPage = lazyNamed(() => import('./meetings/RotationPage.tsx'), 'RotationPage')
const TemplatePage = lazyNamed(() => import('./meetings/TemplatePage.tsx'), 'TemplatePage')
const MeetingAttendancePage = lazyNamed(
  () => import('./attendance/MeetingAttendancePage.tsx'),
  'MeetingAttendancePage',
)
const StatisticsPage = lazyNamed(() => import('./attendance/StatisticsPage.tsx'), 'StatisticsPage')
const BodiesPage = lazyNamed(() => import('./register/BodiesPage.tsx'), 'BodiesPage')
const BodyPage = lazyNamed(() => import('./register/BodyPage.tsx'), 'BodyPage')
const ImportPage = lazyNamed(() => import('./register/ImportPage.tsx'), 'ImportPage')
const OrganisationsPage = lazyNamed(
  () => import('./register/OrganisationsPage.tsx'),
  'OrganisationsPage',
)
const PeoplePage = lazyNamed(() => import('./register/PeoplePage.tsx'), 'PeoplePage')
const ActionsPage = lazyNamed(() => import('./minutes/ActionsPage.tsx'), 'ActionsPage')
const DecisionsPage = lazyNamed(() => import('./minutes/DecisionsPage.tsx'), 'DecisionsPage')
const MinutesListPage = lazyNamed(() => import('./minutes/MinutesListPage.tsx'), 'MinutesListPage')
const MinutesPage = lazyNamed(() => import('./minutes/MinutesPage.tsx'), 'MinutesPage')
const PhrasesPage = lazyNamed(() => import('./minutes/PhrasesPage.tsx'), 'PhrasesPage')
const SearchPage = lazyNamed(() => import('./minutes/SearchPage.tsx'), 'SearchPage')
const BackupsPage = lazyNamed(() => import('./system/BackupsPage.tsx'), 'BackupsPage')
const HelpPage = lazyNamed(() => import('./shell/HelpPage.tsx'), 'HelpPage')

import { routes, type RoutePath } from './routes.ts'

export interface NavLinkSpec {
  path: RoutePath
  /** A key in the common namespace's `nav` group; routes without one are not in the menu. */
  label?: `nav.${string}`
  element: ReactElement
}

/** Each address's screen: a Record, so an address in routes.ts without a screen does not compile. */
const screens: Record<RoutePath, ReactElement> = {
  '/': <StartPage />,
  '/meetings': <MeetingsPage />,
  '/meetings/:id': (
    <MeetingFrame tab="agenda">
      <MeetingPage />
    </MeetingFrame>
  ),
  '/agenda-templates': <TemplatePage />,
  '/rotation': <RotationPage />,
  '/attendance': <StatisticsPage />,
  '/meetings/:id/attendance': (
    <MeetingFrame tab="attendance">
      <MeetingAttendancePage />
    </MeetingFrame>
  ),
  '/minutes': <MinutesListPage />,
  '/meetings/:id/minutes': (
    <MeetingFrame tab="minutes">
      <MinutesPage />
    </MeetingFrame>
  ),
  '/actions': <ActionsPage />,
  '/decisions': <DecisionsPage />,
  '/phrases': <PhrasesPage />,
  '/search': <SearchPage />,
  '/register/bodies': <BodiesPage />,
  '/register/bodies/:id': <BodyPage />,
  '/register/organisations': <OrganisationsPage />,
  '/register/people': <PeoplePage />,
  '/register/import': <ImportPage />,
  '/goals': <GoalDocumentsPage />,
  '/goals/:id': <GoalDocumentPage />,
  '/ideas': <IdeaBoardPage />,
  '/budget': <BudgetPage />,
  '/indicators': <IndicatorsPage />,
  '/final-report': <FinalReportPage />,
  '/system/backups': <BackupsPage />,
  '/help': <HelpPage />,
}

/** Every screen, grouped as the side menu shows them. */
export const navigation: { group?: `nav.${string}`; links: NavLinkSpec[] }[] = routes.map(
  (section) => ({
    group: 'group' in section ? section.group : undefined,
    links: section.links.map((link) => ({
      path: link.path,
      label: 'label' in link ? link.label : undefined,
      element: screens[link.path],
    })),
  }),
)
