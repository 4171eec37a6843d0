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
    'aktivitet aktiviteter bidrag sammanträde planerat kallat genomfört justerat inställt ' +
    'gruppen grupper rådet personer aktörer mandatperiod'
  ).split(' '),
)

/**
 * Names the English UI keeps: the program's own, the grant giver's, and the column headings a
 * member file must have (the import reads Swedish files).
 */
const KEPT_NAMES = new Set(['Rådsrum', 'Brå', 'Namn', 'Titel', 'Organisation', 'E', 'Telefon'])

const isSwedish = (word: string) =>
  !KEPT_NAMES.has(word) && (/[åäö]/i.test(word) || SWEDISH_WORDS.has(word.toLocaleLowerCase('sv')))

/** Every text the example data put in the database, longest first (so a title goes before its words). */
async function databaseTexts(db: AppHarness['db']) {
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
  // A chart label may lose the space where it wraps ("Barn- och" + "utbildningsförvaltningen").
  const squeezed = whole.map((value) => value.replace(/\s+/g, ''))
  // Proper names: capitalised words of the data ("Sundsvall", "Holm", "Stadshuset").
  const names = new Set(
    whole.flatMap((value) => value.match(/\p{Lu}[\p{L}-]*/gu) ?? []).map((word) => word),
  )
  return { whole, names, squeezed }
}

type DataTexts = Awaited<ReturnType<typeof databaseTexts>>

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

function swedishLeft(texts: string[], data: DataTexts): string[] {
  const found = new Set<string>()
  for (const text of texts)
    for (const line of text.split('\n')) {
      // A file path (the backup folder) is the disk's, not the UI's.
      let rest = line.replace(/(?:[A-Za-z]:)?[\\/][^\s“”]+/g, ' ')
      for (const value of data.whole) if (rest.includes(value)) rest = rest.split(value).join(' ')
      for (const word of rest.match(/\p{L}+/gu) ?? [])
        if (
          isSwedish(word) &&
          !data.names.has(word) &&
          !(word.length >= 12 && data.squeezed.some((value) => value.includes(word)))
        )
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

test('a server error is shown in the UI language', async ({ app }) => {
  const { page, db } = app
  await db.call('system.loadExampleData')
  const [existing] = await db.call('register.listOrganisations', {})
  const tryDuplicate = async (newLabel: string, nameLabel: string, saveLabel: string) => {
    await page.goto(new URL('#/register/organisations', page.url()).href)
    await page.getByRole('button', { name: newLabel }).click()
    await page.getByRole('textbox', { name: nameLabel, exact: true }).fill(existing!.name)
    await page.getByRole('button', { name: saveLabel, exact: true }).click()
  }
  await tryDuplicate('Ny aktör', 'Namn', 'Spara')
  await expect(
    page.getByText(`Det finns redan en aktör som heter ”${existing!.name}”.`),
  ).toBeVisible()
  await page.setViewportSize({ width: 1366, height: 768 })
  await page.screenshot({ path: 'test-results/screenshots/server-error-sv.png' })

  await page.evaluate(() => localStorage.setItem('radsrum.language', 'en'))
  await page.reload()
  await tryDuplicate('New organisation', 'Name', 'Save')
  await expect(
    page.getByText(`There is already an organisation called “${existing!.name}”.`),
  ).toBeVisible()
  await page.screenshot({ path: 'test-results/screenshots/server-error-en.png' })
})
