import { Badge, Group, Paper, Text } from '@mantine/core'
import { useTranslation } from 'react-i18next'
import type { AttendanceDto } from '../../../shared/api/attendance.ts'
import { say } from '../api.ts'

/** The live quorum line, read out by screen readers when it changes. */
export function QuorumPanel({ view }: { view: AttendanceDto }) {
  const { t } = useTranslation('attendance')
  const forecast = {
    quorate: 'quorum.expectedQuorate',
    notQuorate: 'quorum.expectedNot',
    unknown: 'quorum.expectedUnknown',
  } as const
  const label = view.rollCallStarted
    ? view.quorateNow
      ? t('quorum.quorate')
      : t('quorum.notQuorate')
    : t(forecast[view.forecast])
  const noAnswers =
    !view.rollCallStarted && view.expectedFilled === 0 && view.forecast === 'unknown'
  // Apologies alone do not tell whether enough will come; saying "nobody has answered" would be false.
  const text = noAnswers
    ? view.counts.apologies > 0
      ? t('quorum.onlyApologies', { count: view.counts.apologies })
      : t('quorum.noAnswers')
    : t(view.rollCallStarted ? 'quorum.now' : 'quorum.expected', {
        filled: view.filledNow,
        seats: view.seatCount,
        required: view.required,
      })
  const color = view.rollCallStarted
    ? view.quorateNow
      ? 'teal'
      : 'red'
    : { quorate: 'teal', notQuorate: 'red', unknown: 'gray' }[view.forecast]
  const flagged = view.items.filter((item) => item.flagged).length
  return (
    <Paper
      withBorder
      p="sm"
      mb="md"
      bg={`${color}.0`}
      style={{ position: 'sticky', top: 60, zIndex: 5 }}
    >
      <Group justify="space-between" wrap="nowrap">
        <div role="status" aria-live="polite" aria-atomic="true" data-testid="quorum">
          <Group gap="sm">
            <Badge size="lg" color={color}>
              {label}
            </Badge>
            <Text fw={600}>{text}</Text>
            {flagged > 0 && (
              <Badge color="red" variant="outline">
                {t('items.flagged')}: {flagged}
              </Badge>
            )}
          </Group>
        </div>
        <Text size="sm" c="dimmed" maw={420}>
          {say(view.rule.description)}
        </Text>
      </Group>
    </Paper>
  )
}
