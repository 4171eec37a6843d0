import { conflict } from '../../shared/api/errors.ts'

/**
 * Optimistic locking: every edit carries the version the screen was showing, and an edit made
 * on an older version is refused instead of overwriting someone else's (another window, the CLI).
 * `what` names the thing in its definite form: 'Mötet', 'Paragrafen', 'Lägesbilden'.
 */
export function checkVersion(current: { version: number }, expected: number, what: string): void {
  if (current.version !== expected) throw staleConflict(what)
}

export const staleConflict = (what: string) =>
  conflict(
    `${what} har ändrats i ett annat fönster eller av någon annan sedan du öppnade sidan. Ladda om sidan och gör ändringen igen. Ingenting har skrivits över.`,
  )
