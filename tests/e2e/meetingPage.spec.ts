import type { Page } from '@playwright/test'
import { expect, test, type AppHarness, openMenu } from './harness.ts'
import { axeViolations, seriousOnly } from './axe.ts'

/** A council of three members with a seat each; meetings are made on the given days. */
async function council(app: AppHarness) {
  const { db } = app
  const organisation = await db.call('register.createOrganisation', {
    name: 'Sundsvalls kommun',
    kind: 'municipalDepartment',
    contact: null,
  })
  const body = await db.call('register.createBody', {
    name: 'Trygghetsrådet',
    kind: 'council',
    area: null,
    parentId: null,
  })
  for (const name of ['Anna Ek', 'Bo Al', 'Cilla Berg']) {
    const person = await db.call('register.createPerson', {
      name,
      title: null,
      organisationId: organisation.id,
      email: null,
      phone: null,
    })
    const seat = await db.call('register.addSeat', {
      bodyId: body.id,
      organisationId: organisation.id,
      label: name,
    })
    await db.call('register.addMembership', {
      bodyId: body.id,
      personId: person.id,
      role: 'member',
      seatId: seat.id,
      deputyForId: null,
      from: '2020-01-01',
      to: null,
    })
  }
  return (date: string) =>
    db.call('meetings.create', {
      bodyId: body.id,
      date,
      startTime: '13:15',
      endTime: '15:00',
      place: 'Stadshuset',
    })
}

async function seriousViolations(page: Page) {
  return seriousOnly(await axeViolations(page))
}

const todo = (page: Page) => page.getByRole('region', { name: 'Att göra' })

test('a past meeting still planned waits in Att göra until it is cancelled, with the app’s confirmation', async ({
  app,
}) => {
  const { page } = app
  await page.setViewportSize({ width: 1366, height: 768 })
  const meeting = await council(app)
  // The test clock says 2026-11-25: this meeting has passed without being marked held.
  const past = await meeting('2026-11-18')
  await page.reload()
  await openMenu(page, 'Översikt')
  const card = todo(page).getByRole('link', { name: /Markera som genomfört eller inställt/ })
  await expect(card).toContainText('18 november 2026')
  await app.screenshot('meeting-01-att-gora')
  await card.click()

  await expect(page).toHaveURL(new RegExp(`#/meetings/${past.id}$`))
  await expect(page.getByRole('tab', { name: 'Dagordning', selected: true })).toBeVisible()
  await expect(page.getByRole('link', { name: 'Översikt', exact: true })).toHaveAttribute(
    'aria-current',
    'page',
  )
  await expect(page.getByRole('button', { name: 'Markera som genomfört' })).toBeVisible()
  await page.getByRole('button', { name: 'Ställ in mötet' }).click()
  const dialog = page.getByRole('dialog')
  await expect(dialog).toContainText('Ställa in mötet 2026-11-18?')
  await app.screenshot('meeting-02-stall-in')
  expect(await seriousViolations(page)).toEqual([])
  await dialog.getByRole('button', { name: 'Ställ in mötet' }).click()
  await expect(dialog).toBeHidden()
  expect((await app.db.call('meetings.get', { id: past.id })).status).toBe('cancelled')

  await page.getByRole('link', { name: '← Alla möten' }).click()
  await expect(todo(page)).toContainText('Inget att göra')
  await expect(todo(page).getByRole('link')).toHaveCount(0)
})

test('Att göra opens the minutes for minutes to write, and the meeting’s parts are tabs of one page', async ({
  app,
}) => {
  const { page } = app
  await page.setViewportSize({ width: 1366, height: 768 })
  const meeting = await council(app)
  const held = await meeting('2026-11-18')
  await app.db.call('meetings.markHeld', { id: held.id, version: held.version })
  const coming = await meeting('2026-12-09')
  await page.reload()
  await openMenu(page, 'Översikt')
  await todo(page)
    .getByRole('link', { name: /Skriv protokollet/ })
    .click()
  await expect(page).toHaveURL(new RegExp(`#/meetings/${held.id}/minutes$`))
  await expect(page.getByRole('tab', { name: 'Protokoll', selected: true })).toBeVisible()
  await app.screenshot('meeting-03-protokoll-flik')
  expect(await seriousViolations(page)).toEqual([])

  // The tabs move between the parts by keyboard; the old addresses keep working.
  await page.getByRole('tab', { name: 'Protokoll' }).focus()
  await page.keyboard.press('ArrowLeft')
  await expect(page).toHaveURL(new RegExp(`#/meetings/${held.id}/attendance$`))
  await expect(
    page.getByRole('tab', { name: 'Närvaro', exact: true, selected: true }),
  ).toBeVisible()
  await page.getByRole('link', { name: 'Nästa möte →' }).click()
  await expect(page).toHaveURL(new RegExp(`#/meetings/${coming.id}/attendance$`))

  // Nobody has answered for the coming meeting: the forecast says it does not know.
  const quorum = page.getByTestId('quorum')
  await expect(quorum).toContainText('Inte känt än')
  await expect(quorum).toContainText(
    'Ingen har svarat än, så det går inte att säga om mötet blir beslutsfört.',
  )
  await expect(quorum).not.toContainText('Väntas bli beslutsför')
  await app.screenshot('meeting-04-narvaro-flik')
  expect(await seriousViolations(page)).toEqual([])
  await page.getByRole('tab', { name: 'Dagordning' }).click()
  await expect(page).toHaveURL(new RegExp(`#/meetings/${coming.id}$`))
  await expect(page.getByRole('heading', { level: 1 })).toContainText('2026-12-09')
  await app.screenshot('meeting-05-dagordning-flik')
  expect(await seriousViolations(page)).toEqual([])
})
