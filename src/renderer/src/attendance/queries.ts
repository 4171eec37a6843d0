import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query'
import type { AttendanceDto } from '../../../shared/api/attendance.ts'
import type { ContractType } from '../../../shared/api/index.ts'
import type { InputOf } from '../../../shared/api/procedure.ts'
import { api } from '../api.ts'

type In<N extends keyof ContractType> = InputOf<ContractType[N]>

const keys = {
  all: ['attendance'] as const,
  meeting: (meetingId: number) => ['attendance', 'meeting', meetingId] as const,
  statistics: (input: In<'attendance.statistics'>) => ['attendance', 'statistics', input] as const,
  rule: (bodyId: number) => ['attendance', 'rule', bodyId] as const,
}

export const useAttendance = (meetingId: number) =>
  useQuery({ queryKey: keys.meeting(meetingId), queryFn: () => api.attendance.get({ meetingId }) })
export const useStatistics = (input: In<'attendance.statistics'>) =>
  useQuery({ queryKey: keys.statistics(input), queryFn: () => api.attendance.statistics(input) })
export const useBodies = () =>
  useQuery({ queryKey: ['register', 'bodies'], queryFn: () => api.register.listBodies({}) })
export const useUpcomingMeetings = (bodyId: number | null, today: string) =>
  useQuery({
    queryKey: ['meetings', 'list', 'upcoming', bodyId, today],
    queryFn: () => api.meetings.list({ ...(bodyId ? { bodyId } : {}), from: today }),
    select: (meetings) =>
      meetings.filter((meeting) => meeting.status !== 'minutesAdjusted').slice(0, 6),
  })

/**
 * Every attendance change answers the whole meeting's attendance: it goes straight into the cache
 * (so quorum updates at once), and statistics are refreshed.
 */
function useAttendanceMutation<I>(fn: (input: I) => Promise<AttendanceDto>) {
  const client = useQueryClient()
  return useMutation({
    mutationFn: fn,
    onSuccess: (view) => {
      client.setQueryData(keys.meeting(view.meetingId), view)
      return client.invalidateQueries({ queryKey: ['attendance', 'statistics'] })
    },
  })
}

export const useSetStatus = () =>
  useAttendanceMutation((input: In<'attendance.setStatus'>) => api.attendance.setStatus(input))
export const useSetServing = () =>
  useAttendanceMutation((input: In<'attendance.setServing'>) => api.attendance.setServing(input))
export const useSetRange = () =>
  useAttendanceMutation((input: In<'attendance.setRange'>) => api.attendance.setRange(input))
export const useAddGuest = () =>
  useAttendanceMutation((input: In<'attendance.addGuest'>) => api.attendance.addGuest(input))
export const useRemoveGuest = () =>
  useAttendanceMutation((input: In<'attendance.removeGuest'>) => api.attendance.removeGuest(input))
export function useSetRule() {
  const client = useQueryClient()
  return useMutation({
    mutationFn: (input: In<'attendance.setRule'>) => api.attendance.setRule(input),
    onSuccess: () => client.invalidateQueries({ queryKey: keys.all }),
  })
}

export const attendanceXlsx = api.exports.attendanceXlsx

/** Today by the program's clock (the same day the services use), YYYY-MM-DD. */
export const useToday = (): string | null => {
  const info = useQuery({ queryKey: ['system', 'info'], queryFn: () => api.system.info({}) })
  return info.data?.today ?? null
}
