import type { Api } from '../../shared/api/index.ts'
import { AppError, type Result } from '../../shared/api/errors.ts'

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
              throw new AppError('INTERNAL', `Rådsrum saknar funktionen ${area}.${verb}.`)
            const result = await method(input)
            if (result.ok) return result.value
            throw new AppError(result.error.code, result.error.message, result.error.issues)
          }
        },
      },
    )
  },
})

export const errorMessage = (error: unknown): string =>
  error instanceof AppError ? error.message : 'Något oväntat gick fel. Försök igen.'

/** Field errors for a form from a VALIDATION error's issues, keyed by the first path segment. */
export function fieldErrors(error: unknown): Record<string, string> {
  if (!(error instanceof AppError) || !error.issues) return {}
  const errors: Record<string, string> = {}
  for (const issue of error.issues) {
    const key = issue.path.split('.')[0] ?? ''
    if (key && !errors[key]) errors[key] = issue.message
  }
  return errors
}
