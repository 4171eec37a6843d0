import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query'
import type { ContractType } from '../../../shared/api/index.ts'
import type { InputOf } from '../../../shared/api/procedure.ts'
import { api } from '../api.ts'

const keys = {
  all: ['budget'] as const,
  overview: ['budget', 'overview'] as const,
  grants: ['budget', 'grants'] as const,
  activities: (year: number | null) => ['budget', 'activities', year] as const,
  indicators: ['budget', 'indicators'] as const,
  report: (grantId: number) => ['budget', 'report', grantId] as const,
}

type In<N extends keyof ContractType> = InputOf<ContractType[N]>

export const useBudgetOverview = () =>
  useQuery({ queryKey: keys.overview, queryFn: () => api.budget.overview({}) })
export const useGrants = () =>
  useQuery({ queryKey: keys.grants, queryFn: () => api.budget.listGrants({}) })
export const useActivities = (year: number | null) =>
  useQuery({ queryKey: keys.activities(year), queryFn: () => api.budget.listActivities({ year }) })
export const useIndicators = () =>
  useQuery({ queryKey: keys.indicators, queryFn: () => api.indicators.list({}) })
export const useFinalReport = (grantId: number | null) =>
  useQuery({
    queryKey: keys.report(grantId ?? 0),
    queryFn: () => api.reports.getFinalReport({ grantId: grantId! }),
    enabled: grantId !== null,
    // The editor owns the texts once loaded: never refetch underneath the secretary's typing.
    staleTime: Number.POSITIVE_INFINITY,
  })

/** Budget, grants, indicators and the report's derived parts all hang together: refresh the area. */
function useBudgetMutation<I, O>(fn: (input: I) => Promise<O>) {
  const client = useQueryClient()
  return useMutation({
    mutationFn: fn,
    onSuccess: () => client.invalidateQueries({ queryKey: keys.all }),
  })
}

export const useSaveGrant = () =>
  useBudgetMutation((input: In<'budget.createGrant'> & { id?: number }) =>
    input.id ? api.budget.updateGrant({ ...input, id: input.id }) : api.budget.createGrant(input),
  )
export const useSaveActivity = () =>
  useBudgetMutation((input: In<'budget.createActivity'> & { id?: number }) =>
    input.id
      ? api.budget.updateActivity({ ...input, id: input.id })
      : api.budget.createActivity(input),
  )
export const useDeleteGrant = () =>
  useBudgetMutation((id: number) => api.budget.deleteGrant({ id }))
export const useDeleteActivity = () =>
  useBudgetMutation((id: number) => api.budget.deleteActivity({ id }))
export const useSaveIndicator = () =>
  useBudgetMutation((input: In<'indicators.create'> & { id?: number }) =>
    input.id ? api.indicators.update({ ...input, id: input.id }) : api.indicators.create(input),
  )
export const useDeleteIndicator = () =>
  useBudgetMutation((id: number) => api.indicators.delete({ id }))

/** Draft saving must not refetch the report (the editor holds the newest text), only update the cache. */
export const useSaveFinalReport = () => {
  const client = useQueryClient()
  return useMutation({
    mutationFn: (input: In<'reports.saveFinalReport'>) => api.reports.saveFinalReport(input),
    onSuccess: (report) => client.setQueryData(keys.report(report.grant.id), report),
  })
}

export const useExportBudget = () => api.exports.budgetXlsx
export const useExportFinalReport = () => api.exports.finalReportDocx
