import { Alert, Button, Card, Group, SimpleGrid, Stack, Text } from '@mantine/core'
import { notifications } from '@mantine/notifications'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { Link, useNavigate, useParams } from 'react-router'
import type { MeetingDto } from '../../../shared/api/meetings.ts'
import { stepResult } from '../../../shared/domain/meetingCycle.ts'
import { formatLongDate, timeRange } from '../../../shared/domain/format.ts'
import { errorMessage } from '../api.ts'
import { PageHeader } from '../components/PageHeader.tsx'
import { QueryState } from '../components/QueryState.tsx'
import { useSaveDocument } from '../components/useSaveDocument.tsx'
import { AgendaEditor } from './AgendaEditor.tsx'
import { StatusBadge } from './common.tsx'
import { useConfirm } from '../components/useConfirm.tsx'
import { EditMeetingForm } from './MeetingForm.tsx'
import { useProcedure, useProcedureMutation, useToday } from '../components/procedures.ts'
import { uiLanguage } from '../i18n/index.ts'

type Step = 'markCalled' | 'markHeld' | 'cancel' | 'stepBack'
const DOMAIN_STEP = {
  markCalled: 'call',
  markHeld: 'hold',
  cancel: 'cancel',
  stepBack: 'stepBack',
} as const

function Fact({ label, value }: { label: string; value: string | null }) {
  return (
    <div>
      <Text size="xs" c="dimmed" tt="uppercase" fw={700}>
        {label}
      </Text>
      <Text>{value ?? '–'}</Text>
    </div>
  )
}

