import { Button, Group, Stack, Table, Text, TextInput, Title } from '@mantine/core'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import type {
  AttendanceDto,
  AttendanceStatus,
  AttendeeDto,
} from '../../../shared/api/attendance.ts'
import { ProposalCard } from './ProposalCard.tsx'
import { showFailure, useAttendanceWrite } from './queries.ts'
import { StatusBadge } from './StatusBadge.tsx'
import { UnansweredButton } from './UnansweredButton.tsx'
import { say } from '../api.ts'
import { datePlaceholder } from '../i18n/index.ts'

export function BeforePanel({ view, today }: { view: AttendanceDto; today: string }) {
  const { t } = useTranslation('attendance')
  const setStatus = useAttendanceWrite('attendance.setStatus')
  const [receivedOn, setReceivedOn] = useState(today)
  const locked = view.lockedReason !== null
  const reply = (person: AttendeeDto, status: AttendanceStatus | null) =>
    setStatus.mutate(
      {
        meetingId: view.meetingId,
        personId: person.personId!,
        status,
        repliedOn: status ? receivedOn : null,
      },
      { onError: showFailure },
    )
  const people = view.attendees.filter(
    (person) => person.group !== 'guest' && person.role !== 'secretary',
  )
  return (
    <Stack gap="lg">
      <section aria-labelledby="proposals-title">
        <Title order={2} size="h4" id="proposals-title" mb="xs">
          {t('before.proposalsTitle')}
        </Title>
        {view.proposals.length === 0 ? (
          <Text c="dimmed">{t('before.proposalsNone')}</Text>
        ) : (
          <Stack gap="xs">
            {view.proposals.map((proposal) => (
              <ProposalCard key={proposal.memberPersonId} view={view} proposal={proposal} />
            ))}
          </Stack>
        )}
      </section>
      <section aria-labelledby="replies-title">
        <Group justify="space-between" align="flex-end" mb="xs">
          <div>
            <Title order={2} size="h4" id="replies-title">
              {t('before.repliesTitle')}
            </Title>
            {view.replyBy && (
              <Text size="sm" c="dimmed">
                {t('before.repliesIntro', { date: view.replyBy })}
              </Text>
            )}
          </div>
          <Group align="flex-end">
            <TextInput
              label={t('before.receivedOn')}
              value={receivedOn}
              onChange={(event) => setReceivedOn(event.currentTarget.value)}
              w={130}
              placeholder={datePlaceholder()}
            />
            <UnansweredButton view={view} />
          </Group>
        </Group>
        <Table withTableBorder verticalSpacing={6} aria-label={t('before.repliesTitle')}>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('rollCall.name')}</Table.Th>
              <Table.Th>{t('rollCall.why')}</Table.Th>
              <Table.Th w={130}>{t('before.reply')}</Table.Th>
              <Table.Th w={110}>{t('before.receivedOn')}</Table.Th>
              <Table.Td />
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {people.map((person) => (
              <Table.Tr key={person.personId}>
                <Table.Td pl={person.group === 'deputy' ? 'xl' : undefined}>
                  <Text size="sm" fw={person.group === 'member' ? 600 : 400}>
                    {person.name}
                  </Text>
                </Table.Td>
                <Table.Td>
                  <Text size="sm" c="dimmed">
                    {person.explanation && say(person.explanation)}
                    {person.servingForName
                      ? ` · ${t('rollCall.calledFor', { name: person.servingForName })}`
                      : ''}
                  </Text>
                </Table.Td>
                <Table.Td>
                  <StatusBadge status={person.status} />
                </Table.Td>
                <Table.Td>
                  <Text size="sm">{person.repliedOn ?? ''}</Text>
                </Table.Td>
                <Table.Td>
                  <Group gap={4} justify="flex-end" wrap="nowrap">
                    <Button
                      size="compact-xs"
                      variant={person.status === 'attending' ? 'filled' : 'default'}
                      disabled={locked}
                      onClick={() => reply(person, 'attending')}
                      aria-label={`${t('before.markAttending')}: ${person.name}`}
                    >
                      {t('before.markAttending')}
                    </Button>
                    <Button
                      size="compact-xs"
                      color="orange"
                      variant={person.status === 'apologies' ? 'filled' : 'default'}
                      disabled={locked}
                      onClick={() => reply(person, 'apologies')}
                      aria-label={`${t('before.markApologies')}: ${person.name}`}
                    >
                      {t('before.markApologies')}
                    </Button>
                    {person.status && (
                      <Button
                        size="compact-xs"
                        variant="subtle"
                        color="gray"
                        disabled={locked}
                        onClick={() => reply(person, null)}
                        aria-label={`${t('before.clear')}: ${person.name}`}
                      >
                        ×
                      </Button>
                    )}
                  </Group>
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </section>
    </Stack>
  )
}
