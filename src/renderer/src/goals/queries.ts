import { useMutation, useQueries, useQueryClient } from '@tanstack/react-query'
import type { GoalDocumentDto, IdeaDto } from '../../../shared/api/goals.ts'
import {
  callProcedure,
  procedureKey,
  useProcedure,
  useProcedureMutation,
  type In,
} from '../components/procedures.ts'

/** The sections of every goal document of a body, for linking ideas to them. */
export function useSectionOptions(bodyId: number | null) {
  const documents = useProcedure('goals.listDocuments', bodyId === null ? null : { bodyId })
  const details = useQueries({
    queries: (documents.data ?? []).map((document) => ({
      queryKey: procedureKey('goals.getDocument', { id: document.id }),
      queryFn: () => callProcedure('goals.getDocument', { id: document.id }),
    })),
  })
  return details
    .map((query) => query.data)
    .filter((document): document is GoalDocumentDto => document !== undefined)
    .map((document) => ({
      group: document.title,
      items: document.sections.map((section) => ({
        value: String(section.id),
        label: section.heading,
      })),
    }))
}

/** One form for new and existing ideas (an idea keeps its body when edited). */
export const useSaveIdea = () =>
  useMutation({
    mutationKey: ['goals.createIdea', 'goals.updateIdea'],
    mutationFn: (input: In<'goals.createIdea'> & { id?: number }) => {
      const { id, bodyId, ...fields } = input
      return id
        ? callProcedure('goals.updateIdea', { id, ...fields })
        : callProcedure('goals.createIdea', { bodyId, ...fields })
    },
  })

/** Moving is shown at once (the board must not jump back while the database answers). */
export const useMoveIdea = (bodyId: number) => {
  const client = useQueryClient()
  const key = procedureKey('goals.listIdeas', { bodyId })
  return useProcedureMutation('goals.moveIdea', {
    onMutate: async (input) => {
      await client.cancelQueries({ queryKey: key })
      const previous = client.getQueryData<IdeaDto[]>(key)
      if (previous) {
        client.setQueryData<IdeaDto[]>(
          key,
          previous.map((idea) =>
            idea.id === input.id
              ? { ...idea, category: input.category, position: Number.MAX_SAFE_INTEGER }
              : idea,
          ),
        )
      }
      return { previous }
    },
    onError: (_error, _input, context) => {
      if (context?.previous) client.setQueryData(key, context.previous)
    },
  })
}
