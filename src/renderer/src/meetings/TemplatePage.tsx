import {
  ActionIcon,
  Badge,
  Button,
  Checkbox,
  Group,
  Select,
  Table,
  Text,
  TextInput,
} from '@mantine/core'
import { notifications } from '@mantine/notifications'
import { type KeyboardEvent } from 'react'
import { useTranslation } from 'react-i18next'
import type { TemplateItemDto } from '../../../shared/api/meetings.ts'
import { AGENDA_KINDS, type AgendaKind } from '../../../shared/domain/meetings.ts'
import { errorMessage } from '../api.ts'
import { icons } from './common.tsx'
import { PageHeader } from '../components/PageHeader.tsx'
import { QueryState } from '../components/QueryState.tsx'
import { useChosenBody } from '../components/BodySelect.tsx'
import { useEditableList } from '../components/useEditableList.ts'
import { useProcedure, useProcedureMutation } from '../components/procedures.ts'
import { NumberField, numberOf, numberRule } from '../components/NumberField.tsx'

type Row = Omit<TemplateItemDto, 'key' | 'plannedMinutes'> & {
  key: string | null
  localId: number
  /** As typed; read by the shared parser when saving. */
  plannedMinutes: string
}

let nextLocalId = 1
const toRows = (items: TemplateItemDto[]): Row[] =>
  items.map((item) => ({
    ...item,
    plannedMinutes: String(item.plannedMinutes),
    localId: nextLocalId++,
  }))
const minutesProblem = numberRule('plannedMinutes', 'integer', { required: true })

