import { Badge, Button, Group, Table, Text } from '@mantine/core'
import type { KeyboardEvent, Ref } from 'react'
import { useTranslation } from 'react-i18next'
import type { AttendanceStatus, AttendeeDto } from '../../../shared/api/attendance.ts'
import { STATUS_COLOR, StatusBadge } from './StatusBadge.tsx'
import { say } from '../api.ts'

const MARKS: { status: AttendanceStatus; key: string }[] = [
  { status: 'present', key: 'N' },
  { status: 'absent', key: 'F' },
  { status: 'apologies', key: 'H' },
]

/**
 * One person on the roll call. The row is one tab stop (roving: only the active row has tabindex 0),
 * and from it Tab reaches its "Ändra" button; the mark buttons are for the mouse, the keys do the same.
 */
export function RollCallRow({
  person,
  active,
  groupStart,
  marksLocked,
  editLocked,
  rowRef,
  onFocus,
  onKeyDown,
  onMark,
  onEdit,
}: {
  person: AttendeeDto
  active: boolean
  /** The first row of a group (members, deputies, others): a line above it. */
  groupStart: boolean
  marksLocked: boolean
  editLocked: boolean
  rowRef: Ref<HTMLTableRowElement>
  onFocus: () => void
  onKeyDown: (event: KeyboardEvent<HTMLTableRowElement>) => void
  onMark: (status: AttendanceStatus) => void
  onEdit: () => void
}) {
  const { t } = useTranslation('attendance')
  const deputy = person.group === 'deputy'
  return (
    <Table.Tr
      ref={rowRef}
      tabIndex={active ? 0 : -1}
      onFocus={onFocus}
      onKeyDown={onKeyDown}
      aria-label={`${person.name}, ${person.explanation ? say(person.explanation) : ''}: ${person.status ? t(`status.${person.status}`) : t('status.unmarked')}`}
      aria-keyshortcuts="N F H T Shift+N Enter"
      data-active={active || undefined}
      style={{
        outline: active ? '2px solid var(--mantine-color-indigo-5)' : undefined,
        outlineOffset: -2,
        borderTop: groupStart ? '2px solid var(--mantine-color-gray-4)' : undefined,
        background: deputy ? 'var(--mantine-color-gray-0)' : undefined,
      }}
    >
      <Table.Td pl={deputy ? 'xl' : undefined}>
        <Text size="sm" fw={person.group === 'member' ? 600 : 400}>
          {deputy ? '↳ ' : ''}
          {person.name}
        </Text>
        {person.organisationName && person.group !== 'member' && (
          <Text size="xs" c="dimmed">
            {person.organisationName}
          </Text>
        )}
      </Table.Td>
      <Table.Td>
        <Text size="sm" c="dimmed">
          {person.explanation && say(person.explanation)}
        </Text>
      </Table.Td>
      <Table.Td>
        <Group gap={4} wrap="nowrap">
          {MARKS.map(({ status, key }) => (
            <Button
              key={status}
              size="compact-sm"
              tabIndex={-1}
              color={STATUS_COLOR[status]}
              variant={person.status === status ? 'filled' : 'default'}
              aria-pressed={person.status === status}
              aria-label={`${t(`status.${status}`)}: ${person.name}`}
              disabled={marksLocked}
              onClick={() => onMark(status)}
            >
              {key}
            </Button>
          ))}
        </Group>
      </Table.Td>
      <Table.Td>
        <Group gap={6}>
          {person.status && person.status !== 'present' && <StatusBadge status={person.status} />}
          {person.servingForName && (
            <Text size="sm" fw={600} c="grape.8">
              {person.status === 'present'
                ? t('rollCall.serving', { name: person.servingForName })
                : t('rollCall.calledFor', { name: person.servingForName })}
            </Text>
          )}
          {person.rangeText && <Badge variant="outline">{say(person.rangeText)}</Badge>}
          {person.note && (
            <Text size="xs" c="dimmed">
              {person.note}
            </Text>
          )}
        </Group>
      </Table.Td>
      <Table.Td>
        <Button
          size="compact-xs"
          variant="subtle"
          tabIndex={active ? 0 : -1}
          disabled={editLocked}
          onClick={onEdit}
          aria-label={`${t('rollCall.change')}: ${person.name}`}
        >
          {t('rollCall.change')}
        </Button>
      </Table.Td>
    </Table.Tr>
  )
}
