import type { Locator, Page } from '@playwright/test'
import type { TestDatabase } from './testDatabase.ts'

/**
 * The whole meeting cycle as a secretary walks it through the screens, shared by the e2e test
 * (tests/e2e/cycle.spec.ts, which checks the result) and `npm run bench` (which prints the count).
 * No @playwright/test runner here (only its types), so the bench can run it as a plain script.
 */

/** Plays the secretary: every click, key press and fill goes through here and is counted, per step. */
export class Secretary {
  readonly actions: { step: string; what: string }[] = []
  readonly page: Page
  private current = ''
  constructor(page: Page) {
    this.page = page
  }
  step(name: string): void {
    this.current = name
  }
  async click(target: Locator, what: string): Promise<void> {
    await target.click()
    this.actions.push({ step: this.current, what: `click ${what}` })
  }
  async press(key: string): Promise<void> {
    await this.page.keyboard.press(key)
    this.actions.push({ step: this.current, what: `press ${key}` })
  }
  async fill(target: Locator, value: string, what: string): Promise<void> {
    await target.fill(value)
    this.actions.push({ step: this.current, what: `fill ${what}` })
  }
  /**
   * Clicks a button that asks for confirmation, and confirms: the browser's confirm() (accepted
   * as the secretary would, one action) or the app's own dialog (its button named `confirmName`).
   */
  async clickAndConfirm(target: Locator, what: string, confirmName: string): Promise<void> {
    let native = false
    const accept = (dialog: { accept(): Promise<void> }) => {
      native = true
      void dialog.accept()
    }
    this.page.once('dialog', accept)
    await this.click(target, what)
    if (!native) {
      this.page.off('dialog', accept)
      await this.page.getByRole('dialog').getByRole('button', { name: confirmName }).click()
    }
    this.actions.push({ step: this.current, what: `confirm "${confirmName}"` })
  }
  /** Actions per step, in the order the steps came. */
  perStep(): [string, number][] {
    const counts = new Map<string, number>()
    for (const action of this.actions) counts.set(action.step, (counts.get(action.step) ?? 0) + 1)
    return [...counts]
  }
}

export const CYCLE_DATE = '2026-11-25'
export const CYCLE_DECISIONS = [
  'att ge Polisen i uppdrag att kartlägga klottret i Stenstaden',
  'att bjuda in Bostadsbolaget Mittbo till nästa möte',
  'att genomföra en trygghetsvandring i Stenstaden i mars',
]

export interface CycleMeeting {
  id: number
  bodyName: string
  date: string
}

/**
 * The data the cycle starts from (not counted): the example data and a council meeting on the
 * test clock's day, so the roll call can be taken.
 */
export async function prepareCycle(db: { call: TestDatabase['call'] }): Promise<CycleMeeting> {
  await db.call('system.loadExampleData')
  const council = (await db.call('register.listBodies')).find((body) => body.kind === 'council')!
  const meeting = await db.call('meetings.create', {
    bodyId: council.id,
    date: CYCLE_DATE,
    startTime: '13:15',
    endTime: '15:00',
    place: 'Stadshuset, sal B',
  })
  return { id: meeting.id, bodyName: council.name, date: meeting.date }
}

const visible = (locator: Locator) => locator.waitFor({ state: 'visible', timeout: 30_000 })
const saved = (page: Page) => visible(page.getByText('Dokumentet sparades').last())

/**
 * From the start page: notice → apologies and one deputy → roll call → minutes with three
 * decisions, two action items (one then edited), one immediate adjustment, adjusters, adjustment →
 * the minutes as Word. Waits for what the secretary would see before the next action.
 */
