import { Alert, Button, Group, Kbd, Text } from '@mantine/core'
import { useTranslation } from 'react-i18next'
import type {
  AttendanceDto,
  DeputyCandidateDto,
  DeputyProposalDto,
} from '../../../shared/api/attendance.ts'
import { say } from '../api.ts'

export interface Offer {
  proposal: DeputyProposalDto
  deputy: DeputyCandidateDto
  /** The deputy is already marked present (otherwise accepting marks them present too). */
  deputyPresent: boolean
}

/**
 * The deputy to offer when the member is away at the roll call: a deputy already marked present
 * comes first, then the proposal order; none when one is already called or none is free.
 */
export function offerFor(view: AttendanceDto, memberPersonId: number | null): Offer | null {
  const proposal = view.proposals.find((row) => row.memberPersonId === memberPersonId)
  if (!proposal || proposal.calledPersonId !== null) return null
  const statusOf = (personId: number) =>
    view.attendees.find((person) => person.personId === personId)?.status ?? null
  const free = proposal.candidates.filter((candidate) => candidate.available)
  const deputy = free.find((candidate) => statusOf(candidate.personId) === 'present') ?? free[0]
  if (!deputy) return null
  return { proposal, deputy, deputyPresent: statusOf(deputy.personId) === 'present' }
}

/** The offer under the key hint, read out when it appears; T (or the button) accepts it. */
export function DeputyOffer({
  offer,
  busy,
  onAccept,
  onDismiss,
}: {
  offer: Offer
  busy: boolean
  onAccept: () => void
  onDismiss: () => void
}) {
  const { t } = useTranslation('attendance')
  const { proposal, deputy } = offer
  return (
    <Alert color="grape" variant="light" p="xs" role="status" aria-live="polite">
      <Group justify="space-between" wrap="nowrap">
        <Text size="sm">
          {t(proposal.memberStatus === 'absent' ? 'before.isAbsent' : 'before.hasApologies', {
            name: proposal.memberName,
            seat: proposal.seatLabel,
          })}{' '}
          {t(offer.deputyPresent ? 'rollCall.offerPresent' : 'rollCall.offerMark', {
            name: deputy.name,
            reason: say(deputy.reason),
          })}
        </Text>
        <Group gap="xs" wrap="nowrap">
          <Button
            size="compact-sm"
            color="grape"
            loading={busy}
            onClick={onAccept}
            aria-keyshortcuts="T"
            rightSection={<Kbd size="xs">T</Kbd>}
          >
            {t('rollCall.offerAccept', { name: deputy.name })}
          </Button>
          <Button size="compact-sm" variant="subtle" color="gray" onClick={onDismiss}>
            {t('rollCall.offerDismiss')}
          </Button>
        </Group>
      </Group>
    </Alert>
  )
}
