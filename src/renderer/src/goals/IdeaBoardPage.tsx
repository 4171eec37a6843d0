import {
  DndContext,
  PointerSensor,
  useDraggable,
  useDroppable,
  useSensor,
  useSensors,
  type DragEndEvent,
} from '@dnd-kit/core'
import {
  ActionIcon,
  Badge,
  Button,
  Card,
  Group,
  Menu,
  Modal,
  MultiSelect,
  Paper,
  Select,
  SimpleGrid,
  Stack,
  Text,
  TextInput,
  Textarea,
  Title,
  UnstyledButton,
  VisuallyHidden,
} from '@mantine/core'
import { useForm } from '@mantine/form'
import { notify } from './notify.ts'
import { useEffect, useRef, useState, type KeyboardEvent } from 'react'
import { useTranslation } from 'react-i18next'
import type { IdeaDto } from '../../../shared/api/goals.ts'
import {
  IDEA_CATEGORIES,
  IDEA_STATUSES,
  type IdeaCategory,
  type IdeaStatus,
} from '../../../shared/domain/goals.ts'
import { errorMessage, fieldErrors } from '../api.ts'
import { PageHeader } from '../components/PageHeader.tsx'
import { EmptyState } from '../components/EmptyState.tsx'
import { QueryState } from '../components/QueryState.tsx'
import { useConfirm } from '../components/useConfirm.tsx'
import { useMoveIdea, useSaveIdea, useSectionOptions } from './queries.ts'
import { useProcedure, useProcedureMutation } from '../components/procedures.ts'
import { datePlaceholder } from '../i18n/index.ts'

/** The four fields as they stand on the board: gör mer | gör bättre / gör nytt | tänk om. */
const GRID: IdeaCategory[][] = [
  ['doMore', 'doBetter'],
  ['doNew', 'rethink'],
]
const ARROWS: Record<string, [number, number]> = {
  ArrowLeft: [0, -1],
  ArrowRight: [0, 1],
  ArrowUp: [-1, 0],
  ArrowDown: [1, 0],
}

/** The field next to a category in the direction of an arrow key, or null at the board's edge. */
export function neighbour(category: IdeaCategory, key: string): IdeaCategory | null {
  const step = ARROWS[key]
  if (!step) return null
  const row = GRID.findIndex((cells) => cells.includes(category))
  const column = GRID[row]!.indexOf(category)
  return GRID[row + step[0]]?.[column + step[1]] ?? null
}

const STATUS_COLOURS: Record<IdeaStatus, string> = {
  new: 'blue',
  takenForward: 'grape',
  done: 'green',
  dismissed: 'gray',
}
const FIELD_COLOURS: Record<IdeaCategory, string> = {
  doMore: 'teal',
  doBetter: 'indigo',
  doNew: 'orange',
  rethink: 'grape',
}

