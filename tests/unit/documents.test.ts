import { execFileSync } from 'node:child_process'
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import JSZip from 'jszip'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { convertWithLibreOffice } from '../support/libreoffice.ts'
import { wordTextOf } from '../support/wordText.ts'
import { createTestDatabase, type TestDatabase } from '../support/testDatabase.ts'
import { exampleWorld } from '../support/world.ts'

// One example database for every document (loading it is the slow part).
let db: TestDatabase
let group: { id: number; name: string }
let council: { id: number; name: string }
beforeAll(async () => {
  db = await createTestDatabase()
  const example = await exampleWorld(db)
  council = example.council
  group = example.groups[0]!
}, 120_000)
afterAll(() => db.close())

const latestHeld = async (bodyId: number) =>
  (await db.call('meetings.list', { bodyId, from: null, to: null }))
    .filter((meeting) => meeting.date < db.clock.today())
    .at(-1)!

const lastFile = () => db.host.saved.at(-1)!
const parts = async (data: Uint8Array) => {
  const zip = await JSZip.loadAsync(data)
  const read = async (name: string) => (await zip.file(name)?.async('string')) ?? ''
  const headers = await Promise.all(
    Object.keys(zip.files)
      .filter((name) => /^word\/header\d*\.xml$/.test(name))
      .map(read),
  )
  const footers = await Promise.all(
    Object.keys(zip.files)
      .filter((name) => /^word\/footer\d*\.xml$/.test(name))
      .map(read),
  )
  return {
    document: await read('word/document.xml'),
    styles: await read('word/styles.xml'),
    core: await read('docProps/core.xml'),
    app: await read('docProps/app.xml'),
    headers: headers.join(''),
    footers: footers.join(''),
  }
}
const headingsOf = (xml: string) =>
  [...xml.matchAll(/<w:pStyle w:val="(Title|Heading\d)"\/>/g)].map((match) => match[1]!)

