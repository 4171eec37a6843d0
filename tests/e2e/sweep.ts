import type { Page } from '@playwright/test'
import { resources } from '../../src/renderer/src/i18n/resources.ts'
import type { TestDatabase } from '../support/testDatabase.ts'
import { exampleWithCouncilMeetingToday } from './worlds.ts'

/**
 * What the accessibility sweep (accessibility.spec.ts) opens: every route of routes.ts and every
 * dialog of the renderer, with the example data. The spec compares these lists with the source.
 */

export type Language = keyof typeof resources

/** The UI's own text for a key ('meetings:agenda.add'; the common namespace without a prefix). */
export type Say = (key: string, values?: Record<string, string | number>) => string

export function sayIn(language: Language): Say {
  return (key, values = {}) => {
    const [namespace, path] = key.includes(':') ? key.split(':') : ['common', key]
    let node: unknown = resources[language][namespace as keyof (typeof resources)['sv']]
    const parts = path!.split('.')
    const last = parts.pop()!
    for (const part of parts) node = (node as Record<string, unknown>)[part]
    const group = node as Record<string, string>
    const plural = values.count === 1 ? `${last}_one` : `${last}_other`
    const text = group[last] ?? group[plural]
    if (typeof text !== 'string') throw new Error(`No text for ${key} in ${language}`)
    return text.replace(/\{\{(\w+)\}\}/g, (_, name: string) => String(values[name]))
  }
}

/** The example data with today's council meeting held (everyone present), its minutes begun and an action. */
export async function sweepWorld(db: TestDatabase) {
  const { council, meeting } = await exampleWithCouncilMeetingToday(db, {
    everyonePresent: true,
  })
  const minutes = await db.call('minutes.begin', { meetingId: meeting.id })
  const other = minutes.paragraphs.find((paragraph) => paragraph.title === 'Övriga frågor')!
  const people = await db.call('register.listPeople', {})
  const action = 'Kartlägga klottret i Stenstaden'
  await db.call('minutes.addAction', {
    paragraphId: other.id,
    description: action,
    ownerPersonId: people[0]!.id,
    ownerOrganisationId: null,
    dueDate: '2027-01-31',
  })
  const meetings = await db.call('meetings.list', { bodyId: council.id })
  const planned = meetings.find((row) => row.status === 'planned' && row.id !== meeting.id)!
  const plannedItems = (await db.call('meetings.get', { id: planned.id })).items
  const [goalDocument] = await db.call('goals.listDocuments')
  const goal = await db.call('goals.getDocument', { id: goalDocument!.id })
  const body = await db.call('register.getBody', { id: council.id })
  return {
    council,
    meeting,
    membership: body.seats.flatMap((seat) => seat.holders)[0]!,
    other,
    action,
    planned,
    plannedItem: plannedItems[0]!,
    goal,
  }
}

export type World = Awaited<ReturnType<typeof sweepWorld>>

export interface Screen {
  /** The path as routes.ts writes it. */
  route: string
  /** The address with real ids. */
  path: (world: World) => string
  /** Tabs (their names) to open and check in turn, after the first. */
  tabs?: (say: Say, world: World) => (string | RegExp)[]
}

export const screens: Screen[] = [
  { route: '/', path: () => '/' },
  { route: '/meetings', path: () => '/meetings' },
  { route: '/meetings/:id', path: (world) => `/meetings/${world.planned.id}` },
  { route: '/agenda-templates', path: () => '/agenda-templates' },
  { route: '/rotation', path: () => '/rotation' },
  { route: '/attendance', path: () => '/attendance' },
  {
    route: '/meetings/:id/attendance',
    path: (world) => `/meetings/${world.meeting.id}/attendance`,
    tabs: (say) => [
      say('attendance:meeting.tabs.before'),
      say('attendance:meeting.tabs.items'),
      say('attendance:meeting.tabs.guests'),
    ],
  },
  { route: '/minutes', path: () => '/minutes' },
  { route: '/meetings/:id/minutes', path: (world) => `/meetings/${world.meeting.id}/minutes` },
  { route: '/actions', path: () => '/actions' },
  { route: '/decisions', path: () => '/decisions' },
  { route: '/phrases', path: () => '/phrases' },
  { route: '/search', path: () => '/search?q=trygghet' },
  { route: '/register/bodies', path: () => '/register/bodies' },
  { route: '/register/bodies/:id', path: (world) => `/register/bodies/${world.council.id}` },
  { route: '/register/organisations', path: () => '/register/organisations' },
  { route: '/register/people', path: () => '/register/people' },
  { route: '/register/import', path: () => '/register/import' },
  { route: '/goals', path: () => '/goals' },
  {
    route: '/goals/:id',
    path: (world) => `/goals/${world.goal.id}`,
    tabs: (say, world) => [
      say('goals:document.tabs.versions', { count: world.goal.versions.length }),
      say('goals:document.tabs.compare'),
    ],
  },
  { route: '/ideas', path: () => '/ideas' },
  { route: '/budget', path: () => '/budget' },
  { route: '/indicators', path: () => '/indicators' },
  { route: '/final-report', path: () => '/final-report' },
  { route: '/system/backups', path: () => '/system/backups' },
  { route: '/help', path: () => '/help' },
]

