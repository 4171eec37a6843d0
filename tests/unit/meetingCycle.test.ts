import Database from 'better-sqlite3'
import { rmSync } from 'node:fs'
import { join } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { fixedClock } from '../../src/main/context.ts'
import { openDatabase } from '../../src/main/db/open.ts'
import type { MeetingDto } from '../../src/shared/api/meetings.ts'
import { createTestDatabase, errorOf, type TestDatabase } from '../support/testDatabase.ts'
import { buildWorld } from '../support/world.ts'
import { swedish } from '../../src/shared/messages/index.ts'

let db: TestDatabase
let open = false
afterEach(async () => {
  if (open) await db.close()
  open = false
})

/** The shared world on 2026-11-25; `people` are its seated members, chair first. */
async function council() {
  db = await createTestDatabase({ clock: fixedClock('2026-11-25T10:00:00+01:00') })
  open = true
  const world = await buildWorld(db)
  const meeting = (date: string, agenda: 'template' | 'empty' = 'template') =>
    world.meeting(date, { agenda })
  return { bodyId: world.bodyId, people: world.members, meeting }
}

type Step = 'meetings.markCalled' | 'meetings.markHeld' | 'meetings.cancel' | 'meetings.stepBack'
const STEPS: Step[] = [
  'meetings.markCalled',
  'meetings.markHeld',
  'meetings.cancel',
  'meetings.stepBack',
]
const step = (name: Step, meeting: { id: number; version: number }) =>
  db.call(name, { id: meeting.id, version: meeting.version })
const get = (id: number) => db.call('meetings.get', { id })

/** Every meeting step that is refused from this state, with the state left as it was. */
async function refusedSteps(meeting: MeetingDto, allowed: Step[] = []) {
  for (const name of STEPS.filter((candidate) => !allowed.includes(candidate))) {
    const error = await errorOf(step(name, meeting))
    expect(error, name).toMatchObject({ code: 'CONFLICT' })
    expect(error.message).toContain(`Mötet är ${statusWord(meeting)}`)
  }
  expect((await get(meeting.id)).status).toBe(meeting.status)
}
const statusWord = (meeting: MeetingDto) =>
  ({
    planned: 'planerat',
    noticeSent: 'kallat',
    held: 'genomfört',
    minutesBegun: 'protokoll påbörjat',
    minutesAdjusted: 'protokoll justerat',
    cancelled: 'inställt',
  })[meeting.status]

/** Begins the minutes with everyone present, and adjusts them when asked. */
async function heldWithMinutes(
  people: number[],
  meeting: MeetingDto,
  adjust: boolean,
): Promise<MeetingDto> {
  for (const personId of people)
    await db.call('attendance.setStatus', { meetingId: meeting.id, personId, status: 'present' })
  const minutes = await db.call('minutes.begin', { meetingId: meeting.id })
  if (adjust)
    await db.call('minutes.adjust', {
      meetingId: meeting.id,
      version: minutes.version,
      adjustedOn: '2026-11-25',
    })
  return get(meeting.id)
}

