import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query'
import { api } from '../api.ts'

export const useSystemInfo = () =>
  useQuery({ queryKey: ['system', 'info'], queryFn: () => api.system.info({}) })

export const useLoadExampleData = () => {
  const client = useQueryClient()
  return useMutation({
    mutationFn: () => api.system.loadExampleData({}),
    onSuccess: () => client.invalidateQueries(),
  })
}

export const useExportRegister = () => api.exports.registerXlsx
