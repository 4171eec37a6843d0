import {
  MutationCache,
  QueryClient,
  skipToken,
  useMutation,
  useQuery,
  type UseMutationOptions,
  type UseQueryOptions,
} from '@tanstack/react-query'
import type { ContractType, ProcedureName } from '../../../shared/api/index.ts'
import type { InputOf, OutputOf, ProcedureKind } from '../../../shared/api/procedure.ts'
import { api } from '../api.ts'

/**
 * The renderer's data layer, derived from the contract: a procedure's name gives its input and
 * output types, and a query's cache key is its name and input. Areas' queries.ts keep only what is
 * special (optimistic moves, answers written straight into the cache).
 */

type NamesOf<K extends ProcedureKind> = {
  [N in ProcedureName]: ContractType[N]['kind'] extends K ? N : never
}[ProcedureName]
export type QueryName = NamesOf<'query'>
export type MutationName = NamesOf<'mutation'>
export type DocumentName = NamesOf<'document'>
export type In<N extends ProcedureName> = InputOf<ContractType[N]>
export type Out<N extends ProcedureName> = OutputOf<ContractType[N]>

declare module '@tanstack/react-query' {
  interface Register {
    // `refresh: false` for writes that change nothing another screen shows (saving a document, a preview).
    mutationMeta: { refresh?: false }
  }
}

/** Calls a procedure by its contract name through the typed client. */
export function callProcedure<N extends ProcedureName>(name: N, input: In<N>): Promise<Out<N>> {
  const [area, verb] = name.split('.') as [string, string]
  const client = api as unknown as Record<
    string,
    Record<string, (input: unknown) => Promise<Out<N>>>
  >
  return client[area]![verb]!(input)
}

/** The cache key of a query: its name and input (the key's hash ignores property order). */
export const procedureKey = <N extends QueryName>(name: N, input: In<N> | null) =>
  [name, input] as const

type QueryOptions<N extends QueryName, S> = Omit<
  UseQueryOptions<Out<N>, Error, S, ReturnType<typeof procedureKey<N>>>,
  'queryKey' | 'queryFn'
>

/** Reads a query procedure; `null` input waits (nothing to ask yet, e.g. no body chosen). */
export function useProcedure<N extends QueryName, S = Out<N>>(
  name: N,
  input: In<N> | null,
  options: QueryOptions<N, S> = {},
) {
  return useQuery({
    ...options,
    queryKey: procedureKey(name, input),
    queryFn: input === null ? skipToken : () => callProcedure(name, input),
  })
}

/** Runs a mutation procedure; every successful write refreshes the screens (see createQueryClient). */
export function useProcedureMutation<N extends MutationName, C = unknown>(
  name: N,
  options: Omit<UseMutationOptions<Out<N>, Error, In<N>, C>, 'mutationFn' | 'mutationKey'> = {},
) {
  return useMutation({
    ...options,
    mutationKey: [name],
    mutationFn: (input: In<N>) => callProcedure(name, input),
  })
}

/** One form for new and existing rows: with an id it updates, without one it creates. */
export function useCreateOrUpdate<C extends MutationName, U extends MutationName>(
  create: C,
  update: U,
) {
  return useMutation({
    mutationKey: [create, update],
    mutationFn: (input: In<C> & { id?: number | undefined }): Promise<Out<C> | Out<U>> =>
      input.id ? callProcedure(update, input as unknown as In<U>) : callProcedure(create, input),
  })
}

/**
 * Today by the program's clock (the day the services use, and the tests set), YYYY-MM-DD; never the
 * computer's own date. App shows no screen before system.info has answered, and keeps observing it.
 */
export function useToday(): string {
  const today = useProcedure('system.info', {}).data?.today
  if (today === undefined) throw new Error('useToday is used outside App (system.info not read).')
  return today
}

/** This year by the program's clock. */
export const useThisYear = (): number => Number(useToday().slice(0, 4))

/**
 * One client for the app. After every successful write all cached queries are marked stale and the
 * ones on screen are read again before the write counts as done: reads take milliseconds on the local
 * database, and no screen can keep showing what a write changed (a renamed person, a locked minutes).
 * Editors keep their own text in local state, so a re-read never overwrites what is being typed.
 */
export function createQueryClient(): QueryClient {
  const client: QueryClient = new QueryClient({
    // Local database: no network flakiness to retry over, and no refetch storms on window focus.
    defaultOptions: { queries: { retry: false, refetchOnWindowFocus: false, staleTime: 30_000 } },
    mutationCache: new MutationCache({
      onSuccess: (_data, _input, _context, mutation) =>
        mutation.meta?.refresh === false ? undefined : client.invalidateQueries(),
    }),
  })
  return client
}
