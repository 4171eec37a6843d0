import { useMutation, useQueryClient } from '@tanstack/react-query'
import { notifications } from '@mantine/notifications'
import type { AttendanceDto } from '../../../shared/api/attendance.ts'
import { errorMessage } from '../api.ts'
import {
  callProcedure,
  procedureKey,
  useProcedure,
  type In,
  type MutationName,
} from '../components/procedures.ts'

/** The next meetings still to be held or adjusted (the statistics page's shortcut to them). */
export const useUpcomingMeetings = (bodyId: number | null, today: string) =>
  useProcedure(
    'meetings.list',
    { ...(bodyId ? { bodyId } : {}), from: today },
    {
      select: (meetings) =>
        meetings.filter((meeting) => meeting.status !== 'minutesAdjusted').slice(0, 6),
    },
  )

type AttendanceWrite = {
  [N in MutationName]: N extends `attendance.${string}`
    ? Awaited<ReturnType<typeof callProcedure<N>>> extends AttendanceDto
      ? N
      : never
    : never
}[MutationName]

/**
 * Every attendance change answers the whole meeting's attendance: it goes straight into the cache,
 * so quorum updates at once, before the refresh every write makes.
 */
export function useAttendanceWrite<N extends AttendanceWrite>(name: N) {
  const client = useQueryClient()
  return useMutation({
    mutationKey: [name],
    mutationFn: async (input: In<N>) => {
      const view = (await callProcedure(name, input)) as AttendanceDto
      client.setQueryData(procedureKey('attendance.get', { meetingId: view.meetingId }), view)
      return view
    },
  })
}

/** A failed attendance write, shown as a red notification with the server's message. */
export const showFailure = (error: unknown) =>
  notifications.show({ color: 'red', message: errorMessage(error) })
