import { Anchor, Group, Tabs } from '@mantine/core'
import type { ReactNode } from 'react'
import { useTranslation } from 'react-i18next'
import { Link, useNavigate, useParams } from 'react-router'
import { useProcedure } from '../components/procedures.ts'

export const MEETING_TABS = ['agenda', 'attendance', 'minutes'] as const
export type MeetingTab = (typeof MEETING_TABS)[number]

/** Each tab keeps the address it always had, so old links and bookmarks still open it. */
export const meetingTabPath = (meetingId: number, tab: MeetingTab): string =>
  tab === 'agenda' ? `/meetings/${meetingId}` : `/meetings/${meetingId}/${tab}`

/**
 * One meeting page: agenda, attendance and minutes are its tabs, under one back link to the
 * meeting overview and the links to the meeting before and after. The tab's own screen renders
 * inside, unchanged.
 */
export function MeetingFrame({ tab, children }: { tab: MeetingTab; children: ReactNode }) {
  const { t } = useTranslation('meetings')
  const navigate = useNavigate()
  const id = Number(useParams().id)
  // The same query as the agenda tab's, so it is read once.
  const meeting = useProcedure('meetings.get', { id }).data
  return (
    <>
      <Group justify="space-between" mb="xs">
        <Anchor
          component={Link}
          to={meeting ? `/meetings?body=${meeting.bodyId}` : '/meetings'}
          size="sm"
        >
          ← {t('meeting.back')}
        </Anchor>
        <Group gap="md">
          {meeting?.previousMeetingId && (
            <Anchor component={Link} to={meetingTabPath(meeting.previousMeetingId, tab)} size="sm">
              {t('meeting.previous')}
            </Anchor>
          )}
          {meeting?.nextMeetingId && (
            <Anchor component={Link} to={meetingTabPath(meeting.nextMeetingId, tab)} size="sm">
              {t('meeting.nextMeeting')}
            </Anchor>
          )}
        </Group>
      </Group>
      <Tabs
        value={tab}
        onChange={(value) => value && void navigate(meetingTabPath(id, value as MeetingTab))}
        keepMounted={false}
      >
        <Tabs.List mb="md" aria-label={t('frame.label')}>
          {MEETING_TABS.map((value) => (
            <Tabs.Tab key={value} value={value} fw={600}>
              {t(`frame.${value}`)}
            </Tabs.Tab>
          ))}
        </Tabs.List>
        <Tabs.Panel value={tab}>{children}</Tabs.Panel>
      </Tabs>
    </>
  )
}
