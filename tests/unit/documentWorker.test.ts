import JSZip from 'jszip'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { buildBudgetXlsx } from '../../src/main/exports/budgetXlsx.ts'
import { buildGoalDocumentDocx, type GoalDocumentData } from '../../src/main/exports/goalDocx.ts'
import { buildDocument } from '../../src/main/workers/buildDocument.ts'
import { budgetYears } from '../../src/main/services/budget/activities.ts'
import { createTestDatabase, type TestDatabase } from '../support/testDatabase.ts'
import { exampleWorld } from '../support/world.ts'

let db: TestDatabase
beforeAll(async () => {
  db = await createTestDatabase()
  await exampleWorld(db)
}, 120_000)
afterAll(() => db.close())

/** Every part of the zip as text, with the moment of writing (document properties) left out. */
async function contents(data: Uint8Array): Promise<Record<string, string>> {
  const zip = await JSZip.loadAsync(data)
  const parts: Record<string, string> = {}
  for (const name of Object.keys(zip.files).sort()) {
    const text = (await zip.file(name)?.async('string')) ?? ''
    parts[name] = text.replace(/<dcterms:(created|modified)[^>]*>[^<]*<\/dcterms:\1>/g, '')
  }
  return parts
}

describe('documents built in a worker thread', () => {
  it('are the same workbook and Word document as the builders write in the main thread', async () => {
    const years = await budgetYears(db.context().em, { year: null, grantId: null })
    expect(years.length).toBeGreaterThan(0)
    const meta = { author: 'Eva Marklund', day: '2026-11-25' }
    const workbook = await buildDocument('budgetXlsx', years, 'Budget alla år', meta)
    expect(await contents(workbook)).toEqual(
      await contents(await buildBudgetXlsx(years, 'Budget alla år', meta)),
    )

    const goal: GoalDocumentData = {
      title: 'Trygghetsplan 2027',
      bodyName: 'Sundsvalls trygghetsråd',
      stateLine: 'Utkast, 2026-11-25',
      adoptedLine: null,
      author: 'Anna Sekreterare',
      sections: [{ heading: 'Inledning', text: 'Rådet arbetar för trygghet.\n\nI hela kommunen.' }],
    }
    const word = await buildDocument('goalDocumentDocx', goal)
    expect(await contents(word)).toEqual(await contents(await buildGoalDocumentDocx(goal)))
  })

  it('build the same export asked for twice at once only once, and save it once', async () => {
    const [first, second] = await Promise.all([
      db.call('exports.registerXlsx'),
      db.call('exports.registerXlsx'),
    ])
    expect(second).toEqual(first)
    expect(db.host.saved).toHaveLength(1)
    // Once the first has finished, asking again makes a new one.
    await db.call('exports.registerXlsx')
    expect(db.host.saved).toHaveLength(2)
  })

  it('say in Swedish that the document could not be made when the builder fails', async () => {
    const broken = buildDocument('registerXlsx', null as never, null as never)
    await expect(broken).rejects.toMatchObject({
      code: 'INTERNAL',
      message: expect.stringContaining('Dokumentet kunde inte skapas'),
    })
  })
})
