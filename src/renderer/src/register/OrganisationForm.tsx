import { Button, Group, Modal, Select, Stack, TextInput, Textarea } from '@mantine/core'
import { useForm } from '@mantine/form'
import { notifications } from '@mantine/notifications'
import { useTranslation } from 'react-i18next'
import type { OrganisationDto } from '../../../shared/api/register.ts'
import { ORGANISATION_KINDS, type OrganisationKind } from '../../../shared/domain/register.ts'
import { useCreateOrUpdate } from '../components/procedures.ts'
import { errorMessage, fieldErrors } from '../api.ts'

export function OrganisationForm({
  organisation,
  onClose,
}: {
  organisation: OrganisationDto | 'new'
  onClose: () => void
}) {
  const { t } = useTranslation('register')
  const save = useCreateOrUpdate('register.createOrganisation', 'register.updateOrganisation')
  const existing = organisation === 'new' ? null : organisation
  const form = useForm({
    initialValues: {
      name: existing?.name ?? '',
      kind: (existing?.kind ?? 'municipalDepartment') as OrganisationKind,
      contact: existing?.contact ?? '',
    },
  })
  const submit = form.onSubmit(async (values) => {
    try {
      const saved = await save.mutateAsync({ ...values, ...(existing ? { id: existing.id } : {}) })
      notifications.show({
        color: 'teal',
        message: t('organisations.created', { name: saved.name }),
      })
      onClose()
    } catch (error) {
      const errors = fieldErrors(error)
      if (Object.keys(errors).length > 0) form.setErrors(errors)
      else form.setErrors({ name: errorMessage(error) })
    }
  })
  return (
    <Modal
      opened
      onClose={onClose}
      title={existing ? t('organisations.editTitle') : t('organisations.new')}
      size="lg"
    >
      <form onSubmit={submit} noValidate>
        <Stack>
          <TextInput
            label={t('organisations.name')}
            required
            data-autofocus
            {...form.getInputProps('name')}
          />
          <Select
            label={t('organisations.kind')}
            required
            allowDeselect={false}
            data={ORGANISATION_KINDS.map((kind) => ({
              value: kind,
              label: t(`organisationKind.${kind}`),
            }))}
            {...form.getInputProps('kind')}
          />
          <Textarea
            label={t('organisations.contact')}
            autosize
            minRows={2}
            {...form.getInputProps('contact')}
          />
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              {t('actions.cancel', { ns: 'common' })}
            </Button>
            <Button type="submit" loading={save.isPending}>
              {t('actions.save', { ns: 'common' })}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  )
}
