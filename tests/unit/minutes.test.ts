import JSZip from 'jszip'
import { afterEach, describe, expect, it } from 'vitest'
import { wordTextOf } from '../support/wordText.ts'
import { fixedClock } from '../../src/main/context.ts'
import type { MinutesDto } from '../../src/shared/api/minutes.ts'
import { createTestDatabase, type TestDatabase, errorOf } from '../support/testDatabase.ts'
import { buildWorld } from '../support/world.ts'

let db: TestDatabase
afterEach(async () => db?.close())

/** The shared world on the clock's day; a meeting already held has had its roll call: every member present. */
async function council(clock = '2026-11-25T10:00:00+01:00') {
  db = await createTestDatabase({ clock: fixedClock(clock) })
  const world = await buildWorld(db)
  const today = db.clock.today()
  const meeting = async (date: string) => {
    const created = await world.meeting(date, { noticeDate: null, replyBy: null })
    if (date <= today) await world.rollCall(created.id)
    return created
  }
  return {
    bodyId: world.bodyId,
    organisationId: world.organisations.police,
    people: world.people,
    meeting,
  }
}

const begin = (meetingId: number, struckItemIds: number[] = []) =>
  db.call('minutes.begin', { meetingId, struckItemIds })
const byKey = (minutes: MinutesDto, key: string) =>
  minutes.paragraphs.find((paragraph) => paragraph.standingKey === key)!