export async function walkCycle(page: Page, meeting: CycleMeeting): Promise<Secretary> {
  const me = new Secretary(page)
  page.setDefaultTimeout(30_000)
  const heading = `${meeting.bodyName} ${meeting.date}`

  me.step('kallelse')
  // The menu opens only the current screen's group: from the start page, Möten is folded.
  const menu = page.getByRole('navigation', { name: 'Huvudmeny' })
  await me.click(menu.getByText('Möten', { exact: true }), 'menu group "Möten"')
  await me.click(menu.getByRole('link', { name: 'Översikt', exact: true }), 'menu "Översikt"')
  await me.click(
    page
      .getByRole('region', { name: 'Att göra' })
      .getByRole('link', { name: new RegExp(`${meeting.bodyName}.*25 november 2026`) })
      .first(),
    'to-do card of the meeting',
  )
  await visible(page.getByRole('heading', { name: heading }))
  // The agenda shows the open actions carried from earlier meetings under Uppföljning av uppdrag.
  await visible(
    page
      .getByLabel('Öppna uppdrag från tidigare möten')
      .getByText(/senast/)
      .first(),
  )
  await me.click(page.getByRole('button', { name: 'Kallelse (.docx)' }), '"Kallelse (.docx)"')
  await saved(page)
  await me.click(page.getByRole('button', { name: 'Ja, markera som kallat' }), 'mark as called')
  await visible(page.getByText('Mötet är nu: Kallat'))

  me.step('förhinder och ersättare')
  await me.click(page.getByRole('tab', { name: 'Närvaro', exact: true }), 'tab "Närvaro"')
  await me.click(page.getByRole('tab', { name: 'Före mötet' }), 'tab "Före mötet"')
  await me.click(page.getByRole('button', { name: 'Förhinder: Anders Holm' }), 'apologies')
  await me.click(page.getByRole('button', { name: 'Kalla Sara Nyberg' }), 'call the deputy')
  await visible(page.getByText('Sara Nyberg är kallad att tjänstgöra.'))

  me.step('upprop')
  await me.click(page.getByRole('tab', { name: 'Upprop' }), 'tab "Upprop"')
  await visible(page.locator('tr:focus'))
  // Nobody is away but Anders (förhinder, marked before the meeting): Shift+N marks everyone else
  // called present, Sara included; the deputies not called in stay unmarked.
  await me.press('Shift+N')
  await visible(page.getByText(/Närvarande 13 · Förhinder 1 · Frånvarande 0 · Ej markerade 0/))

  me.step('protokoll')
  // The minutes are a tab of the same meeting page.
  await me.click(page.getByRole('tab', { name: 'Protokoll', exact: true }), 'tab "Protokoll"')
  await me.click(page.getByRole('button', { name: 'Börja protokollet' }), '"Börja protokollet"')
  const other = page.getByRole('region', { name: /§ \d+ Övriga frågor/ })
  await visible(other)
  await me.fill(
    other.getByLabel('Redogörelse'),
    'Polisen tog upp klotter vid Stenstaden.',
    'the account',
  )
  for (const [index, decision] of CYCLE_DECISIONS.entries()) {
    await me.click(other.getByRole('button', { name: 'Lägg till beslut' }), 'add a decision')
    await me.fill(
      other.getByRole('textbox', { name: `Beslut ${index + 1}` }),
      decision,
      `decision ${index + 1}`,
    )
  }
  // The § saves as it is typed (no save click).
  await visible(other.getByRole('status').getByText('Sparat', { exact: true }))

  me.step('uppdrag')
  const actions: [string, string, string][] = [
    ['Kartlägga klottret i Stenstaden', 'Polisen', '2027-01-31'],
    ['Bjuda in Bostadsbolaget Mittbo', 'Bostadsbolaget Mittbo', '2027-02-15'],
  ]
  for (const [description, owner, due] of actions) {
    await me.click(other.getByRole('button', { name: 'Nytt uppdrag' }), '"Nytt uppdrag"')
    const form = other.getByRole('region', { name: 'Nytt uppdrag' })
    await me.fill(form.getByLabel('Uppdrag'), description, 'the action')
    await me.fill(
      form.getByRole('combobox', { name: 'Ansvarig aktör' }),
      owner.slice(0, 6),
      'the owner',
    )
    await me.click(page.getByRole('option', { name: owner, exact: true }), `option "${owner}"`)
    await me.fill(form.getByLabel('Klart senast'), due, 'the due date')
    await me.click(form.getByRole('button', { name: 'Spara uppdraget' }), '"Spara uppdraget"')
    await visible(other.getByText(description))
  }
  await editAction(me, other, actions[1]![0])

  me.step('omedelbar justering')
  const situation = page.getByRole('region', { name: /§ \d+ Lägesbild/ })
  await me.clickAndConfirm(
    situation.getByRole('button', { name: 'Justera omedelbart' }),
    'immediate',
    'Justera omedelbart',
  )
  await visible(situation.getByText('Omedelbart justerad').first())

  me.step('justerare och justering')
  // Beginning the minutes chose the adjusters by the rotation; the secretary keeps them.
  await visible(page.getByText(/Förslag enligt turordningen: \S/))
  await me.fill(page.getByLabel('Justeringsdatum'), meeting.date, 'the adjustment date')
  await me.clickAndConfirm(
    page.getByRole('button', { name: 'Protokollet är justerat' }),
    'adjust',
    'Protokollet är justerat',
  )
  await visible(page.getByText(/Protokollet justerades .* och är låst/))

  me.step('protokoll i Word')
  await me.click(page.getByRole('button', { name: 'Protokoll (.docx)' }), '"Protokoll (.docx)"')
  await saved(page)
  return me
}

/** One edited action: the second is given to another owner (Polisen) in its edit form. */
async function editAction(me: Secretary, paragraph: Locator, description: string): Promise<void> {
  me.step('ändrat uppdrag')
  await me.click(
    paragraph.getByRole('button', { name: `Ändra uppdraget ${description}`, exact: true }),
    'edit the second action',
  )
  const form = paragraph.getByRole('region', { name: `Ändra uppdraget ${description}` })
  await me.fill(form.getByRole('combobox', { name: 'Ansvarig aktör' }), 'Polis', 'the owner')
  await me.click(me.page.getByRole('option', { name: 'Polisen', exact: true }), 'option "Polisen"')
  await me.click(form.getByRole('button', { name: 'Spara ändringen' }), '"Spara ändringen"')
  await form.waitFor({ state: 'hidden' })
}
