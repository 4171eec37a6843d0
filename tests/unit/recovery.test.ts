/**
 * A database with a really damaged page (not a text file): the integrity check on open refuses it,
 * and startup offers the newest good backup, restores it and keeps the damaged file aside.
 */
import { closeSync, openSync, readdirSync, writeSync } from 'node:fs'
import { join } from 'node:path'
import Database from 'better-sqlite3'
import { describe, expect, it, vi } from 'vitest'

const dialog = vi.hoisted(() => ({
  asked: [] as { title?: string; buttons?: string[] }[],
  answer: 0,
}))
vi.mock('electron', () => ({
  dialog: {
    showMessageBox: async (options: { title?: string; buttons?: string[] }) => {
      dialog.asked.push(options)
      return { response: dialog.answer }
    },
  },
}))

const { openWithRecovery } = await import('../../src/main/startup.ts')
const { openSession } = await import('../../src/main/db/session.ts')
const { DatabaseOpenError } = await import('../../src/main/db/open.ts')
const { createTestDatabase } = await import('../support/testDatabase.ts')

/** Overwrites the middle of a table page (not the header page) with garbage, as a bad disk would. */
function damagePage(path: string): void {
  const db = new Database(path, { readonly: true })
  const pageSize = db.pragma('page_size', { simple: true }) as number
  const root = db
    .prepare("select rootpage from sqlite_master where name = 'person'")
    .pluck()
    .get() as number
  db.close()
  const fd = openSync(path, 'r+')
  writeSync(fd, Buffer.alloc(pageSize - 200, 0xa5), 0, pageSize - 200, (root - 1) * pageSize + 100)
  closeSync(fd)
}

describe('a damaged database at start-up', () => {
  it('is refused by the integrity check, then restored from the newest good backup; the damaged file is kept', async () => {
    const db = await createTestDatabase()
    try {
      for (let index = 0; index < 40; index++)
        await db.call('register.createPerson', {
          name: `Person ${index}`,
          email: `p${index}@exempel.se`,
        })
      await db.call('backup.backUpNow')
      await db.database.close()
      damagePage(db.path)

      const refused = await openSession(db.path).catch((error: unknown) => error)
      expect(refused).toBeInstanceOf(DatabaseOpenError)
      expect((refused as InstanceType<typeof DatabaseOpenError>).problem).toBe('DAMAGED')

      // Cancelled: nothing changes, the app does not start.
      dialog.answer = 1
      await expect(openWithRecovery(db.path, 'sv')).rejects.toThrow(/Ingenting har ändrats/)
      dialog.answer = 0
      const session = await openWithRecovery(db.path, 'sv')
      try {
        expect(dialog.asked[0]!.title).toBe('Databasen är skadad')
        expect(dialog.asked[0]!.buttons![0]).toMatch(/^Återställ .*radsrum-manuell-/)
        const native = await session.orm.em.getConnection().getNativeClient()
        expect(native.prepare('select count(*) from person').pluck().get()).toBe(40)
        const kept = readdirSync(join(db.dir, 'säkerhetskopior')).filter(
          (name) => name.includes('före-återställning') && name.endsWith('.sqlite'),
        )
        expect(kept).toHaveLength(1)
        const damaged = new Database(join(db.dir, 'säkerhetskopior', kept[0]!), { readonly: true })
        expect(damaged.pragma('quick_check', { simple: true })).not.toBe('ok') // kept as it was
        damaged.close()
      } finally {
        await session.close()
      }
    } finally {
      const { rmSync } = await import('node:fs')
      rmSync(db.dir, { recursive: true, force: true })
    }
  })
})