describe('minutes', () => {
  it('numbers § per body through the calendar year, never renumbering, and starts at § 1 in January', async () => {
    const { meeting } = await council('2027-01-20T10:00:00+01:00')
    const autumn = await meeting('2026-10-06')
    const december = await meeting('2026-12-08')
    const january = await meeting('2027-01-12')
    const first = await begin(autumn.id)
    expect(first.paragraphs.map((paragraph) => paragraph.number)).toEqual([
      1, 2, 3, 4, 5, 6, 7, 8, 9, 10,
    ])
    // A struck item gets no number; the next meeting continues the year's series.
    const presentation = december.items.find(
      (item) => item.standingKey === 'localGroupPresentation',
    )!
    const second = await begin(december.id, [presentation.id])
    expect(second.paragraphs.map((paragraph) => paragraph.number)).toEqual([
      11, 12, 13, 14, 15, 16, 17, 18, 19,
    ])
    expect(byKey(second, 'agendaApproval').text).toContain('Presentation av lokal trygghetsgrupp')
    // An extra item at the earlier meeting gets the next free number; nothing else moves.
    const extra = await db.call('minutes.addParagraph', {
      meetingId: autumn.id,
      title: 'Klotter vid busstationen',
    })
    expect(extra.paragraphs.at(-1)).toMatchObject({
      number: 20,
      title: 'Klotter vid busstationen',
      agendaItemId: null,
    })
    expect(extra.paragraphs.slice(0, -1).map((paragraph) => paragraph.number)).toEqual([
      1, 2, 3, 4, 5, 6, 7, 8, 9, 10,
    ])
    const again = await db.call('minutes.get', { meetingId: december.id })
    expect(again.paragraphs[0]!.number).toBe(11)
    // January starts again at § 1.
    const next = await begin(january.id)
    expect(next.paragraphs[0]!.number).toBe(1)
    expect(byKey(next, 'previousMinutes').text).toContain('§§ 11–19')
  })

  it('cannot begin minutes for a meeting that has not been held', async () => {
    const { meeting } = await council()
    const later = await meeting('2026-12-08')
    expect(await errorOf(begin(later.id))).toMatchObject({
      code: 'VALIDATION',
      message: expect.stringContaining('när mötet hålls'),
    })
  })

  it('saves a § with decisions; the later of two saves gets CONFLICT and nothing is overwritten', async () => {
    const { meeting } = await council()
    const held = await meeting('2026-11-10')
    const minutes = await begin(held.id)
    const paragraph = minutes.paragraphs[4]!
    const saved = await db.call('minutes.saveParagraph', {
      id: paragraph.id,
      version: paragraph.version,
      title: paragraph.title,
      text: 'Första fönstret.',
      decisions: ['Godkänna planen', 'att ge sekreteraren i uppdrag att boka lokal'],
    })
    expect(saved.decisions.map((decision) => decision.text)).toEqual([
      'att godkänna planen',
      'att ge sekreteraren i uppdrag att boka lokal',
    ])
    const stale = await errorOf(
      db.call('minutes.saveParagraph', {
        id: paragraph.id,
        version: paragraph.version,
        title: paragraph.title,
        text: 'Andra fönstret.',
        decisions: [],
      }),
    )
    expect(stale).toMatchObject({
      code: 'CONFLICT',
      message: expect.stringContaining('Ingenting har skrivits över'),
    })
    const empty = await errorOf(
      db.call('minutes.saveParagraph', {
        id: paragraph.id,
        version: saved.version,
        title: paragraph.title,
        text: 'x',
        decisions: ['  '],
      }),
    )
    expect(empty).toMatchObject({
      code: 'VALIDATION',
      message: expect.stringContaining('Ett beslut får inte vara tomt'),
    })
    const after = await db.call('minutes.get', { meetingId: held.id })
    expect(after.paragraphs[4]).toMatchObject({
      text: 'Första fönstret.',
      decisions: [{ text: 'att godkänna planen' }, expect.anything()],
    })
  })

  it('proposes adjusters by rotation among the members present, and refuses one who was not there', async () => {
    const { meeting, people } = await council()
    const one = await begin((await meeting('2026-09-01')).id)
    expect(one.adjusters.map((person) => person.name)).toEqual(['Pelle', 'Karin'])
    expect(byKey(one, 'adjusters').decisions[0]!.text).toBe(
      'att utse Pelle och Karin att jämte ordföranden justera dagens protokoll',
    )
    const two = await begin((await meeting('2026-10-06')).id)
    expect(two.adjusters.map((person) => person.name)).toEqual(['Kent', 'Rita'])
    const three = await begin((await meeting('2026-11-03')).id)
    expect(three.adjusters.map((person) => person.name)).toEqual(['Pelle', 'Karin'])
    const chair = await errorOf(
      db.call('minutes.setAdjustment', {
        meetingId: three.meetingId,
        version: three.version,
        adjusterIds: [people.petra],
        adjustBy: '2026-11-17',
        adjustPlace: null,
      }),
    )
    expect(chair).toMatchObject({
      code: 'VALIDATION',
      message: expect.stringContaining('Petra var inte närvarande som ledamot'),
    })
    const changed = await db.call('minutes.setAdjustment', {
      meetingId: three.meetingId,
      version: three.version,
      adjusterIds: [people.rita],
      adjustBy: '2026-11-17',
      adjustPlace: 'Stadshuset',
    })
    expect(byKey(changed, 'adjusters').text).toContain(
      'Rita. Justering sker senast 2026-11-17, Stadshuset.',
    )
  })

  it('locks adjusted minutes and a § adjusted at once; edits get CONFLICT and say how to correct', async () => {
    const { meeting } = await council()
    const held = await meeting('2026-11-10')
    const minutes = await begin(held.id)
    expect(minutes.adjustBy).toBe('2026-11-24')
    expect(minutes.adjustOverdue).toBe(true)
    const urgent = minutes.paragraphs[5]!
    const marked = await db.call('minutes.markImmediate', {
      id: urgent.id,
      version: urgent.version,
      title: urgent.title,
      text: 'Läst upp och justerat vid mötet.',
      decisions: ['godkänna förslaget'],
    })
    expect(marked).toMatchObject({
      text: 'Läst upp och justerat vid mötet.',
      decisions: [{ text: 'att godkänna förslaget' }],
    })
    expect(marked).toMatchObject({ immediate: true, locked: true })
    expect(
      await errorOf(
        db.call('minutes.saveParagraph', {
          id: urgent.id,
          version: marked.version,
          title: 'x',
          text: '',
          decisions: [],
        }),
      ),
    ).toMatchObject({ code: 'CONFLICT', message: expect.stringContaining('omedelbart justerad') })
    const future = await errorOf(
      db.call('minutes.adjust', {
        meetingId: held.id,
        version: minutes.version,
        adjustedOn: '2026-12-01',
      }),
    )
    expect(future).toMatchObject({ code: 'VALIDATION' })
    const adjusted = await db.call('minutes.adjust', {
      meetingId: held.id,
      version: minutes.version,
      adjustedOn: '2026-11-20',
    })
    expect(adjusted).toMatchObject({
      locked: true,
      adjustedOn: '2026-11-20',
      status: 'minutesAdjusted',
      adjustOverdue: false,
    })
    const paragraph = adjusted.paragraphs[0]!
    const refused = await errorOf(
      db.call('minutes.saveParagraph', {
        id: paragraph.id,
        version: paragraph.version,
        title: 'Ändrad',
        text: 'Ändrad',
        decisions: [],
      }),
    )
    expect(refused).toMatchObject({
      code: 'CONFLICT',
      message: expect.stringContaining('rättelse tas upp'),
    })
    expect(
      await errorOf(db.call('minutes.addParagraph', { meetingId: held.id, title: 'Sent ärende' })),
    ).toMatchObject({ code: 'CONFLICT' })
    const unchanged = await db.call('minutes.get', { meetingId: held.id })
    expect(unchanged.paragraphs[0]!.title).toBe('Mötets öppnande')
  })

  it('carries open action items into the next meeting and records the § where they were reported done', async () => {
    const { meeting, people, organisationId, bodyId } = await council()
    const first = await begin((await meeting('2026-09-01')).id)
    const second = await meeting('2026-11-03')
    const decided = first.paragraphs[6]!
    const early = await errorOf(
      db.call('minutes.addAction', {
        paragraphId: decided.id,
        description: 'Boka lokal',
        ownerPersonId: people.pelle,
        dueDate: '2026-08-01',
      }),
    )
    expect(early).toMatchObject({
      code: 'VALIDATION',
      message: expect.stringContaining('kan inte vara före mötet'),
    })
    const noOwner = await errorOf(
      db.call('minutes.addAction', {
        paragraphId: decided.id,
        description: 'Boka lokal',
        dueDate: '2026-10-01',
      }),
    )
    expect(noOwner).toMatchObject({
      code: 'VALIDATION',
      message: expect.stringContaining('vem som ansvarar'),
    })
    const book = await db.call('minutes.addAction', {
      paragraphId: decided.id,
      description: 'Boka lokal för trygghetsdagen',
      ownerPersonId: people.pelle,
      dueDate: '2026-10-01',
    })
    const map = await db.call('minutes.addAction', {
      paragraphId: decided.id,
      description: 'Kartlägga trafiken vid skolan',
      ownerOrganisationId: organisationId,
      dueDate: '2026-12-31',
    })
    expect(book).toMatchObject({
      owner: 'Pelle, Polisen',
      overdue: true,
      decidedParagraph: decided.number,
      status: 'open',
    })

    const preview = await db.call('minutes.get', { meetingId: second.id })
    expect(preview.begun).toBe(false)
    expect(preview.followUp.map((action) => action.description)).toEqual([
      'Boka lokal för trygghetsdagen',
      'Kartlägga trafiken vid skolan',
    ])
    // The notice carries them too, under their own heading.
    await db.call('exports.noticeDocx', { meetingId: second.id })
    const notice = await JSZip.loadAsync(db.host.saved.at(-1)!.data)
    const noticeText = wordTextOf(await notice.file('word/document.xml')!.async('string'))
    expect(noticeText).toContain('Uppföljning av uppdrag')
    expect(noticeText).toContain('Kartlägga trafiken vid skolan (Polisen, senast 2026-12-31')
    const next = await begin(second.id)
    const followUp = byKey(next, 'actionFollowUp')
    // The account lists what was open; its status is said once, where it is reported (below).
    expect(followUp.text).toContain(
      '- Boka lokal för trygghetsdagen (Pelle, Polisen, senast 2026-10-01; beslutat 2026-09-01 § 7)',
    )
    expect(followUp.text).not.toContain('försenat')
    const done = await db.call('minutes.reportAction', {
      id: book.id,
      version: book.version,
      status: 'done',
      paragraphId: followUp.id,
    })
    expect(done).toMatchObject({
      status: 'done',
      reportedParagraph: followUp.number,
      reportedDate: '2026-11-03',
      overdue: false,
    })

    expect(
      (await db.call('minutes.listActions', { filter: 'open' })).map((action) => action.id),
    ).toEqual([map.id])
    expect(await db.call('minutes.listActions', { filter: 'overdue' })).toEqual([])
    expect((await db.call('minutes.listActions', { filter: 'all', organisationId })).length).toBe(2)
    expect(
      (
        await db.call('minutes.listActions', {
          filter: 'all',
          personId: people.pelle,
          bodyId,
        })
      ).map((action) => action.id),
    ).toEqual([book.id])
    // The register says exactly what the saved item said, reported § and owner included.
    const all = await db.call('minutes.listActions', { filter: 'all' })
    expect(all).toContainEqual(done)
    expect(all.find((action) => action.id === book.id)).toMatchObject({
      reportedMeetingId: second.id,
      reportedParagraph: followUp.number,
      owner: 'Pelle, Polisen',
      ownerPersonName: 'Pelle',
    })
    const reread = await db.call('minutes.get', { meetingId: second.id })
    expect(byKey(reread, 'actionFollowUp').reported.map((action) => action.description)).toEqual([
      'Boka lokal för trygghetsdagen',
    ])
    // The exported § says the reported item is done, and nowhere that it is late.
    await db.call('exports.minutesDocx', { meetingId: second.id })
    const zip = await JSZip.loadAsync(db.host.saved.at(-1)!.data)
    const xml = await zip.file('word/document.xml')!.async('string')
    expect(xml).toContain('klar')
    expect(xml).not.toContain('försenat')
  })

  it('keeps the situation picture each meeting ended with, and finds decisions by text, body and year', async () => {
    const { meeting, bodyId } = await council()
    const first = await begin((await meeting('2026-09-01')).id)
    const situation = first.situation!
    const saved = await db.call('minutes.saveSituation', {
      meetingId: first.meetingId,
      version: situation.version,
      concerns: 'Klotter i centrum',
      events: 'Inbrott i förråd',
      measures: 'Trygghetsvandring',
    })
    const stale = await errorOf(
      db.call('minutes.saveSituation', {
        meetingId: first.meetingId,
        version: situation.version,
        concerns: 'x',
        events: '',
        measures: '',
      }),
    )
    expect(stale).toMatchObject({ code: 'CONFLICT' })
    const second = await begin((await meeting('2026-11-03')).id)
    expect(second.situation).toMatchObject({
      meetingId: second.meetingId,
      concerns: 'Klotter i centrum',
    })
    await db.call('minutes.saveSituation', {
      meetingId: second.meetingId,
      version: second.situation!.version,
      concerns: 'Klotter i centrum minskar',
      events: '',
      measures: 'Trygghetsvandring',
    })
    const history = await db.call('minutes.situationHistory', { bodyId })
    expect(history.map((report) => [report.date, report.concerns])).toEqual([
      ['2026-11-03', 'Klotter i centrum minskar'],
      ['2026-09-01', saved.concerns],
    ])
    expect(history[1]).toEqual(saved)
    const decisions = await db.call('minutes.listDecisions', {
      search: 'dagordningen',
      bodyId,
      year: 2026,
    })
    expect(decisions.map((row) => [row.date, row.paragraph])).toEqual([
      ['2026-11-03', 13],
      ['2026-09-01', 3],
    ])
    expect(
      await db.call('minutes.listDecisions', {
        search: 'dagordningen',
        year: 2025,
      }),
    ).toEqual([])
    // Word prefixes in any letter case, through the full-text index.
    expect(
      (await db.call('minutes.listDecisions', { search: 'GODKÄNNA DAGORD' })).map(
        (row) => row.paragraph,
      ),
    ).toEqual([13, 3])
    const hits = await db.call('minutes.search', { query: 'klotter' })
    expect(hits.map((hit) => [hit.kind, hit.date, hit.paragraph])).toEqual([
      ['situation', '2026-11-03', 15],
      ['situation', '2026-09-01', 5],
    ])
    expect(hits[0]!.snippet).toContain('[[Klotter]]')
  })

  it('keeps each body’s own standard phrases in order, offers them in the minutes, and restores the defaults', async () => {
    const { bodyId, meeting } = await council()
    const defaults = await db.call('minutes.getPhrases', { bodyId })
    expect(defaults).toMatchObject({ bodyId, standard: true })
    expect(defaults.phrases[0]).toBe('Rådet beslutar att godkänna dagordningen.')
    const own = [
      'Rådet beslutar att lägga informationen till handlingarna.',
      'Frågan bordläggs till nästa möte.',
    ]
    expect(await db.call('minutes.savePhrases', { bodyId, phrases: own })).toEqual({
      bodyId,
      phrases: own,
      standard: false,
    })
    const minutes = await begin((await meeting('2026-09-01')).id)
    expect(minutes.phrases).toEqual(own)
    const empty = await errorOf(
      db.call('minutes.savePhrases', { bodyId, phrases: ['Ett beslut.', '   '] }),
    )
    expect(empty.code).toBe('VALIDATION')
    expect(empty.message).toContain('En standardfras får inte vara tom')
    expect(await db.call('minutes.getPhrases', { bodyId })).toMatchObject({
      phrases: own,
    })
    expect(await db.call('minutes.savePhrases', { bodyId, phrases: [] })).toEqual(defaults)
    expect((await errorOf(db.call('minutes.getPhrases', { bodyId: 9999 }))).code).toBe('NOT_FOUND')
  })

  it('finds §, decisions and action items with FTS5, by word prefix, and opens the right §', async () => {
    const { meeting, people } = await council()
    const minutes = await begin((await meeting('2026-09-01')).id)
    const other = byKey(minutes, 'otherBusiness')
    await db.call('minutes.saveParagraph', {
      id: other.id,
      version: other.version,
      title: other.title,
      text: 'Klottret vid Stenstadens skola har ökat.',
      decisions: ['att be kommunen sanera klottret'],
    })
    await db.call('minutes.addAction', {
      paragraphId: other.id,
      description: 'Kartlägga klotter i Stenstaden',
      ownerPersonId: people.pelle,
      dueDate: '2026-10-01',
    })
    const hits = await db.call('minutes.search', { query: 'KLOTT stenstad' })
    expect(hits.map((hit) => [hit.kind, hit.paragraph]).sort()).toEqual([
      ['action', other.number],
      ['paragraph', other.number],
    ])
    expect(hits.find((hit) => hit.kind === 'paragraph')!.snippet).toContain(
      '[[Klottret]] vid [[Stenstadens]]',
    )
    expect((await db.call('minutes.search', { query: 'sanera' })).map((hit) => hit.kind)).toEqual([
      'decision',
    ])
    // Edits reach the index; a query of only punctuation finds nothing rather than failing.
    const saved = (await db.call('minutes.get', { meetingId: minutes.meetingId })).paragraphs.find(
      (paragraph) => paragraph.id === other.id,
    )!
    await db.call('minutes.saveParagraph', {
      id: other.id,
      version: saved.version,
      title: other.title,
      text: 'Inget att rapportera.',
      decisions: [],
    })
    expect(await db.call('minutes.search', { query: 'sanera' })).toEqual([])
    expect((await db.call('minutes.search', { query: 'stenstad' })).map((hit) => hit.kind)).toEqual(
      ['action'],
    )
    expect(await db.call('minutes.search', { query: '"*()' })).toEqual([])
  })
})

