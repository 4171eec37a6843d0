import ExcelJS from 'exceljs'
import JSZip from 'jszip'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { createTestDatabase, type TestDatabase, errorOf, brief } from '../support/testDatabase.ts'
import { exampleWorld } from '../support/world.ts'

let db: TestDatabase
beforeEach(async () => {
  db = await createTestDatabase()
})
afterEach(async () => db.close())

const rule = {
  weekday: 2,
  weeks: [6, 12, 19, 38, 44, 50],
  startTime: '13:15',
  endTime: '15:00',
  place: 'Stadshuset',
  noticeDaysBefore: 10,
  replyDaysBefore: 3,
  holidayPolicy: 'nextWorkday' as const,
}

const example = () => exampleWorld(db)

const next = async (councilId: number) =>
  db.call('meetings.create', {
    bodyId: councilId,
    date: '2027-02-09',
    startTime: '13:15',
    endTime: '15:00',
    place: 'Stadshuset, sal B',
    noticeDate: '2027-01-29',
    replyBy: '2027-02-05',
  })

describe('meetings and year plans', () => {
  it('loads the example council’s year plans with held and planned meetings', async () => {
    const { council } = await example()
    const meetings = await db.call('meetings.list', { bodyId: council.id })
    expect(meetings.map((meeting) => meeting.date.slice(0, 4))).toEqual([
      ...Array(6).fill('2012'),
      ...Array(6).fill('2013'),
      ...Array(6).fill('2026'),
    ])
    expect(
      meetings.filter((meeting) => meeting.status === 'planned').map((meeting) => meeting.date),
    ).toEqual(['2026-12-08'])
    expect(meetings.at(-1)).toMatchObject({
      noticeDate: '2026-11-27',
      replyBy: '2026-12-04',
      next: { step: 'sendNotice', overdue: false },
    })
    const held = await db.call('meetings.get', { id: meetings[0]!.id })
    expect(held.items[0]).toMatchObject({ title: 'Mötets öppnande', startTime: '13:15', number: 1 })
    expect(
      held.items.find((item) => item.standingKey === 'localGroupPresentation')?.localGroupName,
    ).toBe('Trygghetsgrupp Alnö')
    expect(held.secretaryName).toBe('Eva Marklund')
    // The overview asks for this year and last only; a later `from` still narrows it.
    const recent = await db.call('meetings.list', {
      bodyId: council.id,
      yearsBack: 1,
    })
    expect(recent.map((meeting) => meeting.date.slice(0, 4))).toEqual(Array(6).fill('2026'))
    const older = await db.call('meetings.list', {
      bodyId: council.id,
      yearsBack: 14,
    })
    expect(older.map((meeting) => meeting.date.slice(0, 4))).toEqual([
      ...Array(6).fill('2012'),
      ...Array(6).fill('2013'),
      ...Array(6).fill('2026'),
    ])
    expect(await db.call('meetings.list', { bodyId: council.id, yearsBack: 13 })).toHaveLength(12)
    expect(
      (await db.call('meetings.list', { yearsBack: 1, from: '2026-12-01' })).map(
        (meeting) => `${meeting.date} ${meeting.bodyName}`,
      ),
    ).toEqual([
      '2026-12-08 Trygghetsrådet',
      // The three local groups with example meetings meet in December too.
      '2026-12-09 Trygghetsgrupp Alnö',
      '2026-12-09 Trygghetsgrupp Bosvedjan',
      '2026-12-09 Trygghetsgrupp Centrum',
    ])
  })

  it('previews a year plan with holidays and creates it with agendas from the template', async () => {
    const { council } = await example()
    const thursday = { ...rule, weekday: 4, weeks: [20, 22] }
    const preview = await db.call('meetings.previewYearPlan', {
      bodyId: council.id,
      year: 2027,
      rule: thursday,
    })
    expect(preview.rows.map((row) => [row.ruleDate, row.date, row.holiday])).toEqual([
      ['2027-05-20', '2027-05-20', null],
      ['2027-06-03', '2027-06-03', null],
    ])
    const ascension = await db.call('meetings.previewYearPlan', {
      bodyId: council.id,
      year: 2026,
      rule: { ...thursday, weeks: [20] },
    })
    expect(ascension.rows[0]).toMatchObject({
      ruleDate: '2026-05-14',
      date: '2026-05-15',
      holiday: 'Kristi himmelsfärdsdag',
    })
    expect(preview.description).toContain('torsdagar veckorna 20 och 22 kl. 13.15–15.00')

    const { created, skipped } = await db.call('meetings.createYearPlan', {
      bodyId: council.id,
      year: 2027,
      rule,
    })
    expect(created).toHaveLength(6)
    expect(skipped).toBe(0)
    expect(created[0]).toMatchObject({
      date: '2027-02-09',
      itemCount: 10,
      status: 'planned',
      noticeDate: '2027-01-29',
    })
    // The same plan again creates nothing and says so.
    const again = await errorOf(
      db.call('meetings.createYearPlan', { bodyId: council.id, year: 2027, rule }),
    )
    expect(again.message).toContain('Regeln ger inga nya möten')
  })

  it('refuses a meeting that ends before it starts, a date out of range and a second meeting the same day', async () => {
    const { council, groups } = await example()
    const backwards = await errorOf(
      db.call('meetings.create', {
        bodyId: council.id,
        date: '2027-02-09',
        startTime: '15:00',
        endTime: '13:00',
        place: 'Stadshuset',
      }),
    )
    expect(brief(backwards.issues)).toEqual([
      {
        path: 'endTime',
        message: 'Mötet slutar innan det börjar. Sluttiden måste vara efter starttiden.',
      },
    ])
    const far = await errorOf(
      db.call('meetings.create', {
        bodyId: council.id,
        date: '1920-02-09',
        startTime: '13:00',
        endTime: '15:00',
        place: 'Stadshuset',
      }),
    )
    expect(far.message).toBe('Mötesdatumet måste ligga mellan år 2000 och 2099.')
    const bad = await errorOf(
      db.call('meetings.create', {
        bodyId: council.id,
        date: '2027-02-30',
        startTime: '13:00',
        endTime: '15:00',
        place: 'Stadshuset',
      }),
    )
    expect(bad.message).toBe('Datumet måste vara ett riktigt datum, t.ex. 2026-02-10.')
    const twice = await errorOf(
      db.call('meetings.create', {
        bodyId: council.id,
        date: '2026-12-08',
        startTime: '09:00',
        endTime: '10:00',
        place: 'Stadshuset',
      }),
    )
    expect(twice).toMatchObject({
      code: 'CONFLICT',
      message: expect.stringContaining('har redan ett möte 2026-12-08'),
    })
    // The example's last local group has never met (the first three have).
    const quiet = groups.at(-1)!
    const noPrevious = await errorOf(
      db.call('meetings.create', {
        bodyId: quiet.id,
        date: '2027-01-10',
        startTime: '09:00',
        endTime: '10:00',
        place: 'Alnö skola',
        agenda: 'previous',
      }),
    )
    expect(noPrevious.message).toContain('har inget tidigare möte')
    expect(await db.call('meetings.list', { bodyId: quiet.id })).toEqual([])
  })
})

