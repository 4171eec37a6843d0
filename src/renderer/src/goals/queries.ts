import { useMutation, useQueries, useQuery, useQueryClient } from '@tanstack/react-query'
import type { ContractType } from '../../../shared/api/index.ts'
import type { GoalDocumentDto, IdeaDto } from '../../../shared/api/goals.ts'
import type { IdeaCategory } from '../../../shared/domain/goals.ts'
import type { InputOf } from '../../../shared/api/procedure.ts'
import { api } from '../api.ts'

type In<N extends keyof ContractType> = InputOf<ContractType[N]>

const keys = {
  all: ['goals'] as const,
  documents: (bodyId?: number) => ['goals', 'documents', bodyId ?? 'all'] as const,
  document: (id: number) => ['goals', 'document', id] as const,
  version: (documentId: number, number: number) =>
    ['goals', 'version', documentId, number] as const,
  comparison: (documentId: number, from: number, to: number) =>
    ['goals', 'comparison', documentId, from, to] as const,
  ideas: (bodyId: number) => ['goals', 'ideas', bodyId] as const,
}

export const useGoalDocuments = (bodyId?: number) =>
  useQuery({
    queryKey: keys.documents(bodyId),
    queryFn: () => api.goals.listDocuments(bodyId ? { bodyId } : {}),
  })
export const useGoalDocument = (id: number) =>
  useQuery({ queryKey: keys.document(id), queryFn: () => api.goals.getDocument({ id }) })
export const useGoalVersion = (documentId: number, number: number | null) =>
  useQuery({
    queryKey: keys.version(documentId, number ?? 0),
    queryFn: () => api.goals.getVersion({ documentId, number: number! }),
    enabled: number !== null,
  })
export const useComparison = (documentId: number, from: number | null, to: number | null) =>
  useQuery({
    queryKey: keys.comparison(documentId, from ?? 0, to ?? 0),
    queryFn: () => api.goals.compareVersions({ documentId, from: from!, to: to! }),
    enabled: from !== null && to !== null && from !== to,
  })
export const useIdeas = (bodyId: number | null) =>
  useQuery({
    queryKey: keys.ideas(bodyId ?? 0),
    queryFn: () => api.goals.listIdeas({ bodyId: bodyId! }),
    enabled: bodyId !== null,
  })

/** The sections of every goal document of a body, for linking ideas to them. */
export function useSectionOptions(bodyId: number | null) {
  const documents = useGoalDocuments(bodyId ?? undefined)
  const details = useQueries({
    queries: (bodyId !== null ? (documents.data ?? []) : []).map((document) => ({
      queryKey: keys.document(document.id),
      queryFn: () => api.goals.getDocument({ id: document.id }),
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

function useGoalsMutation<I, O>(fn: (input: I) => Promise<O>) {
  const client = useQueryClient()
  return useMutation({
    mutationFn: fn,
    onSuccess: () => client.invalidateQueries({ queryKey: keys.all }),
  })
}

/** Autosave: refreshes the document (its "changed since the last version" flag) but not the editor's own text. */
export const useUpdateSection = () => {
  const client = useQueryClient()
  return useMutation({
    mutationFn: (input: In<'goals.updateSection'>) => api.goals.updateSection(input),
    onSuccess: () => client.invalidateQueries({ queryKey: keys.all }),
  })
}

export const useCreateDocument = () =>
  useGoalsMutation((input: In<'goals.createDocument'>) => api.goals.createDocument(input))
export const useRenameDocument = () =>
  useGoalsMutation((input: In<'goals.renameDocument'>) => api.goals.renameDocument(input))
export const useAddSection = () =>
  useGoalsMutation((input: In<'goals.addSection'>) => api.goals.addSection(input))
export const useRemoveSection = () =>
  useGoalsMutation((input: In<'goals.removeSection'>) => api.goals.removeSection(input))
export const useMoveSection = () =>
  useGoalsMutation((input: In<'goals.moveSection'>) => api.goals.moveSection(input))
export const useSaveVersion = () =>
  useGoalsMutation((input: In<'goals.saveVersion'>) => api.goals.saveVersion(input))
export const useUpdateVersionComment = () =>
  useGoalsMutation((input: In<'goals.updateVersionComment'>) =>
    api.goals.updateVersionComment(input),
  )
export const useRestoreVersion = () =>
  useGoalsMutation((input: In<'goals.restoreVersion'>) => api.goals.restoreVersion(input))
export const useSetStatus = () =>
  useGoalsMutation((input: In<'goals.setStatus'>) => api.goals.setStatus(input))
export const useAdoptVersion = () =>
  useGoalsMutation((input: In<'goals.adoptVersion'>) => api.goals.adoptVersion(input))

export const useSaveIdea = () =>
  useGoalsMutation((input: In<'goals.createIdea'> & { id?: number }) => {
    const { id, bodyId, ...fields } = input
    return id
      ? api.goals.updateIdea({ id, ...fields }).then((idea) => [idea])
      : api.goals.createIdea({ bodyId, ...fields }).then((idea) => [idea])
  })
/** Moving is shown at once (the board must not jump back while the database answers). */
export const useMoveIdea = (bodyId: number) => {
  const client = useQueryClient()
  return useMutation({
    mutationFn: (input: { id: number; category: IdeaCategory; position?: number | null }) =>
      api.goals.moveIdea(input),
    onMutate: async (input) => {
      await client.cancelQueries({ queryKey: keys.ideas(bodyId) })
      const previous = client.getQueryData<IdeaDto[]>(keys.ideas(bodyId))
      if (previous) {
        client.setQueryData<IdeaDto[]>(
          keys.ideas(bodyId),
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
      if (context?.previous) client.setQueryData(keys.ideas(bodyId), context.previous)
    },
    onSuccess: (ideas) => client.setQueryData(keys.ideas(bodyId), ideas),
    onSettled: () => client.invalidateQueries({ queryKey: keys.all }),
  })
}
export const useDeleteIdea = () => useGoalsMutation((id: number) => api.goals.deleteIdea({ id }))

export const useExportGoalDocument = () => api.exports.goalDocumentDocx
export const useExportGoalComparison = () => api.exports.goalComparisonDocx
