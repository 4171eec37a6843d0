import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import JSZip from 'jszip'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { convertWithLibreOffice } from '../support/libreoffice.ts'
import { textBlocks } from '../../src/shared/domain/text.ts'
import { createTestDatabase, type TestDatabase } from '../support/testDatabase.ts'
import { buildWorld } from '../support/world.ts'

let db: TestDatabase
beforeEach(async () => {
  db = await createTestDatabase()
})
afterEach(async () => db.close())

const xmlText = (value: string) =>
  value
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&amp;/g, '&')

interface WordParagraph {
  xml: string
  markInserted: boolean
  markDeleted: boolean
}

function paragraphs(documentXml: string): WordParagraph[] {
  return [...documentXml.matchAll(/<w:p[ >][\s\S]*?<\/w:p>/g)].map(([xml]) => {
    const markProps =
      /<w:pPr>[\s\S]*?<w:rPr>([\s\S]*?)<\/w:rPr>[\s\S]*?<\/w:pPr>/.exec(xml)?.[1] ?? ''
    return {
      xml,
      markInserted: markProps.includes('<w:ins '),
      markDeleted: markProps.includes('<w:del '),
    }
  })
}

/**
 * What Word shows after "Accept all" (or "Reject all"): inserted text kept (or dropped), deleted
 * text dropped (or kept), and a paragraph whose mark was deleted (or inserted) merged with the next.
 */
function resolve(documentXml: string, choice: 'accept' | 'reject'): string[] {
  const lines: string[] = []
  let carry = ''
  for (const paragraph of paragraphs(documentXml)) {
    const body = paragraph.xml.replace(/<w:pPr>[\s\S]*?<\/w:pPr>/, '')
    const kept =
      choice === 'accept'
        ? body.replace(/<w:del [\s\S]*?<\/w:del>/g, '')
        : body.replace(/<w:ins [\s\S]*?<\/w:ins>/g, '')
    const text = [...kept.matchAll(/<w:(?:t|delText)(?: [^>]*)?>([^<]*)<\/w:(?:t|delText)>/g)]
      .map((match) => xmlText(match[1]!))
      .join('')
    const merges = choice === 'accept' ? paragraph.markDeleted : paragraph.markInserted
    if (merges) carry += text
    else {
      lines.push(carry + text)
      carry = ''
    }
  }
  return lines
}

const expectedLines = (sections: { heading: string; text: string }[]) =>
  sections.flatMap((section) => [
    section.heading,
    ...textBlocks(section.text).map((block) => block.text),
  ])

async function twoVersions() {
  const { council } = await buildWorld(db)
  let document = await db.call('goals.createDocument', {
    bodyId: council.id,
    title: 'Måldokument 2027',
  })
  const write = async (heading: string, text: string, newHeading = heading) => {
    const target = document.sections.find((section) => section.heading === heading)!
    await db.call('goals.updateSection', {
      id: target.id,
      version: target.version,
      heading: newHeading,
      text,
    })
    document = await db.call('goals.getDocument', { id: document.id })
  }
  await write('Vision', 'Sundsvall är en trygg kommun.')
  await write('Mål', '- Färre inbrott\n- Rådets möten ska ha god närvaro.\n- Alla grupper i gång')
  await write('Strategier', 'Trygghetsvandringar & stormöten <i>varje år</i>.')
  await write('Uppföljning', 'Rådet följer upp målen en gång om året.')
  await db.call('goals.saveVersion', {
    documentId: document.id,
    comment: 'Första utkast',
    author: 'Eva Marklund',
  })
  await write('Vision', 'Sundsvall är en trygg och välkomnande kommun, för alla åldrar.')
  await write(
    'Mål',
    '- Färre bostadsinbrott\n- Alla fjorton grupper i gång\n- Oron för misshandel ska minska.',
  )
  await write(
    'Strategier',
    'Trygghetsvandringar & stormöten <i>varje år</i>.',
    'Strategier och arbetssätt',
  )
  const follow = document.sections.find((section) => section.heading === 'Uppföljning')!
  document = await db.call('goals.removeSection', {
    id: follow.id,
    version: follow.version,
  })
  document = await db.call('goals.addSection', {
    documentId: document.id,
    version: document.version,
    heading: 'Budget',
  })
  await write('Budget', 'Medel från Brå och egen finansiering.')
  await db.call('goals.saveVersion', {
    documentId: document.id,
    comment: 'Efter workshopen',
    author: 'Kim Nordin',
  })
  return document
}