function IdeaForm({
  idea,
  bodyId,
  category,
  onClose,
}: {
  idea: IdeaDto | null
  bodyId: number
  category: IdeaCategory
  onClose: () => void
}) {
  const { t } = useTranslation('goals')
  const askToConfirm = useConfirm()
  const save = useSaveIdea()
  const remove = useProcedureMutation('goals.deleteIdea')
  const sectionOptions = useSectionOptions(bodyId)
  const form = useForm({
    initialValues: {
      text: idea?.text ?? '',
      category: idea?.category ?? category,
      status: idea?.status ?? ('new' as IdeaStatus),
      source: idea?.source ?? '',
      sourceDate: idea?.sourceDate ?? '',
      sectionIds: (idea?.sections ?? []).map((section) => String(section.id)),
    },
  })
  const submit = form.onSubmit(async (values) => {
    try {
      await save.mutateAsync({
        ...values,
        sectionIds: values.sectionIds.map(Number),
        bodyId,
        ...(idea ? { id: idea.id } : {}),
      })
      notify({ color: 'teal', message: t('ideas.saved') })
      onClose()
    } catch (error) {
      const errors = fieldErrors(error)
      form.setErrors(Object.keys(errors).length ? errors : { text: errorMessage(error) })
    }
  })
  return (
    <Modal
      opened
      onClose={onClose}
      title={
        idea ? t('ideas.editTitle') : t('ideas.newIn', { category: t(`category.${category}`) })
      }
      size="lg"
    >
      <form onSubmit={submit} noValidate>
        <Stack>
          <Textarea
            label={t('ideas.text')}
            required
            autosize
            minRows={2}
            maxLength={500}
            data-autofocus
            {...form.getInputProps('text')}
          />
          <Group grow>
            <Select
              label={t('ideas.categoryField')}
              allowDeselect={false}
              data={IDEA_CATEGORIES.map((value) => ({ value, label: t(`category.${value}`) }))}
              {...form.getInputProps('category')}
            />
            <Select
              label={t('ideas.statusField')}
              allowDeselect={false}
              data={IDEA_STATUSES.map((value) => ({ value, label: t(`ideaStatus.${value}`) }))}
              {...form.getInputProps('status')}
            />
          </Group>
          <Group grow>
            <TextInput
              label={t('ideas.source')}
              placeholder={t('ideas.sourcePlaceholder')}
              {...form.getInputProps('source')}
            />
            <TextInput
              label={t('ideas.sourceDate')}
              placeholder={datePlaceholder()}
              {...form.getInputProps('sourceDate')}
            />
          </Group>
          <MultiSelect
            label={t('ideas.sections')}
            placeholder={t('ideas.sectionsPlaceholder')}
            data={sectionOptions}
            searchable
            clearable
            {...form.getInputProps('sectionIds')}
          />
          <Group justify="space-between">
            {idea ? (
              <Button
                variant="subtle"
                color="red"
                loading={remove.isPending}
                onClick={async () => {
                  const confirmed = await askToConfirm({
                    title: t('ideas.deleteConfirm', { text: idea.text }),
                    confirmLabel: t('actions.delete', { ns: 'common' }),
                    danger: true,
                  })
                  if (!confirmed) return
                  remove.mutate(
                    { id: idea.id },
                    {
                      onSuccess: () => {
                        notify({ color: 'teal', message: t('ideas.deleted') })
                        onClose()
                      },
                      onError: (error) => notify({ color: 'red', message: errorMessage(error) }),
                    },
                  )
                }}
              >
                {t('actions.delete', { ns: 'common' })}
              </Button>
            ) : (
              <span />
            )}
            <Group>
              <Button variant="default" onClick={onClose}>
                {t('actions.cancel', { ns: 'common' })}
              </Button>
              <Button type="submit" loading={save.isPending}>
                {t('actions.save', { ns: 'common' })}
              </Button>
            </Group>
          </Group>
        </Stack>
      </form>
    </Modal>
  )
}