export interface Dialog {
  /** The file (under src/renderer/src) whose Modal, ConfirmDialog, confirm or Spotlight this is. */
  file: string
  name: string
  path: (world: World) => string
  open: (page: Page, say: Say, world: World) => Promise<void>
}

const button = (page: Page, name: string | RegExp) =>
  page.getByRole('button', { name, exact: typeof name === 'string' }).first()
const startsWith = (text: string) => new RegExp(`^${text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`)
const click = (page: Page, name: string | RegExp) => button(page, name).click()
/** A name that starts as the text before `#` ("Vilka har inte svarat? (#)"): for counts that vary. */
const before = (text: string) => startsWith(text.split('#')[0]!)

const attendance = (world: World) => `/meetings/${world.meeting.id}/attendance`
const minutes = (world: World) => `/meetings/${world.meeting.id}/minutes`
const goal = (world: World) => `/goals/${world.goal.id}`
const versions = (world: World) => `/goals/${world.goal.id}?tab=versions`
const versionMenu = async (page: Page, say: Say, world: World, item: string) => {
  await click(page, say('goals:version.actions', { number: world.goal.versions.length }))
  await page.getByRole('menuitem', { name: say(item) }).click()
}
const otherParagraph = (page: Page, world: World) =>
  page.getByRole('region', { name: new RegExp(`§ \\d+ ${world.other.title}`) })

