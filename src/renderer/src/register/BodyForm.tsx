import { Button, Group, Modal, Select, Stack, TextInput } from '@mantine/core'
import { useForm } from '@mantine/form'
import { useTranslation } from 'react-i18next'
import type { BodySummaryDto } from '../../../shared/api/register.ts'
import { BODY_KINDS, type BodyKind } from '../../../shared/domain/register.ts'
import { errorMessage, fieldErrors } from '../api.ts'
import { useProcedure, useCreateOrUpdate } from '../components/procedures.ts'

export function BodyForm({ body, onClose }: { body?: BodySummaryDto; onClose: () => void }) {
  const { t } = useTranslation('register')
  const save = useCreateOrUpdate('register.createBody', 'register.updateBody')
  const bodies = useProcedure('register.listBodies', {})
  const councils = (bodies.data ?? []).filter((body) => body.kind === 'council')
  const form = useForm({
    initialValues: body
      ? {
          name: body.name,
          kind: body.kind,
          area: body.area ?? '',
          parentId: body.parentId ? String(body.parentId) : null,
        }
      : {
          name: '',
          kind: (councils.length > 0 ? 'localGroup' : 'council') as BodyKind,
          area: '',
          parentId: councils[0] ? String(councils[0].id) : null,
        },
  })
  const submit = form.onSubmit(async (values) => {
    try {
      await save.mutateAsync({
        ...values,
        parentId: values.kind === 'council' || !values.parentId ? null : Number(values.parentId),
        ...(body ? { id: body.id } : {}),
      })
      onClose()
    } catch (error) {
      const errors = fieldErrors(error)
      form.setErrors(Object.keys(errors).length > 0 ? errors : { name: errorMessage(error) })
    }
  })
  return (
    <Modal opened onClose={onClose} title={body ? t('bodies.edit') : t('bodies.new')} size="lg">
      <form onSubmit={submit} noValidate>
        <Stack>
          <TextInput
            label={t('bodies.name')}
            required
            data-autofocus
            {...form.getInputProps('name')}
          />
          <Select
            label={t('bodies.kind')}
            allowDeselect={false}
            data={BODY_KINDS.map((kind) => ({ value: kind, label: t(`bodyKind.${kind}`) }))}
            {...form.getInputProps('kind')}
          />
          <TextInput label={t('bodies.area')} {...form.getInputProps('area')} />
          {form.values.kind === 'localGroup' && (
            <Select
              label={t('bodies.parent')}
              data={councils.map((body) => ({ value: String(body.id), label: body.name }))}
              {...form.getInputProps('parentId')}
            />
          )}
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
