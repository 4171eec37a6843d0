import {
  Alert,
  Badge,
  Button,
  Group,
  Modal,
  Select,
  Stack,
  Table,
  Text,
  TextInput,
} from '@mantine/core'
import { useForm } from '@mantine/form'
import { useDebouncedValue } from '@mantine/hooks'
import { notifications } from '@mantine/notifications'
import { useTranslation } from 'react-i18next'
import type { MeetingSummaryDto } from '../../../shared/api/meetings.ts'
import { isoWeekday } from '../../../shared/domain/dates.ts'
import {
  HOLIDAY_POLICIES,
  describeRule,
  type HolidayPolicy,
} from '../../../shared/domain/yearPlan.ts'
import { errorMessage, fieldErrors } from '../api.ts'
import { useProcedure, useProcedureMutation } from '../components/procedures.ts'
import { NumberField, numberOf, numberRule } from '../components/NumberField.tsx'

const parseWeeks = (text: string): number[] | null => {
  const parts = text.split(/[,;\s]+/).filter(Boolean)
  if (parts.length === 0) return null
  const weeks = parts.map(Number)
  return weeks.every((week) => Number.isInteger(week) && week >= 1 && week <= 53) ? weeks : null
}
const TIME = /^([01]\d|2[0-3])[:.][0-5]\d$/