describe('the meeting form’s date and time rules', () => {
  const faults = {
    date: '2027-02-09',
    startTime: '15:00',
    endTime: '13:00',
    place: ' ',
    noticeDate: '2027-02-10',
    replyBy: '2027-02-12',
  }
  const everyFault = [
    {
      path: 'endTime',
      message: 'Mötet slutar innan det börjar. Sluttiden måste vara efter starttiden.',
    },
    { path: 'noticeDate', message: 'Kallelsen måste skickas före mötet (eller samma dag).' },
    { path: 'place', message: 'Platsen får inte vara tom.' },
    {
      path: 'replyBy',
      message: 'Sista dag för förhinder måste vara före mötet (eller samma dag).',
    },
  ]
  const byPath = (issues: { path: string; message: string }[]) =>
    [...issues].sort((a, b) => a.path.localeCompare(b.path))

  it('reports every fault at once, each under its field, on create and on update, and saves nothing', async () => {
    const { council } = await example()
    const before = await db.call('meetings.list', { bodyId: council.id })
    const created = await errorOf(db.call('meetings.create', { bodyId: council.id, ...faults }))
    expect(byPath(brief(created.issues))).toEqual(everyFault)
    const planned = before.find((meeting) => meeting.status === 'planned')!
    const updated = await errorOf(
      db.call('meetings.update', { id: planned.id, version: planned.version, ...faults }),
    )
    expect(byPath(brief(updated.issues))).toEqual(everyFault)
    expect(await db.call('meetings.list', { bodyId: council.id })).toEqual(before)
  })

  it.each([
    ['endTime', { startTime: '15:00', endTime: '15:00' }],
    ['date', { date: '1999-12-31', noticeDate: null, replyBy: null }],
    ['date', { date: '2100-01-04', noticeDate: null, replyBy: null }],
    ['noticeDate', { noticeDate: '2027-02-10' }],
    ['noticeDate', { noticeDate: '2026-02-08' }],
    ['replyBy', { replyBy: '2027-02-10' }],
  ] as const)('refuses %s %o through create and update', async (path, fault) => {
    const { council } = await example()
    const good = {
      date: '2027-02-09',
      startTime: '13:15',
      endTime: '15:00',
      place: 'Stadshuset',
      noticeDate: '2027-01-29',
      replyBy: '2027-02-05',
    }
    const created = await errorOf(
      db.call('meetings.create', { bodyId: council.id, ...good, ...fault }),
    )
    expect(brief(created.issues).map((issue) => issue.path)).toEqual([path])
    const meeting = await db.call('meetings.create', { bodyId: council.id, ...good })
    const updated = await errorOf(
      db.call('meetings.update', { id: meeting.id, version: meeting.version, ...good, ...fault }),
    )
    expect(brief(updated.issues).map((issue) => issue.path)).toEqual([path])
    expect(await db.call('meetings.get', { id: meeting.id })).toMatchObject(good)
  })
})

