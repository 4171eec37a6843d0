import { AppError } from '../../../shared/api/errors.ts'
import { errorMessage, say } from '../api.ts'

/**
 * Server VALIDATION issues keyed by their full path ("lines.0.grantAmount"), which is how Mantine
 * forms name nested fields; anything without a path lands on `fallback`.
 */
export function pathErrors(error: unknown, fallback: string): Record<string, string> {
  const errors: Record<string, string> = {}
  if (error instanceof AppError && error.issues) {
    for (const issue of error.issues) {
      const key = issue.path || fallback
      if (!errors[key]) errors[key] = say(issue)
    }
  }
  if (Object.keys(errors).length === 0) errors[fallback] = errorMessage(error)
  return errors
}