function IdeaCard({
  idea,
  focus,
  onEdit,
  onMove,
}: {
  idea: IdeaDto
  focus: boolean
  onEdit: () => void
  onMove: (category: IdeaCategory) => void
}) {
  const { t } = useTranslation('goals')
  const { setNodeRef, listeners, transform, isDragging } = useDraggable({
    id: idea.id,
    data: { category: idea.category },
  })
  const button = useRef<HTMLButtonElement>(null)
  useEffect(() => {
    if (focus) button.current?.focus()
  }, [focus])
  const onKeyDown = (event: KeyboardEvent) => {
    if (!event.altKey) return
    const target = neighbour(idea.category, event.key)
    if (!target) return
    event.preventDefault()
    onMove(target)
  }
  return (
    <Paper
      ref={setNodeRef}
      withBorder
      p="sm"
      radius="sm"
      shadow={isDragging ? 'md' : 'xs'}
      style={{
        transform: transform ? `translate3d(${transform.x}px, ${transform.y}px, 0)` : undefined,
        zIndex: isDragging ? 10 : undefined,
        cursor: 'grab',
        touchAction: 'none',
      }}
      {...listeners}
    >
      <Group justify="space-between" align="flex-start" wrap="nowrap" gap="xs">
        <UnstyledButton
          ref={button}
          onClick={onEdit}
          onKeyDown={onKeyDown}
          aria-keyshortcuts="Alt+ArrowLeft Alt+ArrowRight Alt+ArrowUp Alt+ArrowDown"
          aria-describedby="idea-keyboard-help"
          style={{ flex: 1 }}
        >
          <Text size="sm" fw={500}>
            {idea.text}
          </Text>
        </UnstyledButton>
        <Menu position="bottom-end" withinPortal>
          <Menu.Target>
            <ActionIcon
              variant="subtle"
              color="gray"
              aria-label={t('ideas.actions', { text: idea.text })}
            >
              ⋯
            </ActionIcon>
          </Menu.Target>
          <Menu.Dropdown>
            <Menu.Item onClick={onEdit}>{t('ideas.edit')}</Menu.Item>
            <Menu.Divider />
            {IDEA_CATEGORIES.filter((category) => category !== idea.category).map((category) => (
              <Menu.Item key={category} onClick={() => onMove(category)}>
                {t('ideas.moveTo', { category: t(`category.${category}`) })}
              </Menu.Item>
            ))}
          </Menu.Dropdown>
        </Menu>
      </Group>
      <Group gap={6} mt={6}>
        <Badge size="sm" variant="light" c="black" color={STATUS_COLOURS[idea.status]}>
          {t(`ideaStatus.${idea.status}`)}
        </Badge>
        {idea.sections.map((section) => (
          <Badge key={section.id} size="sm" variant="outline" c="black" color="gray" tt="none">
            → {section.heading}
          </Badge>
        ))}
      </Group>
      {(idea.source || idea.sourceDate) && (
        <Text size="xs" c="dimmed" mt={4}>
          {[idea.source, idea.sourceDate].filter(Boolean).join(', ')}
        </Text>
      )}
    </Paper>
  )
}

function Field({
  category,
  ideas,
  focusId,
  onEdit,
  onNew,
  onMove,
}: {
  category: IdeaCategory
  ideas: IdeaDto[]
  focusId: number | null
  onEdit: (idea: IdeaDto) => void
  onNew: () => void
  onMove: (idea: IdeaDto, category: IdeaCategory) => void
}) {
  const { t } = useTranslation('goals')
  const { setNodeRef, isOver } = useDroppable({ id: category })
  const colour = FIELD_COLOURS[category]
  return (
    <Card
      ref={setNodeRef}
      withBorder
      component="section"
      aria-labelledby={`field-${category}`}
      style={{
        borderTop: `4px solid var(--mantine-color-${colour}-6)`,
        outline: isOver ? `3px dashed var(--mantine-color-${colour}-6)` : undefined,
        minHeight: 260,
      }}
    >
      <Group justify="space-between" mb={2}>
        <Title order={2} size="h3" id={`field-${category}`}>
          {t(`category.${category}`)}{' '}
          <VisuallyHidden>({t('ideas.count', { count: ideas.length })})</VisuallyHidden>
        </Title>
        <Group gap="xs">
          <Badge variant="light" c="black" color={colour} aria-hidden>
            {ideas.length}
          </Badge>
          <Button
            size="compact-sm"
            variant="default"
            onClick={onNew}
            aria-label={t('ideas.newIn', { category: t(`category.${category}`) })}
          >
            +
          </Button>
        </Group>
      </Group>
      <Text size="sm" c="dimmed" mb="sm">
        {t(`categoryHelp.${category}`)}
      </Text>
      <Stack gap="xs" component="ul" style={{ listStyle: 'none', padding: 0, margin: 0 }}>
        {ideas.length === 0 && (
          <Text size="sm" c="dimmed" component="li">
            {t('ideas.emptyField')}
          </Text>
        )}
        {ideas.map((idea) => (
          <li key={idea.id}>
            <IdeaCard
              idea={idea}
              focus={focusId === idea.id}
              onEdit={() => onEdit(idea)}
              onMove={(target) => onMove(idea, target)}
            />
          </li>
        ))}
      </Stack>
    </Card>
  )
}

