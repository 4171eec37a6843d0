import {
  m,
  swedish,
  thing,
  type Message,
  type MessageParams,
  type ThingKey,
} from '../messages/index.ts'

/** STORAGE: the disk or the database file refused the write (full, read-only, busy); nothing was saved. */
export type ErrorCode = 'VALIDATION' | 'NOT_FOUND' | 'CONFLICT' | 'STORAGE' | 'INTERNAL'

/** `message` is the Swedish text (CLI, logs); `key` and `params` let the UI say it in its language. */
export interface ErrorIssue {
  path: string
  message: string
  key: string
  params?: MessageParams
}

export interface ErrorBody {
  code: ErrorCode
  message: string
  key: string
  params?: MessageParams
  issues?: ErrorIssue[]
}

export type Result<T> = { ok: true; value: T } | { ok: false; error: ErrorBody }

const messageFields = (message: Message) =>
  message.params ? { key: message.key, params: message.params } : { key: message.key }

export const errorIssue = (message: Message, path = ''): ErrorIssue => ({
  path,
  message: swedish(message),
  ...messageFields(message),
})

/** Thrown by services and rethrown by the renderer's client; the message is for the secretary. */
export class AppError extends Error {
  readonly code: ErrorCode
  readonly issues: ErrorIssue[] | undefined
  /** What the message says, as a key and parameters: rendered in the UI's language. */
  readonly said: Message

  constructor(code: ErrorCode, said: Message, issues?: ErrorIssue[]) {
    super(swedish(said))
    this.name = 'AppError'
    this.code = code
    this.said = said
    this.issues = issues
  }

  static fromBody(body: ErrorBody): AppError {
    return new AppError(
      body.code,
      body.params ? { key: body.key, params: body.params } : { key: body.key },
      body.issues,
    )
  }

  toBody(): ErrorBody {
    const body: ErrorBody = { code: this.code, message: this.message, ...messageFields(this.said) }
    return this.issues ? { ...body, issues: this.issues } : body
  }
}

export const notFound = (what: ThingKey) =>
  new AppError('NOT_FOUND', m('common.notFound', { what: thing(what) }))
export const conflict = (message: Message) => new AppError('CONFLICT', message)
export const invalid = (message: Message, path = '') =>
  new AppError('VALIDATION', message, [errorIssue(message, path)])
