import { Button, Group, Modal, Select, Stack, TextInput } from '@mantine/core'
import { useForm } from '@mantine/form'
import { notifications } from '@mantine/notifications'
import { useTranslation } from 'react-i18next'
import type { PersonDto } from '../../../shared/api/register.ts'
import { errorMessage, fieldErrors } from '../api.ts'
import { useOrganisations, useSavePerson } from './queries.ts'

export function PersonForm({ person, onClose }: { person: PersonDto | 'new'; onClose: () => void }) {
  const { t } = useTranslation('register')
  const save = useSavePerson()
  const organisations = useOrganisations()
  const existing = person === 'new' ? null : person
  const form = useForm({
    initialValues: {
      name: existing?.name ?? '',
      title: existing?.title ?? '',
      organisationId: existing?.organisationId ? String(existing.organisationId) : null,
      email: existing?.email ?? '',
      phone: existing?.phone ?? '',
    },
  })
  const submit = form.onSubmit(async (values) => {
    try {
      const saved = await save.mutateAsync({
        ...values,
        organisationId: values.organisationId ? Number(values.organisationId) : null,
        ...(existing ? { id: existing.id } : {}),
      })
      notifications.show({ color: 'teal', message: t('people.created', { name: saved.name }) })
      onClose()
    } catch (error) {
      const errors = fieldErrors(error)
      form.setErrors(Object.keys(errors).length > 0 ? errors : { name: errorMessage(error) })
    }
  })
  return (
    <Modal opened onClose={onClose} title={existing ? t('people.editTitle') : t('people.new')} size="lg">
      <form onSubmit={submit} noValidate>
        <Stack>
          <TextInput label={t('people.name')} required data-autofocus {...form.getInputProps('name')} />
          <TextInput label={t('people.titleField')} {...form.getInputProps('title')} />
          <Select
            label={t('people.organisation')}
            placeholder={t('people.noOrganisation')}
            searchable
            clearable
            data={(organisations.data ?? []).map((organisation) => ({ value: String(organisation.id), label: organisation.name }))}
            {...form.getInputProps('organisationId')}
          />
          <Group grow>
            <TextInput label={t('people.email')} type="email" autoComplete="off" {...form.getInputProps('email')} />
            <TextInput label={t('people.phone')} type="tel" {...form.getInputProps('phone')} />
          </Group>
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
