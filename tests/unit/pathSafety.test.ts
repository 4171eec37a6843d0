/**
 * The page never chooses a place on the disk: every procedure whose input could carry a path is
 * called with hostile ones (absolute, UNC, traversal, a prepared database beside the real one) and
 * must refuse without writing, opening or restoring anything.
 */
import { existsSync, mkdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import Database from 'better-sqlite3'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import type { z } from 'zod'
import { settingsPath } from '../../src/main/backup/settings.ts'
import { backupDatabase } from '../../src/main/db/open.ts'
import { contract, procedureNames } from '../../src/shared/api/index.ts'
import { fingerprint } from '../support/fingerprint.ts'
import { createTestDatabase, type TestDatabase } from '../support/testDatabase.ts'

/** Field names that name a place on the disk (an uploaded file's fileName is only a label). */
const PATH_FIELD = /path|folder|^dir(ectory)?$|^fileName$|url/i

const shapeOf = (schema: z.ZodType): Record<string, z.ZodType> | undefined => {
  let current = schema as unknown as { _zod: { def: Record<string, unknown> } }
  for (let depth = 0; depth < 10; depth++) {
    const def = current._zod.def
    if (def.shape) return def.shape as Record<string, z.ZodType>
    const inner = (def.innerType ?? def.in) as typeof current | undefined
    if (!inner) return undefined
    current = inner
  }
  return undefined
}

/** Procedures with a top-level string field whose name says it is a path. */
function pathTakingProcedures(): { name: string; field: string }[] {
  const found: { name: string; field: string }[] = []
  for (const name of procedureNames) {
    for (const [field, schema] of Object.entries(shapeOf(contract[name].input) ?? {})) {
      if (PATH_FIELD.test(field) && !shapeOf(schema)) found.push({ name, field })
    }
  }
  return found
}

let db: TestDatabase
let planted: string
beforeEach(async () => {
  db = await createTestDatabase()
  await db.call('register.createPerson', { name: 'Anna Berg', email: 'anna@exempel.se' })
  // A prepared copy whose person 1 is the attacker's: restoring it would be the attack.
  const prepared = join(db.dir, 'förberedd')
  mkdirSync(prepared)
  planted = join(prepared, 'radsrum-manuell-20261101-120000.sqlite')
  await backupDatabase(db.path, planted)
  const copy = new Database(planted)
  copy.prepare("update person set name = 'PLANTED', email = 'exfil@attacker.example'").run()
  copy.close()
})
afterEach(() => db.close())

describe('no path chosen by the page', () => {
  it('finds the procedures that take a path (so a new one cannot slip past this test)', () => {
    expect(pathTakingProcedures()).toEqual([
      { name: 'system.openFile', field: 'path' },
      { name: 'backup.restore', field: 'fileName' },
    ])
  })

  it('has no procedure that sets the backup folder from a path', async () => {
    expect(
      await db.dispatcher.call('backup.setFolder', { folder: join(db.dir, 'förberedd') }),
    ).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } })
    expect(existsSync(settingsPath(db.path))).toBe(false)
  })

  it('refuses every hostile path in every procedure that takes one, and changes nothing', async () => {
    const hostile = [
      planted,
      join(db.dir, 'förberedd'),
      db.path,
      '/etc/passwd',
      'C:\\Windows\\System32\\cmd.exe',
      '\\\\attacker.example\\share\\radsrum.sqlite',
      '//attacker.example/share/radsrum.sqlite',
      '../förberedd/radsrum-manuell-20261101-120000.sqlite',
      '..\\förberedd\\radsrum-manuell-20261101-120000.sqlite',
      `file://${planted}`,
      'radsrum-manuell-20261101-120000.sqlite', // the planted name, but not in main's folder
    ]
    const native = await db.database.orm.em.getConnection().getNativeClient()
    const before = fingerprint(native)
    const procedures = pathTakingProcedures()
    for (const { name, field } of procedures) {
      for (const value of hostile) {
        const result = await db.dispatcher.call(name, { [field]: value })
        const refused = !result.ok || (result.value as { opened?: boolean }).opened === false
        expect(refused, `${name} ${field}=${value}: ${JSON.stringify(result)}`).toBe(true)
      }
    }
    expect(db.host.opened).toEqual([])
    expect(db.host.restoreQuestions).toEqual([])
    expect(fingerprint(await db.database.orm.em.getConnection().getNativeClient())).toBe(before)
    expect((await db.call('register.listPeople')).map((row) => row.name)).toEqual(['Anna Berg'])
    expect(existsSync(settingsPath(db.path))).toBe(false)
    expect(readFileSync(planted).length).toBeGreaterThan(0) // untouched, still there
  })

  it('opens only a document it saved itself this session', async () => {
    const saved = await createTestDatabase({ saveTo: join(db.dir, 'dokument') })
    try {
      const document = await saved.call('exports.registerXlsx')
      expect(document.path).not.toBeNull()
      expect(await saved.call('system.openFile', { path: document.path! })).toEqual({
        opened: true,
      })
      expect(await saved.call('system.openFile', { path: saved.path })).toEqual({ opened: false })
      expect(saved.host.opened).toEqual([document.path])
    } finally {
      await saved.close()
    }
  })
})
