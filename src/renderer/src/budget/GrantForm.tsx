import { Modal, SimpleGrid, Stack, TextInput } from '@mantine/core'
import { useForm } from '@mantine/form'
import { notifications } from '@mantine/notifications'
import { useTranslation } from 'react-i18next'
import type { GrantDto } from '../../../shared/api/budget.ts'
import { errorMessage } from '../api.ts'
import { pathErrors } from './formErrors.ts'
import { NumberField, numberOf, numberRule } from '../components/NumberField.tsx'
import { useProcedureMutation, useCreateOrUpdate, useThisYear } from '../components/procedures.ts'
import { FormFooter } from '../components/FormFooter.tsx'
import { datePlaceholder } from '../i18n/index.ts'

export function GrantForm({ grant, onClose }: { grant: GrantDto | 'new'; onClose: () => void }) {
  const { t } = useTranslation('budget')
  const save = useCreateOrUpdate('budget.createGrant', 'budget.updateGrant')
  const remove = useProcedureMutation('budget.deleteGrant')
  const existing = grant === 'new' ? null : grant
  const thisYear = useThisYear()
  const form = useForm({
    initialValues: {
      caseNumber: existing?.caseNumber ?? '',
      projectName: existing?.projectName ?? '',
      amountGranted: existing ? String(existing.amountGranted) : '',
      fromYear: String(existing?.fromYear ?? thisYear),
      toYear: String(existing?.toYear ?? thisYear + 1),
      decisionDate: existing?.decisionDate ?? '',
    },
    // The server's words for the same fields; it reads the amount with the same parser.
    validate: {
      amountGranted: numberRule('amountGranted', 'kronor', { required: true }),
      fromYear: numberRule('year', 'integer', { required: true }),
      toYear: numberRule('year', 'integer', { required: true }),
    },
    validateInputOnBlur: true,
  })
  const submit = form.onSubmit(async (values) => {
    try {
      await save.mutateAsync({
        ...(existing ? { id: existing.id } : {}),
        caseNumber: values.caseNumber,
        projectName: values.projectName,
        amountGranted: values.amountGranted,
        fromYear: numberOf(values.fromYear, 'integer') ?? 0,
        toYear: numberOf(values.toYear, 'integer') ?? 0,
        decisionDate: values.decisionDate,
      })
      notifications.show({ color: 'teal', message: t('grants.saved') })
      onClose()
    } catch (error) {
      form.setErrors(pathErrors(error, 'caseNumber'))
    }
  })
  return (
    <Modal opened onClose={onClose} title={existing ? t('grants.edit') : t('grants.new')} size="lg">
      <form onSubmit={submit} noValidate>
        <Stack>
          <TextInput
            label={t('grants.caseNumber')}
            description={t('grants.caseNumberHint')}
            required
            data-autofocus
            {...form.getInputProps('caseNumber')}
          />
          <TextInput
            label={t('grants.projectName')}
            required
            {...form.getInputProps('projectName')}
          />
          <SimpleGrid cols={3}>
            <NumberField
              kind="kronor"
              label={t('grants.amountGranted')}
              required
              {...form.getInputProps('amountGranted')}
            />
            <NumberField
              kind="integer"
              label={t('grants.fromYear')}
              required
              {...form.getInputProps('fromYear')}
            />
            <NumberField
              kind="integer"
              label={t('grants.toYear')}
              required
              {...form.getInputProps('toYear')}
            />
          </SimpleGrid>
          <TextInput
            label={t('grants.decisionDate')}
            placeholder={datePlaceholder()}
            {...form.getInputProps('decisionDate')}
          />
          <FormFooter
            onCancel={onClose}
            saving={save.isPending}
            deletion={
              existing && {
                label: t('grants.delete'),
                confirm: t('grants.deleteConfirm', { name: existing.caseNumber }),
                id: existing.id,
                mutation: remove,
                onDeleted: onClose,
                onRefused: (error) => form.setErrors({ caseNumber: errorMessage(error) }),
              }
            }
          />
        </Stack>
      </form>
    </Modal>
  )
}