describe('agenda', () => {
  it('starts from the template with a time plan and the rotation’s group', async () => {
    const { council } = await example()
    const meeting = await next(council.id)
    expect(meeting.items.map((item) => item.title)).toEqual([
      'Mötets öppnande',
      'Val av justerare',
      'Godkännande av dagordningen',
      'Föregående protokoll',
      'Lägesbild',
      'Uppföljning av uppdrag',
      'Presentation av lokal trygghetsgrupp',
      'Övriga frågor',
      'Nästa möte',
      'Mötets avslutande',
    ])
    expect(meeting.items.map((item) => item.startTime)).toEqual([
      '13:15',
      '13:17',
      '13:19',
      '13:21',
      '13:26',
      '13:46',
      '14:01',
      '14:21',
      '14:31',
      '14:33',
    ])
    expect(meeting).toMatchObject({ plannedEnd: '14:34', overrun: -26 })
    const rotation = await db.call('meetings.rotation', { councilId: council.id })
    const presentation = meeting.items.find(
      (item) => item.standingKey === 'localGroupPresentation',
    )!
    // 18 example meetings took 14 groups once and 4 twice; this one goes to the fifth group of the second round.
    const never = rotation.groups
      .filter((group) => group.presentations === 1)
      .map((group) => group.name)
    expect(never).toContain(presentation.localGroupName)
    expect(presentation.presenter).toBe(presentation.localGroupName)
  })

  it('adds, edits, duplicates, reorders and removes items, bumping the version', async () => {
    const { council } = await example()
    let meeting = await next(council.id)
    const situation = meeting.items[4]!
    meeting = await db.call('meetings.addItem', {
      meetingId: meeting.id,
      version: meeting.version,
      afterItemId: situation.id,
      title: 'Trygghetsdag 2027',
      kind: 'decision',
      plannedMinutes: 15,
      presenterOrganisationId: null,
    })
    expect(meeting.items[5]).toMatchObject({
      title: 'Trygghetsdag 2027',
      number: 6,
      startTime: '13:46',
    })
    const stale = await errorOf(
      db.call('meetings.removeItem', { id: situation.id, version: meeting.version - 1 }),
    )
    expect(stale).toMatchObject({
      code: 'CONFLICT',
      message: expect.stringContaining('Ladda om sidan'),
    })
    meeting = await db.call('meetings.duplicateItem', {
      id: meeting.items[5]!.id,
      version: meeting.version,
    })
    expect(
      meeting.items.map((item) => item.title).filter((title) => title === 'Trygghetsdag 2027'),
    ).toHaveLength(2)
    const ids = meeting.items.map((item) => item.id)
    ;[ids[0], ids[1]] = [ids[1]!, ids[0]!]
    meeting = await db.call('meetings.reorderItems', {
      meetingId: meeting.id,
      version: meeting.version,
      itemIds: ids,
    })
    expect(meeting.items.slice(0, 2).map((item) => item.title)).toEqual([
      'Val av justerare',
      'Mötets öppnande',
    ])
    meeting = await db.call('meetings.removeItem', {
      id: meeting.items[6]!.id,
      version: meeting.version,
    })
    expect(meeting.items.map((item) => item.number)).toEqual(
      meeting.items.map((_, index) => index + 1),
    )
    const partial = await errorOf(
      db.call('meetings.reorderItems', {
        meetingId: meeting.id,
        version: meeting.version,
        itemIds: ids.slice(0, 3),
      }),
    )
    expect(partial.message).toContain('Dagordningen har ändrats')
  })

  it('copies recurring items from the previous meeting', async () => {
    const { council } = await example()
    const meetings = await db.call('meetings.list', { bodyId: council.id })
    const last = meetings.at(-1)!
    const withRecurring = await db.call('meetings.addItem', {
      meetingId: last.id,
      version: last.version,
      title: 'Kommunikationsplan',
      kind: 'discussion',
      plannedMinutes: 10,
      recurring: true,
    })
    expect(withRecurring.items.at(-1)!.recurring).toBe(true)
    const empty = await db.call('meetings.create', {
      bodyId: council.id,
      date: '2027-02-09',
      startTime: '13:15',
      endTime: '15:00',
      place: 'Stadshuset',
      agenda: 'empty',
    })
    expect(empty.items).toEqual([])
    const copied = await db.call('meetings.copyRecurring', {
      meetingId: empty.id,
      version: empty.version,
    })
    expect(copied.copied).toBe(11)
    expect(copied.items.at(-1)!.title).toBe('Kommunikationsplan')
    const again = await db.call('meetings.copyRecurring', {
      meetingId: empty.id,
      version: copied.version,
    })
    expect(again.copied).toBe(0)
  })

  it('will not send a notice for an empty agenda, or mark a future meeting held', async () => {
    const { council } = await example()
    const empty = await db.call('meetings.create', {
      bodyId: council.id,
      date: '2027-02-09',
      startTime: '13:15',
      endTime: '15:00',
      place: 'Stadshuset',
      agenda: 'empty',
    })
    const notice = await errorOf(
      db.call('meetings.markCalled', { id: empty.id, version: empty.version }),
    )
    expect(notice.message).toBe('Dagordningen är tom. Lägg till punkter innan kallelsen skickas.')
    const docx = await errorOf(db.call('exports.noticeDocx', { meetingId: empty.id }))
    expect(docx.message).toContain('Dagordningen är tom')
    const meeting = await next(council.id).catch(() => null)
    expect(meeting).toBeNull() // same day as the empty one
    const full = await db.call('meetings.create', {
      bodyId: council.id,
      date: '2027-03-16',
      startTime: '13:15',
      endTime: '15:00',
      place: 'Stadshuset',
    })
    const sent = await db.call('meetings.markCalled', { id: full.id, version: full.version })
    const early = await errorOf(
      db.call('meetings.markHeld', { id: full.id, version: sent.version }),
    )
    expect(early.message).toContain('kan inte markeras som genomfört i förväg')
  })
})