describe('the meeting cycle: every step, allowed and refused, through the procedures', () => {
  it('planerat → kallat needs an agenda; only a planned meeting is called; a step back undoes it', async () => {
    const { meeting } = await council()
    const empty = await meeting('2026-12-08', 'empty')
    expect(await errorOf(step('meetings.markCalled', empty))).toMatchObject({
      code: 'VALIDATION',
      message: 'Dagordningen är tom. Lägg till punkter innan kallelsen skickas.',
    })
    expect((await get(empty.id)).status).toBe('planned')
    // A planned meeting has nothing to step back to.
    expect((await errorOf(step('meetings.stepBack', empty))).code).toBe('CONFLICT')

    const planned = await meeting('2026-12-15')
    const called = await step('meetings.markCalled', planned)
    expect(called.status).toBe('noticeSent')
    expect((await errorOf(step('meetings.markCalled', called))).code).toBe('CONFLICT')
    // A stale version is refused, whatever the step.
    expect((await errorOf(step('meetings.stepBack', planned))).message).toContain(
      'sedan du öppnade sidan',
    )
    expect((await step('meetings.stepBack', called)).status).toBe('planned')
  })

  it('genomfört from planned or called, on the day or later, never before; a step back goes to kallat', async () => {
    const { meeting } = await council()
    const future = await step('meetings.markCalled', await meeting('2026-12-15'))
    expect((await errorOf(step('meetings.markHeld', future))).message).toBe(
      'Mötet är 2026-12-15 och kan inte markeras som genomfört i förväg.',
    )
    expect((await get(future.id)).status).toBe('noticeSent')
    const today = await meeting('2026-11-25')
    const held = await step('meetings.markHeld', today)
    expect(held.status).toBe('held')
    await refusedSteps(held, ['meetings.stepBack'])
    expect((await step('meetings.stepBack', held)).status).toBe('noticeSent')
  })

  it('inställt from planned or called; nothing else from there but a step back to planerat', async () => {
    const { meeting, people } = await council()
    const cancelled = await step('meetings.cancel', await meeting('2026-12-15'))
    expect(cancelled.status).toBe('cancelled')
    await refusedSteps(cancelled, ['meetings.stepBack'])
    expect((await errorOf(db.call('minutes.begin', { meetingId: cancelled.id }))).message).toBe(
      'Mötet är inställt och kan inte få sitt protokoll påbörjat. Mötet är inställt. Gå tillbaka till planerat först om det ska hållas ändå.',
    )
    expect((await step('meetings.stepBack', cancelled)).status).toBe('planned')
    const called = await step('meetings.markCalled', await meeting('2026-12-22'))
    expect((await step('meetings.cancel', called)).status).toBe('cancelled')
    const held = await heldWithMinutes(people, await meeting('2026-11-24'), false)
    expect((await errorOf(step('meetings.cancel', held))).code).toBe('CONFLICT')
  })

  it('protokoll påbörjat from planned, called or held (not in the future, not twice); no meeting step after it', async () => {
    const { meeting, people } = await council()
    const future = await meeting('2026-12-15')
    expect((await errorOf(db.call('minutes.begin', { meetingId: future.id }))).code).toBe(
      'VALIDATION',
    )
    const fromHeld = await step('meetings.markHeld', await meeting('2026-11-10'))
    const begun = await db.call('minutes.begin', { meetingId: fromHeld.id })
    expect(begun.status).toBe('minutesBegun')
    expect((await errorOf(db.call('minutes.begin', { meetingId: fromHeld.id }))).code).toBe(
      'CONFLICT',
    )
    await refusedSteps(await get(fromHeld.id))
    // A past meeting nobody marked held: beginning its minutes says it was held.
    const fromPlanned = await heldWithMinutes(people, await meeting('2026-11-17'), false)
    expect(fromPlanned.status).toBe('minutesBegun')
    expect(fromPlanned.next.step).toBe('adjustMinutes')
  })

  it('protokoll justerat only from begun minutes, with adjusters and a sensible date; no step out of it', async () => {
    const { meeting, people } = await council()
    const noMinutes = await step('meetings.markHeld', await meeting('2026-11-10'))
    expect(
      (
        await errorOf(
          db.call('minutes.adjust', {
            meetingId: noMinutes.id,
            version: 1,
            adjustedOn: '2026-11-20',
          }),
        )
      ).code,
    ).toBe('NOT_FOUND')
    // Nobody present: nobody can be proposed as adjuster.
    const unattended = await db.call('minutes.begin', { meetingId: noMinutes.id })
    expect(
      await errorOf(
        db.call('minutes.adjust', {
          meetingId: noMinutes.id,
          version: unattended.version,
          adjustedOn: '2026-11-20',
        }),
      ),
    ).toMatchObject({ code: 'VALIDATION', message: 'Välj justerare innan protokollet justeras.' })

    const begun = await heldWithMinutes(people, await meeting('2026-11-17'), false)
    const minutes = await db.call('minutes.get', { meetingId: begun.id })
    for (const adjustedOn of ['2026-11-16', '2026-11-26'])
      expect(
        (
          await errorOf(
            db.call('minutes.adjust', {
              meetingId: begun.id,
              version: minutes.version,
              adjustedOn,
            }),
          )
        ).code,
      ).toBe('VALIDATION')
    const adjusted = await db.call('minutes.adjust', {
      meetingId: begun.id,
      version: minutes.version,
      adjustedOn: '2026-11-20',
    })
    expect(adjusted).toMatchObject({ status: 'minutesAdjusted', locked: true })
    expect(
      (
        await errorOf(
          db.call('minutes.adjust', {
            meetingId: begun.id,
            version: adjusted.version,
            adjustedOn: '2026-11-21',
          }),
        )
      ).code,
    ).toBe('CONFLICT')
    const after = await get(begun.id)
    await refusedSteps(after)
    expect(
      (await errorOf(db.call('meetings.delete', { id: after.id, version: after.version }))).code,
    ).toBe('CONFLICT')
    expect(after.next.step).toBe('done')
  })
})

