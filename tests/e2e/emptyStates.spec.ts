import type { Page } from '@playwright/test'
import { axeViolations } from './axe.ts'
import { expect, test } from './harness.ts'
import { sayIn, type Say } from './sweep.ts'

/**
 * A new, empty database: every list screen says what to do first and offers a button for it,
 * and the button leads there (a form on the screen, or the screen where it can be done).
 */

type Leads = { dialog: true } | { route: string }

interface EmptyScreen {
  route: string
  text: string
  button: string
  leads: Leads
}

const screens = (say: Say): EmptyScreen[] => [
  {
    route: '/meetings',
    text: say('meetings:overview.noBody'),
    button: say('meetings:overview.registerBody'),
    leads: { route: '/register/bodies' },
  },
  {
    route: '/register/bodies',
    text: say('empty.bodies'),
    button: say('register:bodies.new'),
    leads: { dialog: true },
  },
  {
    route: '/register/organisations',
    text: say('empty.organisations'),
    button: say('register:organisations.new'),
    leads: { dialog: true },
  },
  {
    route: '/register/people',
    text: say('empty.people'),
    button: say('empty.importPeople'),
    leads: { route: '/register/import' },
  },
  {
    route: '/minutes',
    text: say('empty.minutes'),
    button: say('empty.toMeetings'),
    leads: { route: '/meetings' },
  },
  {
    route: '/actions',
    text: say('empty.actions'),
    button: say('empty.toMinutes'),
    leads: { route: '/minutes' },
  },
  {
    route: '/decisions',
    text: say('empty.decisions'),
    button: say('empty.toMinutes'),
    leads: { route: '/minutes' },
  },
  {
    route: '/agenda-templates',
    text: say('empty.noBody'),
    button: say('empty.registerCouncil'),
    leads: { route: '/register/bodies' },
  },
  {
    route: '/phrases',
    text: say('empty.noBody'),
    button: say('empty.registerCouncil'),
    leads: { route: '/register/bodies' },
  },
  {
    route: '/rotation',
    text: say('empty.noCouncil'),
    button: say('empty.registerCouncil'),
    leads: { route: '/register/bodies' },
  },
  {
    route: '/goals',
    text: say('goals:list.empty'),
    button: say('goals:list.new'),
    leads: { dialog: true },
  },
  {
    route: '/ideas',
    text: say('empty.noBody'),
    button: say('empty.registerCouncil'),
    leads: { route: '/register/bodies' },
  },
  {
    route: '/indicators',
    text: say('budget:indicators.none'),
    button: say('budget:indicators.new'),
    leads: { dialog: true },
  },
  {
    route: '/final-report',
    text: say('budget:report.noGrant'),
    button: say('empty.toBudget'),
    leads: { route: '/budget' },
  },
]

async function visit(page: Page, route: string) {
  await page.goto(new URL(`#${route}`, page.url()).href)
}

/** The empty state on the screen, found by its text, and its button. */
async function followStep(page: Page, screen: EmptyScreen) {
  await visit(page, screen.route)
  const card = page.locator('[data-empty-state]').filter({ hasText: screen.text })
  await expect(card, screen.route).toBeVisible()
  await card
    .getByRole('button', { name: screen.button })
    .or(card.getByRole('link', { name: screen.button }))
    .click()
  if ('dialog' in screen.leads) {
    await expect(page.getByRole('dialog'), screen.route).toBeVisible()
    await page.keyboard.press('Escape')
    await expect(page.getByRole('dialog')).toHaveCount(0)
  } else {
    await expect(page, screen.route).toHaveURL(new RegExp(`#${screen.leads.route}$`))
  }
}

test('every empty list screen says what to do first, and its button leads there', async ({
  app,
}) => {
  const { page } = app
  await page.setViewportSize({ width: 1366, height: 768 })
  const say = sayIn('sv')
  for (const screen of screens(say)) await followStep(page, screen)

  // Before a body exists, the meetings list does not offer the plan or a meeting it cannot save.
  await visit(page, '/meetings')
  await expect(
    page.getByText(say('meetings:overview.noUpcomingYet'), { exact: true }),
  ).toBeVisible()
  await expect(page.getByText(say('meetings:overview.noUpcoming'))).toHaveCount(0)

  // With the council registered, the empty meetings list offers both, and they open their forms.
  await app.db.call('register.createBody', { name: 'Trygghetsrådet', kind: 'council' })
  await page.reload()
  const upcoming = page
    .locator('[data-empty-state]')
    .filter({ hasText: say('meetings:overview.noUpcoming') })
  await upcoming.getByRole('button', { name: say('meetings:overview.newMeeting') }).click()
  await expect(page.getByRole('dialog')).toBeVisible()
  await page.keyboard.press('Escape')
  await upcoming.getByRole('button', { name: say('meetings:overview.yearPlan') }).click()
  await expect(page.getByRole('dialog')).toBeVisible()
  await page.keyboard.press('Escape')
})

test('the empty states speak English, and pass axe', async ({ app }) => {
  const { page } = app
  await page.setViewportSize({ width: 1366, height: 768 })
  await page.evaluate(() => localStorage.setItem('radsrum.language', 'en'))
  await page.reload()
  const say = sayIn('en')
  for (const screen of screens(say).filter((one) =>
    ['/register/people', '/meetings', '/minutes'].includes(one.route),
  )) {
    await visit(page, screen.route)
    await expect(page.locator('[data-empty-state]').filter({ hasText: screen.text })).toBeVisible()
    expect(await axeViolations(page), screen.route).toEqual([])
  }
  await visit(page, '/register/people')
  await app.screenshot('empty-state-people-en')
  await page
    .getByRole('button', { name: say('register:people.new') })
    .first()
    .click()
  await expect(page.getByRole('dialog')).toBeVisible()
  await app.screenshot('dialog-new-person-en')
  expect(await axeViolations(page, '[role=dialog]')).toEqual([])
  await page.keyboard.press('Escape')

  // The start page counts in the language's plural forms ("1 body", not "1 bodies").
  await app.db.call('register.createBody', { name: 'Trygghetsrådet', kind: 'council' })
  await visit(page, '/')
  await page.reload()
  await expect(page.getByText('1 body · 0 organisations · 0 people', { exact: true })).toBeVisible()
})
