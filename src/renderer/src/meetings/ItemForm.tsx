import {
  Button,
  Checkbox,
  Group,
  Modal,
  SegmentedControl,
  Select,
  Stack,
  Text,
  TextInput,
  Textarea,
} from '@mantine/core'
import { useForm } from '@mantine/form'
import { useTranslation } from 'react-i18next'
import type { AgendaItemDto, MeetingDto } from '../../../shared/api/meetings.ts'
import { AGENDA_KINDS, PRESENTATION_KEY, type AgendaKind } from '../../../shared/domain/meetings.ts'
import { errorMessage, fieldErrors } from '../api.ts'
import { useProcedure, useProcedureMutation } from '../components/procedures.ts'
import { NumberField, numberOf, numberRule } from '../components/NumberField.tsx'

export function ItemForm({
  meeting,
  item,
  onClose,
}: {
  meeting: MeetingDto
  item: AgendaItemDto | null
  onClose: () => void
}) {
  const { t } = useTranslation('meetings')
  const { t: tc } = useTranslation()
  const people = useProcedure('register.listPeople', {})
  const organisations = useProcedure('register.listOrganisations', {})
  const isPresentation = item?.standingKey === PRESENTATION_KEY
  const council = useProcedure('register.getBody', { id: meeting.bodyId })
  const add = useProcedureMutation('meetings.addItem')
  const update = useProcedureMutation('meetings.updateItem')
  const setGroup = useProcedureMutation('meetings.setPresentingGroup')
  const form = useForm({
    initialValues: {
      title: item?.title ?? '',
      description: item?.description ?? '',
      kind: (item?.kind ?? 'information') as AgendaKind,
      presenterPersonId: item?.presenterPersonId ? String(item.presenterPersonId) : null,
      presenterOrganisationId: item?.presenterOrganisationId
        ? String(item.presenterOrganisationId)
        : null,
      plannedMinutes: String(item?.plannedMinutes ?? 10),
      recurring: item?.recurring ?? false,
      localGroupId: item?.localGroupId ? String(item.localGroupId) : null,
    },
    validate: { plannedMinutes: numberRule('plannedMinutes', 'integer', { required: true }) },
    validateInputOnBlur: true,
  })
  const pending = add.isPending || update.isPending || setGroup.isPending
  const submit = form.onSubmit(async (values) => {
    const fields = {
      title: values.title,
      description: values.description,
      kind: values.kind,
      presenterPersonId: values.presenterPersonId ? Number(values.presenterPersonId) : null,
      presenterOrganisationId: values.presenterOrganisationId
        ? Number(values.presenterOrganisationId)
        : null,
      plannedMinutes: numberOf(values.plannedMinutes, 'integer') ?? 0,
      recurring: values.recurring,
    }
    try {
      const saved = item
        ? await update.mutateAsync({ id: item.id, version: meeting.version, ...fields })
        : await add.mutateAsync({ meetingId: meeting.id, version: meeting.version, ...fields })
      const groupId = values.localGroupId ? Number(values.localGroupId) : null
      if (isPresentation && groupId !== (item?.localGroupId ?? null)) {
        await setGroup.mutateAsync({
          meetingId: meeting.id,
          version: saved.version,
          localGroupId: groupId,
        })
      }
      onClose()
    } catch (error) {
      const errors = fieldErrors(error)
      form.setErrors(Object.keys(errors).length > 0 ? errors : { title: errorMessage(error) })
    }
  })
  return (
    <Modal
      opened
      onClose={onClose}
      title={item ? t('item.editTitle') : t('item.newTitle')}
      size="lg"
    >
      <form onSubmit={submit} noValidate>
        <Stack>
          <TextInput
            label={t('item.title')}
            required
            data-autofocus
            {...form.getInputProps('title')}
          />
          <Textarea
            label={t('item.description')}
            autosize
            minRows={2}
            maxRows={8}
            {...form.getInputProps('description')}
          />
          <Stack gap={4}>
            <Text size="sm" fw={500} id="item-kind">
              {t('item.kind')}
            </Text>
            <SegmentedControl
              aria-labelledby="item-kind"
              data={AGENDA_KINDS.map((value) => ({ value, label: t(`kind.${value}`) }))}
              {...form.getInputProps('kind')}
            />
          </Stack>
          {isPresentation && (
            <Select
              label={t('item.localGroup')}
              clearable
              searchable
              data={(council.data?.localGroups ?? []).map((group) => ({
                value: String(group.id),
                label: group.name,
              }))}
              {...form.getInputProps('localGroupId')}
            />
          )}
          <Group grow align="flex-start">
            <Select
              label={t('item.presenterPerson')}
              placeholder={t('item.none')}
              clearable
              searchable
              data={(people.data ?? []).map((person) => ({
                value: String(person.id),
                label: person.organisationName
                  ? `${person.name} (${person.organisationName})`
                  : person.name,
              }))}
              {...form.getInputProps('presenterPersonId')}
            />
            <Select
              label={t('item.presenterOrganisation')}
              placeholder={t('item.none')}
              clearable
              searchable
              data={(organisations.data ?? []).map((organisation) => ({
                value: String(organisation.id),
                label: organisation.name,
              }))}
              {...form.getInputProps('presenterOrganisationId')}
            />
          </Group>
          <Group grow align="flex-end">
            <NumberField
              kind="integer"
              label={t('item.minutes')}
              {...form.getInputProps('plannedMinutes')}
            />
            <Checkbox
              label={t('item.recurring')}
              mb={8}
              {...form.getInputProps('recurring', { type: 'checkbox' })}
            />
          </Group>
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              {tc('actions.cancel')}
            </Button>
            <Button type="submit" loading={pending}>
              {tc('actions.save')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  )
}
