import { Button, Group, Modal, Radio, Select, Stack, Text, TextInput } from '@mantine/core'
import { useForm } from '@mantine/form'
import { useTranslation } from 'react-i18next'
import { useNavigate } from 'react-router'
import type { MeetingDto, MeetingSummaryDto } from '../../../shared/api/meetings.ts'
import { addDays, isoWeekday } from '../../../shared/domain/dates.ts'
import { noticeDay } from '../../../shared/domain/yearPlan.ts'
import { errorMessage, fieldErrors } from '../api.ts'
import { useProcedure, useProcedureMutation } from '../components/procedures.ts'
import { datePlaceholder } from '../i18n/index.ts'

/** The next meeting's suggestion: same weekday, time and place as the body's latest, four weeks on. */
export function suggestNext(meetings: MeetingSummaryDto[], bodyId: number | null, today: string) {
  const latest = meetings.filter((meeting) => meeting.bodyId === bodyId).at(-1)
  const from = latest && latest.date > today ? latest.date : today
  let date = addDays(from, 28)
  if (latest) while (isoWeekday(date) !== isoWeekday(latest.date)) date = addDays(date, 1)
  return {
    date,
    startTime: latest?.startTime ?? '13:15',
    endTime: latest?.endTime ?? '15:00',
    place: latest?.place ?? '',
    noticeDate: noticeDay(date, 10),
    replyBy: noticeDay(date, 3),
  }
}

type Values = {
  bodyId: string | null
  date: string
  startTime: string
  endTime: string
  place: string
  noticeDate: string
  replyBy: string
  agenda: 'template' | 'previous' | 'empty'
}

export function NewMeetingForm({
  meetings,
  bodyId,
  today,
  onClose,
}: {
  meetings: MeetingSummaryDto[]
  bodyId: number | null
  today: string
  onClose: () => void
}) {
  const { t } = useTranslation('meetings')
  const { t: tc } = useTranslation()
  const bodies = useProcedure('register.listBodies', {})
  const create = useProcedureMutation('meetings.create')
  const navigate = useNavigate()
  const initialBody = bodyId ?? bodies.data?.find((body) => body.kind === 'council')?.id ?? null
  const form = useForm<Values>({
    initialValues: {
      bodyId: initialBody ? String(initialBody) : null,
      ...suggestNext(meetings, initialBody, today),
      agenda: 'template',
    },
  })
  const changeBody = (value: string | null) => {
    form.setValues({ bodyId: value, ...suggestNext(meetings, value ? Number(value) : null, today) })
  }
  const submit = form.onSubmit(async (values) => {
    try {
      const meeting = await create.mutateAsync({ ...values, bodyId: Number(values.bodyId) })
      onClose()
      void navigate(`/meetings/${meeting.id}`)
    } catch (error) {
      const errors = fieldErrors(error)
      form.setErrors(Object.keys(errors).length > 0 ? errors : { date: errorMessage(error) })
    }
  })
  return (
    <Modal opened onClose={onClose} title={t('form.newTitle')} size="lg">
      <form onSubmit={submit} noValidate>
        <Stack>
          <Select
            label={t('form.body')}
            required
            searchable
            allowDeselect={false}
            data={(bodies.data ?? []).map((body) => ({ value: String(body.id), label: body.name }))}
            {...form.getInputProps('bodyId')}
            onChange={changeBody}
          />
          <MeetingFields form={form} />
          <Text size="xs" c="dimmed">
            {t('form.nextSuggestion')}
          </Text>
          <Radio.Group label={t('form.agenda')} {...form.getInputProps('agenda')}>
            <Stack gap={6} mt={4}>
              <Radio value="template" label={t('form.agendaTemplate')} />
              <Radio value="previous" label={t('form.agendaPrevious')} />
              <Radio value="empty" label={t('form.agendaEmpty')} />
            </Stack>
          </Radio.Group>
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              {tc('actions.cancel')}
            </Button>
            <Button type="submit" loading={create.isPending}>
              {t('form.create')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  )
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any
function MeetingFields({ form }: { form: { getInputProps: (path: any) => any } }) {
  const { t } = useTranslation('meetings')
  return (
    <>
      <Group grow align="flex-start">
        <TextInput
          label={t('form.date')}
          placeholder={datePlaceholder()}
          required
          data-autofocus
          {...form.getInputProps('date')}
        />
        <TextInput
          label={t('form.startTime')}
          placeholder="TT:MM"
          required
          {...form.getInputProps('startTime')}
        />
        <TextInput
          label={t('form.endTime')}
          placeholder="TT:MM"
          required
          {...form.getInputProps('endTime')}
        />
      </Group>
      <TextInput label={t('form.place')} required {...form.getInputProps('place')} />
      <Group grow align="flex-start">
        <TextInput
          label={t('form.noticeDate')}
          placeholder={datePlaceholder()}
          {...form.getInputProps('noticeDate')}
        />
        <TextInput
          label={t('form.replyBy')}
          placeholder={datePlaceholder()}
          {...form.getInputProps('replyBy')}
        />
      </Group>
    </>
  )
}

export function EditMeetingForm({
  meeting,
  onClose,
}: {
  meeting: MeetingDto
  onClose: () => void
}) {
  const { t } = useTranslation('meetings')
  const { t: tc } = useTranslation()
  const update = useProcedureMutation('meetings.update')
  const form = useForm({
    initialValues: {
      date: meeting.date,
      startTime: meeting.startTime,
      endTime: meeting.endTime,
      place: meeting.place,
      noticeDate: meeting.noticeDate ?? '',
      replyBy: meeting.replyBy ?? '',
    },
  })
  const submit = form.onSubmit(async (values) => {
    try {
      await update.mutateAsync({ id: meeting.id, version: meeting.version, ...values })
      onClose()
    } catch (error) {
      const errors = fieldErrors(error)
      form.setErrors(Object.keys(errors).length > 0 ? errors : { date: errorMessage(error) })
    }
  })
  return (
    <Modal opened onClose={onClose} title={t('form.editTitle')} size="lg">
      <form onSubmit={submit} noValidate>
        <Stack>
          <MeetingFields form={form} />
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              {tc('actions.cancel')}
            </Button>
            <Button type="submit" loading={update.isPending}>
              {tc('actions.save')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  )
}