function Board({ bodyId, ideas }: { bodyId: number; ideas: IdeaDto[] }) {
  const { t } = useTranslation('goals')
  const move = useMoveIdea(bodyId)
  const [editing, setEditing] = useState<{ idea: IdeaDto | null; category: IdeaCategory } | null>(
    null,
  )
  const [focusId, setFocusId] = useState<number | null>(null)
  const [announcement, setAnnouncement] = useState('')
  const [statusFilter, setStatusFilter] = useState<IdeaStatus | null>(null)
  const sensors = useSensors(useSensor(PointerSensor, { activationConstraint: { distance: 6 } }))

  const moveIdea = (idea: IdeaDto, category: IdeaCategory) => {
    if (idea.category === category) return
    setFocusId(idea.id)
    move.mutate(
      { id: idea.id, category },
      {
        onSuccess: () =>
          setAnnouncement(
            t('ideas.moved', { text: idea.text, category: t(`category.${category}`) }),
          ),
        onError: (error) => notify({ color: 'red', message: errorMessage(error) }),
      },
    )
  }
  const onDragEnd = (event: DragEndEvent) => {
    const idea = ideas.find((candidate) => candidate.id === event.active.id)
    const target = event.over?.id as IdeaCategory | undefined
    if (idea && target) moveIdea(idea, target)
  }
  const shown = statusFilter ? ideas.filter((idea) => idea.status === statusFilter) : ideas
  return (
    <>
      <Group mb="sm">
        <Select
          label={t('ideas.filter')}
          w={220}
          value={statusFilter}
          clearable
          placeholder={t('ideas.allStatuses')}
          data={IDEA_STATUSES.map((value) => ({ value, label: t(`ideaStatus.${value}`) }))}
          onChange={(value) => setStatusFilter(value as IdeaStatus | null)}
        />
      </Group>
      <Text id="idea-keyboard-help" size="sm" c="dimmed" mb="sm">
        {t('ideas.keyboardHelp')}
      </Text>
      <VisuallyHidden role="status" aria-live="polite">
        {announcement}
      </VisuallyHidden>
      <DndContext
        sensors={sensors}
        onDragEnd={onDragEnd}
        accessibility={{ screenReaderInstructions: { draggable: t('ideas.dragHelp') } }}
      >
        <SimpleGrid cols={{ base: 1, md: 2 }} spacing="md">
          {GRID.flat().map((category) => (
            <Field
              key={category}
              category={category}
              ideas={shown.filter((idea) => idea.category === category)}
              focusId={focusId}
              onEdit={(idea) => setEditing({ idea, category: idea.category })}
              onNew={() => setEditing({ idea: null, category })}
              onMove={moveIdea}
            />
          ))}
        </SimpleGrid>
      </DndContext>
      {editing && (
        <IdeaForm
          idea={editing.idea}
          bodyId={bodyId}
          category={editing.category}
          onClose={() => setEditing(null)}
        />
      )}
    </>
  )
}

export function IdeaBoardPage() {
  const { t } = useTranslation('goals')
  const bodies = useProcedure('register.listBodies', {})
  const [chosen, setChosen] = useState<number | null>(null)
  const bodyId =
    chosen ??
    bodies.data?.find((body) => body.kind === 'council')?.id ??
    bodies.data?.[0]?.id ??
    null
  const ideas = useProcedure('goals.listIdeas', bodyId === null ? null : { bodyId })
  return (
    <>
      <PageHeader
        title={t('ideas.title')}
        intro={t('ideas.intro')}
        actions={
          <Select
            aria-label={t('ideas.body')}
            w={260}
            allowDeselect={false}
            value={bodyId ? String(bodyId) : null}
            data={(bodies.data ?? []).map((body) => ({ value: String(body.id), label: body.name }))}
            onChange={(value) => setChosen(value ? Number(value) : null)}
          />
        }
      />
      {bodies.data?.length === 0 && (
        <EmptyState
          text={t('empty.noBody', { ns: 'common' })}
          steps={[{ label: t('empty.registerCouncil', { ns: 'common' }), to: '/register/bodies' }]}
        />
      )}
      {bodyId !== null && (
        <QueryState query={ideas}>
          {(list) => <Board key={bodyId} bodyId={bodyId} ideas={list} />}
        </QueryState>
      )}
    </>
  )
}