describe('template', () => {
  it('is editable per body, and an item in use on upcoming meetings cannot be removed', async () => {
    const { council, groups } = await example()
    const group = groups[0]!
    const groupTemplate = await db.call('meetings.getTemplate', {
      bodyId: group.id,
    })
    expect(groupTemplate.map((item) => item.key)).not.toContain('localGroupPresentation')
    const template = await db.call('meetings.getTemplate', {
      bodyId: council.id,
    })
    const withoutSituation = template.filter((item) => item.key !== 'situation')
    const refused = await errorOf(
      db.call('meetings.saveTemplate', {
        bodyId: council.id,
        items: withoutSituation.map(({ standard: _standard, ...item }) => item),
      }),
    )
    expect(refused).toMatchObject({
      code: 'CONFLICT',
      message:
        '”Lägesbild” finns på dagordningen för 1 kommande möte(n) (2026-12-08). Ta bort punkten från de mötena först, eller behåll den i mallen.',
    })

    const items = template.map(({ standard: _standard, ...item }) => item)
    items.splice(5, 0, {
      key: null as unknown as string,
      title: 'Kommunikationsplan',
      description: null,
      kind: 'discussion',
      plannedMinutes: 10,
      recurring: true,
    })
    const saved = await db.call('meetings.saveTemplate', {
      bodyId: council.id,
      items,
    })
    expect(saved[5]).toMatchObject({ key: 'item-1', title: 'Kommunikationsplan', standard: false })
    const meeting = await next(council.id)
    expect(meeting.items[5]!.title).toBe('Kommunikationsplan')
    const empty = await errorOf(db.call('meetings.saveTemplate', { bodyId: council.id, items: [] }))
    expect(empty.message).toBe('Mallen måste ha minst en punkt.')
  })
})

