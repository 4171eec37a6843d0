import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import type { GoalDocumentDto, GoalSectionDto } from '../../src/shared/api/goals.ts'
import type { IdeaCategory } from '../../src/shared/domain/goals.ts'
import { createTestDatabase, type TestDatabase, errorOf, brief } from '../support/testDatabase.ts'
import { buildWorld } from '../support/world.ts'

let db: TestDatabase
beforeEach(async () => {
  db = await createTestDatabase()
})
afterEach(async () => db.close())

async function newDocument() {
  const { council } = await buildWorld(db)
  const document = await db.call('goals.createDocument', {
    bodyId: council.id,
    title: 'Måldokument 2027',
  })
  return { council, document }
}

const section = (document: GoalDocumentDto, heading: string) =>
  document.sections.find((candidate) => candidate.heading === heading)!
const write = (target: GoalSectionDto, text: string, heading = target.heading) =>
  db.call('goals.updateSection', {
    id: target.id,
    version: target.version,
    heading,
    text,
  })
const reload = (id: number) => db.call('goals.getDocument', { id })

describe('goal document drafts', () => {
  it('starts with the five sections and saves a section continuously, bumping its version', async () => {
    const { document } = await newDocument()
    expect(document.sections.map((candidate) => candidate.heading)).toEqual([
      'Vision',
      'Uppdrag',
      'Mål',
      'Strategier',
      'Uppföljning',
    ])
    expect(document.status).toBe('draft')
    expect(document.draftChanged).toBe(true)
    const vision = section(document, 'Vision')
    const saved = await write(vision, 'En trygg kommun.\r\n- för alla')
    expect(saved.text).toBe('En trygg kommun.\n- för alla')
    expect(saved.version).toBe(vision.version + 1)
    // Saving the same text again is no change (autosave after a pause without typing).
    const again = await write(saved, saved.text)
    expect(again.version).toBe(saved.version)
  })

  it('refuses a stale save from a second window with a clear message, and keeps the first text', async () => {
    const { document } = await newDocument()
    const vision = section(document, 'Vision')
    await write(vision, 'Text från fönster 1')
    const stale = await errorOf(write(vision, 'Text från fönster 2'))
    expect(stale.code).toBe('CONFLICT')
    expect(stale.message).toContain('ändrats i ett annat fönster')
    expect(stale.message).toContain('Ingenting har skrivits över')
    expect(section(await reload(document.id), 'Vision').text).toBe('Text från fönster 1')
  })

  it('stores 100 pages in one section and refuses more than the bound with a message', async () => {
    const { document } = await newDocument()
    const page = `${'Trygghetsrådet samordnar arbetet med polisen och föreningarna i hela kommunen. '.repeat(38)}\n`
    const hundredPages = page.repeat(100)
    expect(hundredPages.length).toBeGreaterThan(300_000)
    const saved = await write(section(document, 'Strategier'), hundredPages)
    expect(
      (await reload(document.id)).sections.find((candidate) => candidate.id === saved.id)!.text,
    ).toBe(hundredPages)
    const version = await db.call('goals.saveVersion', {
      documentId: document.id,
      comment: 'Hela texten',
    })
    expect(version.wordCount).toBe(10 * 38 * 100 + 5)
    const tooLong = await errorOf(write(saved, 'x'.repeat(400_001)))
    expect(tooLong.code).toBe('VALIDATION')
    // "Texten" is an en-word ("för lång"), and the limit groups its thousands.
    expect(tooLong.message).toBe('Texten är för lång (högst 400 000 tecken).')
  })

  it('adds, renames, moves and removes sections; a duplicate heading is refused', async () => {
    const { document } = await newDocument()
    let current = await db.call('goals.addSection', {
      documentId: document.id,
      version: document.version,
      heading: 'Organisation',
      afterId: section(document, 'Uppdrag').id,
    })
    expect(current.sections.map((candidate) => candidate.heading)).toEqual([
      'Vision',
      'Uppdrag',
      'Organisation',
      'Mål',
      'Strategier',
      'Uppföljning',
    ])
    expect(current.version).toBeGreaterThan(document.version)
    const stale = await errorOf(
      db.call('goals.addSection', {
        documentId: document.id,
        version: document.version,
        heading: 'Budget',
      }),
    )
    expect(stale.code).toBe('CONFLICT')
    const duplicate = await errorOf(
      db.call('goals.addSection', {
        documentId: document.id,
        version: current.version,
        heading: 'mål',
      }),
    )
    expect(brief(duplicate.issues)).toEqual([
      {
        path: 'heading',
        message: 'Det finns redan ett avsnitt som heter ”mål”. Välj en annan rubrik.',
      },
    ])
    current = await db.call('goals.moveSection', {
      id: section(current, 'Organisation').id,
      direction: 'up',
    })
    expect(current.sections.map((candidate) => candidate.heading).slice(0, 3)).toEqual([
      'Vision',
      'Organisation',
      'Uppdrag',
    ])
    const first = await errorOf(
      db.call('goals.moveSection', { id: section(current, 'Vision').id, direction: 'up' }),
    )
    expect(first.message).toBe('Avsnittet står redan först.')
    await write(section(current, 'Organisation'), 'Rådet och grupperna', 'Organisation och roller')
    current = await reload(document.id)
    const organisation = section(current, 'Organisation och roller')
    current = await db.call('goals.removeSection', {
      id: organisation.id,
      version: organisation.version,
    })
    expect(current.sections.map((candidate) => [candidate.heading, candidate.position])).toEqual([
      ['Vision', 0],
      ['Uppdrag', 1],
      ['Mål', 2],
      ['Strategier', 3],
      ['Uppföljning', 4],
    ])
  })
})

