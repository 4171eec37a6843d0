import { Button, Modal, Stack, Table, Text } from '@mantine/core'
import { notifications } from '@mantine/notifications'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { AttendanceDto } from '../../../shared/api/attendance.ts'

export function UnansweredButton({ view }: { view: AttendanceDto }) {
  const { t } = useTranslation('attendance')
  const [open, setOpen] = useState(false)
  const people = view.attendees.filter(
    (person) =>
      person.status === null &&
      (person.group === 'member' ||
        (person.group === 'deputy' && person.servingForPersonId !== null) ||
        (person.group === 'other' && person.role !== 'secretary')),
  )
  const emails = people
    .map((person) => person.email)
    .filter(Boolean)
    .join('; ')
  return (
    <>
      <Button variant="light" onClick={() => setOpen(true)}>
        {t('before.unanswered', { count: people.length })}
      </Button>
      <Modal
        opened={open}
        onClose={() => setOpen(false)}
        title={t('before.unansweredTitle')}
        size="lg"
      >
        {people.length === 0 ? (
          <Text>{t('before.unansweredNone')}</Text>
        ) : (
          <Stack>
            <Table aria-label={t('before.unansweredTitle')}>
              <Table.Tbody>
                {people.map((person) => (
                  <Table.Tr key={person.personId}>
                    <Table.Td fw={500}>{person.name}</Table.Td>
                    <Table.Td>{person.organisationName}</Table.Td>
                    <Table.Td>{person.email}</Table.Td>
                    <Table.Td>{person.phone}</Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
            <Button
              variant="default"
              disabled={!emails}
              onClick={() => {
                void navigator.clipboard?.writeText(emails)
                notifications.show({ color: 'teal', message: t('before.copied') })
              }}
            >
              {t('before.copyEmails')}
            </Button>
          </Stack>
        )}
      </Modal>
    </>
  )
}
