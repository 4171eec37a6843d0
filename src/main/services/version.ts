import { conflict } from '../../shared/api/errors.ts'
import { m, thing, type ThingKey } from '../../shared/messages/index.ts'

/**
 * Optimistic locking: every edit carries the version the screen was showing, and an edit made
 * on an older version is refused instead of overwriting someone else's (another window, the CLI).
 * `what` names the thing in its definite form: 'Mötet', 'Paragrafen', 'Lägesbilden'.
 */
export function checkVersion(current: { version: number }, expected: number, what: ThingKey): void {
  if (current.version !== expected) throw staleConflict(what)
}

export const staleConflict = (what: ThingKey) =>
  conflict(m('common.changedElsewhere', { what: thing(what) }))
