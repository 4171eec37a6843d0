import { existsSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import Database from 'better-sqlite3'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { backupManager, parseBackupName } from '../../src/main/backup/backups.ts'
import { restoreDatabaseFile } from '../../src/main/backup/restore.ts'
import { readSettings } from '../../src/main/backup/settings.ts'
import { render } from '../../src/shared/messages/index.ts'
import { createTestDatabase, type TestDatabase } from '../support/testDatabase.ts'

let db: TestDatabase
beforeEach(async () => {
  db = await createTestDatabase()
})
afterEach(() => db.close())

const person = (name: string) => ({
  name,
  title: null,
  organisationId: null,
  email: null,
  phone: null,
})
const names = async () => (await db.call('register.listPeople', {})).map((row) => row.name)

describe('backups', () => {
  it('backs up now with the backup API: one self-contained, checked file in the backup folder', async () => {
    await db.call('register.createPerson', person('Anna Berg'))
    const backup = await db.call('backup.backUpNow')
    expect(backup.kind).toBe('manual')
    expect(backup.fileName).toBe('radsrum-manuell-20261125-090000.sqlite')
    expect(readdirSync(join(db.dir, 'säkerhetskopior'))).toEqual([backup.fileName]) // no -wal/-shm beside it
    const copy = new Database(backup.path, { readonly: true })
    expect(copy.pragma('integrity_check', { simple: true })).toBe('ok')
    expect(copy.pragma('journal_mode', { simple: true })).toBe('delete')
    expect(copy.prepare('select name from person').pluck().all()).toEqual(['Anna Berg'])
    copy.close()
    const list = await db.call('backup.list')
    expect(list.backups.map((entry) => entry.fileName)).toEqual([backup.fileName])
    expect(list.folder).toBe(join(db.dir, 'säkerhetskopior'))
  })

  it('restores a backup, keeps the current database aside, and the restore can be undone', async () => {
    await db.call('register.createPerson', person('Före kopian'))
    const backup = await db.call('backup.backUpNow')
    await db.call('register.createPerson', person('Efter kopian'))
    expect(await names()).toEqual(['Efter kopian', 'Före kopian'])

    const result = await db.call('backup.restore', { fileName: backup.fileName })
    if (!result.restored) throw new Error('återställningen bekräftades men gjordes inte')
    expect(result.keptAside.kind).toBe('beforeRestore')
    expect(await names()).toEqual(['Före kopian'])
    // The app keeps working on the restored database.
    await db.call('register.createPerson', person('Ny efter återställning'))

    // Undo: restore the copy that was kept aside.
    await db.call('backup.restore', { fileName: result.keptAside.fileName })
    expect(await names()).toEqual(['Efter kopian', 'Före kopian'])
  })

  it('refuses to restore a damaged or foreign file, and changes nothing', async () => {
    await db.call('register.createPerson', person('Kvar'))
    const folder = join(db.dir, 'säkerhetskopior')
    const bad = join(folder, 'radsrum-manuell-20261101-120000.sqlite')
    const { mkdirSync } = await import('node:fs')
    mkdirSync(folder, { recursive: true })
    writeFileSync(bad, 'ingen databas'.repeat(1000))
    const result = await db.dispatcher.call('backup.restore', {
      fileName: 'radsrum-manuell-20261101-120000.sqlite',
    })
    expect(result).toMatchObject({ ok: false, error: { code: 'VALIDATION' } })
    expect(!result.ok && result.error.message).toMatch(/kan inte återställas/)
    // The reason is a message too, so the English UI says all of it in English.
    expect(!result.ok && render(result.error, 'en')).toMatch(
      /^The backup cannot be restored: the file is not a Rådsrum database or is damaged\.$/,
    )
    expect(await names()).toEqual(['Kvar'])
    const missing = await db.dispatcher.call('backup.restore', {
      fileName: 'radsrum-manuell-20201101-120000.sqlite',
    })
    expect(missing).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } })
    const traversal = await db.dispatcher.call('backup.restore', { fileName: '../radsrum.sqlite' })
    expect(traversal).toMatchObject({ ok: false, error: { code: 'VALIDATION' } })
  })

  it('changes the folder only through main’s dialog (kept in a settings file beside the database) and refuses one it cannot write to', async () => {
    const target = join(db.dir, 'usb', 'kopior')
    db.host.folderToChoose = null // cancelled: nothing changes
    expect((await db.call('backup.chooseFolder')).folder).toBe(join(db.dir, 'säkerhetskopior'))
    db.host.folderToChoose = target
    const overview = await db.call('backup.chooseFolder')
    expect(overview.folder).toBe(target)
    expect(readSettings(db.path).backupFolder).toBe(target)
    const backup = await db.call('backup.backUpNow')
    expect(backup.path).toBe(join(target, backup.fileName))
    const file = join(db.dir, 'fil')
    writeFileSync(file, 'x')
    db.host.folderToChoose = join(file, 'under')
    expect(await db.dispatcher.call('backup.chooseFolder', {})).toMatchObject({
      ok: false,
      error: { code: 'VALIDATION', message: expect.stringMatching(/kan inte skriva/) },
    })
    expect(readSettings(db.path).backupFolder).toBe(target)
    const back = await db.call('backup.useDefaultFolder')
    expect(back.folder).toBe(back.defaultFolder)
    expect(readSettings(db.path).backupFolder).toBeUndefined()
  })

  it('restores only after the secretary confirms in main’s own dialog; cancelled, nothing changes', async () => {
    await db.call('register.createPerson', person('Före kopian'))
    const backup = await db.call('backup.backUpNow')
    await db.call('register.createPerson', person('Efter kopian'))
    db.host.restoreAnswer = false
    expect(await db.call('backup.restore', { fileName: backup.fileName })).toEqual({
      restored: null,
      keptAside: null,
    })
    expect(db.host.restoreQuestions.map((asked) => asked.path)).toEqual([backup.path])
    expect(await names()).toEqual(['Efter kopian', 'Före kopian'])
    expect((await db.call('backup.list')).backups).toHaveLength(1) // nothing kept aside either
  })

  it('rotates automatic backups and leaves manual and safety copies alone', async () => {
    let now = new Date('2026-01-01T12:00:00Z')
    const manager = backupManager(db.path, () => now)
    await db.call('backup.backUpNow')
    for (let day = 0; day < 60; day++) {
      now = new Date(Date.UTC(2026, 0, 1 + day, 12))
      await manager.backUp('automatic')
    }
    const all = manager.list()
    const automatic = all.filter((backup) => backup.kind === 'automatic')
    // 7 daily (24 Feb–2 Mar) + newest of 3 earlier ISO weeks + newest of January = 11
    expect(automatic).toHaveLength(11)
    expect(automatic[0]!.takenAt).toBe('2026-03-01T12:00:00.000Z')
    expect(all.filter((backup) => backup.kind === 'manual')).toHaveLength(1)
  })

  it('deletes manual and safety copies after twelve months, at the next rotation', async () => {
    let now = new Date('2025-06-01T12:00:00Z')
    const manager = backupManager(db.path, () => now)
    const old = await manager.backUp('manual')
    now = new Date('2025-12-01T12:00:00Z')
    const recent = await manager.backUp('manual')
    now = new Date('2026-06-02T12:00:00Z')
    await manager.backUp('automatic')
    const left = manager.list().map((backup) => backup.fileName)
    expect(left).not.toContain(old.fileName)
    expect(left).toContain(recent.fileName)
  })

  it('parses only its own file names', () => {
    expect(parseBackupName('radsrum-automatisk-20261125-093000.sqlite')).toEqual({
      kind: 'automatic',
      takenAt: new Date('2026-11-25T09:30:00Z'),
    })
    expect(parseBackupName('radsrum-före-uppdatering-20261125-093000.sqlite')?.kind).toBe(
      'beforeUpdate',
    )
    expect(parseBackupName('semester.jpg')).toBeNull()
    expect(parseBackupName('radsrum-automatisk-20261399-093000.sqlite')).toBeNull()
  })

  it('restores over a damaged database by moving the damaged file aside untouched', async () => {
    await db.call('register.createPerson', person('Från kopian'))
    const backup = await db.call('backup.backUpNow')
    const dir = mkdtempSync(join(tmpdir(), 'radsrum-damaged-'))
    try {
      const damaged = join(dir, 'radsrum.sqlite')
      writeFileSync(
        damaged,
        Buffer.concat([Buffer.from('SQLite format 3\0'), Buffer.alloc(8192, 7)]),
      )
      const { keptAside } = await restoreDatabaseFile({
        databasePath: damaged,
        backupPath: backup.path,
        backupFolder: join(dir, 'kopior'),
        now: new Date('2026-11-25T10:00:00Z'),
      })
      expect(existsSync(keptAside)).toBe(true)
      const restored = new Database(damaged, { readonly: true })
      expect(restored.prepare('select name from person').pluck().all()).toEqual(['Från kopian'])
      restored.close()
    } finally {
      rmSync(dir, { recursive: true, force: true })
    }
  })
})
