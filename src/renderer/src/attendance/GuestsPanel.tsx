import { Button, Group, Stack, Table, Text, TextInput } from '@mantine/core'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { AttendanceDto } from '../../../shared/api/attendance.ts'
import { errorMessage, fieldErrors } from '../api.ts'
import { showFailure, useAttendanceWrite } from './queries.ts'

export function GuestsPanel({ view }: { view: AttendanceDto }) {
  const { t } = useTranslation('attendance')
  const add = useAttendanceWrite('attendance.addGuest')
  const remove = useAttendanceWrite('attendance.removeGuest')
  const [name, setName] = useState('')
  const [organisation, setOrganisation] = useState('')
  const [errors, setErrors] = useState<Record<string, string>>({})
  const guests = view.attendees.filter((person) => person.group === 'guest')
  const locked = view.lockedReason !== null
  return (
    <Stack>
      <Text c="dimmed" size="sm">
        {t('guests.intro')}
      </Text>
      {guests.length === 0 ? (
        <Text c="dimmed">{t('guests.none')}</Text>
      ) : (
        <Table withTableBorder aria-label={t('guests.title')}>
          <Table.Tbody>
            {guests.map((guest) => (
              <Table.Tr key={guest.guestId}>
                <Table.Td fw={500}>{guest.name}</Table.Td>
                <Table.Td>{guest.organisationName}</Table.Td>
                <Table.Td>{guest.note}</Table.Td>
                <Table.Td w={60}>
                  <Button
                    size="compact-xs"
                    variant="subtle"
                    color="red"
                    disabled={locked}
                    aria-label={t('guests.remove', { name: guest.name })}
                    onClick={() =>
                      remove.mutate(
                        { meetingId: view.meetingId, guestId: guest.guestId! },
                        { onError: showFailure },
                      )
                    }
                  >
                    ×
                  </Button>
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
      <form
        onSubmit={(event) => {
          event.preventDefault()
          add.mutate(
            { meetingId: view.meetingId, name, organisation },
            {
              onSuccess: () => {
                setName('')
                setOrganisation('')
                setErrors({})
              },
              onError: (error) => setErrors({ ...fieldErrors(error), form: errorMessage(error) }),
            },
          )
        }}
      >
        <Group align="flex-end">
          <TextInput
            label={t('guests.name')}
            value={name}
            onChange={(event) => setName(event.currentTarget.value)}
            error={errors.name}
            disabled={locked}
          />
          <TextInput
            label={t('guests.organisation')}
            value={organisation}
            onChange={(event) => setOrganisation(event.currentTarget.value)}
            disabled={locked}
          />
          <Button type="submit" disabled={locked} loading={add.isPending}>
            {t('guests.add')}
          </Button>
        </Group>
        {errors.form && !errors.name && (
          <Text c="red" size="sm" mt={4}>
            {errors.form}
          </Text>
        )}
      </form>
    </Stack>
  )
}
