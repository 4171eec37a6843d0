import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import ExcelJS from 'exceljs'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { convertWithLibreOffice } from '../support/libreoffice.ts'
import type { AttendanceStatus } from '../../src/shared/api/attendance.ts'
import { loadPresence } from '../../src/main/services/attendance/presence.ts'
import { createTestDatabase, type TestDatabase, errorOf } from '../support/testDatabase.ts'
import { buildWorld } from '../support/world.ts'
import { swedish } from '../../src/shared/messages/index.ts'

let db: TestDatabase
beforeEach(async () => {
  db = await createTestDatabase()
})
afterEach(async () => db.close())

/** The shared world: its council, and the people by name. */
async function council() {
  const world = await buildWorld(db)
  return { bodyId: world.bodyId, ids: world.people, meeting: world.meeting }
}

const mark = (
  meetingId: number,
  personId: number,
  status: AttendanceStatus | null,
  repliedOn?: string,
) =>
  db.call('attendance.setStatus', {
    meetingId,
    personId,
    status,
    ...(repliedOn ? { repliedOn } : {}),
  })

describe('apologies and deputies before the meeting', () => {
  it('proposes the personal deputy, then the seat’s, then one from the same organisation, then any — and says why', async () => {
    const { ids, meeting: meetingOn } = await council()
    const meeting = await meetingOn('2026-12-08')
    let view = await mark(meeting.id, ids.petra, 'apologies', '2026-11-20')
    expect(view.attendees.find((person) => person.personId === ids.petra)).toMatchObject({
      status: 'apologies',
      repliedOn: '2026-11-20',
    })
    const proposal = view.proposals.find((row) => row.memberPersonId === ids.petra)!
    expect(
      proposal.candidates.map((candidate) => [
        candidate.name,
        candidate.rank,
        swedish(candidate.reason),
      ]),
    ).toEqual([
      ['Dora', 1, 'personlig ersättare för Petra'],
      ['Doris', 2, 'ersättare för platsen Polisen'],
      ['Dan', 3, 'ersättare från samma aktör (Polisen)'],
      ['Kim', 4, 'ersättare i Trygghetsrådet (ersättare för platsen Kyrkan)'],
    ])

    // Dora cannot come either: Doris is proposed, and Dora shows why not.
    await mark(meeting.id, ids.dora, 'apologies')
    const next = await db.call('attendance.deputyProposal', {
      meetingId: meeting.id,
      memberPersonId: ids.petra,
    })
    expect(next.candidates.find((candidate) => candidate.available)?.name).toBe('Doris')
    expect(next.candidates[0]).toMatchObject({ name: 'Dora', available: false })
    expect(swedish(next.candidates[0]!.unavailableReason!)).toBe('har anmält förhinder')

    view = await db.call('attendance.setServing', {
      meetingId: meeting.id,
      deputyPersonId: ids.doris,
      memberPersonId: ids.petra,
    })
    expect(view.attendees.find((person) => person.personId === ids.doris)).toMatchObject({
      servingForName: 'Petra',
      status: null,
    })
    expect(view.proposals[0]).toMatchObject({ calledName: 'Doris' })
    // Nobody has said they will come: the forecast does not know, though all five seats could be
    // filled (Petra's by Doris) and the rule wants three.
    expect(view).toMatchObject({
      seatCount: 5,
      required: 3,
      expectedFilled: 0,
      possibleFilled: 5,
      forecast: 'unknown',
      rollCallStarted: false,
    })
    await mark(meeting.id, ids.doris, 'attending')
    await mark(meeting.id, ids.pelle, 'attending')
    view = await mark(meeting.id, ids.karin, 'attending')
    expect(view).toMatchObject({ expectedFilled: 3, forecast: 'quorate' })
    for (const name of ['pelle', 'karin', 'kent'] as const)
      view = await mark(meeting.id, ids[name], 'apologies')
    expect(view).toMatchObject({ expectedFilled: 1, possibleFilled: 2, forecast: 'notQuorate' })
  })

  it('lists who has not answered, and a reply removes them from the list', async () => {
    const { ids, meeting: meetingOn } = await council()
    const meeting = await meetingOn('2026-12-08')
    let view = await db.call('attendance.get', { meetingId: meeting.id })
    // Five members and no called deputies; the secretary is not asked.
    expect(view.counts.unanswered).toBe(5)
    await mark(meeting.id, ids.karin, 'attending')
    view = await mark(meeting.id, ids.rita, 'apologies')
    expect(view.counts).toMatchObject({ unanswered: 3, attending: 1, apologies: 1 })
    const unanswered = view.attendees
      .filter((person) => person.group === 'member' && person.status === null)
      .map((person) => person.email)
    expect(unanswered).toEqual(['petra@exempel.se', 'pelle@exempel.se', 'kent@exempel.se'])
    // Clearing a reply puts the person back.
    view = await mark(meeting.id, ids.rita, null)
    expect(view.counts.unanswered).toBe(4)
  })

  it('refuses the roll call before the meeting day, a person not called, and a future reply date', async () => {
    const { ids, meeting: meetingOn } = await council()
    const meeting = await meetingOn('2026-12-08')
    expect((await errorOf(mark(meeting.id, ids.karin, 'present'))).message).toBe(
      'Uppropet görs på mötesdagen (2026-12-08). Före mötet registrerar du svar: kommer eller förhinder.',
    )
    const outsider = (await db.call('register.createPerson', { name: 'Ulla Utanför' })).id
    expect((await errorOf(mark(meeting.id, outsider, 'apologies'))).message).toContain(
      'Ulla Utanför är inte kallad till Trygghetsrådet 2026-12-08',
    )
    expect((await errorOf(mark(meeting.id, ids.karin, 'apologies', '2026-12-01'))).message).toBe(
      'Dagen svaret kom kan inte ligga i framtiden.',
    )
  })
})

