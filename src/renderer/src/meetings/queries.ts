import { useQueryClient } from '@tanstack/react-query'
import type { MeetingDto } from '../../../shared/api/meetings.ts'
import { procedureKey, useProcedureMutation } from '../components/procedures.ts'

/** Reordering is optimistic: the list moves at once, and the server's answer replaces it. */
export function useReorderItems(meetingId: number) {
  const client = useQueryClient()
  const key = procedureKey('meetings.get', { id: meetingId })
  return useProcedureMutation('meetings.reorderItems', {
    onMutate: async (input) => {
      await client.cancelQueries({ queryKey: key })
      const before = client.getQueryData<MeetingDto>(key)
      if (before) {
        const byId = new Map(before.items.map((item) => [item.id, item]))
        client.setQueryData<MeetingDto>(key, {
          ...before,
          items: input.itemIds.map((id, index) => ({ ...byId.get(id)!, number: index + 1 })),
        })
      }
      return { before }
    },
    onError: (_error, _input, context) => {
      if (context?.before) client.setQueryData(key, context.before)
    },
  })
}