describe('goal document versions and status', () => {
  it('numbers versions, needs a comment, signs them with the secretary and refuses an unchanged draft', async () => {
    const { council, document } = await newDocument()
    const person = await db.call('register.createPerson', { name: 'Eva Marklund' })
    await db.call('register.addMembership', {
      bodyId: council.id,
      personId: person.id,
      role: 'secretary',
      from: '2026-01-01',
    })
    const empty = await errorOf(
      db.call('goals.saveVersion', { documentId: document.id, comment: '   ' }),
    )
    expect(brief(empty.issues)).toEqual([
      { path: 'comment', message: 'Kommentaren får inte vara tom.' },
    ])
    await write(section(document, 'Vision'), 'En trygg kommun.')
    const first = await db.call('goals.saveVersion', {
      documentId: document.id,
      comment: 'Första utkast',
    })
    expect(first).toMatchObject({
      number: 1,
      comment: 'Första utkast',
      author: 'Eva Marklund',
      adoptedAt: null,
      wordCount: 8,
    })
    const unchanged = await errorOf(
      db.call('goals.saveVersion', { documentId: document.id, comment: 'Igen' }),
    )
    expect(unchanged.message).toBe(
      'Utkastet är oförändrat sedan version 1; det finns inget nytt att spara.',
    )
    const current = await reload(document.id)
    expect(current.draftChanged).toBe(false)
    await write(section(current, 'Vision'), 'En trygg och välkomnande kommun.')
    const second = await db.call('goals.saveVersion', {
      documentId: document.id,
      comment: 'Efter workshopen',
      author: 'Kim Nordin',
    })
    expect([second.number, second.author]).toEqual([2, 'Kim Nordin'])
    const one = await db.call('goals.getVersion', {
      documentId: document.id,
      number: 1,
    })
    expect(one.sections.find((candidate) => candidate.heading === 'Vision')!.text).toBe(
      'En trygg kommun.',
    )
  })

  it('compares two versions word by word and refuses comparing a version with itself', async () => {
    const { document } = await newDocument()
    await write(section(document, 'Mål'), '- Färre inbrott\n- Aktiva trygghetsgrupper')
    await db.call('goals.saveVersion', { documentId: document.id, comment: 'Ett' })
    const current = await reload(document.id)
    await write(
      section(current, 'Mål'),
      '- Färre bostadsinbrott\n- Aktiva trygghetsgrupper\n- God närvaro',
    )
    await db.call('goals.addSection', {
      documentId: document.id,
      version: current.version,
      heading: 'Budget',
    })
    await db.call('goals.saveVersion', { documentId: document.id, comment: 'Två' })
    const comparison = await db.call('goals.compareVersions', {
      documentId: document.id,
      from: 1,
      to: 2,
    })
    const goals = comparison.sections.find((candidate) => candidate.heading[0]!.text === 'Mål')!
    expect(goals.paragraphs).toEqual([
      {
        kind: 'changed',
        bullet: true,
        spans: [
          { kind: 'same', text: 'Färre ' },
          { kind: 'removed', text: 'inbrott' },
          { kind: 'added', text: 'bostadsinbrott' },
        ],
      },
      { kind: 'same', bullet: true, spans: [{ kind: 'same', text: 'Aktiva trygghetsgrupper' }] },
      { kind: 'added', bullet: true, spans: [{ kind: 'added', text: 'God närvaro' }] },
    ])
    expect(comparison.sections.at(-1)).toMatchObject({
      kind: 'added',
      heading: [{ kind: 'added', text: 'Budget' }],
    })
    expect(comparison.summary).toEqual({ addedWords: 4, removedWords: 1, changedSections: 2 })
    const same = await errorOf(
      db.call('goals.compareVersions', { documentId: document.id, from: 2, to: 2 }),
    )
    expect(same).toMatchObject({
      code: 'VALIDATION',
      message: 'Välj två olika versioner att jämföra.',
    })
    const missing = await errorOf(
      db.call('goals.compareVersions', { documentId: document.id, from: 1, to: 7 }),
    )
    expect(missing.code).toBe('NOT_FOUND')
  })

  it('goes from utkast to på remiss to antagen, locking the adopted version and the draft', async () => {
    const { document } = await newDocument()
    const early = await errorOf(
      db.call('goals.setStatus', { id: document.id, status: 'consultation' }),
    )
    expect(early.message).toContain('Spara en version innan dokumentet skickas på remiss')
    await write(section(document, 'Vision'), 'En trygg kommun.')
    await db.call('goals.saveVersion', { documentId: document.id, comment: 'Remissversion' })
    let current = await db.call('goals.setStatus', {
      id: document.id,
      status: 'consultation',
    })
    expect(current.status).toBe('consultation')
    const future = await errorOf(
      db.call('goals.adoptVersion', {
        documentId: document.id,
        number: 1,
        adoptedAt: '2027-02-09',
        reference: 'Trygghetsrådet 2027-02-09 § 4',
      }),
    )
    expect(future.message).toBe('Beslutsdatumet kan inte ligga i framtiden.')
    current = await db.call('goals.adoptVersion', {
      documentId: document.id,
      number: 1,
      adoptedAt: '2026-11-25',
      reference: 'Trygghetsrådet 2026-11-25 § 4',
    })
    expect(current.status).toBe('adopted')
    expect(current.adoptedVersion).toBe(1)
    expect(current.versions[0]).toMatchObject({
      adoptedAt: '2026-11-25',
      adoptedReference: 'Trygghetsrådet 2026-11-25 § 4',
    })

    const vision = section(current, 'Vision')
    const locked = await errorOf(write(vision, 'Ändrad'))
    expect(locked.code).toBe('CONFLICT')
    expect(locked.message).toContain('Påbörja revidering')
    const comment = await errorOf(
      db.call('goals.updateVersionComment', {
        documentId: document.id,
        number: 1,
        comment: 'Ny kommentar',
      }),
    )
    expect(comment).toMatchObject({
      code: 'CONFLICT',
      message:
        'Version 1 är antagen (Trygghetsrådet 2026-11-25 § 4) och låst. Den kan inte ändras.',
    })
    expect(
      (await errorOf(db.call('goals.saveVersion', { documentId: document.id, comment: 'x' }))).code,
    ).toBe('CONFLICT')

    // A revision: back to draft, the adopted version stays as it was.
    current = await db.call('goals.setStatus', {
      id: document.id,
      status: 'draft',
    })
    await write(section(current, 'Vision'), 'En trygg kommun för alla.')
    await db.call('goals.saveVersion', { documentId: document.id, comment: 'Revidering 2028' })
    const adopted = await db.call('goals.getVersion', {
      documentId: document.id,
      number: 1,
    })
    expect(adopted.sections.find((candidate) => candidate.heading === 'Vision')!.text).toBe(
      'En trygg kommun.',
    )
    expect(adopted.adoptedReference).toBe('Trygghetsrådet 2026-11-25 § 4')
  })

  it('restores the draft from an older version without touching the versions', async () => {
    const { document } = await newDocument()
    await write(section(document, 'Vision'), 'Första texten.')
    await db.call('goals.saveVersion', { documentId: document.id, comment: 'Ett' })
    let current = await reload(document.id)
    await write(section(current, 'Vision'), 'Andra texten.')
    current = await reload(document.id)
    const strategies = section(current, 'Strategier')
    await db.call('goals.removeSection', { id: strategies.id, version: strategies.version })
    current = await db.call('goals.restoreVersion', {
      documentId: document.id,
      number: 1,
    })
    expect(section(current, 'Vision').text).toBe('Första texten.')
    expect(current.sections.map((candidate) => candidate.heading)).toEqual([
      'Vision',
      'Uppdrag',
      'Mål',
      'Strategier',
      'Uppföljning',
    ])
    expect(current.versions).toHaveLength(1)
  })
})