describe('the roll call and quorum per item', () => {
  it('recomputes quorum per item with late arrival, early departure and a serving deputy, and flags decisions without quorum', async () => {
    const { bodyId, ids, meeting: meetingOn } = await council()
    const meeting = await meetingOn('2026-11-25')
    const items = meeting.items
    expect(items.map((item) => item.kind).slice(0, 3)).toEqual([
      'information',
      'decision',
      'decision',
    ])
    await mark(meeting.id, ids.petra, 'apologies')
    await db.call('attendance.setServing', {
      meetingId: meeting.id,
      deputyPersonId: ids.dora,
      memberPersonId: ids.petra,
    })
    await mark(meeting.id, ids.dora, 'present')
    await mark(meeting.id, ids.pelle, 'present')
    let view = await mark(meeting.id, ids.karin, 'present')
    expect(view).toMatchObject({ filledNow: 3, quorateNow: true, rollCallStarted: true })
    await mark(meeting.id, ids.kent, 'present')
    await mark(meeting.id, ids.rita, 'absent')
    // Karin leaves after item 2; Kent arrives at item 5.
    await db.call('attendance.setRange', {
      meetingId: meeting.id,
      personId: ids.karin,
      fromItemId: null,
      toItemId: items[1]!.id,
      note: 'Gick efter punkt 2.',
    })
    view = await db.call('attendance.setRange', {
      meetingId: meeting.id,
      personId: ids.kent,
      fromItemId: items[4]!.id,
      toItemId: null,
    })
    expect(view.items.map((item) => item.filled)).toEqual([3, 3, 2, 2, 3, 3, 3, 3, 3, 3])
    expect(view.items.filter((item) => item.flagged).map((item) => item.title)).toEqual([
      'Godkännande av dagordningen',
    ])
    expect(swedish(view.attendees.find((person) => person.personId === ids.kent)!.rangeText!)).toBe(
      'från punkt 5',
    )
    const karin = view.attendees.find((person) => person.personId === ids.karin)!
    expect(swedish(karin.rangeText!)).toBe('till och med punkt 2')
    expect(karin.note).toBe('Gick efter punkt 2.')

    // A stricter rule for the body: two thirds (four of five seats) — now no item is quorate.
    await db.call('attendance.setRule', {
      bodyId,
      rule: { kind: 'fraction', numerator: 2, denominator: 3 },
    })
    view = await db.call('attendance.get', { meetingId: meeting.id })
    expect(view.required).toBe(4)
    expect(view.items.every((item) => !item.quorate)).toBe(true)
    expect(swedish(view.rule.description)).toContain('Minst 2/3')
  })

  it('enforces the deputy rules with reasons the secretary understands', async () => {
    const { ids, meeting: meetingOn } = await council()
    const meeting = await meetingOn('2026-11-25')
    await mark(meeting.id, ids.petra, 'present')
    // A deputy cannot serve for a member who is present.
    let error = await errorOf(
      db.call('attendance.setServing', {
        meetingId: meeting.id,
        deputyPersonId: ids.dora,
        memberPersonId: ids.petra,
      }),
    )
    expect(error).toMatchObject({ code: 'CONFLICT' })
    expect(error.message).toContain(
      'Petra är närvarande (hela mötet), så Dora kan inte tjänstgöra i hens ställe där.',
    )
    // … but can from the item after the member left.
    await db.call('attendance.setRange', {
      meetingId: meeting.id,
      personId: ids.petra,
      fromItemId: null,
      toItemId: meeting.items[3]!.id,
    })
    await db.call('attendance.setServing', {
      meetingId: meeting.id,
      deputyPersonId: ids.dora,
      memberPersonId: ids.petra,
      fromItemId: meeting.items[4]!.id,
    })
    await mark(meeting.id, ids.dora, 'present')
    let view = await mark(meeting.id, ids.pelle, 'present')
    expect(view.items.map((item) => item.filled)).toEqual([2, 2, 2, 2, 2, 2, 2, 2, 2, 2])
    // A deputy cannot serve for two members at once.
    await mark(meeting.id, ids.kent, 'absent')
    error = await errorOf(
      db.call('attendance.setServing', {
        meetingId: meeting.id,
        deputyPersonId: ids.dora,
        memberPersonId: ids.kent,
      }),
    )
    expect(error.message).toContain(
      'Dora är redan kallad att tjänstgöra för Petra. En ersättare kan bara tjänstgöra för en ledamot i taget',
    )
    // A member cannot have two serving deputies at once.
    error = await errorOf(
      db.call('attendance.setServing', {
        meetingId: meeting.id,
        deputyPersonId: ids.doris,
        memberPersonId: ids.petra,
        fromItemId: meeting.items[6]!.id,
      }),
    )
    expect(error.message).toContain('Petra har redan en tjänstgörande ersättare, Dora.')
    // A member cannot serve for someone else; someone who is not a deputy cannot serve.
    error = await errorOf(
      db.call('attendance.setServing', {
        meetingId: meeting.id,
        deputyPersonId: ids.sara,
        memberPersonId: ids.kent,
      }),
    )
    expect(error.message).toBe(
      'Sara är inte ersättare i Trygghetsrådet 2026-11-25 och kan inte tjänstgöra där.',
    )
    // Marking a member present while their deputy serves the same items is refused too.
    await mark(meeting.id, ids.kent, 'apologies')
    await db.call('attendance.setServing', {
      meetingId: meeting.id,
      deputyPersonId: ids.kim,
      memberPersonId: ids.kent,
    })
    error = await errorOf(mark(meeting.id, ids.kent, 'present'))
    expect(error.message).toContain(
      'Kent är närvarande (hela mötet), så Kim kan inte tjänstgöra i hens ställe där.',
    )
    // A called-in deputy who sends apologies is no longer called, and the member needs a new proposal.
    view = await mark(meeting.id, ids.kim, 'apologies')
    expect(view.proposals.find((proposal) => proposal.memberPersonId === ids.kent)).toMatchObject({
      calledName: null,
    })
  })

  it('marks the rest present in one step: those called and not yet marked, not the deputies not called in', async () => {
    const { ids, meeting: meetingOn } = await council()
    const early = await meetingOn('2026-12-08')
    // Before the meeting day it is refused like any roll-call mark, and nothing changes.
    expect(
      (await errorOf(db.call('attendance.markRestPresent', { meetingId: early.id }))).message,
    ).toBe(
      'Uppropet görs på mötesdagen (2026-12-08). Före mötet registrerar du svar: kommer eller förhinder.',
    )
    expect((await db.call('attendance.get', { meetingId: early.id })).rollCallStarted).toBe(false)

    const meeting = await meetingOn('2026-11-25')
    await mark(meeting.id, ids.petra, 'apologies', '2026-11-20')
    await db.call('attendance.setServing', {
      meetingId: meeting.id,
      deputyPersonId: ids.dora,
      memberPersonId: ids.petra,
      fromItemId: null,
      toItemId: null,
    })
    await mark(meeting.id, ids.karin, 'absent')
    await mark(meeting.id, ids.kent, 'attending', '2026-11-20')
    const view = await db.call('attendance.markRestPresent', { meetingId: meeting.id })
    const status = (personId: number) =>
      view.attendees.find((person) => person.personId === personId)?.status ?? null
    // Marks already made stand; a reply "kommer" becomes present; the called-in deputy is present.
    expect([ids.petra, ids.karin, ids.kent, ids.pelle, ids.rita, ids.dora].map(status)).toEqual([
      'apologies',
      'absent',
      'present',
      'present',
      'present',
      'present',
    ])
    // Deputies not called in are not marked; the secretary is.
    expect([ids.doris, ids.dan, ids.kim].map(status)).toEqual([null, null, null])
    expect(status(ids.sara)).toBe('present')
    expect(view.counts.unmarked).toBe(0)
    expect(view.quorateNow).toBe(true)
  })

  it('refuses any change once the minutes are adjusted, saying why', async () => {
    const { ids, meeting: meetingOn } = await council()
    const meeting = await meetingOn('2026-11-25')
    await mark(meeting.id, ids.petra, 'present')
    await mark(meeting.id, ids.karin, 'present')
    const minutes = await db.call('minutes.begin', { meetingId: meeting.id })
    await db.call('minutes.adjust', {
      meetingId: meeting.id,
      version: minutes.version,
      adjustedOn: '2026-11-25',
    })
    const error = await errorOf(mark(meeting.id, ids.pelle, 'present'))
    expect(error).toMatchObject({ code: 'CONFLICT' })
    expect(error.message).toBe(
      'Protokollet för mötet 2026-11-25 är justerat. Närvaron ingår i det justerade protokollet och kan inte ändras längre; en rättelse tas upp i nästa mötes protokoll.',
    )
    expect(
      swedish((await db.call('attendance.get', { meetingId: meeting.id })).lockedReason!),
    ).toBe(error.message)
    expect(
      (await errorOf(db.call('attendance.addGuest', { meetingId: meeting.id, name: 'Gäst' }))).code,
    ).toBe('CONFLICT')
  })

  it('keeps guests among others present, and gives the minutes their presence list', async () => {
    const { ids, meeting: meetingOn } = await council()
    const meeting = await meetingOn('2026-11-25')
    await mark(meeting.id, ids.petra, 'present')
    await mark(meeting.id, ids.pelle, 'apologies')
    await db.call('attendance.setServing', {
      meetingId: meeting.id,
      deputyPersonId: ids.dan,
      memberPersonId: ids.pelle,
      fromItemId: meeting.items[2]!.id,
    })
    await mark(meeting.id, ids.dan, 'present')
    await mark(meeting.id, ids.kim, 'present')
    await mark(meeting.id, ids.karin, 'absent')
    await mark(meeting.id, ids.sara, 'present')
    let view = await db.call('attendance.addGuest', {
      meetingId: meeting.id,
      name: 'Gun Gäst',
      organisation: 'Länsstyrelsen',
    })
    expect(
      (await errorOf(db.call('attendance.addGuest', { meetingId: meeting.id, name: 'gun gäst' })))
        .message,
    ).toBe('gun gäst finns redan bland mötets gäster.')
    expect(
      (await errorOf(db.call('attendance.addGuest', { meetingId: meeting.id, personId: ids.kent })))
        .message,
    ).toContain('Kent finns redan på mötets närvarolista')
    const guest = view.attendees.find((person) => person.group === 'guest')!
    expect(guest).toMatchObject({
      name: 'Gun Gäst',
      organisationName: 'Länsstyrelsen',
      status: 'present',
      role: 'guest',
    })

    const presence = await loadPresence(db.context().em, meeting.id)
    expect(presence.members.map((entry) => [entry.name, entry.role])).toEqual([['Petra', 'chair']])
    expect(presence.servingDeputies).toEqual([
      {
        personId: ids.dan,
        name: 'Dan',
        organisationName: 'Polisen',
        role: 'deputy',
        servingForName: 'Pelle',
        fromItemId: meeting.items[2]!.id,
        toItemId: null,
      },
    ])
    expect(presence.deputies.map((entry) => entry.name)).toEqual(['Dan', 'Kim'])
    expect(presence.others.map((entry) => [entry.name, entry.role])).toEqual([
      ['Sara', 'secretary'],
      ['Gun Gäst', 'guest'],
    ])
    expect(presence.absent.map((entry) => [entry.name, entry.apologies])).toEqual([
      ['Pelle', true],
      ['Karin', false],
      ['Kent', false],
      ['Rita', false],
    ])

    view = await db.call('attendance.removeGuest', {
      meetingId: meeting.id,
      guestId: guest.guestId!,
    })
    expect(view.attendees.some((person) => person.group === 'guest')).toBe(false)
  })
})

