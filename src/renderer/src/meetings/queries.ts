import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query'
import type { ContractType } from '../../../shared/api/index.ts'
import type { MeetingDto } from '../../../shared/api/meetings.ts'
import type { InputOf } from '../../../shared/api/procedure.ts'
import { api } from '../api.ts'

type In<N extends keyof ContractType> = InputOf<ContractType[N]>

const keys = {
  all: ['meetings'] as const,
  list: (yearsBack: number | null) => ['meetings', 'list', yearsBack] as const,
  meeting: (id: number) => ['meetings', 'meeting', id] as const,
  template: (bodyId: number) => ['meetings', 'template', bodyId] as const,
  rotation: (councilId: number) => ['meetings', 'rotation', councilId] as const,
}

/** All bodies' meetings; `yearsBack` keeps to this year and that many before (ten years of meetings is a megabyte). */
export const useMeetings = (yearsBack: number | null) =>
  useQuery({
    queryKey: keys.list(yearsBack),
    queryFn: () => api.meetings.list(yearsBack === null ? {} : { yearsBack }),
    placeholderData: keepPreviousData,
  })
export const useMeeting = (id: number) =>
  useQuery({ queryKey: keys.meeting(id), queryFn: () => api.meetings.get({ id }) })
export const useTemplate = (bodyId: number | null) =>
  useQuery({
    queryKey: keys.template(bodyId ?? 0),
    queryFn: () => api.meetings.getTemplate({ bodyId: bodyId! }),
    enabled: bodyId !== null,
  })
export const useRotation = (councilId: number | null) =>
  useQuery({
    queryKey: keys.rotation(councilId ?? 0),
    queryFn: () => api.meetings.rotation({ councilId: councilId! }),
    enabled: councilId !== null,
  })
export const useYearPlanPreview = (input: In<'meetings.previewYearPlan'> | null) =>
  useQuery({
    queryKey: ['meetings', 'yearPlanPreview', input],
    queryFn: () => api.meetings.previewYearPlan(input!),
    enabled: input !== null,
    retry: false,
    staleTime: 0,
  })

/** Any meetings change refreshes the meetings queries; a returned meeting is put in the cache at once. */
function useMeetingsMutation<I, O>(fn: (input: I) => Promise<O>) {
  const client = useQueryClient()
  return useMutation({
    mutationFn: fn,
    onSuccess: (result) => {
      const meeting = result as unknown as Partial<MeetingDto>
      if (
        meeting &&
        typeof meeting === 'object' &&
        typeof meeting.id === 'number' &&
        Array.isArray(meeting.items)
      ) {
        client.setQueryData(keys.meeting(meeting.id), result)
      }
      return client.invalidateQueries({ queryKey: keys.all })
    },
  })
}

export const useCreateMeeting = () =>
  useMeetingsMutation((input: In<'meetings.create'>) => api.meetings.create(input))
export const useUpdateMeeting = () =>
  useMeetingsMutation((input: In<'meetings.update'>) => api.meetings.update(input))
export const useSetStatus = () =>
  useMeetingsMutation((input: In<'meetings.setStatus'>) => api.meetings.setStatus(input))
export const useDeleteMeeting = () =>
  useMeetingsMutation((input: In<'meetings.delete'>) => api.meetings.delete(input))
export const useAddItem = () =>
  useMeetingsMutation((input: In<'meetings.addItem'>) => api.meetings.addItem(input))
export const useUpdateItem = () =>
  useMeetingsMutation((input: In<'meetings.updateItem'>) => api.meetings.updateItem(input))
export const useRemoveItem = () =>
  useMeetingsMutation((input: In<'meetings.removeItem'>) => api.meetings.removeItem(input))
export const useDuplicateItem = () =>
  useMeetingsMutation((input: In<'meetings.duplicateItem'>) => api.meetings.duplicateItem(input))
export const useCopyRecurring = () =>
  useMeetingsMutation((input: In<'meetings.copyRecurring'>) => api.meetings.copyRecurring(input))
export const useSetPresentingGroup = () =>
  useMeetingsMutation((input: In<'meetings.setPresentingGroup'>) =>
    api.meetings.setPresentingGroup(input),
  )
export const useSaveTemplate = () =>
  useMeetingsMutation((input: In<'meetings.saveTemplate'>) => api.meetings.saveTemplate(input))
export const useCreateYearPlan = () =>
  useMeetingsMutation((input: In<'meetings.createYearPlan'>) => api.meetings.createYearPlan(input))
export const useApplyRotation = () =>
  useMeetingsMutation((input: In<'meetings.applyRotation'>) => api.meetings.applyRotation(input))

/** Reordering is optimistic: the list moves at once, and the server's answer replaces it. */
export function useReorderItems(meetingId: number) {
  const client = useQueryClient()
  return useMutation({
    mutationFn: (input: In<'meetings.reorderItems'>) => api.meetings.reorderItems(input),
    onMutate: async (input) => {
      await client.cancelQueries({ queryKey: keys.meeting(meetingId) })
      const before = client.getQueryData<MeetingDto>(keys.meeting(meetingId))
      if (before) {
        const byId = new Map(before.items.map((item) => [item.id, item]))
        client.setQueryData<MeetingDto>(keys.meeting(meetingId), {
          ...before,
          items: input.itemIds.map((id, index) => ({ ...byId.get(id)!, number: index + 1 })),
        })
      }
      return { before }
    },
    onError: (_error, _input, context) => {
      if (context?.before) client.setQueryData(keys.meeting(meetingId), context.before)
    },
    onSuccess: (meeting) => {
      client.setQueryData(keys.meeting(meetingId), meeting)
      return client.invalidateQueries({ queryKey: ['meetings', 'list'] })
    },
  })
}

export const noticeDocx = api.exports.noticeDocx
export const noticeIcs = api.exports.noticeIcs
export const yearPlanXlsx = api.exports.yearPlanXlsx
export const yearPlanIcs = api.exports.yearPlanIcs
