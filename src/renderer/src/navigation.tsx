import type { ReactElement } from 'react'
import { GoalDocumentPage } from './goals/GoalDocumentPage.tsx'
import { GoalDocumentsPage } from './goals/GoalDocumentsPage.tsx'
import { IdeaBoardPage } from './goals/IdeaBoardPage.tsx'
import { BudgetPage } from './budget/BudgetPage.tsx'
import { FinalReportPage } from './budget/FinalReportPage.tsx'
import { IndicatorsPage } from './budget/IndicatorsPage.tsx'
import { MeetingFrame } from './meetings/MeetingFrame.tsx'
import { MeetingPage } from './meetings/MeetingPage.tsx'
import { MeetingsPage } from './meetings/MeetingsPage.tsx'
import { RotationPage } from './meetings/RotationPage.tsx'
import { TemplatePage } from './meetings/TemplatePage.tsx'
import { MeetingAttendancePage } from './attendance/MeetingAttendancePage.tsx'
import { StatisticsPage } from './attendance/StatisticsPage.tsx'
import { BodiesPage } from './register/BodiesPage.tsx'
import { BodyPage } from './register/BodyPage.tsx'
import { ImportPage } from './register/ImportPage.tsx'
import { OrganisationsPage } from './register/OrganisationsPage.tsx'
import { PeoplePage } from './register/PeoplePage.tsx'
import { ActionsPage } from './minutes/ActionsPage.tsx'
import { DecisionsPage } from './minutes/DecisionsPage.tsx'
import { MinutesListPage } from './minutes/MinutesListPage.tsx'
import { MinutesPage } from './minutes/MinutesPage.tsx'
import { PhrasesPage } from './minutes/PhrasesPage.tsx'
import { SearchPage } from './minutes/SearchPage.tsx'
import { StartPage } from './start/StartPage.tsx'
import { BackupsPage } from './system/BackupsPage.tsx'
import { HelpPage } from './shell/HelpPage.tsx'

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