describe('invariants that hold whichever procedure is called', () => {
  it('adjusted minutes stay adjusted: attendance stays locked and the meeting cannot be re-dated, re-timed or moved', async () => {
    const { meeting, people } = await council()
    const adjusted = await heldWithMinutes(people, await meeting('2026-11-17'), true)
    expect((await errorOf(step('meetings.stepBack', adjusted))).code).toBe('CONFLICT')
    const attendance = await errorOf(
      db.call('attendance.setStatus', {
        meetingId: adjusted.id,
        personId: people[1]!,
        status: 'absent',
      }),
    )
    expect(attendance.code).toBe('CONFLICT')
    const fields = {
      id: adjusted.id,
      version: adjusted.version,
      date: adjusted.date,
      startTime: adjusted.startTime,
      endTime: adjusted.endTime,
      place: adjusted.place,
      noticeDate: null,
      replyBy: null,
    }
    for (const change of [
      { date: '2026-11-18' },
      { startTime: '13:00' },
      { endTime: '16:00' },
      { place: 'Kulturmagasinet' },
    ]) {
      const error = await errorOf(db.call('meetings.update', { ...fields, ...change }))
      expect(error.message, JSON.stringify(change)).toContain('datum, tid och plats står i det')
    }
    const unchanged = await get(adjusted.id)
    expect(unchanged).toMatchObject({
      date: '2026-11-17',
      startTime: '13:15',
      endTime: '15:00',
      place: 'Stadshuset',
      status: 'minutesAdjusted',
    })
    const { lockedReason } = await db.call('attendance.get', { meetingId: adjusted.id })
    expect(swedish(lockedReason!)).toContain('justerat')
  })

  it('§ numbers keep their year: numbered minutes cannot move to another year; the next year starts at § 1', async () => {
    const { meeting, people } = await council()
    const begun = await heldWithMinutes(people, await meeting('2026-11-17'), false)
    const update = (date: string, version: number) =>
      db.call('meetings.update', {
        id: begun.id,
        version,
        date,
        startTime: '13:15',
        endTime: '15:00',
        place: 'Stadshuset',
        noticeDate: null,
        replyBy: null,
      })
    const error = await errorOf(update('2025-11-17', begun.version))
    expect(error).toMatchObject({ code: 'VALIDATION' })
    expect(error.message).toContain('kan inte flyttas till 2025')
    // A held meeting cannot move into the future either.
    expect((await errorOf(update('2026-12-01', begun.version))).message).toContain(
      'kan inte flyttas till ett datum i framtiden',
    )
    // Within the year (and the past), a wrong date can still be put right.
    expect((await update('2026-11-16', begun.version)).date).toBe('2026-11-16')
    const minutes = await db.call('minutes.get', { meetingId: begun.id })
    expect(minutes.paragraphs[0]!.number).toBe(1)
  })

  it('the agenda does not change beside begun minutes: agenda edits are refused with a message, the minutes unchanged', async () => {
    const { meeting, people } = await council()
    const begun = await heldWithMinutes(people, await meeting('2026-11-17'), false)
    const before = await db.call('minutes.get', { meetingId: begun.id })
    const other = begun.items.find((item) => item.standingKey === 'otherBusiness')!
    const removal = await errorOf(
      db.call('meetings.removeItem', { id: other.id, version: begun.version }),
    )
    expect(removal).toMatchObject({ code: 'CONFLICT' })
    expect(removal.message).toContain('Lägg till ett extra ärende i protokollet')
    const addition = await errorOf(
      db.call('meetings.addItem', {
        meetingId: begun.id,
        version: begun.version,
        title: 'Sent ärende',
        kind: 'information',
        plannedMinutes: 5,
      }),
    )
    expect(addition.code).toBe('CONFLICT')
    expect((await get(begun.id)).items).toHaveLength(begun.items.length)
    const after = await db.call('minutes.get', { meetingId: begun.id })
    expect(after.paragraphs.map((paragraph) => paragraph.title)).toEqual(
      before.paragraphs.map((paragraph) => paragraph.title),
    )
  })

  it('Att göra: a past meeting still planned waits to be marked held; a cancelled one leaves', async () => {
    const { meeting, bodyId } = await council()
    const forgotten = await meeting('2026-11-10')
    const cancelled = await step('meetings.cancel', await meeting('2026-12-15'))
    const list = await db.call('meetings.list', { bodyId })
    expect(list.find((row) => row.id === forgotten.id)!.next).toEqual({
      step: 'markHeld',
      due: '2026-11-10',
      overdue: true,
    })
    expect(list.find((row) => row.id === cancelled.id)!.next.step).toBe('done')
  })

  it('an immediate adjustment locks the text it was given and can be undone until the minutes are adjusted', async () => {
    const { meeting, people } = await council()
    const begun = await heldWithMinutes(people, await meeting('2026-11-17'), false)
    const minutes = await db.call('minutes.get', { meetingId: begun.id })
    const paragraph = minutes.paragraphs[5]!
    const locked = await db.call('minutes.markImmediate', {
      id: paragraph.id,
      version: paragraph.version,
      title: paragraph.title,
      text: 'Texten som lästes upp.',
      decisions: ['bifalla förslaget'],
    })
    expect(locked).toMatchObject({
      immediate: true,
      locked: true,
      text: 'Texten som lästes upp.',
      decisions: [{ text: 'att bifalla förslaget' }],
    })
    const undone = await db.call('minutes.undoImmediate', {
      id: paragraph.id,
      version: locked.version,
    })
    expect(undone).toMatchObject({
      immediate: false,
      locked: false,
      text: 'Texten som lästes upp.',
    })
    const again = await db.call('minutes.markImmediate', {
      id: paragraph.id,
      version: undone.version,
      title: paragraph.title,
      text: undone.text,
      decisions: ['bifalla förslaget'],
    })
    const current = await db.call('minutes.get', { meetingId: begun.id })
    await db.call('minutes.adjust', {
      meetingId: begun.id,
      version: current.version,
      adjustedOn: '2026-11-20',
    })
    expect(
      await errorOf(db.call('minutes.undoImmediate', { id: paragraph.id, version: again.version })),
    ).toMatchObject({ code: 'CONFLICT', message: expect.stringContaining('justerat') })
  })

  it('a saved action item can be edited and removed until its § is adjusted', async () => {
    const { meeting, people } = await council()
    const begun = await heldWithMinutes(people, await meeting('2026-11-17'), false)
    const minutes = await db.call('minutes.get', { meetingId: begun.id })
    const [first, second] = minutes.paragraphs.slice(6, 8)
    const add = (paragraphId: number, description: string) =>
      db.call('minutes.addAction', {
        paragraphId,
        description,
        ownerPersonId: people[1]!,
        dueDate: '2027-01-31',
      })
    const action = await add(first!.id, 'Boka lokal')
    const edited = await db.call('minutes.updateAction', {
      id: action.id,
      version: action.version,
      description: 'Boka lokal för stormötet',
      ownerPersonId: people[2]!,
      dueDate: '2027-02-15',
    })
    expect(edited).toMatchObject({ description: 'Boka lokal för stormötet', dueDate: '2027-02-15' })
    expect(edited.ownerPersonName).toBe('Karin')
    expect(
      await db.call('minutes.removeAction', { id: action.id, version: edited.version }),
    ).toEqual({ removed: true })
    expect(
      (await db.call('minutes.get', { meetingId: begun.id })).paragraphs[6]!.actions,
    ).toHaveLength(0)
    // Adjusted at once: the action is part of what was read out and stays.
    const kept = await add(second!.id, 'Skriv till polisen')
    await db.call('minutes.markImmediate', {
      id: second!.id,
      version: second!.version,
      title: second!.title,
      text: second!.text,
      decisions: [],
    })
    for (const call of [
      db.call('minutes.removeAction', { id: kept.id, version: kept.version }),
      db.call('minutes.updateAction', {
        id: kept.id,
        version: kept.version,
        description: 'Annat',
        ownerPersonId: people[1]!,
        dueDate: '2027-01-31',
      }),
    ])
      expect((await errorOf(call)).message).toContain('justerad paragraf')
  })
})

