import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import {
  automaticBackupDue,
  backupsToKeep,
  isoWeek,
} from '../../src/shared/domain/backupRotation.ts'

const at = (iso: string) => ({ name: iso, takenAt: new Date(iso) })

describe('backup rotation (7 daily, 4 weekly, 12 monthly)', () => {
  it('computes ISO weeks like the Swedish calendar', () => {
    expect(isoWeek('2026-11-25')).toBe('2026-W48')
    expect(isoWeek('2027-01-01')).toBe('2026-W53')
    expect(isoWeek('2026-01-01')).toBe('2026-W01')
    expect(isoWeek('2024-12-30')).toBe('2025-W01')
  })

  it('keeps the newest of each of the last 7 days, and of 4 weeks and 12 months', () => {
    // One backup every day at 12:00 UTC for two years, ending 2026-11-25.
    const backups = Array.from({ length: 730 }, (_, index) => {
      const date = new Date(Date.UTC(2026, 10, 25, 12) - index * 86_400_000)
      return { name: date.toISOString(), takenAt: date }
    })
    const keep = [...backupsToKeep(backups)].sort()
    const days = keep.map((name) => name.slice(0, 10))
    // 7 daily: 19–25 November
    for (let day = 19; day <= 25; day++) expect(days).toContain(`2026-11-${day}`)
    // weekly: newest of W48 (25th, already daily), W47 (22nd, daily), W46 (15th), W45 (8th)
    expect(days).toContain('2026-11-15')
    expect(days).toContain('2026-11-08')
    expect(days).not.toContain('2026-11-01')
    // monthly: last day of each of the 11 months before November 2026
    expect(days).toContain('2026-10-31')
    expect(days).toContain('2025-12-31')
    expect(days).not.toContain('2025-11-30')
    expect(keep).toHaveLength(7 + 2 + 11)
  })

  it('keeps the newest of several backups on one day', () => {
    const keep = backupsToKeep([
      at('2026-11-25T08:00:00Z'),
      at('2026-11-25T15:00:00Z'),
      at('2026-11-24T15:00:00Z'),
    ])
    expect([...keep].sort()).toEqual(['2026-11-24T15:00:00Z', '2026-11-25T15:00:00Z'])
  })

  it('uses Swedish days: 23:30 UTC on the 24th is already the 25th in Stockholm', () => {
    const keep = backupsToKeep([at('2026-11-24T23:30:00Z'), at('2026-11-25T10:00:00Z')], {
      daily: 1,
      weekly: 0,
      monthly: 0,
    })
    expect([...keep]).toEqual(['2026-11-25T10:00:00Z'])
  })

  it('never keeps more than daily + weekly + monthly, never deletes the newest, and is stable', () => {
    const instant = fc.date({
      min: new Date('2020-01-01'),
      max: new Date('2030-01-01'),
      noInvalidDate: true,
    })
    fc.assert(
      fc.property(
        fc.uniqueArray(instant, { selector: (date) => date.getTime(), maxLength: 400 }),
        (dates) => {
          const backups = dates.map((date) => ({ name: date.toISOString(), takenAt: date }))
          const keep = backupsToKeep(backups)
          expect(keep.size).toBeLessThanOrEqual(7 + 4 + 12)
          if (backups.length > 0) {
            const newest = backups.reduce((a, b) => (a.takenAt > b.takenAt ? a : b))
            expect(keep.has(newest.name)).toBe(true)
          }
          // Rotating what was kept keeps it all: running the rotation twice deletes nothing more.
          const again = backupsToKeep(backups.filter((backup) => keep.has(backup.name)))
          expect([...again].sort()).toEqual([...keep].sort())
        },
      ),
      { numRuns: 200 },
    )
  })

  it('takes an automatic backup once per Swedish day', () => {
    expect(automaticBackupDue(null, new Date('2026-11-25T10:00:00Z'))).toBe(true)
    expect(
      automaticBackupDue(new Date('2026-11-25T06:00:00Z'), new Date('2026-11-25T20:00:00Z')),
    ).toBe(false)
    expect(
      automaticBackupDue(new Date('2026-11-25T06:00:00Z'), new Date('2026-11-25T23:30:00Z')),
    ).toBe(true)
  })
})
