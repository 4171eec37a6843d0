/**
 * A character XML 1.0 forbids (U+FFFE, a control character, a lone surrogate) in any text would make
 * every Word and Excel file holding it unreadable. Every text field of every procedure cleans them.
 */
import ExcelJS from 'exceljs'
import { describe, expect, it } from 'vitest'
import type { z } from 'zod'
import { contract, procedureNames } from '../../src/shared/api/index.ts'
import { createTestDatabase } from '../support/testDatabase.ts'

const FORBIDDEN = 'An\uFFFEna\u0001 B\u0008erg\uFFFF\uD800'
// eslint-disable-next-line no-control-regex
const XML_FORBIDDEN = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]|[\ud800-\udfff]/

type Def = {
  type: string
  shape?: Record<string, z.ZodType>
  element?: z.ZodType
  innerType?: z.ZodType
  in?: z.ZodType
  options?: z.ZodType[]
}
const defOf = (schema: z.ZodType) => (schema as unknown as { _zod: { def: Def } })._zod.def

/** Every schema in the tree that accepts a plain name as a string, with where it is. */
function textLeaves(schema: z.ZodType, where: string, found: [string, z.ZodType][]): void {
  const def = defOf(schema)
  if (def.shape)
    for (const [key, field] of Object.entries(def.shape))
      textLeaves(field, `${where}.${key}`, found)
  else if (def.type === 'array' && def.element) textLeaves(def.element, `${where}[]`, found)
  else if (def.options) def.options.forEach((option) => textLeaves(option, where, found))
  else if (def.innerType) textLeaves(def.innerType, where, found)
  else if (def.type === 'string' || def.type === 'pipe') found.push([where, schema]) // as a whole
}

describe('characters that XML forbids', () => {
  it('are cleaned by every text field of every procedure', () => {
    const leaves: [string, z.ZodType][] = []
    for (const name of procedureNames) textLeaves(contract[name].input, name, leaves)
    // A path is no text: it is compared with the files main saved and never written anywhere.
    const notText = new Set(['system.openFile.path'])
    const checked: string[] = []
    const kept: string[] = []
    for (const [where, schema] of leaves) {
      const parsed = schema.safeParse(FORBIDDEN)
      if (notText.has(where) || !parsed.success || typeof parsed.data !== 'string') continue // a date, an e-mail …
      checked.push(where)
      if (parsed.data !== 'Anna Berg') kept.push(where)
    }
    expect(kept).toEqual([])
    expect(checked.length).toBeGreaterThan(50)
  })

  it('never reach the database, so the register workbook opens', async () => {
    const db = await createTestDatabase()
    try {
      await db.call('register.createPerson', { name: FORBIDDEN, title: 'Sam\uFFFEordnare' })
      expect((await db.call('register.listPeople')).map((row) => row.name)).toEqual(['Anna Berg'])
      await db.call('exports.registerXlsx')
      const workbook = new ExcelJS.Workbook()
      await workbook.xlsx.load(db.host.saved[0]!.data as unknown as ArrayBuffer)
      const cells: string[] = []
      workbook.eachSheet((sheet) =>
        sheet.eachRow((row) => row.eachCell((cell) => cells.push(String(cell.value)))),
      )
      expect(cells).toContain('Anna Berg')
      expect(cells.join('')).not.toMatch(XML_FORBIDDEN)
    } finally {
      await db.close()
    }
  })
})