describe('migration to the meeting cycle', () => {
  it('gives existing meetings the state their minutes show', async () => {
    const { meeting, people } = await council()
    const begun = await heldWithMinutes(people, await meeting('2026-11-10'), false)
    const adjusted = await heldWithMinutes(people, await meeting('2026-11-17'), true)
    const clicked = await step('meetings.markHeld', await meeting('2026-11-24'))
    await db.database.close()
    open = false
    // The old program's states: begun minutes were "held", the one-click status "adjusted".
    const raw = new Database(db.path)
    const set = raw.prepare('update meeting set status = ? where id = ?')
    set.run('held', begun.id)
    set.run('held', adjusted.id)
    set.run('minutesAdjusted', clicked.id)
    raw.prepare("delete from mikro_orm_migrations where name like '%_MeetingCycle'").run()
    raw.close()
    const reopened = await openDatabase({ path: db.path, backupDir: join(db.dir, 'backups') })
    const rows = await reopened.orm.em
      .getConnection()
      .execute<{ id: number; status: string }[]>('select id, status from meeting order by id')
    await reopened.close()
    const status = new Map(rows.map((row) => [row.id, row.status]))
    expect(status.get(begun.id)).toBe('minutesBegun')
    expect(status.get(adjusted.id)).toBe('minutesAdjusted')
    expect(status.get(clicked.id)).toBe('held')
    rmSync(db.dir, { recursive: true, force: true })
  })
})
