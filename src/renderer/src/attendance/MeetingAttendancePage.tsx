import { Alert, Tabs } from '@mantine/core'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { useParams } from 'react-router'
import type { AttendanceDto } from '../../../shared/api/attendance.ts'
import { formatLongDate, swedishTime } from '../../../shared/domain/format.ts'
import { PageHeader } from '../components/PageHeader.tsx'
import { QueryState } from '../components/QueryState.tsx'
import { useProcedure, useToday } from '../components/procedures.ts'
import { BeforePanel } from './BeforePanel.tsx'
import { GuestsPanel } from './GuestsPanel.tsx'
import { ItemsPanel } from './ItemsPanel.tsx'
import { QuorumPanel } from './QuorumPanel.tsx'
import { RollCallPanel } from './RollCallPanel.tsx'
import { say } from '../api.ts'
import { uiLanguage } from '../i18n/index.ts'

function AttendanceView({ view, today }: { view: AttendanceDto; today: string }) {
  const { t } = useTranslation('attendance')
  const [tab, setTab] = useState<string | null>(view.rollCallOpen ? 'rollCall' : 'before')
  return (
    <>
      <PageHeader
        title={`${t('meeting.title')} – ${view.bodyName} ${view.date}`}
        intro={t('meeting.intro', {
          body: view.bodyName,
          date: formatLongDate(view.date, uiLanguage()),
          time: swedishTime(view.startTime),
          place: view.place,
        })}
      />
      {view.lockedReason && (
        <Alert color="gray" title={t('meeting.locked')} mb="md">
          {say(view.lockedReason)}
        </Alert>
      )}
      <QuorumPanel view={view} />
      <Tabs value={tab} onChange={setTab} keepMounted={false}>
        <Tabs.List mb="md">
          <Tabs.Tab value="before">{t('meeting.tabs.before')}</Tabs.Tab>
          <Tabs.Tab value="rollCall">{t('meeting.tabs.rollCall')}</Tabs.Tab>
          <Tabs.Tab value="items">{t('meeting.tabs.items')}</Tabs.Tab>
          <Tabs.Tab value="guests">{t('meeting.tabs.guests')}</Tabs.Tab>
        </Tabs.List>
        <Tabs.Panel value="before">
          <BeforePanel view={view} today={today} />
        </Tabs.Panel>
        <Tabs.Panel value="rollCall">
          <RollCallPanel view={view} />
        </Tabs.Panel>
        <Tabs.Panel value="items">
          <ItemsPanel view={view} />
        </Tabs.Panel>
        <Tabs.Panel value="guests">
          <GuestsPanel view={view} />
        </Tabs.Panel>
      </Tabs>
    </>
  )
}

export function MeetingAttendancePage() {
  const { id } = useParams()
  const query = useProcedure('attendance.get', { meetingId: Number(id) })
  const today = useToday()
  return (
    <QueryState query={query}>
      {(view) => (today ? <AttendanceView view={view} today={today} /> : null)}
    </QueryState>
  )
}
