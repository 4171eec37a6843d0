import { Badge, Group, Text } from '@mantine/core'
import { useTranslation } from 'react-i18next'
import type { ActionItemDto } from '../../../shared/api/minutes.ts'

export function ActionLine({ action }: { action: ActionItemDto }) {
  const { t } = useTranslation('minutes')
  return (
    <Group gap={6} wrap="nowrap" align="baseline">
      <Text size="sm" fw={500}>
        {action.description}
      </Text>
      <Text size="xs" c="dimmed">
        {action.owner} · {t('action.dueDate')} {action.dueDate} ·{' '}
        {t('action.decidedIn', { date: action.decidedDate, number: action.decidedParagraph })}
      </Text>
      <Badge
        size="xs"
        variant="light"
        color={action.overdue ? 'red' : action.status === 'done' ? 'teal' : 'gray'}
        style={{ flexShrink: 0, overflow: 'visible' }}
      >
        {action.overdue ? t('action.overdue') : t(`status.${action.status}`)}
      </Badge>
    </Group>
  )
}
