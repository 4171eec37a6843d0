import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query'
import type { ContractType } from '../../../shared/api/index.ts'
import type { InputOf } from '../../../shared/api/procedure.ts'
import { api } from '../api.ts'

type In<N extends keyof ContractType> = InputOf<ContractType[N]>

const keys = {
  all: ['minutes'] as const,
  minutes: (meetingId: number) => ['minutes', 'meeting', meetingId] as const,
  actions: (input: In<'minutes.listActions'>) => ['minutes', 'actions', input] as const,
  decisions: (input: In<'minutes.listDecisions'>) => ['minutes', 'decisions', input] as const,
  search: (query: string) => ['minutes', 'search', query] as const,
  situations: (bodyId: number) => ['minutes', 'situations', bodyId] as const,
  due: ['minutes', 'due'] as const,
  phrases: (bodyId: number) => ['minutes', 'phrases', bodyId] as const,
}

export const useMinutes = (meetingId: number) =>
  useQuery({ queryKey: keys.minutes(meetingId), queryFn: () => api.minutes.get({ meetingId }) })
export const useActions = (input: In<'minutes.listActions'>) =>
  useQuery({ queryKey: keys.actions(input), queryFn: () => api.minutes.listActions(input) })
export const useDecisions = (input: In<'minutes.listDecisions'>) =>
  useQuery({ queryKey: keys.decisions(input), queryFn: () => api.minutes.listDecisions(input) })
export const useSearch = (query: string) =>
  useQuery({
    queryKey: keys.search(query),
    queryFn: () => api.minutes.search({ query }),
    enabled: query.trim().length >= 2,
  })
export const useSituationHistory = (bodyId: number | null) =>
  useQuery({
    queryKey: keys.situations(bodyId ?? 0),
    queryFn: () => api.minutes.situationHistory({ bodyId: bodyId! }),
    enabled: bodyId !== null,
  })
export const usePhrases = (bodyId: number | null) =>
  useQuery({
    queryKey: keys.phrases(bodyId ?? 0),
    queryFn: () => api.minutes.getPhrases({ bodyId: bodyId! }),
    enabled: bodyId !== null,
  })
export const useAdjustmentsDue = () =>
  useQuery({ queryKey: keys.due, queryFn: () => api.minutes.adjustmentsDue({}) })

/** Minutes change meetings (status), actions and decisions: refresh them all. */
function useMinutesMutation<I, O>(fn: (input: I) => Promise<O>) {
  const client = useQueryClient()
  return useMutation({
    mutationFn: fn,
    onSuccess: async () => {
      await client.invalidateQueries({ queryKey: keys.all })
      await client.invalidateQueries({ queryKey: ['meetings'] })
    },
  })
}

export const useSavePhrases = () =>
  useMinutesMutation((input: In<'minutes.savePhrases'>) => api.minutes.savePhrases(input))
export const useBeginMinutes = () =>
  useMinutesMutation((input: In<'minutes.begin'>) => api.minutes.begin(input))
export const useAddParagraph = () =>
  useMinutesMutation((input: In<'minutes.addParagraph'>) => api.minutes.addParagraph(input))
export const useSaveParagraph = () =>
  useMinutesMutation((input: In<'minutes.saveParagraph'>) => api.minutes.saveParagraph(input))
export const useMarkImmediate = () =>
  useMinutesMutation((input: In<'minutes.markImmediate'>) => api.minutes.markImmediate(input))
export const useSetAdjustment = () =>
  useMinutesMutation((input: In<'minutes.setAdjustment'>) => api.minutes.setAdjustment(input))
export const useAdjust = () =>
  useMinutesMutation((input: In<'minutes.adjust'>) => api.minutes.adjust(input))
export const useAddAction = () =>
  useMinutesMutation((input: In<'minutes.addAction'>) => api.minutes.addAction(input))
export const useReportAction = () =>
  useMinutesMutation((input: In<'minutes.reportAction'>) => api.minutes.reportAction(input))
export const useSaveSituation = () =>
  useMinutesMutation((input: In<'minutes.saveSituation'>) => api.minutes.saveSituation(input))