describe('minutes documents', () => {
  const documentXml = async (index = -1) => {
    const zip = await JSZip.loadAsync(db.host.saved.at(index)!.data)
    const xml = await zip.file('word/document.xml')!.async('string')
    const footers = await Promise.all(
      Object.keys(zip.files)
        .filter((name) => /word\/footer\d*\.xml/.test(name))
        .map((name) => zip.file(name)!.async('string')),
    )
    const core = await zip.file('docProps/core.xml')!.async('string')
    const styles = await zip.file('word/styles.xml')!.async('string')
    const text = (part: string) =>
      [...part.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((match) => match[1]).join('')
    return { xml, text: text(xml), footer: footers.map(text).join(' '), core, styles }
  }

  it('writes the minutes with presence list, § numbers, decisions, actions and the signature block', async () => {
    const { meeting, people } = await council()
    const held = await meeting('2026-11-10')
    const minutes = await begin(held.id)
    const decided = minutes.paragraphs[6]!
    await db.call('minutes.saveParagraph', {
      id: decided.id,
      version: decided.version,
      title: decided.title,
      text: 'Frågan diskuterades.\n- Skolan vill ha fler vuxna\n- Polisen ökar närvaron',
      decisions: ['ge Pelle i uppdrag att kontakta skolan'],
    })
    await db.call('minutes.addAction', {
      paragraphId: decided.id,
      description: 'Kontakta skolan',
      ownerPersonId: people.pelle,
      dueDate: '2026-12-01',
    })
    await db.call('minutes.adjust', {
      meetingId: held.id,
      version: minutes.version,
      adjustedOn: '2026-11-20',
    })
    await db.call('exports.minutesDocx', { meetingId: held.id })
    expect(db.host.saved.at(-1)!.fileName).toBe('Protokoll Trygghetsrådet 2026-11-10.docx')
    const { xml, text, footer, core, styles } = await documentXml()
    expect(text).toContain('Protokoll')
    expect(text).toContain('tisdag 10 november 2026')
    expect(text).toMatch(
      /Närvarande.*Ledamöter.*Petra, Polisen \(ordförande\).*Pelle.*Sekreterare.*Sara/,
    )
    expect(text).toContain('§ 1  Mötets öppnande')
    expect(text).toContain('§ 6  Uppföljning av uppdrag')
    expect(text).toMatch(
      /§ 7 {2}Presentation av lokal trygghetsgrupp.*Skolan vill ha fler vuxna.*Beslut.*Trygghetsrådet beslutar.*att ge Pelle i uppdrag att kontakta skolan.*Uppdrag.*Kontakta skolan — ansvarig: Pelle, Polisen, klart senast 2026-?12-?01/,
    )
    expect(text).toMatch(
      /Underskrifter.*Justeringsdatum: 2026-?11-?20.*Sara.*Sekreterare.*Petra.*Ordförande.*Pelle.*Justerare.*Karin.*Justerare/,
    )
    expect(footer).toContain('Justerandes signatur')
    expect(xml).toContain('w:pStyle w:val="Heading2"')
    expect(styles).toContain('sv-SE')
    expect(core).toMatch(/<dc:title>Protokoll[^<]*Trygghetsrådet[^<]*2026-11-10/)
  })

  it('writes an extract of one § with the certification, and refuses a § that is not there', async () => {
    const { meeting } = await council()
    const held = await meeting('2026-11-10')
    const minutes = await begin(held.id)
    await db.call('exports.extractDocx', { meetingId: held.id, paragraph: 3 })
    const { text, footer } = await documentXml()
    expect(text).toContain('Protokollsutdrag')
    expect(text).toContain('§ 3  Godkännande av dagordningen')
    expect(text).not.toContain('§ 4')
    expect(text).toContain('Utdragsbestyrkande')
    expect(text).toContain('Rätt utdraget intygar')
    expect(footer).toContain('Utdragsbestyrkande')
    expect(
      await errorOf(db.call('exports.extractDocx', { meetingId: held.id, paragraph: 99 })),
    ).toMatchObject({ code: 'VALIDATION', message: expect.stringContaining('ingen § 99') })
    expect(minutes.paragraphs).toHaveLength(10)
  })

  it('writes the one-page situation picture that absent members get', async () => {
    const { meeting } = await council()
    const first = await begin((await meeting('2026-09-01')).id)
    await db.call('minutes.saveSituation', {
      meetingId: first.meetingId,
      version: first.situation!.version,
      concerns: '- Klotter i centrum',
      events: '- Inbrott i förråd',
      measures: '- Trygghetsvandring',
    })
    const second = await begin((await meeting('2026-11-03')).id)
    await db.call('minutes.saveSituation', {
      meetingId: second.meetingId,
      version: second.situation!.version,
      concerns: '- Klotter i centrum\n- Trafiken vid skolan',
      events: '',
      measures: '- Trygghetsvandring',
    })
    await db.call('exports.situationDocx', { meetingId: second.meetingId })
    expect(db.host.saved.at(-1)!.fileName).toBe('Lägesbild Trygghetsrådet 2026-11-03.docx')
    const { text } = await documentXml()
    expect(text).toMatch(
      /Lägesbild.*tisdag 3 november 2026 \(föregående lägesbild: 2026-?09-?01\).*Oroande områden.*Klotter i centrum.*Trafiken vid skolan.*Händelser sedan förra mötet.*Inget antecknat.*Vad som görs.*Trygghetsvandring/,
    )
  })
})