describe('idea bank', () => {
  it('keeps ideas per category in order, moves them between categories and links them to sections', async () => {
    const { council, document } = await newDocument()
    const create = (text: string, category: IdeaCategory, extra: object = {}) =>
      db.call('goals.createIdea', {
        bodyId: council.id,
        text,
        category,
        source: 'Workshop',
        sourceDate: '2013-10-15',
        ...extra,
      })
    const a = await create('Känn din granne', 'doNew')
    const b = await create('Aktivare trygghetsgrupper', 'doBetter', {
      sectionIds: [section(document, 'Mål').id],
    })
    const c = await create('Trygga Sundsvall i skolan', 'doNew')
    expect(b.sections).toEqual([
      { id: section(document, 'Mål').id, heading: 'Mål', documentTitle: 'Måldokument 2027' },
    ])
    expect(a.status).toBe('new')

    let ideas = await db.call('goals.moveIdea', {
      id: c.id,
      category: 'doBetter',
      position: 0,
    })
    expect(ideas.map((idea) => [idea.text, idea.category, idea.position])).toEqual([
      ['Trygga Sundsvall i skolan', 'doBetter', 0],
      ['Aktivare trygghetsgrupper', 'doBetter', 1],
      ['Känn din granne', 'doNew', 0],
    ])
    ideas = await db.call('goals.moveIdea', { id: a.id, category: 'rethink' })
    expect(ideas.find((idea) => idea.id === a.id)).toMatchObject({
      category: 'rethink',
      position: 0,
    })

    const updated = await db.call('goals.updateIdea', {
      id: b.id,
      text: 'Aktivare trygghetsgrupper',
      category: 'doBetter',
      status: 'takenForward',
      sectionIds: [section(document, 'Strategier').id],
    })
    expect(updated.sections.map((link) => link.heading)).toEqual(['Strategier'])
    expect(section(await reload(document.id), 'Strategier').ideaCount).toBe(1)

    const empty = await errorOf(
      db.call('goals.createIdea', { bodyId: council.id, text: '', category: 'doNew' }),
    )
    expect(brief(empty.issues)[0]).toEqual({ path: 'text', message: 'Idén får inte vara tom.' })
    const badCategory = await errorOf(
      db.callUnchecked('goals.createIdea', { bodyId: council.id, text: 'x', category: 'gör allt' }),
    )
    expect(badCategory.message).toBe(
      'Välj en kategori: gör mer, gör bättre, gör nytt eller tänk om.',
    )

    // Removing the section removes its links, not the idea.
    const strategies = section(await reload(document.id), 'Strategier')
    await db.call('goals.removeSection', { id: strategies.id, version: strategies.version })
    ideas = await db.call('goals.listIdeas', { bodyId: council.id })
    expect(ideas.find((idea) => idea.id === b.id)!.sections).toEqual([])
    await db.call('goals.deleteIdea', { id: b.id })
    expect(await db.call('goals.listIdeas', { bodyId: council.id })).toHaveLength(2)
  })

  it('loads the example: the workshop ideas and a goal document in two versions', async () => {
    await db.call('system.loadExampleData')
    const [document] = await db.call('goals.listDocuments')
    expect(document).toMatchObject({
      title: 'Måldokument för Trygghetsrådet',
      bodyName: 'Trygghetsrådet',
      versionCount: 2,
      status: 'draft',
    })
    const ideas = await db.call('goals.listIdeas', { bodyId: document!.bodyId })
    expect(ideas).toHaveLength(11)
    expect(ideas.filter((idea) => idea.category === 'doNew').map((idea) => idea.text)).toContain(
      'Känn din granne',
    )
    const comparison = await db.call('goals.compareVersions', {
      documentId: document!.id,
      from: 1,
      to: 2,
    })
    expect(comparison.summary.changedSections).toBe(5)
  })
})
