/** STORAGE: the disk or the database file refused the write (full, read-only, busy); nothing was saved. */
export type ErrorCode = 'VALIDATION' | 'NOT_FOUND' | 'CONFLICT' | 'STORAGE' | 'INTERNAL'

export interface ErrorIssue {
  path: string
  message: string
}

export interface ErrorBody {
  code: ErrorCode
  message: string
  issues?: ErrorIssue[]
}

export type Result<T> = { ok: true; value: T } | { ok: false; error: ErrorBody }

/** Thrown by services and rethrown by the renderer's client; the message is for the secretary. */
export class AppError extends Error {
  readonly code: ErrorCode
  readonly issues: ErrorIssue[] | undefined

  constructor(code: ErrorCode, message: string, issues?: ErrorIssue[]) {
    super(message)
    this.name = 'AppError'
    this.code = code
    this.issues = issues
  }

  toBody(): ErrorBody {
    return this.issues
      ? { code: this.code, message: this.message, issues: this.issues }
      : { code: this.code, message: this.message }
  }
}

export const notFound = (what: string) =>
  new AppError('NOT_FOUND', `${what} finns inte (längre). Uppdatera listan och försök igen.`)
export const conflict = (message: string) => new AppError('CONFLICT', message)
export const invalid = (message: string, path = '') =>
  new AppError('VALIDATION', message, [{ path, message }])