describe('rotation', () => {
  it('proposes fairly over three years and keeps the secretary’s override', async () => {
    const { council } = await example()
    for (const year of [2027, 2028])
      await db.call('meetings.createYearPlan', { bodyId: council.id, year, rule })
    const all = await db.call('meetings.list', { bodyId: council.id })
    const groups: (string | null)[] = []
    for (const meeting of all)
      groups.push(
        (await db.call('meetings.get', { id: meeting.id })).items.find(
          (item) => item.standingKey === 'localGroupPresentation',
        )?.localGroupName ?? null,
      )
    expect(groups).toHaveLength(30)
    expect(new Set(groups.slice(0, 14)).size).toBe(14)
    expect(new Set(groups.slice(14, 28)).size).toBe(14)
    expect(groups.slice(28)).toEqual(groups.slice(0, 2))

    const rotation = await db.call('meetings.rotation', { councilId: council.id })
    expect(rotation.upcoming).toHaveLength(13)
    expect(rotation.upcoming.every((row) => row.chosenGroupId === row.proposedGroupId)).toBe(true)
    const [first] = rotation.upcoming
    const other = rotation.groups.find((group) => group.id !== first!.chosenGroupId)!
    const overridden = await db.call('meetings.setPresentingGroup', {
      meetingId: first!.meetingId,
      version: first!.version,
      localGroupId: other.id,
    })
    expect(
      overridden.items.find((item) => item.standingKey === 'localGroupPresentation')
        ?.localGroupName,
    ).toBe(other.name)
    const cleared = await db.call('meetings.setPresentingGroup', {
      meetingId: first!.meetingId,
      version: overridden.version,
      localGroupId: null,
    })
    expect(
      cleared.items.find((item) => item.standingKey === 'localGroupPresentation')?.localGroupId,
    ).toBeNull()
    const applied = await db.call('meetings.applyRotation', { councilId: council.id })
    expect(applied.upcoming[0]!.chosenGroupId).not.toBeNull()
    const wrong = await errorOf(
      db.call('meetings.setPresentingGroup', {
        meetingId: first!.meetingId,
        version: applied.upcoming[0]!.version,
        localGroupId: council.id,
      }),
    )
    expect(wrong.message).toBe('Välj en av de lokala grupper som hör till Trygghetsrådet.')
  })
})

