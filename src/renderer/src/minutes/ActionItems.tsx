import { Button, Card, Group, Select, Stack, Text, TextInput } from '@mantine/core'
import { notifications } from '@mantine/notifications'
import { useState, type FormEvent } from 'react'
import { useTranslation } from 'react-i18next'
import type { ActionItemDto, ParagraphDto } from '../../../shared/api/minutes.ts'
import { errorMessage, fieldErrors } from '../api.ts'
import { useProcedure, useProcedureMutation } from '../components/procedures.ts'
import { useConfirm } from '../components/useConfirm.tsx'
import { ActionLine } from './ActionLine.tsx'
import { datePlaceholder } from '../i18n/index.ts'

interface ActionValues {
  description: string
  ownerPersonId: string | null
  ownerOrganisationId: string | null
  dueDate: string
}

const EMPTY: ActionValues = {
  description: '',
  ownerPersonId: null,
  ownerOrganisationId: null,
  dueDate: '',
}

const valuesOf = (action: ActionItemDto): ActionValues => ({
  description: action.description,
  ownerPersonId: action.ownerPersonId === null ? null : String(action.ownerPersonId),
  ownerOrganisationId:
    action.ownerOrganisationId === null ? null : String(action.ownerOrganisationId),
  dueDate: action.dueDate,
})

const inputOf = (values: ActionValues) => ({
  description: values.description,
  ownerPersonId: values.ownerPersonId ? Number(values.ownerPersonId) : null,
  ownerOrganisationId: values.ownerOrganisationId ? Number(values.ownerOrganisationId) : null,
  dueDate: values.dueDate,
})

/** New and saved action items share one form; Enter in a text field submits it. */
function ActionForm({
  title,
  initial,
  submitLabel,
  pending,
  onSubmit,
  onCancel,
}: {
  title: string
  initial: ActionValues
  submitLabel: string
  pending: boolean
  onSubmit: (values: ActionValues) => Promise<void>
  onCancel: () => void
}) {
  const { t } = useTranslation('minutes')
  const people = useProcedure('register.listPeople', {})
  const organisations = useProcedure('register.listOrganisations', {})
  const [values, setValues] = useState(initial)
  const [errors, setErrors] = useState<Record<string, string>>({})
  const submit = async (event: FormEvent) => {
    event.preventDefault()
    setErrors({})
    try {
      await onSubmit(values)
    } catch (error) {
      const fields = fieldErrors(error)
      setErrors(Object.keys(fields).length > 0 ? fields : { description: errorMessage(error) })
    }
  }
  return (
    <Card withBorder bg="gray.0" p="sm" aria-label={title} component="section">
      <form onSubmit={(event) => void submit(event)}>
        <Stack gap="xs">
          <TextInput
            label={t('action.description')}
            data-autofocus
            autoFocus
            value={values.description}
            onChange={(event) => setValues({ ...values, description: event.currentTarget.value })}
            error={errors.description}
          />
          <Group grow align="flex-start">
            <Select
              searchable
              clearable
              label={t('action.ownerPerson')}
              data={(people.data ?? []).map((person) => ({
                value: String(person.id),
                label: person.name,
              }))}
              value={values.ownerPersonId}
              onChange={(value) => setValues({ ...values, ownerPersonId: value })}
              error={errors.ownerPersonId}
            />
            <Select
              searchable
              clearable
              label={t('action.ownerOrganisation')}
              data={(organisations.data ?? []).map((organisation) => ({
                value: String(organisation.id),
                label: organisation.name,
              }))}
              value={values.ownerOrganisationId}
              onChange={(value) => setValues({ ...values, ownerOrganisationId: value })}
              error={errors.ownerOrganisationId}
            />
            <TextInput
              label={t('action.dueDate')}
              placeholder={datePlaceholder()}
              value={values.dueDate}
              onChange={(event) => setValues({ ...values, dueDate: event.currentTarget.value })}
              error={errors.dueDate}
            />
          </Group>
          <Group justify="flex-end">
            <Button variant="default" size="xs" onClick={onCancel}>
              {t('actions.cancel', { ns: 'common' })}
            </Button>
            <Button size="xs" type="submit" loading={pending}>
              {submitLabel}
            </Button>
          </Group>
        </Stack>
      </form>
    </Card>
  )
}

function NewAction({ paragraph }: { paragraph: ParagraphDto }) {
  const { t } = useTranslation('minutes')
  const add = useProcedureMutation('minutes.addAction')
  const [open, setOpen] = useState(false)
  if (!open)
    return (
      <Button
        size="xs"
        variant="light"
        onClick={() => setOpen(true)}
        style={{ alignSelf: 'start' }}
      >
        {t('paragraph.newAction')}
      </Button>
    )
  return (
    <ActionForm
      title={t('paragraph.newAction')}
      initial={EMPTY}
      submitLabel={t('action.add')}
      pending={add.isPending}
      onCancel={() => setOpen(false)}
      onSubmit={async (values) => {
        await add.mutateAsync({ paragraphId: paragraph.id, ...inputOf(values) })
        setOpen(false)
      }}
    />
  )
}

/** A saved action item: while the § is open it can be changed (owner, text, due date) or removed. */
function SavedAction({ action, editable }: { action: ActionItemDto; editable: boolean }) {
  const { t } = useTranslation('minutes')
  const askToConfirm = useConfirm()
  const update = useProcedureMutation('minutes.updateAction')
  const remove = useProcedureMutation('minutes.removeAction')
  const [editing, setEditing] = useState(false)
  if (editing)
    return (
      <ActionForm
        title={t('action.editTitle', { description: action.description })}
        initial={valuesOf(action)}
        submitLabel={t('action.saveEdit')}
        pending={update.isPending}
        onCancel={() => setEditing(false)}
        onSubmit={async (values) => {
          await update.mutateAsync({ id: action.id, version: action.version, ...inputOf(values) })
          setEditing(false)
        }}
      />
    )
  const removeIt = async () => {
    const confirmed = await askToConfirm({
      title: t('action.removeConfirm', { description: action.description }),
      confirmLabel: t('action.remove'),
      danger: true,
    })
    if (!confirmed) return
    try {
      await remove.mutateAsync({ id: action.id, version: action.version })
    } catch (error) {
      notifications.show({ color: 'red', message: errorMessage(error) })
    }
  }
  return (
    <Group justify="space-between" wrap="nowrap">
      <ActionLine action={action} />
      {editable && (
        <Group gap={4} wrap="nowrap">
          <Button
            size="compact-xs"
            variant="default"
            aria-label={t('action.editTitle', { description: action.description })}
            onClick={() => setEditing(true)}
          >
            {t('actions.edit', { ns: 'common' })}
          </Button>
          <Button
            size="compact-xs"
            variant="subtle"
            color="red"
            aria-label={`${t('action.remove')}: ${action.description}`}
            loading={remove.isPending}
            onClick={() => void removeIt()}
          >
            {t('action.remove')}
          </Button>
        </Group>
      )}
    </Group>
  )
}

/** The action items decided in a §, and a form for a new one while the § is open. */
export function ParagraphActions({ paragraph }: { paragraph: ParagraphDto }) {
  const { t } = useTranslation('minutes')
  if (paragraph.actions.length === 0 && paragraph.locked) return null
  return (
    <Stack gap={4} mt="sm">
      <Text size="sm" fw={600}>
        {t('paragraph.actions')}
      </Text>
      {paragraph.actions.map((action) => (
        <SavedAction key={action.id} action={action} editable={!paragraph.locked} />
      ))}
      {!paragraph.locked && <NewAction paragraph={paragraph} />}
    </Stack>
  )
}
