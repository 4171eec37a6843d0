import { Button, Card, Group, List, Text } from '@mantine/core'
import { useTranslation } from 'react-i18next'
import type { AttendanceDto, DeputyProposalDto } from '../../../shared/api/attendance.ts'
import { showFailure, useAttendanceWrite } from './queries.ts'
import { say } from '../api.ts'

export function ProposalCard({
  view,
  proposal,
}: {
  view: AttendanceDto
  proposal: DeputyProposalDto
}) {
  const { t } = useTranslation('attendance')
  const serving = useAttendanceWrite('attendance.setServing')
  const call = (deputyPersonId: number, memberPersonId: number | null) =>
    serving.mutate(
      { meetingId: view.meetingId, deputyPersonId, memberPersonId },
      { onError: showFailure },
    )
  const best = proposal.candidates.find((candidate) => candidate.available)
  const locked = view.lockedReason !== null
  return (
    <Card withBorder padding="sm">
      <Text fw={600}>
        {t(proposal.memberStatus === 'absent' ? 'before.isAbsent' : 'before.hasApologies', {
          name: proposal.memberName,
          seat: proposal.seatLabel,
        })}
      </Text>
      {proposal.calledName ? (
        <Group mt={6} justify="space-between">
          <Text c="teal.8">{t('before.called', { name: proposal.calledName })}</Text>
          <Button
            size="xs"
            variant="subtle"
            color="gray"
            disabled={locked}
            onClick={() => call(proposal.calledPersonId!, null)}
          >
            {t('before.uncall')}
          </Button>
        </Group>
      ) : best ? (
        <Group mt={6} justify="space-between" wrap="nowrap">
          <Text>{t('before.proposal', { name: best.name, reason: say(best.reason) })}</Text>
          <Button
            size="xs"
            disabled={locked}
            loading={serving.isPending}
            onClick={() => call(best.personId, proposal.memberPersonId)}
          >
            {t('before.call', { name: best.name })}
          </Button>
        </Group>
      ) : (
        <Text mt={6} c="dimmed">
          {t('before.noCandidate')}
        </Text>
      )}
      {!proposal.calledName && proposal.candidates.length > 1 && (
        <details style={{ marginTop: 6 }}>
          <summary>
            <Text span size="sm" c="dimmed">
              {t('before.others')}
            </Text>
          </summary>
          <List size="sm" spacing={2} listStyleType="none" mt={4}>
            {proposal.candidates
              .filter((candidate) => candidate !== best)
              .map((candidate) => (
                <List.Item key={candidate.personId}>
                  <Group gap="xs">
                    <Text size="sm" c={candidate.available ? undefined : 'dimmed'}>
                      {candidate.name} – {say(candidate.reason)}
                      {candidate.unavailableReason ? ` (${say(candidate.unavailableReason)})` : ''}
                    </Text>
                    {candidate.available && (
                      <Button
                        size="compact-xs"
                        variant="subtle"
                        disabled={locked}
                        onClick={() => call(candidate.personId, proposal.memberPersonId)}
                      >
                        {t('before.callOther')}
                      </Button>
                    )}
                  </Group>
                </List.Item>
              ))}
          </List>
        </details>
      )}
    </Card>
  )
}
