import { Alert, Button, Group, Modal, Select, Stack, Text, TextInput } from '@mantine/core'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { AttendanceDto, AttendeeDto } from '../../../shared/api/attendance.ts'
import { errorMessage, fieldErrors } from '../api.ts'
import { useAttendanceWrite } from './queries.ts'

export function RangeModal({
  view,
  person,
  onClose,
}: {
  view: AttendanceDto
  person: AttendeeDto
  onClose: () => void
}) {
  const { t } = useTranslation('attendance')
  const { t: tc } = useTranslation()
  const setRange = useAttendanceWrite('attendance.setRange')
  const setServing = useAttendanceWrite('attendance.setServing')
  const [from, setFrom] = useState<string | null>(
    person.fromItemId ? String(person.fromItemId) : null,
  )
  const [to, setTo] = useState<string | null>(person.toItemId ? String(person.toItemId) : null)
  const [note, setNote] = useState(person.note ?? '')
  const [servingFor, setServingFor] = useState<string | null>(
    person.servingForPersonId ? String(person.servingForPersonId) : null,
  )
  const [servingFrom, setServingFrom] = useState<string | null>(
    person.servingFromItemId ? String(person.servingFromItemId) : null,
  )
  const [servingTo, setServingTo] = useState<string | null>(
    person.servingToItemId ? String(person.servingToItemId) : null,
  )
  const [errors, setErrors] = useState<Record<string, string>>({})
  const items = view.items.map((item) => ({
    value: String(item.itemId),
    label: `${item.number}. ${item.title}`,
  }))
  const members = view.seats
    .filter((seat) => seat.holderPersonId !== null)
    .map((seat) => ({
      value: String(seat.holderPersonId),
      label: `${seat.holderName} (${seat.label})`,
    }))
  const present = person.status === 'present'
  const save = async () => {
    try {
      if (present)
        await setRange.mutateAsync({
          meetingId: view.meetingId,
          personId: person.personId!,
          fromItemId: from ? Number(from) : null,
          toItemId: to ? Number(to) : null,
          note,
        })
      if (person.group === 'deputy') {
        await setServing.mutateAsync({
          meetingId: view.meetingId,
          deputyPersonId: person.personId!,
          memberPersonId: servingFor ? Number(servingFor) : null,
          fromItemId: servingFrom ? Number(servingFrom) : null,
          toItemId: servingTo ? Number(servingTo) : null,
        })
      }
      onClose()
    } catch (error) {
      setErrors({ ...fieldErrors(error), form: errorMessage(error) })
    }
  }
  return (
    <Modal opened onClose={onClose} title={t('range.title', { name: person.name })} size="lg">
      <Stack>
        {!present && (
          <Text c="dimmed" size="sm">
            {t('range.notPresent')}
          </Text>
        )}
        <Group grow>
          <Select
            label={t('range.from')}
            data={items}
            value={from}
            onChange={setFrom}
            clearable
            placeholder={t('range.start')}
            disabled={!present}
            error={errors.fromItemId}
          />
          <Select
            label={t('range.to')}
            data={items}
            value={to}
            onChange={setTo}
            clearable
            placeholder={t('range.end')}
            disabled={!present}
            error={errors.toItemId}
          />
        </Group>
        <TextInput
          label={t('range.note')}
          value={note}
          onChange={(event) => setNote(event.currentTarget.value)}
          disabled={!present}
        />
        {person.group === 'deputy' && (
          <>
            <Select
              label={t('range.servingFor')}
              data={members}
              value={servingFor}
              onChange={setServingFor}
              clearable
              placeholder={t('range.nobody')}
            />
            <Group grow>
              <Select
                label={t('range.servingFrom')}
                data={items}
                value={servingFrom}
                onChange={setServingFrom}
                clearable
                placeholder={t('range.start')}
                disabled={!servingFor}
              />
              <Select
                label={t('range.servingTo')}
                data={items}
                value={servingTo}
                onChange={setServingTo}
                clearable
                placeholder={t('range.end')}
                disabled={!servingFor}
              />
            </Group>
          </>
        )}
        {errors.form && (
          <Alert color="red" role="alert">
            {errors.form}
          </Alert>
        )}
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            {tc('actions.cancel')}
          </Button>
          <Button onClick={() => void save()} loading={setRange.isPending || setServing.isPending}>
            {tc('actions.save')}
          </Button>
        </Group>
      </Stack>
    </Modal>
  )
}
