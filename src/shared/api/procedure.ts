import { z } from 'zod'

/**
 * A procedure of the contract: its zod input schema, and its output type carried as a
 * phantom (types only exist at compile time; the value is never read).
 * - query: reads only, no transaction
 * - mutation: runs in one transaction
 * - document: builds a file that the host (Electron save dialog, CLI --out, test harness) saves
 */
export type ProcedureKind = 'query' | 'mutation' | 'document'

export interface Procedure<I extends z.ZodType, O, K extends ProcedureKind = ProcedureKind> {
  readonly kind: K
  readonly input: I
  readonly description: string
  /** Mutations run in one transaction unless this is false (a restore replaces the whole database). */
  readonly transactional?: boolean
  /** Phantom: only the type matters. */
  readonly output?: O
}

export const query =
  <O>() =>
  <I extends z.ZodType>(input: I, description: string): Procedure<I, O, 'query'> => ({
    kind: 'query',
    input,
    description,
  })

export const mutation =
  <O>(options: { transactional?: boolean } = {}) =>
  <I extends z.ZodType>(input: I, description: string): Procedure<I, O, 'mutation'> => ({
    kind: 'mutation',
    input,
    description,
    ...(options.transactional === false ? { transactional: false } : {}),
  })

/** What a document procedure answers once the host has (or has not) saved it. */
export interface SavedFile {
  saved: boolean
  fileName: string
  path: string | null
}

export const document = <I extends z.ZodType>(
  input: I,
  description: string,
): Procedure<I, SavedFile, 'document'> => ({ kind: 'document', input, description })

export type InputOf<P> = P extends Procedure<infer I, unknown> ? z.input<I> : never
export type ParsedInputOf<P> = P extends Procedure<infer I, unknown> ? z.output<I> : never
export type OutputOf<P> = P extends Procedure<z.ZodType, infer O> ? O : never
