import { Modal, NumberInput, SimpleGrid, Stack, TextInput } from '@mantine/core'
import { useForm } from '@mantine/form'
import { notifications } from '@mantine/notifications'
import { useTranslation } from 'react-i18next'
import type { GrantDto } from '../../../shared/api/budget.ts'
import { errorMessage } from '../api.ts'
import { pathErrors } from './formErrors.ts'
import { MoneyInput } from './MoneyInput.tsx'
import { useProcedureMutation, useCreateOrUpdate, useThisYear } from '../components/procedures.ts'
import { FormFooter } from '../components/FormFooter.tsx'

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
      amountGranted: (existing?.amountGranted ?? '') as number | string,
      fromYear: (existing?.fromYear ?? thisYear) as number | string,
      toYear: (existing?.toYear ?? thisYear + 1) as number | string,
      decisionDate: existing?.decisionDate ?? '',
    },
  })
  const submit = form.onSubmit(async (values) => {
    try {
      await save.mutateAsync({
        ...(existing ? { id: existing.id } : {}),
        caseNumber: values.caseNumber,
        projectName: values.projectName,
        amountGranted: values.amountGranted === '' ? undefined : values.amountGranted,
        fromYear: Number(values.fromYear),
        toYear: Number(values.toYear),
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
            <MoneyInput
              label={t('grants.amountGranted')}
              required
              {...form.getInputProps('amountGranted')}
            />
            <NumberInput
              label={t('grants.fromYear')}
              required
              allowDecimal={false}
              hideControls
              {...form.getInputProps('fromYear')}
            />
            <NumberInput
              label={t('grants.toYear')}
              required
              allowDecimal={false}
              hideControls
              {...form.getInputProps('toYear')}
            />
          </SimpleGrid>
          <TextInput
            label={t('grants.decisionDate')}
            placeholder="ÅÅÅÅ-MM-DD"
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