function MeetingView({ meeting }: { meeting: MeetingDto }) {
  const { t } = useTranslation('meetings')
  const { t: tc } = useTranslation()
  const navigate = useNavigate()
  const docx = useSaveDocument('exports.noticeDocx')
  const ics = useSaveDocument('exports.noticeIcs')
  const steps = {
    markCalled: useProcedureMutation('meetings.markCalled'),
    markHeld: useProcedureMutation('meetings.markHeld'),
    cancel: useProcedureMutation('meetings.cancel'),
    stepBack: useProcedureMutation('meetings.stepBack'),
  }
  const stepPending = Object.values(steps).some((mutation) => mutation.isPending)
  const remove = useProcedureMutation('meetings.delete')
  const [dialog, setDialog] = useState<'edit' | null>(null)
  const askToConfirm = useConfirm()
  const cancelMeeting = async () => {
    const confirmed = await askToConfirm({
      title: t('meeting.cancelConfirm', { date: meeting.date }),
      message: t('meeting.cancelConfirmText'),
      confirmLabel: t('meeting.cancel'),
      danger: true,
    })
    if (confirmed) take('cancel')
  }
  const askDelete = async () => {
    const confirmed = await askToConfirm({
      title: t('meeting.deleteConfirm', { date: meeting.date }),
      confirmLabel: tc('actions.delete'),
      danger: true,
    })
    if (confirmed) deleteMeeting()
  }
  const today = useToday()
  const [offerCall, setOfferCall] = useState(false)
  const possible = (step: Step) =>
    stepResult(meeting.status, DOMAIN_STEP[step]).ok &&
    (step !== 'markHeld' || (today !== null && meeting.date <= today))
  const take = (step: Step) =>
    steps[step].mutate(
      { id: meeting.id, version: meeting.version },
      {
        onSuccess: (changed) => {
          setDialog(null)
          setOfferCall(false)
          notifications.show({
            color: 'teal',
            message: t('meeting.statusChanged', { status: t(`status.${changed.status}`) }),
          })
        },
        onError: (error) => notifications.show({ color: 'red', message: errorMessage(error) }),
      },
    )
  const back = stepResult(meeting.status, 'stepBack')
  const deleteMeeting = () =>
    remove.mutate(
      { id: meeting.id, version: meeting.version },
      {
        onSuccess: () => {
          notifications.show({ color: 'teal', message: t('meeting.deleted') })
          void navigate(`/meetings?body=${meeting.bodyId}`)
        },
        onError: (error) => notifications.show({ color: 'red', message: errorMessage(error) }),
      },
    )
  return (
    <>
      <PageHeader
        title={t('meeting.title', { body: meeting.bodyName, date: meeting.date })}
        intro={t('meeting.intro', {
          date: formatLongDate(meeting.date, uiLanguage()),
          time: timeRange(meeting.startTime, meeting.endTime),
          place: meeting.place,
        })}
        actions={
          <>
            <Button
              variant="default"
              loading={ics.isPending}
              onClick={() => ics.mutate({ meetingId: meeting.id })}
            >
              {t('meeting.exportIcs')}
            </Button>
            <Button
              loading={docx.isPending}
              onClick={() =>
                docx.mutate(
                  { meetingId: meeting.id },
                  { onSuccess: (saved) => setOfferCall(saved.saved && possible('markCalled')) },
                )
              }
            >
              {t('meeting.exportNotice')}
            </Button>
          </>
        }
      />
      <Stack gap="lg">
        {meeting.holiday && (
          <Alert color="orange" variant="light">
            {t('meeting.holidayWarning', { name: meeting.holiday })}
          </Alert>
        )}
        <Card withBorder>
          <SimpleGrid cols={{ base: 2, md: 5 }}>
            <div>
              <Text size="xs" c="dimmed" tt="uppercase" fw={700}>
                {t('overview.status')}
              </Text>
              <StatusBadge status={meeting.status} />
            </div>
            <Fact label={t('meeting.noticeDate')} value={meeting.noticeDate} />
            <Fact label={t('meeting.replyBy')} value={meeting.replyBy} />
            <Fact label={t('meeting.secretary')} value={meeting.secretaryName} />
            <Fact
              label={t('overview.next')}
              value={
                meeting.next.step === 'done'
                  ? t('nextStep.done')
                  : t(`nextStep.${meeting.next.step}`)
              }
            />
          </SimpleGrid>
          {offerCall && (
            <Alert mt="md" color="blue" variant="light" role="status">
              <Group justify="space-between">
                <Text size="sm">{t('meeting.noticeCalledAsk')}</Text>
                <Button size="compact-sm" onClick={() => take('markCalled')}>
                  {t('meeting.noticeCalledYes')}
                </Button>
              </Group>
            </Alert>
          )}
          <Group mt="md" gap="xs">
            {possible('markCalled') && (
              <Button variant="light" loading={stepPending} onClick={() => take('markCalled')}>
                {t('meeting.markNoticeSent')}
              </Button>
            )}
            {possible('markHeld') && (
              <Button variant="light" loading={stepPending} onClick={() => take('markHeld')}>
                {t('meeting.markHeld')}
              </Button>
            )}
            {(meeting.status === 'held' || meeting.status === 'minutesBegun') && (
              <Button component={Link} to={`/meetings/${meeting.id}/minutes`} variant="light">
                {t(meeting.status === 'held' ? 'meeting.writeMinutes' : 'nextStep.adjustMinutes')}
              </Button>
            )}
            {back.ok && (
              <Button variant="subtle" color="gray" onClick={() => take('stepBack')}>
                {t('meeting.back1', { status: t(`status.${back.to}`).toLowerCase() })}
              </Button>
            )}
            <Button
              variant="default"
              onClick={() => setDialog('edit')}
              disabled={meeting.status === 'minutesAdjusted'}
            >
              {t('meeting.edit')}
            </Button>
            {possible('cancel') && (
              <Button variant="subtle" color="red" onClick={() => void cancelMeeting()}>
                {t('meeting.cancel')}
              </Button>
            )}
            {(meeting.status === 'planned' || meeting.status === 'noticeSent') && (
              <Button variant="subtle" color="red" onClick={() => void askDelete()}>
                {t('meeting.delete')}
              </Button>
            )}
          </Group>
        </Card>
        <AgendaEditor meeting={meeting} />
      </Stack>
      {dialog === 'edit' && <EditMeetingForm meeting={meeting} onClose={() => setDialog(null)} />}
    </>
  )
}

export function MeetingPage() {
  const id = Number(useParams().id)
  const query = useProcedure('meetings.get', { id })
  return <QueryState query={query}>{(meeting) => <MeetingView meeting={meeting} />}</QueryState>
}
