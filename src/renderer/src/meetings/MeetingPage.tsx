import { Alert, Anchor, Button, Card, Group, SimpleGrid, Stack, Text } from '@mantine/core'
import { notifications } from '@mantine/notifications'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { Link, useNavigate, useParams } from 'react-router'
import type { MeetingDto } from '../../../shared/api/meetings.ts'
import { MEETING_STATUSES, type MeetingStatus } from '../../../shared/domain/meetings.ts'
import { formatLongDate, timeRange } from '../../../shared/domain/format.ts'
import { errorMessage } from '../api.ts'
import { PageHeader } from '../components/PageHeader.tsx'
import { QueryState } from '../components/QueryState.tsx'
import { useSaveDocument } from '../components/useSaveDocument.tsx'
import { AgendaEditor } from './AgendaEditor.tsx'
import { ConfirmModal, StatusBadge } from './common.tsx'
import { EditMeetingForm } from './MeetingForm.tsx'
import { useProcedure, useProcedureMutation } from '../components/procedures.ts'

const FORWARD_LABEL: Partial<
  Record<MeetingStatus, 'meeting.markNoticeSent' | 'meeting.markHeld' | 'meeting.markAdjusted'>
> = {
  planned: 'meeting.markNoticeSent',
  noticeSent: 'meeting.markHeld',
  held: 'meeting.markAdjusted',
}

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
  const setStatus = useProcedureMutation('meetings.setStatus')
  const remove = useProcedureMutation('meetings.delete')
  const [dialog, setDialog] = useState<'edit' | 'delete' | null>(null)
  const index = MEETING_STATUSES.indexOf(meeting.status)
  const forward = MEETING_STATUSES[index + 1]
  const backward = MEETING_STATUSES[index - 1]
  const changeStatus = (status: MeetingStatus) =>
    setStatus.mutate(
      { id: meeting.id, version: meeting.version, status },
      {
        onSuccess: () =>
          notifications.show({
            color: 'teal',
            message: t('meeting.statusChanged', { status: t(`status.${status}`) }),
          }),
        onError: (error) => notifications.show({ color: 'red', message: errorMessage(error) }),
      },
    )
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
      <Group justify="space-between">
        <Anchor component={Link} to={`/meetings?body=${meeting.bodyId}`} size="sm">
          ← {t('meeting.back')}
        </Anchor>
        <Group gap="md">
          <Anchor component={Link} to={`/meetings/${meeting.id}/attendance`} size="sm" fw={600}>
            {t('meeting.attendanceLink')}
          </Anchor>
          <Anchor component={Link} to={`/meetings/${meeting.id}/minutes`} size="sm" fw={600}>
            {t('meeting.minutesLink')}
          </Anchor>
          {meeting.previousMeetingId && (
            <Anchor component={Link} to={`/meetings/${meeting.previousMeetingId}`} size="sm">
              {t('meeting.previous')}
            </Anchor>
          )}
          {meeting.nextMeetingId && (
            <Anchor component={Link} to={`/meetings/${meeting.nextMeetingId}`} size="sm">
              {t('meeting.nextMeeting')}
            </Anchor>
          )}
        </Group>
      </Group>
      <PageHeader
        title={t('meeting.title', { body: meeting.bodyName, date: meeting.date })}
        intro={`${formatLongDate(meeting.date)} · kl. ${timeRange(meeting.startTime, meeting.endTime)} · ${meeting.place}`}
        actions={
          <>
            <Button
              variant="default"
              loading={ics.isPending}
              onClick={() => ics.mutate({ meetingId: meeting.id })}
            >
              {t('meeting.exportIcs')}
            </Button>
            <Button loading={docx.isPending} onClick={() => docx.mutate({ meetingId: meeting.id })}>
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
          <Group mt="md" gap="xs">
            {forward && FORWARD_LABEL[meeting.status] && (
              <Button
                variant="light"
                loading={setStatus.isPending}
                onClick={() => changeStatus(forward)}
              >
                {t(FORWARD_LABEL[meeting.status]!)}
              </Button>
            )}
            {backward && (
              <Button variant="subtle" color="gray" onClick={() => changeStatus(backward)}>
                {t('meeting.back1', { status: t(`status.${backward}`).toLowerCase() })}
              </Button>
            )}
            <Button
              variant="default"
              onClick={() => setDialog('edit')}
              disabled={meeting.status === 'minutesAdjusted'}
            >
              {t('meeting.edit')}
            </Button>
            {(meeting.status === 'planned' || meeting.status === 'noticeSent') && (
              <Button variant="subtle" color="red" onClick={() => setDialog('delete')}>
                {t('meeting.delete')}
              </Button>
            )}
          </Group>
        </Card>
        <AgendaEditor meeting={meeting} />
      </Stack>
      {dialog === 'edit' && <EditMeetingForm meeting={meeting} onClose={() => setDialog(null)} />}
      {dialog === 'delete' && (
        <ConfirmModal
          message={t('meeting.deleteConfirm', { date: meeting.date })}
          confirmLabel={tc('actions.delete')}
          pending={remove.isPending}
          onConfirm={deleteMeeting}
          onClose={() => setDialog(null)}
        />
      )}
    </>
  )
}

export function MeetingPage() {
  const id = Number(useParams().id)
  const query = useProcedure('meetings.get', { id })
  return <QueryState query={query}>{(meeting) => <MeetingView meeting={meeting} />}</QueryState>
}