describe('documents a secretary sends', () => {
  it('minutes of a local group: protocol number, running header, quorum, adjustment place and time, headings in order, the secretary as author', async () => {
    const meeting = await latestHeld(group.id)
    await db.call('exports.minutesDocx', { meetingId: meeting.id })
    const { document, styles, core, headers, footers } = await parts(lastFile().data)
    const text = wordTextOf(document)
    const year = meeting.date.slice(0, 4)
    // The group met four times this year and the last one is the fourth protocol (two have minutes).
    expect(text).toMatch(new RegExp(`Protokoll 2/${year}`))
    expect(wordTextOf(headers)).toContain(`${group.name} · Protokoll 2/${year} · ${meeting.date}`)
    expect(footers).toContain('PAGE')
    expect(footers).toContain('NUMPAGES')
    expect(text).toMatch(/Beslutsförhet: \d+ av \d+ platser besatta; (inte )?beslutsfört/)
    expect(text).toMatch(/Justeringens plats och tid:.*\d{4}-\d{2}-\d{2}/)
    expect(text).toContain('Inga övriga frågor anmäldes.')
    expect(text).not.toContain('se lägesbilden nedan')
    expect(document).toContain('<w:noBreakHyphen/>')
    // Title, then Heading 1 and 2 only: no level skipped.
    const headings = headingsOf(document)
    expect(headings[0]).toBe('Title')
    expect(headings).toContain('Heading2')
    expect(headings).not.toContain('Heading3')
    for (const [level, outline] of [
      [1, 0],
      [2, 1],
      [3, 2],
    ])
      expect(styles).toMatch(
        new RegExp(
          `w:styleId="Heading${level}"[\\s\\S]*?<w:keepNext/>[\\s\\S]*?<w:outlineLvl w:val="${outline}"/>`,
        ),
      )
    expect(core).toContain('<dc:creator>Eva Marklund</dc:creator>')
    expect(core).toContain('<dc:language>sv-SE</dc:language>')
    expect(core).toContain(`<dc:title>Protokoll 2/${year} ${group.name} ${meeting.date}</dc:title>`)
    // "beslutar" keeps with its decision.
    expect(document).toMatch(/<w:keepNext\/>(?:(?!<\/w:p>).)*beslutar/)
  })

  it('the council minutes name the presenting local group in its §', async () => {
    const meetings = await db.call('meetings.list', { bodyId: council.id, from: null, to: null })
    for (const meeting of meetings
      .filter((candidate) => candidate.date < db.clock.today())
      .slice(-5)) {
      const minutes = await db.call('minutes.get', { meetingId: meeting.id })
      const presentation = minutes.paragraphs.find(
        (paragraph) => paragraph.standingKey === 'localGroupPresentation',
      )
      const agendaGroup = (await db.call('meetings.get', { id: meeting.id })).items.find(
        (item) => item.standingKey === 'localGroupPresentation',
      )?.localGroupName
      if (!presentation || !agendaGroup) continue
      expect(presentation.text).toBe(`${agendaGroup} presenterade sig och sitt arbete.`)
      return
    }
    throw new Error('inget av rådets protokoll har en presentation av en lokal grupp')
  })

  it('an extract is certified: who, when, signature line, adjusters and date, and to whom it is sent', async () => {
    const meeting = await latestHeld(group.id)
    const minutes = await db.call('minutes.get', { meetingId: meeting.id })
    const decided = minutes.paragraphs.find((paragraph) => paragraph.actions.length > 0)!
    await db.call('exports.extractDocx', { meetingId: meeting.id, paragraph: decided.number })
    const { document, headers } = await parts(lastFile().data)
    const text = wordTextOf(document)
    expect(headingsOf(document).slice(0, 2)).toEqual(['Title', 'Heading1'])
    expect(text).toContain(
      `Protokollet justerades ${minutes.adjustedOn} av ordföranden och ${minutes.adjusters.map((adjuster) => adjuster.name).join(' och ')}.`,
    )
    expect(text).toContain(`Expedieras till: ${decided.actions[0]!.owner}`)
    expect(text).toContain(`Rätt utdraget intygar, ${db.clock.today()}:`)
    expect(text).toContain('……………………………………………')
    expect(text).toContain('Eva Marklund')
    expect(text).toContain(`Sekreterare, ${group.name}`)
    expect(wordTextOf(headers)).toContain(`Protokollsutdrag § ${decided.number}`)
  })

  it('a notice: sent date, the secretary and contact in the apologies line, handlingar, page numbers', async () => {
    const meetings = await db.call('meetings.list', { bodyId: council.id, from: null, to: null })
    const next = meetings.find((meeting) => meeting.date >= db.clock.today())!
    await db.call('exports.noticeDocx', { meetingId: next.id })
    const { document, footers, headers } = await parts(lastFile().data)
    const text = wordTextOf(document)
    expect(text).toContain(`Kallelsen skickad: ${db.clock.today()}`)
    expect(text).toMatch(/Anmäl förhinder till sekreteraren Eva Marklund \([^)]*@[^)]*\) senast/)
    const previous = meetings.filter((meeting) => meeting.date < db.clock.today()).at(-1)!
    expect(text).toMatch(
      new RegExp(`Handlingar\\n.*Protokoll från mötet ${previous.date} \\(§§ \\d+–\\d+\\)`),
    )
    expect(text).toContain(`Lägesbild efter mötet ${previous.date}`)
    expect(footers).toContain('PAGE')
    expect(wordTextOf(headers)).toContain(`${council.name} · Kallelse · ${next.date}`)
  })

  it('a notice lists the open actions from earlier meetings under Uppföljning av uppdrag, and only those', async () => {
    const meetings = await db.call('meetings.list', { bodyId: council.id, from: null, to: null })
    const next = meetings.find((meeting) => meeting.date >= db.clock.today())!
    const actions = (
      await db.call('minutes.listActions', { filter: 'all', bodyId: council.id })
    ).filter((action) => action.decidedDate < next.date)
    const open = actions.filter((action) => action.status === 'open')
    const closed = actions.filter((action) => action.status !== 'open')
    // The example data has both, so the test says something about each.
    expect(open.length).toBeGreaterThan(0)
    expect(closed.length).toBeGreaterThan(0)
    await db.call('exports.noticeDocx', { meetingId: next.id })
    const text = wordTextOf((await parts(lastFile().data)).document)
    // The heading after the agenda table (whose own item has the same name) and before those called.
    const end = text.indexOf('Kallade\n')
    const start = text.lastIndexOf('Uppföljning av uppdrag\n', end)
    expect(start).toBeGreaterThan(text.indexOf('Dagordning\n'))
    const section = text.slice(start, end)
    const lines = section.split('\n').slice(1).filter(Boolean)
    expect(lines).toHaveLength(open.length)
    for (const action of open)
      expect(section).toContain(`${action.description} (${action.owner}, senast ${action.dueDate}`)
    for (const action of closed) expect(section).not.toContain(action.description)
  })

  it('a calendar invitation: organizer and attendees, a UID of this installation, 75-octet lines, Swedish times, no control characters', async () => {
    const meetings = await db.call('meetings.list', { bodyId: council.id, from: null, to: null })
    const next = meetings.find((meeting) => meeting.date >= db.clock.today())!
    await db.call('exports.noticeIcs', { meetingId: next.id })
    const ics = Buffer.from(lastFile().data).toString('utf8')
    const lines = ics.split('\r\n')
    for (const line of lines) expect(Buffer.byteLength(line, 'utf8')).toBeLessThanOrEqual(75)
    // eslint-disable-next-line no-control-regex
    expect(ics.replace(/\r\n/g, '')).not.toMatch(/[\u0000-\u0008\u000b-\u001f\u007f]/)
    const unfolded = ics.replace(/\r\n[ \t]/g, '')
    expect(unfolded).toMatch(/^ORGANIZER;CN="?Eva Marklund"?:MAILTO:\S+@\S+$/m)
    const attendees = unfolded.split('\r\n').filter((line) => line.startsWith('ATTENDEE'))
    expect(attendees.some((line) => /ROLE="?REQ-PARTICIPANT/.test(line))).toBe(true)
    expect(unfolded).toMatch(/^UID:radsrum-[0-9a-f]{32}-meeting-\d+@radsrum$/m)
    expect(unfolded).toMatch(/kl\. 13\.15 /)
    // Another installation (another register) gives the same meeting another UID.
    const other = await createTestDatabase()
    try {
      await other.call('system.loadExampleData')
      const otherMeetings = await other.call('meetings.list', {
        bodyId: council.id,
        from: null,
        to: null,
      })
      await other.call('exports.noticeIcs', {
        meetingId: otherMeetings.find((m) => m.date === next.date)!.id,
      })
      const otherUid = /^UID:(.*)$/m.exec(
        Buffer.from(other.host.saved.at(-1)!.data)
          .toString('utf8')
          .replace(/\r\n[ \t]/g, ''),
      )![1]
      expect(otherUid).not.toBe(/^UID:(.*)$/m.exec(unfolded)![1])
    } finally {
      await other.close()
    }
  }, 120_000)

  it('a spreadsheet prints with title, date and page numbers, names its header font, and does not claim Excel wrote it', async () => {
    await db.call('exports.yearPlanXlsx', {
      bodyId: group.id,
      year: Number(db.clock.today().slice(0, 4)),
    })
    const zip = await JSZip.loadAsync(lastFile().data)
    const sheet = await zip.file('xl/worksheets/sheet1.xml')!.async('string')
    expect(sheet).toMatch(/<oddHeader>.*Sammanträdesplan.*\d{4}-\d{2}-\d{2}.*<\/oddHeader>/)
    expect(sheet).toContain(
      '<oddFooter>&amp;C&amp;&quot;Calibri,Regular&quot;Sida &amp;P av &amp;N</oddFooter>',
    )
    const styles = await zip.file('xl/styles.xml')!.async('string')
    const fonts = [...styles.matchAll(/<font>([\s\S]*?)<\/font>/g)].map((match) => match[1]!)
    for (const font of fonts.filter((candidate) => candidate.includes('<b/>'))) {
      expect(font).toContain('<name val="Calibri"/>')
      expect(font).toContain('<sz val="11"/>')
    }
    const app = await zip.file('docProps/app.xml')!.async('string')
    expect(app).not.toContain('Microsoft Excel')
    expect(app).toContain('<Application>Rådsrum</Application>')
  })

  it('LibreOffice prints the running header and "Sida n av m" on every page of the minutes', async () => {
    const meeting = await latestHeld(council.id)
    await db.call('exports.minutesDocx', { meetingId: meeting.id })
    const dir = mkdtempSync(join(tmpdir(), 'radsrum-pdf-'))
    try {
      writeFileSync(join(dir, 'protokoll.docx'), lastFile().data)
      convertWithLibreOffice(dir, 'pdf', [join(dir, 'protokoll.docx')], { timeout: 120_000 })
      const pages = execFileSync('pdftotext', ['-layout', join(dir, 'protokoll.pdf'), '-'])
        .toString('utf8')
        .split('\f')
        .filter((page) => page.trim() !== '')
      expect(pages.length).toBeGreaterThan(1)
      pages.forEach((page, index) => {
        expect(page).toContain(`Sida ${index + 1} av ${pages.length}`)
        expect(page).toMatch(/Trygghetsrådet · Protokoll \d+\/\d{4}/)
      })
    } finally {
      rmSync(dir, { recursive: true, force: true })
    }
  }, 180_000)
})
