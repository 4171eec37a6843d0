import type { Api } from '../../shared/api/index.ts'
import { AppError, type Result } from '../../shared/api/errors.ts'
import { m, render, type Message } from '../../shared/messages/index.ts'
import { uiLanguage } from './i18n/index.ts'

type RawBridge = Record<string, Record<string, (input?: unknown) => Promise<Result<unknown>>>>

declare global {
  interface Window {
    /** Installed by the preload (or the e2e harness): one method per procedure, answering a Result. */
    readonly api: RawBridge
  }
}

/** The typed client: the same names as the contract, throwing AppError instead of returning errors. */
export const api: Api = new Proxy({} as Api, {
  get(_target, area: string) {
    return new Proxy(
      {},
      {
        get(_inner, verb: string) {
          return async (input?: unknown) => {
            const method = window.api?.[area]?.[verb]
            if (!method)
              throw new AppError(
                'INTERNAL',
                m('common.missingProcedure', { name: `${area}.${verb}` }),
              )
            const result = await method(input)
            if (result.ok) return result.value
            throw AppError.fromBody(result.error)
          }
        },
      },
    )
  },
})

/** A server message in the UI's language (the server's Swedish text is for the CLI and the logs). */
export const say = (message: Message): string => render(message, uiLanguage())

export const errorMessage = (error: unknown): string =>
  say(error instanceof AppError ? error.said : m('common.unexpected'))

/** Field errors for a form from a VALIDATION error's issues, keyed by the first path segment. */
export function fieldErrors(error: unknown): Record<string, string> {
  if (!(error instanceof AppError) || !error.issues) return {}
  const errors: Record<string, string> = {}
  for (const issue of error.issues) {
    const key = issue.path.split('.')[0] ?? ''
    if (key && !errors[key]) errors[key] = say(issue)
  }
  return errors
}
