import { Alert, Button, Group, Modal, Select, Stack, TextInput } from '@mantine/core'
import { useForm } from '@mantine/form'
import { notifications } from '@mantine/notifications'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { PersonDto } from '../../../shared/api/register.ts'
import { errorMessage, fieldErrors } from '../api.ts'
import { useSaveDocument } from '../components/useSaveDocument.tsx'
import { useProcedure, useProcedureMutation, useCreateOrUpdate } from '../components/procedures.ts'

export function PersonForm({
  person,
  onClose,
}: {
  person: PersonDto | 'new'
  onClose: () => void
}) {
  const { t } = useTranslation('register')
  const save = useCreateOrUpdate('register.createPerson', 'register.updatePerson')
  const organisations = useProcedure('register.listOrganisations', {})
  const existing = person === 'new' ? null : person
  const extract = useSaveDocument('exports.personExtractXlsx')
  const erase = useProcedureMutation('register.erasePersonContact')
  const [confirmErase, setConfirmErase] = useState(false)
  // The server's question when someone of the same name is in the register; null: not asked.
  const [sameName, setSameName] = useState<string | null>(null)
  const form = useForm({
    initialValues: {
      name: existing?.name ?? '',
      title: existing?.title ?? '',
      organisationId: existing?.organisationId ? String(existing.organisationId) : null,
      email: existing?.email ?? '',
      phone: existing?.phone ?? '',
    },
  })
  const saveAs = async (values: typeof form.values, sameNameConfirmed: boolean) => {
    try {
      const saved = await save.mutateAsync({
        ...values,
        organisationId: values.organisationId ? Number(values.organisationId) : null,
        sameNameConfirmed,
        ...(existing ? { id: existing.id } : {}),
      })
      notifications.show({ color: 'teal', message: t('people.created', { name: saved.name }) })
      onClose()
    } catch (error) {
      const { sameNameConfirmed: question, ...errors } = fieldErrors(error)
      if (question) setSameName(question)
      else form.setErrors(Object.keys(errors).length > 0 ? errors : { name: errorMessage(error) })
    }
  }
  const submit = form.onSubmit((values) => saveAs(values, false))
  return (
    <Modal
      opened
      onClose={onClose}
      title={existing ? t('people.editTitle') : t('people.new')}
      size="lg"
    >
      <form onSubmit={submit} noValidate>
        <Stack>
          <TextInput
            label={t('people.name')}
            required
            data-autofocus
            {...form.getInputProps('name')}
            onChange={(event) => {
              setSameName(null)
              form.getInputProps('name').onChange(event)
            }}
          />
          <TextInput label={t('people.titleField')} {...form.getInputProps('title')} />
          <Select
            label={t('people.organisation')}
            placeholder={t('people.noOrganisation')}
            searchable
            clearable
            data={(organisations.data ?? []).map((organisation) => ({
              value: String(organisation.id),
              label: organisation.name,
            }))}
            {...form.getInputProps('organisationId')}
          />
          <Group grow>
            <TextInput
              label={t('people.email')}
              type="email"
              autoComplete="off"
              {...form.getInputProps('email')}
            />
            <TextInput label={t('people.phone')} type="tel" {...form.getInputProps('phone')} />
          </Group>
          {sameName && (
            <Alert color="orange" title={t('people.sameNameTitle')} role="alert">
              <Stack gap="xs">
                {sameName}
                <Group>
                  <Button
                    color="orange"
                    loading={save.isPending}
                    onClick={() => saveAs(form.values, true)}
                  >
                    {t('people.sameNameConfirm')}
                  </Button>
                </Group>
              </Stack>
            </Alert>
          )}
          {existing && confirmErase && (
            <Alert color="orange" title={t('people.erase')}>
              <Stack gap="xs">
                {t('people.eraseConfirm', { name: existing.name })}
                <Group>
                  <Button
                    color="orange"
                    loading={erase.isPending}
                    onClick={() =>
                      erase.mutate(
                        { id: existing.id },
                        {
                          onSuccess: (erased) => {
                            notifications.show({
                              color: 'teal',
                              message: t('people.erased', { name: erased.name }),
                            })
                            onClose()
                          },
                          onError: (error) =>
                            notifications.show({ color: 'red', message: errorMessage(error) }),
                        },
                      )
                    }
                  >
                    {t('people.eraseConfirmButton')}
                  </Button>
                  <Button variant="default" onClick={() => setConfirmErase(false)}>
                    {t('actions.cancel', { ns: 'common' })}
                  </Button>
                </Group>
              </Stack>
            </Alert>
          )}
          <Group justify="flex-end">
            {existing && (
              <Group gap="xs" mr="auto">
                <Button
                  variant="subtle"
                  loading={extract.isPending}
                  onClick={() => extract.mutate({ personId: existing.id })}
                >
                  {t('people.extract')}
                </Button>
                <Button variant="subtle" color="orange" onClick={() => setConfirmErase(true)}>
                  {t('people.erase')}
                </Button>
              </Group>
            )}
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