/** Four held meetings 2022–2024 with a roll call (Petra replaced by Dora once), and one held without. */
async function history() {
  const { bodyId, ids, meeting: meetingOn } = await council()
  // Rita (Regionen) comes to one meeting of four; Petra always, with Dora in her place once.
  const plan: [string, Record<string, AttendanceStatus>][] = [
    [
      '2022-03-01',
      { petra: 'present', pelle: 'present', karin: 'present', kent: 'present', rita: 'absent' },
    ],
    [
      '2023-03-07',
      { petra: 'present', pelle: 'apologies', karin: 'present', kent: 'absent', rita: 'apologies' },
    ],
    [
      '2024-03-05',
      { petra: 'apologies', pelle: 'present', karin: 'present', kent: 'present', rita: 'present' },
    ],
    [
      '2024-09-10',
      {
        petra: 'present',
        pelle: 'present',
        karin: 'apologies',
        kent: 'present',
        rita: 'apologies',
      },
    ],
  ]
  for (const [date, marks] of plan) {
    const meeting = await meetingOn(date)
    for (const [name, status] of Object.entries(marks))
      await mark(meeting.id, ids[name as keyof typeof ids], status)
    if (date === '2024-03-05') {
      await db.call('attendance.setServing', {
        meetingId: meeting.id,
        deputyPersonId: ids.dora,
        memberPersonId: ids.petra,
      })
      await mark(meeting.id, ids.dora, 'present')
    }
    await db.call('meetings.markHeld', { id: meeting.id, version: meeting.version })
  }
  // A held meeting without a roll call does not count; neither does a planned one.
  const unrecorded = await meetingOn('2024-11-12')
  await db.call('meetings.markHeld', { id: unrecorded.id, version: unrecorded.version })
  return { bodyId, ids }
}

