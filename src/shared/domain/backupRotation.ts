import { isoDayInSweden } from './dates.ts'

/** How many automatic backups to keep: the newest of each of the last N days, ISO weeks and months that have one. */
export interface RotationPolicy {
  daily: number
  weekly: number
  monthly: number
}

export const DEFAULT_ROTATION: RotationPolicy = { daily: 7, weekly: 4, monthly: 12 }

/**
 * Manual copies and those taken before an update or a restore are kept this long, then deleted
 * with the next rotation: erased contact details must not survive in a backup for ever.
 */
export const OTHER_BACKUPS_KEEP_MONTHS = 12

/** Is a manual (or before-update/-restore) copy older than its retention? */
export function pastRetention(takenAt: Date, now: Date): boolean {
  const limit = new Date(now)
  limit.setUTCMonth(limit.getUTCMonth() - OTHER_BACKUPS_KEEP_MONTHS)
  return takenAt.getTime() < limit.getTime()
}

export interface RotatableBackup {
  name: string
  takenAt: Date
}

/** ISO 8601 week of a Swedish calendar day, e.g. '2026-W48' (weeks start on Monday; week 1 holds 4 January). */
export function isoWeek(isoDay: string): string {
  const date = new Date(`${isoDay}T00:00:00Z`)
  const weekday = (date.getUTCDay() + 6) % 7 // Monday 0 … Sunday 6
  date.setUTCDate(date.getUTCDate() - weekday + 3) // the Thursday of this week decides the year
  const year = date.getUTCFullYear()
  const firstThursday = new Date(Date.UTC(year, 0, 4))
  firstThursday.setUTCDate(firstThursday.getUTCDate() - ((firstThursday.getUTCDay() + 6) % 7) + 3)
  const week = 1 + Math.round((date.getTime() - firstThursday.getTime()) / (7 * 86_400_000))
  return `${year}-W${String(week).padStart(2, '0')}`
}

/**
 * Grandfather–father–son rotation. Returns the names to keep; every other automatic backup may be
 * deleted. Buckets are Swedish calendar days, ISO weeks and months; within a bucket the newest
 * backup is kept. Backups from the future (a clock that was wrong) are kept and count as today's.
 */
export function backupsToKeep(
  backups: readonly RotatableBackup[],
  policy: RotationPolicy = DEFAULT_ROTATION,
): Set<string> {
  const newestFirst = [...backups].sort(
    (a, b) => b.takenAt.getTime() - a.takenAt.getTime() || (a.name < b.name ? 1 : -1),
  )
  const keep = new Set<string>()
  const pick = (bucketOf: (day: string) => string, count: number) => {
    const seen = new Set<string>()
    for (const backup of newestFirst) {
      if (seen.size >= count) break
      const bucket = bucketOf(isoDayInSweden(backup.takenAt))
      if (seen.has(bucket)) continue
      seen.add(bucket)
      keep.add(backup.name)
    }
  }
  pick((day) => day, policy.daily)
  pick(isoWeek, policy.weekly)
  pick((day) => day.slice(0, 7), policy.monthly)
  return keep
}

/** An automatic backup is due when there is none from today (a Swedish calendar day). */
export const automaticBackupDue = (last: Date | null, now: Date): boolean =>
  last === null || isoDayInSweden(last) !== isoDayInSweden(now)
