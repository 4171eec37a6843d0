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

/**
 * Every kind of Word document the secretary sends, written from the example data, read back as XML
 * and as LibreOffice prints it (PDF text and bookmarks): the house rules hold for all of them.
 */
interface Written {
  kind: string
  data: Uint8Array
  document: string
  styles: string
  core: string
  footers: string
  headers: string
}

let db: TestDatabase
let dir: string
const files: Written[] = []
const SECRETARY = 'Eva Marklund'

const read = async (kind: string, data: Uint8Array): Promise<Written> => {
  const zip = await JSZip.loadAsync(data)
  const part = async (name: string) => (await zip.file(name)?.async('string')) ?? ''
  const all = async (pattern: RegExp) =>
    (
      await Promise.all(
        Object.keys(zip.files)
          .filter((name) => pattern.test(name))
          .map(part),
      )
    ).join('')
  return {
    kind,
    data,
    document: await part('word/document.xml'),
    styles: await part('word/styles.xml'),
    core: await part('docProps/core.xml'),
    footers: await all(/^word\/footer\d*\.xml$/),
    headers: await all(/^word\/header\d*\.xml$/),
  }
}

beforeAll(async () => {
  db = await createTestDatabase()
  const { council, groups } = await exampleWorld(db)
  const keep = async (kind: string) => files.push(await read(kind, db.host.saved.at(-1)!.data))
  const today = db.clock.today()
  for (const [name, body] of [
    ['rådet', council],
    ['gruppen', groups[0]!],
  ] as const) {
    const meetings = await db.call('meetings.list', { bodyId: body.id, from: null, to: null })
    const held = meetings.filter((meeting) => meeting.date < today).at(-1)!
    await db.call('exports.minutesDocx', { meetingId: held.id })
    await keep(`protokoll ${name}`)
    const minutes = await db.call('minutes.get', { meetingId: held.id })
    const decided = minutes.paragraphs.find((paragraph) => paragraph.actions.length > 0)!
    await db.call('exports.extractDocx', { meetingId: held.id, paragraph: decided.number })
    await keep(`protokollsutdrag ${name}`)
    await db.call('exports.situationDocx', { meetingId: held.id })
    await keep(`lägesbild ${name}`)
    const next = meetings.find((meeting) => meeting.date >= today) ?? held
    await db.call('exports.noticeDocx', { meetingId: next.id })
    await keep(`kallelse ${name}`)
  }
  const [goal] = await db.call('goals.listDocuments')
  await db.call('exports.goalDocumentDocx', { documentId: goal!.id })
  await keep('måldokument')
  const versions = (await db.call('goals.getDocument', { id: goal!.id })).versions
  await db.call('exports.goalComparisonDocx', {
    documentId: goal!.id,
    from: versions.at(-2)!.number,
    to: versions.at(-1)!.number,
  })
  await keep('jämförelse')
  const [grant] = await db.call('budget.listGrants')
  await db.call('exports.finalReportDocx', { grantId: grant!.id })
  await keep('slutrapport')
  // One LibreOffice run prints them all (starting it is the slow part).
  dir = mkdtempSync(join(tmpdir(), 'radsrum-word-'))
  const paths = files.map((file, index) => {
    const path = join(dir, `${index}.docx`)
    writeFileSync(path, file.data)
    return path
  })
  convertWithLibreOffice(dir, 'pdf', paths)
}, 300_000)
afterAll(() => {
  db.close()
  rmSync(dir, { recursive: true, force: true })
})

const pdfOf = (index: number) => join(dir, `${index}.pdf`)
/** The pages as LibreOffice prints them; non-breaking hyphens read as hyphens. */
const pagesOf = (index: number) =>
  execFileSync('pdftotext', ['-layout', pdfOf(index), '-'])
    .toString('utf8')
    .replace(/\u2011/g, '-')
    .split('\f')
    .filter((page) => page.trim() !== '')

/** Body paragraphs outside tables (a table cell must hold a paragraph, even an empty one). */
const bodyParagraphs = (xml: string) =>
  xml.replace(/<w:tbl>[\s\S]*?<\/w:tbl>/g, '').match(/<w:p[ >][\s\S]*?<\/w:p>/g) ?? []
// U+2011 kept, to tell a date's non-breaking hyphen from a breaking one.
const textOf = (xml: string) => wordTextOf(xml, '\u2011')
const headingsOf = (xml: string) =>
  [...xml.matchAll(/<w:pStyle w:val="(Title|Heading(\d))"\/>/g)].map((match) =>
    match[2] ? Number(match[2]) : 0,
  )