export function YearPlanForm({
  bodyId,
  today,
  meetings,
  onClose,
}: {
  bodyId: number | null
  today: string
  meetings: MeetingSummaryDto[]
  onClose: () => void
}) {
  const { t } = useTranslation('meetings')
  const { t: tc } = useTranslation()
  const bodies = useProcedure('register.listBodies', {})
  const create = useProcedureMutation('meetings.createYearPlan')
  const initialBody = bodyId ?? bodies.data?.find((body) => body.kind === 'council')?.id ?? null
  // The body's latest meeting gives the habits: weekday, times and place.
  const latest = meetings.filter((meeting) => meeting.bodyId === initialBody).at(-1)
  const form = useForm({
    initialValues: {
      bodyId: initialBody ? String(initialBody) : null,
      year: String(Number(today.slice(0, 4)) + 1),
      weekday: latest ? String(isoWeekday(latest.date)) : '2',
      weeks: '6, 12, 19, 38, 44, 50',
      startTime: latest?.startTime ?? '13:15',
      endTime: latest?.endTime ?? '15:00',
      place: latest?.place ?? '',
      noticeDaysBefore: '10',
      replyDaysBefore: '3',
      holidayPolicy: 'nextWorkday' as HolidayPolicy,
    },
    validate: {
      weeks: (value) => (parseWeeks(value) ? null : t('yearPlan.weeksInvalid')),
      year: numberRule('year', 'integer', { required: true }),
      noticeDaysBefore: numberRule('days', 'integer', { required: true }),
      replyDaysBefore: numberRule('days', 'integer', { required: true }),
    },
    validateInputOnBlur: true,
  })
  const values = form.values
  const weeks = parseWeeks(values.weeks)
  const year = numberOf(values.year, 'integer')
  const noticeDaysBefore = numberOf(values.noticeDaysBefore, 'integer')
  const replyDaysBefore = numberOf(values.replyDaysBefore, 'integer')
  const rule =
    weeks &&
    noticeDaysBefore !== null &&
    replyDaysBefore !== null &&
    TIME.test(values.startTime) &&
    TIME.test(values.endTime) &&
    values.place.trim()
      ? {
          weekday: Number(values.weekday),
          weeks,
          startTime: values.startTime.replace('.', ':'),
          endTime: values.endTime.replace('.', ':'),
          place: values.place.trim(),
          noticeDaysBefore,
          replyDaysBefore,
          holidayPolicy: values.holidayPolicy,
        }
      : null
  const [debounced] = useDebouncedValue(
    rule && values.bodyId && year !== null ? { bodyId: Number(values.bodyId), year, rule } : null,
    250,
  )
  const preview = useProcedure('meetings.previewYearPlan', debounced, {
    retry: false,
    staleTime: 0,
  })
  const submit = form.onSubmit(async () => {
    if (!rule || !values.bodyId || year === null) return
    try {
      const result = await create.mutateAsync({
        bodyId: Number(values.bodyId),
        year,
        rule,
      })
      notifications.show({
        color: 'teal',
        message: t('yearPlan.created', { count: result.created.length }),
      })
      onClose()
    } catch (error) {
      const errors = fieldErrors(error)
      form.setErrors(Object.keys(errors).length > 0 ? errors : { weeks: errorMessage(error) })
    }
  })
  const weekdayOptions = (t('weekday', { returnObjects: true }) as string[]).map(
    (label, index) => ({ value: String(index + 1), label }),
  )
  return (
    <Modal opened onClose={onClose} title={t('yearPlan.title')} size="xl">
      <form onSubmit={submit} noValidate>
        <Stack>
          <Group grow align="flex-start">
            <Select
              label={t('yearPlan.body')}
              required
              allowDeselect={false}
              searchable
              data={(bodies.data ?? []).map((body) => ({
                value: String(body.id),
                label: body.name,
              }))}
              {...form.getInputProps('bodyId')}
            />
            <NumberField
              kind="integer"
              label={t('yearPlan.year')}
              required
              {...form.getInputProps('year')}
            />
          </Group>
          <Group grow align="flex-start">
            <Select
              label={t('yearPlan.weekday')}
              allowDeselect={false}
              data={weekdayOptions}
              {...form.getInputProps('weekday')}
            />
            <TextInput
              label={t('yearPlan.weeks')}
              description={t('yearPlan.weeksHint')}
              required
              data-autofocus
              {...form.getInputProps('weeks')}
            />
          </Group>
          <Group grow align="flex-start">
            <TextInput
              label={t('yearPlan.startTime')}
              placeholder="TT:MM"
              required
              {...form.getInputProps('startTime')}
            />
            <TextInput
              label={t('yearPlan.endTime')}
              placeholder="TT:MM"
              required
              {...form.getInputProps('endTime')}
            />
            <TextInput label={t('yearPlan.place')} required {...form.getInputProps('place')} />
          </Group>
          <Group grow align="flex-start">
            <NumberField
              kind="integer"
              label={t('yearPlan.noticeDays')}
              {...form.getInputProps('noticeDaysBefore')}
            />
            <NumberField
              kind="integer"
              label={t('yearPlan.replyDays')}
              {...form.getInputProps('replyDaysBefore')}
            />
            <Select
              label={t('yearPlan.holidays')}
              allowDeselect={false}
              data={HOLIDAY_POLICIES.map((value) => ({
                value,
                label: t(
                  `yearPlan.holiday${value[0]!.toUpperCase()}${value.slice(1)}` as 'yearPlan.holidayKeep',
                ),
              }))}
              {...form.getInputProps('holidayPolicy')}
            />
          </Group>
          {rule && (
            <Alert variant="light" color="indigo" title={t('yearPlan.preview')}>
              <Text size="sm">
                {describeRule(rule).replace(/^./, (first) => first.toUpperCase())}
              </Text>
            </Alert>
          )}
          {preview.isError && <Alert color="red">{errorMessage(preview.error)}</Alert>}
          {preview.data && (
            <Table striped verticalSpacing={4} aria-label={t('yearPlan.preview')}>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>{t('yearPlan.week')}</Table.Th>
                  <Table.Th>{t('yearPlan.date')}</Table.Th>
                  <Table.Th>{t('yearPlan.notice')}</Table.Th>
                  <Table.Th>{t('yearPlan.reply')}</Table.Th>
                  <Table.Th>{t('yearPlan.note')}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {preview.data.rows.map((row) => (
                  <Table.Tr key={row.week}>
                    <Table.Td>{row.week}</Table.Td>
                    <Table.Td fw={600} td={row.date ? undefined : 'line-through'}>
                      {row.date ?? row.ruleDate}
                    </Table.Td>
                    <Table.Td>{row.noticeDate}</Table.Td>
                    <Table.Td>{row.replyBy}</Table.Td>
                    <Table.Td>
                      {row.holiday && (
                        <Badge color="orange" variant="light" size="sm">
                          {row.date === null
                            ? t('yearPlan.skipped', { holiday: row.holiday })
                            : row.date !== row.ruleDate
                              ? t('yearPlan.moved', { date: row.ruleDate, holiday: row.holiday })
                              : t('yearPlan.kept', { holiday: row.holiday })}
                        </Badge>
                      )}
                      {row.exists && (
                        <Badge color="gray" variant="light" size="sm">
                          {t('yearPlan.exists')}
                        </Badge>
                      )}
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          )}
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              {tc('actions.cancel')}
            </Button>
            <Button
              type="submit"
              loading={create.isPending}
              disabled={!preview.data || preview.data.createCount === 0}
            >
              {t('yearPlan.create', { count: preview.data?.createCount ?? 0 })}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  )
}
