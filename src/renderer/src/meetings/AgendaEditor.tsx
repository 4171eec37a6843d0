import {
  closestCenter,
  DndContext,
  KeyboardSensor,
  PointerSensor,
  useSensor,
  useSensors,
  type DragEndEvent,
} from '@dnd-kit/core'
import {
  arrayMove,
  SortableContext,
  sortableKeyboardCoordinates,
  useSortable,
  verticalListSortingStrategy,
} from '@dnd-kit/sortable'
import { CSS } from '@dnd-kit/utilities'
import {
  ActionIcon,
  Alert,
  Badge,
  Box,
  Button,
  Group,
  Paper,
  Stack,
  Text,
  Title,
  Tooltip,
  VisuallyHidden,
} from '@mantine/core'
import { notifications } from '@mantine/notifications'
import { useEffect, useRef, useState, type KeyboardEvent } from 'react'
import { useTranslation } from 'react-i18next'
import type { AgendaItemDto, MeetingDto } from '../../../shared/api/meetings.ts'
import { errorMessage } from '../api.ts'
import { ConfirmModal, icons } from './common.tsx'
import { ItemForm } from './ItemForm.tsx'
import { useReorderItems } from './queries.ts'
import { useProcedure, useProcedureMutation } from '../components/procedures.ts'
import type { ActionItemDto } from '../../../shared/api/minutes.ts'

const KIND_COLOR = { information: 'gray', discussion: 'grape', decision: 'orange' } as const
const COLUMNS = '28px 36px 52px 1fr 220px 48px 150px'

interface RowProps {
  item: AgendaItemDto
  /** Open actions from earlier meetings, shown under the follow-up item. */
  followUp: ActionItemDto[]
  index: number
  count: number
  locked: boolean
  onMove: (item: AgendaItemDto, to: number) => void
  onEdit: (item: AgendaItemDto) => void
  onDuplicate: (item: AgendaItemDto) => void
  onRemove: (item: AgendaItemDto) => void
  rowRef: (element: HTMLDivElement | null) => void
}