describe('every Word document the secretary sends', () => {
  it('reads right in every example protocol: no "nothing open" followed by a discussion, no pointer to nothing, no empty övriga frågor', async () => {
    let checked = 0
    for (const body of await db.call('register.listBodies')) {
      for (const meeting of await db.call('meetings.list', {
        bodyId: body.id,
        from: null,
        to: null,
      })) {
        const minutes = await db.call('minutes.get', { meetingId: meeting.id })
        for (const paragraph of minutes.paragraphs) {
          const where = `${body.name} ${meeting.date} § ${paragraph.number}`
          checked++
          expect(paragraph.text, where).not.toMatch(/inga öppna uppdrag\.\s*\S/)
          expect(paragraph.text, where).not.toMatch(/nedan\)|sekreteraren, sekreterare/)
          if (paragraph.standingKey === 'otherBusiness')
            expect(paragraph.text.trim(), where).not.toBe('')
        }
      }
    }
    expect(checked).toBeGreaterThan(50)
  })

  it('has a title, the secretary as author and Swedish as its language', () => {
    expect(files.map((file) => file.kind)).toHaveLength(11)
    for (const file of files) {
      expect(file.core, file.kind).toMatch(/<dc:title>[^<]{5,}<\/dc:title>/)
      expect(file.core, file.kind).toContain(`<dc:creator>${SECRETARY}</dc:creator>`)
      expect(file.core, file.kind).toContain(`<cp:lastModifiedBy>${SECRETARY}</cp:lastModifiedBy>`)
      expect(file.core, file.kind).toContain('<dc:language>sv-SE</dc:language>')
      // The default run language, which Word's spelling and LibreOffice's hyphenation use.
      expect(file.styles, file.kind).toMatch(/<w:docDefaults>[\s\S]*?<w:lang w:val="sv-SE"\/>/)
    }
  })

  it('declares outline levels for its headings, keeps them with the next paragraph, and never skips a level', () => {
    for (const file of files) {
      for (const [level, outline] of [
        [1, 0],
        [2, 1],
        [3, 2],
      ])
        expect(file.styles, file.kind).toMatch(
          new RegExp(
            `w:styleId="Heading${level}"[\\s\\S]*?<w:keepNext/>[\\s\\S]*?<w:outlineLvl w:val="${outline}"/>`,
          ),
        )
      const levels = headingsOf(file.document)
      expect(levels[0], file.kind).toBe(0)
      expect(levels[1], file.kind).toBe(1)
      levels.slice(1).forEach((level, index) => {
        expect(level - levels[index]!, `${file.kind}: rubrik ${index + 2}`).toBeLessThanOrEqual(1)
      })
    }
  })

  it('uses no empty paragraphs for spacing and writes every date with non-breaking hyphens', () => {
    for (const file of files) {
      const empty = bodyParagraphs(file.document).filter(
        (paragraph) => !/<w:(t|delText)[ >]/.test(paragraph),
      )
      expect(empty, file.kind).toEqual([])
      // Every ISO date in the text is "2026‑10‑27" with Word's non-breaking hyphen.
      expect(textOf(file.document + file.headers + file.footers), file.kind).not.toMatch(
        /\d{4}-\d{2}-\d{2}|\d{4}\u2011\d{2}-\d{2}|\d{4}-\d{2}\u2011\d{2}/,
      )
    }
  })

  it('sets no date in italics (LibreOffice draws the non-breaking hyphen upright there, with a gap)', () => {
    for (const file of files) {
      const runs = file.document.match(/<w:r>[\s\S]*?<\/w:r>/g) ?? []
      const italicDates = runs.filter(
        (run) => /<w:i\/>/.test(run) && run.includes('<w:noBreakHyphen/>'),
      )
      expect(italicDates.map(textOf), file.kind).toEqual([])
    }
  })

  it('keeps labels with what follows: Beslut, the beslutar line, Uppdrag, Rapporterat vid mötet, the situation headings', () => {
    const labels =
      /^(Beslut|.* beslutar|Uppdrag|Rapporterat vid mötet|Oroande områden|Händelser sedan förra mötet|Vad som görs)$/
    let seen = 0
    for (const file of files.filter((candidate) => candidate.kind.startsWith('protokoll'))) {
      for (const paragraph of bodyParagraphs(file.document)) {
        if (!labels.test(textOf(paragraph).trim())) continue
        seen++
        expect(paragraph, `${file.kind}: ${textOf(paragraph)}`).toContain('<w:keepNext/>')
      }
    }
    expect(seen).toBeGreaterThan(10)
  })

  it('prints with page numbers on every page, minutes with their running header, and PDF bookmarks for the headings', () => {
    files.forEach((file, index) => {
      const pages = pagesOf(index)
      pages.forEach((page, number) =>
        expect(page, `${file.kind} sida ${number + 1}`).toMatch(
          new RegExp(`[Ss]ida ${number + 1} av ${pages.length}`),
        ),
      )
      if (file.kind.startsWith('protokoll '))
        for (const page of pages)
          expect(page).toMatch(/ · Protokoll \d+\/\d{4} · \d{4}-\d{2}-\d{2}/)
      // LibreOffice's bookmarks (its navigator's outline): one per heading, none when styles lack levels.
      const outline = execFileSync('pdftohtml', ['-xml', '-i', '-stdout', pdfOf(index)]).toString(
        'utf8',
      )
      const bookmarks = outline.match(/<item\b/g) ?? []
      expect(bookmarks.length, file.kind).toBe(
        headingsOf(file.document).filter((level) => level > 0).length,
      )
    })
  })

  it('breaks no word and no date over two lines when LibreOffice lays it out (tables too)', () => {
    files.forEach((file, index) => {
      const printed = pagesOf(index).join('\n')
      // Counted, not just found: a word broken in a table cell may still be whole elsewhere.
      const count = (text: string) => {
        const counts = new Map<string, number>()
        for (const word of text.match(/[\p{L}]{8,}/gu) ?? [])
          counts.set(word, (counts.get(word) ?? 0) + 1)
        return counts
      }
      const printedWords = count(printed)
      const written = textOf(file.document).replace(/\u2011/g, '-')
      const missing = [...count(written)].filter(
        ([word, times]) => (printedWords.get(word) ?? 0) < times,
      )
      expect(missing, file.kind).toEqual([])
      for (const date of new Set(written.match(/\d{4}-\d{2}-\d{2}/g) ?? []))
        expect(printed, `${file.kind}: ${date}`).toContain(date)
    })
  })
})
