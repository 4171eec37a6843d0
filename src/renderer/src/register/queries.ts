import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query'
import type { InputOf } from '../../../shared/api/procedure.ts'
import type { ContractType } from '../../../shared/api/index.ts'
import { api } from '../api.ts'

const keys = {
  all: ['register'] as const,
  organisations: ['register', 'organisations'] as const,
  people: ['register', 'people'] as const,
  bodies: ['register', 'bodies'] as const,
  body: (id: number) => ['register', 'body', id] as const,
}

export const useOrganisations = () =>
  useQuery({ queryKey: keys.organisations, queryFn: () => api.register.listOrganisations({}) })
export const usePeople = () =>
  useQuery({ queryKey: keys.people, queryFn: () => api.register.listPeople({}) })
export const useBodies = () =>
  useQuery({ queryKey: keys.bodies, queryFn: () => api.register.listBodies({}) })
export const useBody = (id: number) =>
  useQuery({ queryKey: keys.body(id), queryFn: () => api.register.getBody({ id }) })

/** Any change to the register refreshes every register query (they are cheap and small). */
function useRegisterMutation<I, O>(fn: (input: I) => Promise<O>) {
  const client = useQueryClient()
  return useMutation({
    mutationFn: fn,
    onSuccess: () => client.invalidateQueries({ queryKey: keys.all }),
  })
}

type In<N extends keyof ContractType> = InputOf<ContractType[N]>

export const useSaveOrganisation = () =>
  useRegisterMutation((input: In<'register.createOrganisation'> & { id?: number }) =>
    input.id
      ? api.register.updateOrganisation({ ...input, id: input.id })
      : api.register.createOrganisation(input),
  )
export const useDeleteOrganisation = () =>
  useRegisterMutation((id: number) => api.register.deleteOrganisation({ id }))
export const useSavePerson = () =>
  useRegisterMutation((input: In<'register.createPerson'> & { id?: number }) =>
    input.id
      ? api.register.updatePerson({ ...input, id: input.id })
      : api.register.createPerson(input),
  )
export const useSaveBody = () =>
  useRegisterMutation((input: In<'register.createBody'> & { id?: number }) =>
    input.id ? api.register.updateBody({ ...input, id: input.id }) : api.register.createBody(input),
  )
export const useAddSeat = () =>
  useRegisterMutation((input: In<'register.addSeat'>) => api.register.addSeat(input))
export const useAddMembership = () =>
  useRegisterMutation((input: In<'register.addMembership'>) => api.register.addMembership(input))
export const useEndMembership = () =>
  useRegisterMutation((input: In<'register.endMembership'>) => api.register.endMembership(input))
export const usePreviewImport = () =>
  useMutation({
    mutationFn: (input: In<'register.previewMemberImport'>) =>
      api.register.previewMemberImport(input),
  })
export const useApplyImport = () =>
  useRegisterMutation((input: In<'register.applyMemberImport'>) =>
    api.register.applyMemberImport(input),
  )
export const useErasePersonContact = () =>
  useRegisterMutation((id: number) => api.register.erasePersonContact({ id }))
