import type { Page } from '@playwright/test'
import { expect, test, type AppHarness } from './harness.ts'

/**
 * The English UI says nothing in Swedish: every screen's visible text, aria-labels, placeholders
 * and titles are read with the example council loaded, and a word that is Swedish fails the test.
 * The example data (people, places, agenda titles, minutes) is Swedish by nature: its texts are
 * taken from the database and removed before the check, never listed here.
 */

/** Common Swedish words without å, ä or ö (a word with one of those is Swedish by itself). */
const SWEDISH_WORDS = new Set(
  (
    'och att som med det eller inte ingen inga inget alla alltid spara sparat sparad sparas ' +
    'ändra visa sök namn tid plats protokoll protokollet kallelse kallelsen dagordning ' +
    'dagordningen ledamot ersättare beslut beslutet uppdrag uppdraget vecka dag dagar ny nytt nya ' +
    'lägg ta bort hem mot vid har ska kan kommer inte jag du vi ni de hon han hen den denna detta ' +
    'mer mindre innan efter sedan samt utan eller men kl januari februari mars maj juni juli ' +
    'augusti oktober tisdag onsdag torsdag fredag organet mallen punkt punkter ' +
    'aktivitet aktiviteter bidrag budget sammanträde planerat kallat genomfört justerat inställt ' +
    'gruppen grupper rådet personer person organisation aktörer mandatperiod'
  ).split(' '),
)

const isSwedish = (word: string) =>
  /[åäö]/i.test(word) || SWEDISH_WORDS.has(word.toLocaleLowerCase('sv'))

/** Every text the example data put in the database, longest first (so a title goes before its words). */
async function databaseTexts(
  db: AppHarness['db'],
): Promise<{ whole: string[]; names: Set<string> }> {
  const native = await db.database.orm.em.getConnection().getNativeClient()
  const tables = native
    .prepare("select name from sqlite_master where type = 'table' and name not like 'sqlite_%'")
    .pluck()
    .all() as string[]
  const values = new Set<string>()
  for (const table of tables) {
    const columns = (
      native.prepare(`pragma table_info(\`${table}\`)`).all() as { name: string; type: string }[]
    )
      .filter((column) => /text|char/i.test(column.type))
      .map((column) => column.name)
    for (const column of columns)
      for (const value of native.prepare(`select \`${column}\` from \`${table}\``).pluck().all())
        if (typeof value === 'string' && value.trim().length > 1)
          for (const line of value.split('\n')) if (line.trim().length > 1) values.add(line.trim())
  }
  const whole = [...values].sort((a, b) => b.length - a.length)
  // Proper names: capitalised words of the data ("Sundsvall", "Holm", "Stadshuset").
  const names = new Set(
    whole.flatMap((value) => value.match(/\p{Lu}[\p{L}-]*/gu) ?? []).map((word) => word),
  )
  return { whole, names }
}

/** What a user sees or hears on the page: its text, aria-labels, placeholders, titles and alt texts. */
const SCREEN_TEXT = `(() => {
  const names = ['aria-label', 'placeholder', 'title', 'alt', 'aria-description']
  const texts = [document.body.innerText, document.title]
  for (const element of document.querySelectorAll(names.map((name) => '[' + name + ']').join(',')))
    for (const name of names) {
      const value = element.getAttribute(name)
      if (value) texts.push(value)
    }
  return texts
})()`
const screenText = (page: Page): Promise<string[]> => page.evaluate<string[]>(SCREEN_TEXT)

function swedishLeft(texts: string[], data: { whole: string[]; names: Set<string> }): string[] {
  const found = new Set<string>()
  for (const text of texts)
    for (const line of text.split('\n')) {
      let rest = line
      for (const value of data.whole) if (rest.includes(value)) rest = rest.split(value).join(' ')
      for (const word of rest.match(/\p{L}+/gu) ?? [])
        if (isSwedish(word) && !data.names.has(word))
          found.add(`${word} (in “${line.trim().slice(0, 90)}”)`)
    }
  return [...found]
}

test('the English UI shows no Swedish on any screen', async ({ app }) => {
  test.setTimeout(300_000)
  const { page, db } = app
  await db.call('system.loadExampleData')
  const bodies = await db.call('register.listBodies')
  const council = bodies.find((body) => body.kind === 'council')!
  const meetings = await db.call('meetings.list', { bodyId: council.id })
  const held = meetings.find((meeting) => meeting.status === 'minutesAdjusted') ?? meetings[0]!
  const planned = meetings.find((meeting) => meeting.status === 'planned') ?? meetings.at(-1)!
  const [goalDocument] = await db.call('goals.listDocuments')
  const data = await databaseTexts(db)

  await page.evaluate(() => localStorage.setItem('radsrum.language', 'en'))
  await page.reload()
  await expect(page.locator('html')).toHaveAttribute('lang', 'en')

  const routes = [
    '#/',
    '#/meetings',
    `#/meetings/${held.id}`,
    `#/meetings/${planned.id}`,
    `#/meetings/${held.id}/attendance`,
    `#/meetings/${planned.id}/attendance`,
    `#/meetings/${held.id}/minutes`,
    '#/agenda-templates',
    '#/rotation',
    '#/attendance',
    '#/minutes',
    '#/actions',
    '#/decisions',
    '#/phrases',
    '#/search',
    '#/register/bodies',
    `#/register/bodies/${council.id}`,
    '#/register/organisations',
    '#/register/people',
    '#/register/import',
    '#/goals',
    ...(goalDocument ? [`#/goals/${goalDocument.id}`] : []),
    '#/ideas',
    '#/budget',
    '#/indicators',
    '#/final-report',
    '#/system/backups',
    '#/help',
  ]
  const problems: string[] = []
  for (const route of routes) {
    await page.goto(new URL(route, page.url()).href)
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible()
    // Queries answer within a moment; then nothing is loading any more.
    await expect(page.locator('.mantine-Loader-root')).toHaveCount(0, { timeout: 15_000 })
    await page.waitForTimeout(300)
    for (const word of swedishLeft(await screenText(page), data)) problems.push(`${route}: ${word}`)
  }
  expect(problems).toEqual([])
})