export const dialogs: Dialog[] = [
  {
    file: 'attendance/UnansweredButton.tsx',
    name: 'Har inte svarat',
    path: attendance,
    open: async (page, say) => {
      await page.getByRole('tab', { name: say('attendance:meeting.tabs.before') }).click()
      await click(page, before(say('attendance:before.unanswered', { count: '#' })))
    },
  },
  {
    file: 'attendance/RangeModal.tsx',
    name: 'Närvaro för en ledamot',
    path: attendance,
    open: async (page, say, world) => {
      await page.getByRole('tab', { name: say('attendance:meeting.tabs.rollCall') }).click()
      // The row's button is named for its person ("Ändra: Karin Sjöberg").
      await click(page, `${say('attendance:rollCall.change')}: ${world.membership.personName}`)
    },
  },
  {
    file: 'minutes/ParagraphCard.tsx',
    name: 'Justera § omedelbart?',
    path: minutes,
    open: async (page, say, world) =>
      otherParagraph(page, world)
        .getByRole('button', { name: say('minutes:paragraph.markImmediate') })
        .click(),
  },
  {
    file: 'minutes/ActionItems.tsx',
    name: 'Ta bort uppdraget?',
    path: minutes,
    open: async (page, say, world) =>
      click(page, `${say('minutes:action.remove')}: ${world.action}`),
  },
  {
    file: 'minutes/AdjustmentCard.tsx',
    name: 'Justera protokollet?',
    path: minutes,
    open: async (page, say) => click(page, say('minutes:adjustment.adjust')),
  },
  {
    file: 'meetings/MeetingForm.tsx',
    name: 'Nytt möte',
    path: () => '/meetings',
    open: async (page, say) => click(page, say('meetings:overview.newMeeting')),
  },
  {
    file: 'meetings/YearPlanForm.tsx',
    name: 'Sammanträdesplan',
    path: () => '/meetings',
    open: async (page, say) => click(page, say('meetings:overview.yearPlan')),
  },
  {
    file: 'meetings/MeetingForm.tsx',
    name: 'Ändra möte',
    path: (world) => `/meetings/${world.planned.id}`,
    open: async (page, say) => click(page, say('meetings:meeting.edit')),
  },
  {
    file: 'meetings/MeetingPage.tsx',
    name: 'Ställa in mötet?',
    path: (world) => `/meetings/${world.planned.id}`,
    open: async (page, say) => click(page, say('meetings:meeting.cancel')),
  },
  {
    file: 'meetings/MeetingPage.tsx',
    name: 'Ta bort mötet?',
    path: (world) => `/meetings/${world.planned.id}`,
    open: async (page, say) => click(page, say('meetings:meeting.delete')),
  },
  {
    file: 'meetings/ItemForm.tsx',
    name: 'Ny punkt',
    path: (world) => `/meetings/${world.planned.id}`,
    open: async (page, say) => click(page, say('meetings:agenda.add')),
  },
  {
    file: 'meetings/common.tsx',
    name: 'Ta bort punkten?',
    path: (world) => `/meetings/${world.planned.id}`,
    open: async (page, say, world) =>
      click(page, say('meetings:agenda.remove', { title: world.plannedItem.title })),
  },
  {
    file: 'register/BodyForm.tsx',
    name: 'Ändra organ',
    path: (world) => `/register/bodies/${world.council.id}`,
    open: async (page, say) => click(page, say('register:bodies.edit')),
  },
  {
    file: 'register/MembershipForms.tsx',
    name: 'Ny plats',
    path: (world) => `/register/bodies/${world.council.id}`,
    open: async (page, say) => click(page, say('register:body.addSeat')),
  },
  {
    file: 'register/MembershipForms.tsx',
    name: 'Nytt uppdrag',
    path: (world) => `/register/bodies/${world.council.id}`,
    open: async (page, say) => click(page, say('register:body.addMember')),
  },
  {
    file: 'register/MembershipForms.tsx',
    name: 'Avsluta uppdrag',
    path: (world) => `/register/bodies/${world.council.id}`,
    open: async (page, say, world) =>
      click(page, `${say('register:body.endMembership')}: ${world.membership.personName}`),
  },
  {
    file: 'register/OrganisationForm.tsx',
    name: 'Ändra aktör',
    path: () => '/register/organisations',
    open: async (page, say) =>
      page
        .getByRole('table', { name: say('register:organisations.title') })
        .getByRole('row')
        .nth(1)
        .getByRole('button')
        .click(),
  },
  {
    file: 'register/PersonForm.tsx',
    name: 'Ändra person',
    path: () => '/register/people',
    open: async (page, say) =>
      page
        .getByRole('table', { name: say('register:people.title') })
        .getByRole('row')
        .nth(1)
        .getByRole('button')
        .click(),
  },
  {
    file: 'goals/GoalDocumentsPage.tsx',
    name: 'Nytt måldokument',
    path: () => '/goals',
    open: async (page, say) => click(page, say('goals:list.new')),
  },
  {
    file: 'goals/GoalDocumentPage.tsx',
    name: 'Spara version',
    path: goal,
    open: async (page, say) => click(page, say('goals:document.saveVersion')),
  },
  {
    file: 'goals/GoalDocumentPage.tsx',
    name: 'Anta version',
    path: goal,
    open: async (page, say) => click(page, say('goals:document.adopt')),
  },
  {
    file: 'goals/GoalDocumentPage.tsx',
    name: 'Ta bort avsnittet?',
    path: goal,
    open: async (page, say, world) =>
      click(page, say('goals:editor.remove', { heading: world.goal.sections.at(-1)!.heading })),
  },
  {
    file: 'goals/GoalDocumentPage.tsx',
    name: 'Visa version',
    path: versions,
    open: async (page, say) => click(page, say('goals:version.show')),
  },
  {
    file: 'goals/GoalDocumentPage.tsx',
    name: 'Ändra kommentar',
    path: versions,
    open: async (page, say, world) => versionMenu(page, say, world, 'goals:version.editComment'),
  },
  {
    file: 'goals/GoalDocumentPage.tsx',
    name: 'Återställa version?',
    path: versions,
    open: async (page, say, world) => versionMenu(page, say, world, 'goals:version.restore'),
  },
  {
    file: 'goals/IdeaBoardPage.tsx',
    name: 'Ändra idé',
    path: () => '/ideas',
    open: async (page) => page.getByRole('listitem').first().getByRole('button').first().click(),
  },
  {
    file: 'goals/IdeaBoardPage.tsx',
    name: 'Ta bort idén?',
    path: () => '/ideas',
    open: async (page, say) => {
      await page.getByRole('listitem').first().getByRole('button').first().click()
      await page
        .getByRole('dialog')
        .getByRole('button', { name: say('actions.delete') })
        .click()
    },
  },
  {
    file: 'budget/ActivityForm.tsx',
    name: 'Ändra aktivitet',
    path: () => '/budget',
    open: async (page, say) =>
      page
        .getByRole('table', { name: say('budget:page.activities') })
        .getByRole('row')
        .nth(1)
        .getByRole('button')
        .first()
        .click(),
  },
  {
    file: 'budget/GrantForm.tsx',
    name: 'Ändra bidrag',
    path: () => '/budget',
    open: async (page, say) => click(page, say('actions.edit')),
  },
  {
    file: 'budget/IndicatorsPage.tsx',
    name: 'Ändra indikator',
    path: () => '/indicators',
    open: async (page, say) => click(page, say('budget:indicators.edit')),
  },
  {
    file: 'system/BackupsPage.tsx',
    name: 'Tömma databasen?',
    path: () => '/system/backups',
    open: async (page, say) => click(page, say('system:startOver.button')),
  },
  {
    file: 'shell/GoTo.tsx',
    name: 'Sök eller gå till',
    path: () => '/',
    open: async (page, say) => click(page, say('goTo.button')),
  },
]