function TemplateEditor({ bodyId, items }: { bodyId: number; items: TemplateItemDto[] }) {
  const { t } = useTranslation('meetings')
  const save = useProcedureMutation('meetings.saveTemplate')
  const { rows, dirty, change, move, moveByKey, reset } = useEditableList(
    items,
    toRows,
    'data-template-row',
  )
  const update = (localId: number, patch: Partial<Row>) =>
    change(rows.map((row) => (row.localId === localId ? { ...row, ...patch } : row)))
  const keys = (event: KeyboardEvent<HTMLTableRowElement>, index: number) => {
    if (event.target === event.currentTarget) moveByKey(event, index)
  }
  const submit = () => {
    const wrong = rows.find((row) => minutesProblem(row.plannedMinutes))
    if (wrong) {
      notifications.show({ color: 'red', message: minutesProblem(wrong.plannedMinutes) })
      return
    }
    save.mutate(
      {
        bodyId,
        items: rows.map(({ key, title, description, kind, plannedMinutes, recurring }) => ({
          key,
          title,
          description,
          kind,
          plannedMinutes: numberOf(plannedMinutes, 'integer') ?? 0,
          recurring,
        })),
      },
      {
        onSuccess: () => notifications.show({ color: 'teal', message: t('template.saved') }),
        onError: (error) => notifications.show({ color: 'red', message: errorMessage(error) }),
      },
    )
  }
  const total = rows.reduce((sum, row) => sum + (numberOf(row.plannedMinutes, 'integer') ?? 0), 0)
  return (
    <>
      <Text size="sm" c="dimmed" mb="xs">
        {t('template.help')}
      </Text>
      <Table verticalSpacing={4} aria-label={t('template.title')} withTableBorder>
        <Table.Thead>
          <Table.Tr>
            <Table.Th w={40}>{t('agenda.number')}</Table.Th>
            <Table.Th>{t('item.title')}</Table.Th>
            <Table.Th w={170}>{t('item.kind')}</Table.Th>
            <Table.Th w={90}>{t('agenda.minutes')}</Table.Th>
            <Table.Th w={120}>{t('agenda.recurring')}</Table.Th>
            <Table.Th w={110}>{t('agenda.actions')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {rows.map((row, index) => (
            <Table.Tr
              key={row.localId}
              tabIndex={0}
              data-template-row={row.localId}
              onKeyDown={(event) => keys(event, index)}
              aria-label={`${index + 1}. ${row.title}`}
            >
              <Table.Td fw={700}>{index + 1}.</Table.Td>
              <Table.Td>
                <Group gap={6} wrap="nowrap">
                  <TextInput
                    aria-label={`${t('item.title')} ${index + 1}`}
                    value={row.title}
                    onChange={(event) => update(row.localId, { title: event.currentTarget.value })}
                    style={{ flex: 1 }}
                  />
                  {row.standard && (
                    <Badge size="xs" variant="light">
                      {t('template.standard')}
                    </Badge>
                  )}
                </Group>
              </Table.Td>
              <Table.Td>
                <Select
                  aria-label={`${t('item.kind')} ${index + 1}`}
                  allowDeselect={false}
                  data={AGENDA_KINDS.map((value) => ({ value, label: t(`kind.${value}`) }))}
                  value={row.kind}
                  onChange={(value) =>
                    update(row.localId, { kind: (value ?? 'information') as AgendaKind })
                  }
                />
              </Table.Td>
              <Table.Td>
                <NumberField
                  kind="integer"
                  aria-label={`${t('agenda.minutes')} ${index + 1}`}
                  value={row.plannedMinutes}
                  error={minutesProblem(row.plannedMinutes)}
                  onChange={(event) =>
                    update(row.localId, { plannedMinutes: event.currentTarget.value })
                  }
                />
              </Table.Td>
              <Table.Td>
                <Checkbox
                  aria-label={`${t('agenda.recurring')} ${index + 1}`}
                  checked={row.recurring}
                  onChange={(event) =>
                    update(row.localId, { recurring: event.currentTarget.checked })
                  }
                />
              </Table.Td>
              <Table.Td>
                <Group gap={2} wrap="nowrap">
                  <ActionIcon
                    variant="subtle"
                    size="sm"
                    aria-label={t('agenda.moveUp', { title: row.title })}
                    disabled={index === 0}
                    onClick={() => move(index, index - 1)}
                  >
                    {icons.up}
                  </ActionIcon>
                  <ActionIcon
                    variant="subtle"
                    size="sm"
                    aria-label={t('agenda.moveDown', { title: row.title })}
                    disabled={index === rows.length - 1}
                    onClick={() => move(index, index + 1)}
                  >
                    {icons.down}
                  </ActionIcon>
                  <ActionIcon
                    variant="subtle"
                    color="red"
                    size="sm"
                    aria-label={t('agenda.remove', { title: row.title })}
                    onClick={() => change(rows.filter((other) => other.localId !== row.localId))}
                  >
                    {icons.remove}
                  </ActionIcon>
                </Group>
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
      <Group justify="space-between" mt="sm">
        <Group gap="xs">
          <Button
            variant="default"
            onClick={() =>
              change([
                ...rows,
                {
                  key: null,
                  localId: nextLocalId++,
                  title: '',
                  description: null,
                  kind: 'information',
                  plannedMinutes: '10',
                  recurring: true,
                  standard: false,
                },
              ])
            }
          >
            {t('template.add')}
          </Button>
          <Text size="sm" c="dimmed">
            {t('template.total', { minutes: total })}
          </Text>
        </Group>
        <Group gap="xs">
          {dirty && (
            <Text size="sm" c="orange">
              {t('template.unsaved')}
            </Text>
          )}
          <Button variant="subtle" color="gray" disabled={!dirty} onClick={reset}>
            {t('template.reset')}
          </Button>
          <Button onClick={submit} loading={save.isPending} disabled={!dirty}>
            {t('template.save')}
          </Button>
        </Group>
      </Group>
    </>
  )
}

export function TemplatePage() {
  const { t } = useTranslation('meetings')
  const { bodyId, select } = useChosenBody()
  const template = useProcedure('meetings.getTemplate', bodyId === null ? null : { bodyId })
  return (
    <>
      <PageHeader title={t('template.title')} intro={t('template.intro')} />
      {select(t('template.body'))}
      {bodyId !== null && (
        <QueryState query={template}>
          {(items) => <TemplateEditor key={bodyId} bodyId={bodyId} items={items} />}
        </QueryState>
      )}
    </>
  )
}