function AgendaRow({
  item,
  followUp,
  index,
  count,
  locked,
  onMove,
  onEdit,
  onDuplicate,
  onRemove,
  rowRef,
}: RowProps) {
  const { t } = useTranslation('meetings')
  const {
    attributes,
    listeners,
    setNodeRef,
    setActivatorNodeRef,
    transform,
    transition,
    isDragging,
  } = useSortable({ id: item.id, disabled: locked })
  const keys = (event: KeyboardEvent<HTMLDivElement>) => {
    if (event.target !== event.currentTarget || locked) return
    if (event.altKey && event.key === 'ArrowUp' && index > 0) {
      event.preventDefault()
      onMove(item, index - 1)
    } else if (event.altKey && event.key === 'ArrowDown' && index < count - 1) {
      event.preventDefault()
      onMove(item, index + 1)
    } else if (event.key === 'Enter') {
      event.preventDefault()
      onEdit(item)
    }
  }
  return (
    <Box
      ref={(element: HTMLDivElement | null) => {
        setNodeRef(element)
        rowRef(element)
      }}
      role="listitem"
      tabIndex={0}
      aria-label={`${item.number}. ${item.title}`}
      onKeyDown={keys}
      data-item-id={item.id}
      style={{
        transform: CSS.Transform.toString(transform),
        transition,
        display: 'grid',
        gridTemplateColumns: COLUMNS,
        gap: 8,
        alignItems: 'start',
        padding: '8px 6px',
        borderBottom: '1px solid var(--mantine-color-gray-3)',
        background: isDragging ? 'var(--mantine-color-indigo-0)' : undefined,
        position: 'relative',
        zIndex: isDragging ? 2 : undefined,
      }}
      className="agenda-row"
    >
      <ActionIcon
        ref={setActivatorNodeRef}
        variant="subtle"
        color="gray"
        size="sm"
        aria-label={t('agenda.drag', { title: item.title })}
        disabled={locked}
        style={{ cursor: locked ? undefined : 'grab' }}
        {...attributes}
        {...listeners}
      >
        {icons.drag}
      </ActionIcon>
      <Text fw={700} ta="right">
        {item.number}.
      </Text>
      <Text size="sm" c="dimmed" style={{ fontVariantNumeric: 'tabular-nums' }}>
        {item.startTime}
      </Text>
      <Stack gap={2}>
        <Group gap={6}>
          <Text fw={600}>{item.title}</Text>
          <Badge size="xs" variant="light" color={KIND_COLOR[item.kind]}>
            {t(`kind.${item.kind}`)}
          </Badge>
          {item.recurring && !item.standingKey && (
            <Badge size="xs" variant="outline" color="gray">
              {t('agenda.recurring')}
            </Badge>
          )}
        </Group>
        {item.description && (
          <Text size="sm" c="dimmed" style={{ whiteSpace: 'pre-line' }}>
            {item.description}
          </Text>
        )}
        {item.standingKey === 'actionFollowUp' && followUp.length > 0 && (
          // Plain lines, not a nested list: the agenda's own items stay the only list items in it.
          <Stack gap={0} aria-label={t('agenda.followUp')}>
            {followUp.map((action) => (
              <Text size="sm" key={action.id}>
                {'– '}
                {t('agenda.followUpLine', {
                  description: action.description,
                  owner: action.owner,
                  due: action.dueDate,
                })}
                {action.overdue && (
                  <Text span c="red.8" size="sm">
                    {' '}
                    – {t('agenda.overdue')}
                  </Text>
                )}
              </Text>
            ))}
          </Stack>
        )}
      </Stack>
      <Text size="sm">{item.presenter}</Text>
      <Text size="sm" ta="right">
        {item.plannedMinutes}
      </Text>
      <Group gap={2} wrap="nowrap" justify="flex-end">
        <Tooltip label={t('agenda.moveUp', { title: item.title })}>
          <ActionIcon
            variant="subtle"
            size="sm"
            aria-label={t('agenda.moveUp', { title: item.title })}
            disabled={locked || index === 0}
            onClick={() => onMove(item, index - 1)}
          >
            {icons.up}
          </ActionIcon>
        </Tooltip>
        <Tooltip label={t('agenda.moveDown', { title: item.title })}>
          <ActionIcon
            variant="subtle"
            size="sm"
            aria-label={t('agenda.moveDown', { title: item.title })}
            disabled={locked || index === count - 1}
            onClick={() => onMove(item, index + 1)}
          >
            {icons.down}
          </ActionIcon>
        </Tooltip>
        <Tooltip label={t('agenda.editItem', { title: item.title })}>
          <ActionIcon
            variant="subtle"
            size="sm"
            aria-label={t('agenda.editItem', { title: item.title })}
            disabled={locked}
            onClick={() => onEdit(item)}
          >
            {icons.edit}
          </ActionIcon>
        </Tooltip>
        <Tooltip label={t('agenda.duplicate', { title: item.title })}>
          <ActionIcon
            variant="subtle"
            size="sm"
            aria-label={t('agenda.duplicate', { title: item.title })}
            disabled={locked}
            onClick={() => onDuplicate(item)}
          >
            {icons.copy}
          </ActionIcon>
        </Tooltip>
        <Tooltip label={t('agenda.remove', { title: item.title })}>
          <ActionIcon
            variant="subtle"
            color="red"
            size="sm"
            aria-label={t('agenda.remove', { title: item.title })}
            disabled={locked}
            onClick={() => onRemove(item)}
          >
            {icons.remove}
          </ActionIcon>
        </Tooltip>
      </Group>
    </Box>
  )
}