describe('statistics over several years', () => {
  it('rates people, organisations, years and terms from held meetings with a roll call', async () => {
    const { bodyId } = await history()

    const stats = await db.call('attendance.statistics', { bodyId })
    expect(stats.meetingCount).toBe(4)
    expect(stats.overall).toMatchObject({ expected: 20, present: 13, apologies: 5, absent: 2 })
    expect(
      stats.byYear.map((year) => [year.label, year.meetings, year.memberRate, year.seatRate]),
    ).toEqual([
      ['2022', 1, 0.8, 0.8],
      ['2023', 1, 0.4, 0.4],
      ['2024', 2, 0.7, 0.8],
    ])
    expect(stats.byTerm.map((term) => [term.label, term.meetings, term.memberRate])).toEqual([
      ['2019–2022', 1, 0.8],
      ['2023–2026', 3, 9 / 15],
    ])
    expect(stats.organisations[0]).toMatchObject({
      name: 'Regionen',
      seatMeetings: 4,
      filled: 1,
      empty: 3,
      emptyRate: 0.75,
    })
    expect(stats.organisations.find((row) => row.name === 'Polisen')).toMatchObject({
      seatMeetings: 8,
      filled: 7,
      memberRate: 6 / 8,
    })
    expect(stats.people[0]).toMatchObject({
      name: 'Rita',
      expected: 4,
      present: 1,
      apologies: 2,
      absent: 1,
      rate: 0.25,
    })
    expect(stats.people.find((person) => person.name === 'Dora')).toMatchObject({
      served: 1,
      rate: null,
    })
    expect(
      stats.meetings.map((meeting) => [meeting.date, meeting.recorded, meeting.quorate]),
    ).toEqual([
      ['2024-11-12', false, null],
      ['2024-09-10', true, true],
      ['2024-03-05', true, true],
      ['2023-03-07', true, false],
      ['2022-03-01', true, true],
    ])
    const only2024 = await db.call('attendance.statistics', {
      bodyId,
      fromYear: 2024,
      toYear: 2024,
    })
    expect(only2024.overall).toMatchObject({ meetings: 2, expected: 10, present: 7 })
    expect(only2024.availableYears).toEqual([2022, 2023, 2024])
  })
})