describe('documents', () => {
  const wordText = async (data: Uint8Array) => {
    const zip = await JSZip.loadAsync(data)
    return {
      document: await zip.file('word/document.xml')!.async('string'),
      core: await zip.file('docProps/core.xml')!.async('string'),
      styles: await zip.file('word/styles.xml')!.async('string'),
    }
  }

  it('writes the notice with headings, the agenda in order, the secretary and the deputies’ line', async () => {
    const { council } = await example()
    const meetings = await db.call('meetings.list', { bodyId: council.id })
    const last = meetings.at(-1)!
    await db.call('exports.noticeDocx', { meetingId: last.id })
    const file = db.host.saved.at(-1)!
    expect(file.fileName).toBe('Kallelse Trygghetsrådet 2026-12-08.docx')
    const { document, core, styles } = await wordText(file.data)
    const text = document.replace(/<[^>]+>/g, '')
    expect(document).toContain('<w:pStyle w:val="Title"/>')
    expect(document).toContain('<w:pStyle w:val="Heading1"/>')
    expect(document).toContain('<w:tblHeader/>')
    expect(styles).toContain('w:val="sv-SE"')
    expect(core).toContain('<dc:title>Kallelse Trygghetsrådet 2026-12-08</dc:title>')
    expect(core).toContain('<dc:creator>Eva Marklund</dc:creator>')
    expect(text).toContain('Kallelse till sammanträde')
    expect(text).toContain('tisdag 8 december 2026')
    expect(text).toContain('kl. 13.15–15.00')
    expect(text).toContain(
      'Anmäl förhinder till sekreteraren Eva Marklund (eva.marklund@exempel.se) senast fredag 4 december 2026.',
    )
    expect(text).toContain('för kännedom — tjänstgör vid förhinder')
    expect(text).toContain(
      'Jonas Berglund, Kultur- och fritidsförvaltningen (personlig ersättare för Maria Lindqvist)',
    )
    expect(text).toContain('Maria Lindqvist, Kultur- och fritidsförvaltningen (ordförande)')
    const order = [
      'Mötets öppnande',
      'Val av justerare',
      'Lägesbild',
      'Presentation av lokal trygghetsgrupp',
      'Övriga frågor',
      'Mötets avslutande',
    ].map((title) => text.indexOf(title))
    expect(
      order.every(
        (position, index) => position > 0 && (index === 0 || position > order[index - 1]!),
      ),
    ).toBe(true)
    expect(text).not.toContain('Gunnar Persson') // left the council in 2012
  })

  it('refuses a notice for a body with no members', async () => {
    const { council } = await example()
    const empty = await db.call('register.createBody', {
      name: 'Trygghetsgrupp Ny',
      kind: 'localGroup',
      parentId: council.id,
    })
    const meeting = await db.call('meetings.create', {
      bodyId: empty.id,
      date: '2027-01-12',
      startTime: '18:00',
      endTime: '19:30',
      place: 'Församlingshemmet',
    })
    const refused = await errorOf(db.call('exports.noticeDocx', { meetingId: meeting.id }))
    expect(refused.message).toBe(
      'Trygghetsgrupp Ny har inga ledamöter 2027-01-12. Lägg till ledamöter under Register → Råd och grupper innan kallelsen skapas.',
    )
  })

  it('writes a calendar file with the agenda, and the year plan as .ics and .xlsx', async () => {
    const { council } = await example()
    const last = (await db.call('meetings.list', { bodyId: council.id })).at(-1)!
    await db.call('exports.noticeIcs', { meetingId: last.id })
    const ics = new TextDecoder().decode(db.host.saved.at(-1)!.data).replace(/\r\n[ \t]/g, '')
    expect(db.host.saved.at(-1)!.fileName).toBe('Trygghetsrådet 2026-12-08.ics')
    expect(ics).toContain('DTSTART:20261208T121500Z') // 13:15 Swedish winter time
    expect(ics).toContain('DTEND:20261208T140000Z')
    expect(ics).toContain('LOCATION:Stadshuset\\, sammanträdesrum Alnön')
    expect(ics.replace(/\r\n[ \t]/g, '')).toMatch(
      /DESCRIPTION:Dagordning\\n1\. kl\. 13\.15 Mötets öppnande/,
    )

    await db.call('exports.yearPlanIcs', { bodyId: council.id, year: 2013 })
    const year = new TextDecoder().decode(db.host.saved.at(-1)!.data)
    expect(year.match(/BEGIN:VEVENT/g)).toHaveLength(6)
    expect(year).toContain('DTSTART:20130507T111500Z') // summer time

    await db.call('exports.yearPlanXlsx', { bodyId: council.id, year: 2026 })
    const file = db.host.saved.at(-1)!
    expect(file.fileName).toBe('Sammanträdesplan Trygghetsrådet 2026.xlsx')
    const workbook = new ExcelJS.Workbook()
    await workbook.xlsx.load(file.data as unknown as ArrayBuffer)
    const sheet = workbook.worksheets[0]!
    expect(sheet.getRow(1).values).toEqual([
      undefined,
      'Vecka',
      'Dag',
      'Datum',
      'Tid',
      'Plats',
      'Kallelse skickas',
      'Sista dag för förhinder',
      'Status',
      'Anmärkning',
    ])
    expect(sheet.getCell('A2').value).toBe(6)
    expect(sheet.getCell('C2').value).toEqual(new Date('2026-02-03T00:00:00Z'))
    expect(sheet.getCell('C2').numFmt).toBe('yyyy-mm-dd')
    expect(sheet.getCell('H7').value).toBe('Planerat')
    expect(sheet.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 })
    const none = await errorOf(db.call('exports.yearPlanXlsx', { bodyId: council.id, year: 2019 }))
    expect(none.message).toBe(
      'Trygghetsrådet har inga möten 2019. Skapa en sammanträdesplan först.',
    )
  })
})