export function AgendaEditor({ meeting }: { meeting: MeetingDto }) {
  const { t } = useTranslation('meetings')
  const { t: tc } = useTranslation()
  const reorder = useReorderItems(meeting.id)
  const duplicate = useProcedureMutation('meetings.duplicateItem')
  const remove = useProcedureMutation('meetings.removeItem')
  const copy = useProcedureMutation('meetings.copyRecurring')
  const [editing, setEditing] = useState<AgendaItemDto | 'new' | null>(null)
  const [announcement, setAnnouncement] = useState('')
  const rows = useRef(new Map<number, HTMLDivElement>())
  const [focusId, setFocusId] = useState<number | null>(null)
  // Once the minutes are begun they are the record; the server refuses agenda changes then.
  const locked = meeting.status === 'minutesAdjusted' || meeting.status === 'minutesBegun'
  const followUp = useProcedure('minutes.get', { meetingId: meeting.id }).data?.followUp ?? []
  const sensors = useSensors(
    useSensor(PointerSensor, { activationConstraint: { distance: 4 } }),
    useSensor(KeyboardSensor, { coordinateGetter: sortableKeyboardCoordinates }),
  )

  useEffect(() => {
    if (focusId === null) return
    rows.current.get(focusId)?.focus()
  }, [focusId, meeting.items])

  const fail = (error: unknown) =>
    notifications.show({ color: 'red', message: errorMessage(error) })
  const move = (item: AgendaItemDto, to: number) => {
    const ids = meeting.items.map((other) => other.id)
    const from = ids.indexOf(item.id)
    if (from === -1 || to < 0 || to >= ids.length || from === to) return
    setFocusId(item.id)
    setAnnouncement(t('agenda.moved', { title: item.title, position: to + 1 }))
    reorder.mutate(
      { meetingId: meeting.id, version: meeting.version, itemIds: arrayMove(ids, from, to) },
      { onError: fail },
    )
  }
  const onDragEnd = (event: DragEndEvent) => {
    const item = meeting.items.find((other) => other.id === event.active.id)
    const to = meeting.items.findIndex((other) => other.id === event.over?.id)
    if (item && to !== -1) move(item, to)
  }
  const [removing, setRemoving] = useState<AgendaItemDto | null>(null)
  const removeItem = (item: AgendaItemDto) =>
    remove.mutate(
      { id: item.id, version: meeting.version },
      { onError: fail, onSettled: () => setRemoving(null) },
    )
  const copyRecurring = () =>
    copy.mutate(
      { meetingId: meeting.id, version: meeting.version },
      {
        onSuccess: (result) =>
          notifications.show({
            color: 'teal',
            message: t('agenda.copied', { count: result.copied }),
          }),
        onError: fail,
      },
    )

  return (
    <section aria-labelledby="agenda-title">
      <Group justify="space-between" mb="xs">
        <Title order={2} size="h3" id="agenda-title">
          {t('agenda.title')}
        </Title>
        <Group gap="xs">
          <Button
            variant="default"
            onClick={copyRecurring}
            loading={copy.isPending}
            disabled={locked || meeting.previousMeetingId === null}
          >
            {t('agenda.copyRecurring')}
          </Button>
          <Button onClick={() => setEditing('new')} disabled={locked}>
            {t('agenda.add')}
          </Button>
        </Group>
      </Group>
      {locked ? (
        <Alert color="gray" mb="xs">
          {t('agenda.locked')}
        </Alert>
      ) : (
        <Text size="sm" c="dimmed" mb="xs">
          {t('agenda.help')}
        </Text>
      )}
      <Paper withBorder>
        <Box
          style={{
            display: 'grid',
            gridTemplateColumns: COLUMNS,
            gap: 8,
            padding: '6px',
            background: 'var(--mantine-color-gray-0)',
            borderBottom: '1px solid var(--mantine-color-gray-3)',
          }}
          aria-hidden
        >
          <span />
          <Text size="xs" fw={700} ta="right">
            {t('agenda.number')}
          </Text>
          <Text size="xs" fw={700}>
            {t('agenda.start')}
          </Text>
          <Text size="xs" fw={700}>
            {t('agenda.item')}
          </Text>
          <Text size="xs" fw={700}>
            {t('agenda.presenter')}
          </Text>
          <Text size="xs" fw={700} ta="right">
            {t('agenda.minutes')}
          </Text>
          <span />
        </Box>
        {meeting.items.length === 0 ? (
          <Text c="dimmed" p="md">
            {t('agenda.empty')}
          </Text>
        ) : (
          <DndContext sensors={sensors} collisionDetection={closestCenter} onDragEnd={onDragEnd}>
            <SortableContext
              items={meeting.items.map((item) => item.id)}
              strategy={verticalListSortingStrategy}
            >
              <div role="list" aria-label={t('agenda.title')}>
                {meeting.items.map((item, index) => (
                  <AgendaRow
                    key={item.id}
                    item={item}
                    followUp={followUp}
                    index={index}
                    count={meeting.items.length}
                    locked={locked}
                    onMove={move}
                    onEdit={setEditing}
                    onDuplicate={(target) =>
                      duplicate.mutate(
                        { id: target.id, version: meeting.version },
                        { onError: fail },
                      )
                    }
                    onRemove={setRemoving}
                    rowRef={(element) => {
                      if (element) rows.current.set(item.id, element)
                      else rows.current.delete(item.id)
                    }}
                  />
                ))}
              </div>
            </SortableContext>
          </DndContext>
        )}
      </Paper>
      {meeting.items.length > 0 && (
        <Text size="sm" mt="xs" c={meeting.overrun > 0 ? 'red.8' : 'dimmed'}>
          {t('agenda.timePlan', { end: meeting.plannedEnd, planned: meeting.endTime })}{' '}
          {meeting.overrun > 0
            ? t('agenda.overrun', { minutes: meeting.overrun })
            : t('agenda.spare', { minutes: -meeting.overrun })}
        </Text>
      )}
      <VisuallyHidden aria-live="polite">{announcement}</VisuallyHidden>
      {removing && (
        <ConfirmModal
          message={t('agenda.removeConfirm', { title: removing.title })}
          confirmLabel={tc('actions.delete')}
          pending={remove.isPending}
          onConfirm={() => removeItem(removing)}
          onClose={() => setRemoving(null)}
        />
      )}
      {editing && (
        <ItemForm
          meeting={meeting}
          item={editing === 'new' ? null : editing}
          onClose={() => setEditing(null)}
        />
      )}
    </section>
  )
}