describe('goal document in Word', () => {
  it('writes the document with heading styles, real bullet lists, and the text as plain text', async () => {
    const document = await twoVersions()
    await db.call('exports.goalDocumentDocx', { documentId: document.id, version: 1 })
    const file = db.host.saved[0]!
    expect(file.fileName).toBe('Måldokument 2027 version 1.docx')
    const zip = await JSZip.loadAsync(file.data)
    const xml = await zip.file('word/document.xml')!.async('string')
    expect(xml).toContain('<w:pStyle w:val="Heading1"/>')
    expect(xml).toContain('Trygghetsvandringar &amp; stormöten &lt;i&gt;varje år&lt;/i&gt;.')
    const bullets = paragraphs(xml).filter((paragraph) => paragraph.xml.includes('<w:numPr>'))
    expect(bullets.map((paragraph) => resolve(paragraph.xml, 'accept')[0])).toEqual([
      'Färre inbrott',
      'Rådets möten ska ha god närvaro.',
      'Alla grupper i gång',
    ])
    expect(await zip.file('word/numbering.xml')!.async('string')).toContain(
      'w:numFmt w:val="bullet"',
    )
    const core = await zip.file('docProps/core.xml')!.async('string')
    expect(core).toContain('<dc:title>Måldokument 2027</dc:title>')
    expect(await zip.file('word/styles.xml')!.async('string')).toContain('sv-SE')
  })

  it('writes the comparison with real tracked changes: accept all gives the newer version, reject all the older', async () => {
    const document = await twoVersions()
    await db.call('exports.goalComparisonDocx', { documentId: document.id, from: 1, to: 2 })
    const file = db.host.saved[0]!
    expect(file.fileName).toBe('Måldokument 2027 jämförelse version 1-2.docx')
    const zip = await JSZip.loadAsync(file.data)
    const xml = await zip.file('word/document.xml')!.async('string')

    // Every revision carries the author and date of the newer version, with unique ids.
    const revisions = [...xml.matchAll(/<w:(ins|del) ([^>]*)>/g)]
    expect(revisions.length).toBeGreaterThan(10)
    for (const [, , attributes] of revisions) {
      expect(attributes).toContain('w:author="Kim Nordin"')
      expect(attributes).toMatch(/w:date="2026-11-25T09:00:00Z"/)
    }
    const ids = revisions.map(([, , attributes]) => /w:id="(\d+)"/.exec(attributes!)![1])
    expect(new Set(ids).size).toBe(ids.length)

    // The inserted and deleted runs are exactly the words of the difference.
    const comparison = await db.call('goals.compareVersions', {
      documentId: document.id,
      from: 1,
      to: 2,
    })
    const spans = comparison.sections.flatMap((section) => [
      ...section.heading,
      ...section.paragraphs.flatMap((paragraph) => paragraph.spans),
    ])
    const inserted = [
      ...xml.matchAll(/<w:ins [^>]*>\s*<w:r>[\s\S]*?<w:t[^>]*>([^<]*)<\/w:t>[\s\S]*?<\/w:ins>/g),
    ].map((match) => xmlText(match[1]!))
    const deleted = [...xml.matchAll(/<w:delText[^>]*>([^<]*)<\/w:delText>/g)].map((match) =>
      xmlText(match[1]!),
    )
    expect(inserted).toEqual(spans.filter((span) => span.kind === 'added').map((span) => span.text))
    expect(deleted).toEqual(
      spans.filter((span) => span.kind === 'removed').map((span) => span.text),
    )
    expect(inserted).toContain('och välkomnande ')
    expect(deleted).toContain('Rådet följer upp målen en gång om året.')

    // Accepting or rejecting everything in Word gives exactly one of the two versions.
    const [older, newer] = await Promise.all(
      [1, 2].map((number) =>
        db.call('goals.getVersion', {
          documentId: document.id,
          number,
        }),
      ),
    )
    const documentStart = (lines: string[]) => lines.slice(lines.indexOf('Vision'))
    expect(documentStart(resolve(xml, 'accept')).filter(Boolean)).toEqual(
      expectedLines(newer!.sections),
    )
    expect(documentStart(resolve(xml, 'reject')).filter(Boolean)).toEqual(
      expectedLines(older!.sections),
    )

    // Word opens it with "Track changes" on, so the members' own edits are tracked too.
    expect(await zip.file('word/settings.xml')!.async('string')).toContain('<w:trackRevisions/>')
  })

  it('is read by LibreOffice as a document with tracked insertions and deletions', async () => {
    const document = await twoVersions()
    await db.call('exports.goalComparisonDocx', { documentId: document.id, from: 1, to: 2 })
    const dir = mkdtempSync(join(tmpdir(), 'radsrum-lo-'))
    try {
      writeFileSync(join(dir, 'jamforelse.docx'), db.host.saved[0]!.data)
      convertWithLibreOffice(dir, 'fodt', [join(dir, 'jamforelse.docx')], { timeout: 120_000 })
      const flat = readFileSync(join(dir, 'jamforelse.fodt'), 'utf8')
      expect(flat).toContain('<text:tracked-changes')
      const insertions = flat.match(/<text:insertion>/g) ?? []
      const deletions = flat.match(/<text:deletion>/g) ?? []
      expect(insertions.length).toBeGreaterThan(3)
      expect(deletions.length).toBeGreaterThan(3)
      expect(flat).toContain('<dc:creator>Kim Nordin</dc:creator>')
      expect(flat).toContain('Rådet följer upp målen en gång om året.')
    } finally {
      rmSync(dir, { recursive: true, force: true })
    }
  }, 180_000)
})
