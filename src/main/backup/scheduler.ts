import { automaticBackupDue } from '../../shared/domain/backupRotation.ts'
import type { DatabaseSession } from '../db/session.ts'

/**
 * Automatic backups while the app is open: one at start (if none today) and then once a day,
 * checked every hour. A failed backup is logged and tried again at the next check.
 */
export function startAutomaticBackups(
  session: DatabaseSession,
  options: {
    now?: () => Date
    log?: (message: string, error: unknown) => void
    everyMs?: number
  } = {},
): { stop(): void; tick(): Promise<void> } {
  const now = options.now ?? (() => new Date())
  let running = false
  const tick = async () => {
    if (running || session.restoring) return
    running = true
    try {
      if (automaticBackupDue(session.backups.lastAutomatic(), now()))
        await session.backups.backUp('automatic')
    } catch (error) {
      options.log?.('Automatisk säkerhetskopia misslyckades', error)
    } finally {
      running = false
    }
  }
  const timer = setInterval(() => void tick(), options.everyMs ?? 60 * 60 * 1000)
  timer.unref?.()
  void tick()
  return { stop: () => clearInterval(timer), tick }
}