describe('the attendance workbook', () => {
  it('has a sheet per year, a row per person and organisation, a column per meeting and rates as formulas', async () => {
    const { bodyId } = await history()
    await db.call('exports.attendanceXlsx', { bodyId })
    const file = db.host.saved.at(-1)!
    expect(file.fileName).toBe('Närvaro Trygghetsrådet 2022–2024.xlsx')
    const workbook = new ExcelJS.Workbook()
    await workbook.xlsx.load(Buffer.from(file.data) as unknown as ArrayBuffer)
    expect(workbook.worksheets.map((sheet) => sheet.name)).toEqual(['2022', '2023', '2024'])
    const sheet = workbook.getWorksheet('2024')!
    expect(sheet.views[0]).toMatchObject({ state: 'frozen', xSplit: 1, ySplit: 1 })
    expect(sheet.getRow(1).values).toEqual([
      undefined,
      'Ledamot',
      'Aktör',
      'Roll',
      '2024-03-05',
      '2024-09-10',
      'Kallad',
      'Närvarande',
      'Förhinder',
      'Frånvarande',
      'Närvaro',
    ])
    const rows = sheet.getSheetValues() as unknown[][]
    const rowOf = (name: string) => rows.findIndex((row) => row?.[1] === name)
    const rita = rowOf('Rita')
    expect(rows[rita]!.slice(1, 6)).toEqual(['Rita', 'Regionen', 'Ledamot', 'N', 'H'])
    // Each formula carries its figure, so a preview that does not calculate shows it too.
    expect(sheet.getCell(`F${rita}`).value).toEqual({
      formula: `COUNTIF(D${rita}:E${rita},"N")+COUNTIF(D${rita}:E${rita},"F")+COUNTIF(D${rita}:E${rita},"H")`,
      result: 2,
    })
    expect(sheet.getCell(`G${rita}`).value).toEqual({
      formula: `COUNTIF(D${rita}:E${rita},"N")`,
      result: 1,
    })
    expect(sheet.getCell(`J${rita}`).value).toEqual({
      formula: `IF(F${rita}=0,"",G${rita}/F${rita})`,
      result: 0.5,
    })
    expect(sheet.getCell(`J${rita}`).numFmt).toBe('0%')
    const dora = rowOf('Dora')
    expect(rows[dora]!.slice(1, 6)).toEqual(['Dora', 'Polisen', 'Ersättare', 'T', undefined])
    expect(sheet.getCell(`D${dora}`).note).toBe('Tjänstgjorde för Petra')
    const police = rowOf('Polisen')
    expect(rows[police]!.slice(1, 6)).toEqual(['Polisen', '', 2, 2, 2])
    expect(sheet.getCell(`J${police}`).value).toEqual({
      formula: `IF(C${police}*F${police}=0,"",G${police}/(C${police}*F${police}))`,
      result: 1,
    })
    expect(rows[rowOf('Beslutsfört vid mötets början')]!.slice(4, 6)).toEqual([
      { formula: `IF(D${rowOf('Alla platser')}>=3,"Ja","Nej")`, result: 'Ja' },
      { formula: `IF(E${rowOf('Alla platser')}>=3,"Ja","Nej")`, result: 'Ja' },
    ])
  })

  it('shows a reader the right rates once a spreadsheet program has calculated it (LibreOffice)', async () => {
    const { bodyId } = await history()
    await db.call('exports.attendanceXlsx', { bodyId, year: 2024 })
    const dir = mkdtempSync(join(tmpdir(), 'radsrum-lo-'))
    try {
      writeFileSync(join(dir, 'narvaro.xlsx'), db.host.saved.at(-1)!.data)
      // "As shown" keeps the Swedish percent format.
      convertWithLibreOffice(
        dir,
        'csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,true',
        [join(dir, 'narvaro.xlsx')],
        { timeout: 120_000 },
      )
      const lines = readFileSync(join(dir, 'narvaro.csv'), 'utf8')
        .split('\n')
        .map((line) => line.split(','))
      const line = (name: string) => lines.find((cells) => cells[0] === name)!
      expect(line('Rita').slice(3)).toEqual(['N', 'H', '2', '1', '1', '0', '50%'])
      expect(line('Petra').slice(3)).toEqual(['H', 'N', '2', '1', '1', '0', '50%'])
      expect(line('Karin').slice(3)).toEqual(['N', 'H', '2', '1', '1', '0', '50%'])
      expect(line('Pelle').slice(3)).toEqual(['N', 'N', '2', '2', '0', '0', '100%'])
      expect(line('Polisen').slice(2)).toEqual(['2', '2', '2', '2', '4', '', '0', '100%'])
      expect(line('Regionen').slice(2)).toEqual(['1', '1', '0', '2', '1', '', '1', '50%'])
      expect(line('Alla platser').slice(2)).toEqual(['5', '5', '3', '', '8', '', '2', '80%'])
      expect(line('Beslutsfört vid mötets början').slice(3, 5)).toEqual(['Ja', 'Ja'])
    } finally {
      rmSync(dir, { recursive: true, force: true })
    }
  }, 180_000)
})
