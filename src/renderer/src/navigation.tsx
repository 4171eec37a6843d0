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

export interface NavLinkSpec {
  path: string
  /** A key in the common namespace's `nav` group; routes without one are not in the menu. */
  label?: `nav.${string}`
  element: ReactElement
}

/** Every screen, grouped as the side menu shows them. An area adds its group here. */
export const navigation: { group?: `nav.${string}`; links: NavLinkSpec[] }[] = [
  { links: [{ path: '/', label: 'nav.start', element: <StartPage /> }] },
  {
    group: 'nav.meetings',
    links: [
      { path: '/meetings', label: 'nav.meetingsOverview', element: <MeetingsPage /> },
      {
        path: '/meetings/:id',
        element: (
          <MeetingFrame tab="agenda">
            <MeetingPage />
          </MeetingFrame>
        ),
      },
      { path: '/agenda-templates', label: 'nav.templates', element: <TemplatePage /> },
      { path: '/rotation', label: 'nav.rotation', element: <RotationPage /> },
      { path: '/attendance', label: 'nav.attendance', element: <StatisticsPage /> },
      {
        path: '/meetings/:id/attendance',
        element: (
          <MeetingFrame tab="attendance">
            <MeetingAttendancePage />
          </MeetingFrame>
        ),
      },
      { path: '/minutes', label: 'nav.minutes', element: <MinutesListPage /> },
      {
        path: '/meetings/:id/minutes',
        element: (
          <MeetingFrame tab="minutes">
            <MinutesPage />
          </MeetingFrame>
        ),
      },
      { path: '/actions', label: 'nav.actions', element: <ActionsPage /> },
      { path: '/decisions', label: 'nav.decisions', element: <DecisionsPage /> },
      { path: '/phrases', label: 'nav.phrases', element: <PhrasesPage /> },
      { path: '/search', label: 'nav.search', element: <SearchPage /> },
    ],
  },
  {
    group: 'nav.register',
    links: [
      { path: '/register/bodies', label: 'nav.bodies', element: <BodiesPage /> },
      { path: '/register/bodies/:id', element: <BodyPage /> },
      {
        path: '/register/organisations',
        label: 'nav.organisations',
        element: <OrganisationsPage />,
      },
      { path: '/register/people', label: 'nav.people', element: <PeoplePage /> },
      { path: '/register/import', label: 'nav.import', element: <ImportPage /> },
    ],
  },
  {
    group: 'nav.goals',
    links: [
      { path: '/goals', label: 'nav.goalDocuments', element: <GoalDocumentsPage /> },
      { path: '/goals/:id', element: <GoalDocumentPage /> },
      { path: '/ideas', label: 'nav.ideas', element: <IdeaBoardPage /> },
    ],
  },
  {
    group: 'nav.followUp',
    links: [
      { path: '/budget', label: 'nav.budget', element: <BudgetPage /> },
      { path: '/indicators', label: 'nav.indicators', element: <IndicatorsPage /> },
      { path: '/final-report', label: 'nav.finalReport', element: <FinalReportPage /> },
    ],
  },
  {
    group: 'nav.system',
    links: [
      { path: '/system/backups', label: 'nav.backups', element: <BackupsPage /> },
      { path: '/help', label: 'nav.help', element: <HelpPage /> },
    ],
  },
]
