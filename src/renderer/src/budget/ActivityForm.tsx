import {
  ActionIcon,
  Button,
  Modal,
  Select,
  SimpleGrid,
  Stack,
  Table,
  Text,
  TextInput,
  Textarea,
  Tooltip,
} from '@mantine/core'
import { useForm } from '@mantine/form'
import { notifications } from '@mantine/notifications'
import { useTranslation } from 'react-i18next'
import type { ActivityDto, GrantDto } from '../../../shared/api/budget.ts'
import { ACTIVITY_KINDS, type ActivityKind } from '../../../shared/domain/budget.ts'
import { formatKronor } from '../../../shared/domain/format.ts'
import { errorMessage } from '../api.ts'
import { DeleteButton } from '../components/DeleteButton.tsx'
import { pathErrors } from './formErrors.ts'
import { NumberField, numberOf, numberRule } from '../components/NumberField.tsx'
import { FormFooter } from '../components/FormFooter.tsx'
import { useProcedure, useProcedureMutation, useCreateOrUpdate } from '../components/procedures.ts'
import { datePlaceholder } from '../i18n/index.ts'

interface LineValues {
  key: string
  year: string
  totalCost: string
  grantAmount: string
}

let nextKey = 0
const lineKey = () => `line-${(nextKey += 1)}`
const text = (value: number | null | undefined) => (value == null ? '' : String(value))

export function ActivityForm({
  activity,
  grants,
  defaultYear,
  onClose,
}: {
  activity: ActivityDto | 'new'
  grants: GrantDto[]
  defaultYear: number
  onClose: () => void
}) {
  const { t } = useTranslation('budget')
  const bodies = useProcedure('register.listBodies', {})
  const save = useCreateOrUpdate('budget.createActivity', 'budget.updateActivity')
  const remove = useProcedureMutation('budget.deleteActivity')
  const existing = activity === 'new' ? null : activity
  const form = useForm({
    initialValues: {
      name: existing?.name ?? '',
      kind: (existing?.kind ?? 'safetyDay') as ActivityKind,
      bodyId: existing?.bodyId ? String(existing.bodyId) : null,
      grantId: existing
        ? existing.grantId
          ? String(existing.grantId)
          : null
        : grants.length === 1
          ? String(grants[0]!.id)
          : null,
      startDate: existing?.startDate ?? '',
      endDate: existing?.endDate ?? '',
      participants: text(existing?.participants),
      description: existing?.description ?? '',
      lines: (existing?.lines ?? [{ year: defaultYear, totalCost: null, grantAmount: 0 }]).map(
        (line): LineValues => ({
          key: lineKey(),
          year: String(line.year),
          totalCost: text(line.totalCost),
          grantAmount: text(line.grantAmount),
        }),
      ),
    },
    // The server's words for the same fields; it reads the text with the same parser.
    validate: {
      participants: numberRule('participants', 'integer'),
      lines: {
        year: numberRule('year', 'integer', { required: true }),
        totalCost: numberRule('totalCost', 'kronor', { required: true }),
        grantAmount: numberRule('grantAmount', 'kronor'),
      },
    },
    validateInputOnBlur: true,
  })
  const submit = form.onSubmit(async (values) => {
    try {
      const saved = await save.mutateAsync({
        ...(existing ? { id: existing.id } : {}),
        name: values.name,
        kind: values.kind,
        bodyId: values.bodyId ? Number(values.bodyId) : null,
        grantId: values.grantId ? Number(values.grantId) : null,
        startDate: values.startDate,
        endDate: values.endDate,
        participants: values.participants,
        description: values.description,
        lines: values.lines.map((line) => ({
          year: numberOf(line.year, 'integer') ?? 0,
          totalCost: line.totalCost,
          grantAmount: line.grantAmount.trim() === '' ? 0 : line.grantAmount,
        })),
      })
      notifications.show({ color: 'teal', message: t('activity.saved', { name: saved.name }) })
      onClose()
    } catch (error) {
      form.setErrors(pathErrors(error, 'name'))
    }
  })
  const deleteActivity = () =>
    existing &&
    remove.mutate(
      { id: existing.id },
      {
        onSuccess: () => {
          notifications.show({ color: 'teal', message: t('activity.deleted') })
          onClose()
        },
        onError: (error) => notifications.show({ color: 'red', message: errorMessage(error) }),
      },
    )
  const lastYear = form.values.lines.reduce(
    (max, line) => Math.max(max, numberOf(line.year, 'integer') ?? 0),
    0,
  )
  return (
    <Modal
      opened
      onClose={onClose}
      title={existing ? t('activity.edit') : t('activity.new')}
      size="xl"
    >
      <form onSubmit={submit} noValidate>
        <Stack>
          <SimpleGrid cols={2}>
            <TextInput
              label={t('activity.name')}
              placeholder={t('activity.namePlaceholder')}
              required
              data-autofocus
              {...form.getInputProps('name')}
            />
            <Select
              label={t('activity.kind')}
              required
              allowDeselect={false}
              data={ACTIVITY_KINDS.map((kind) => ({
                value: kind,
                label: t(`activityKind.${kind}`),
              }))}
              {...form.getInputProps('kind')}
            />
            <Select
              label={t('activity.body')}
              placeholder={t('activity.bodyPlaceholder')}
              searchable
              clearable
              data={(bodies.data ?? []).map((body) => ({
                value: String(body.id),
                label: body.name,
              }))}
              {...form.getInputProps('bodyId')}
            />
            <Select
              label={t('activity.grant')}
              placeholder={t('activity.noGrant')}
              clearable
              data={grants.map((grant) => ({
                value: String(grant.id),
                label: `${grant.caseNumber} – ${grant.projectName}`,
              }))}
              {...form.getInputProps('grantId')}
            />
          </SimpleGrid>
          <SimpleGrid cols={3}>
            <TextInput
              label={t('activity.startDate')}
              placeholder={datePlaceholder()}
              {...form.getInputProps('startDate')}
            />
            <TextInput
              label={t('activity.endDate')}
              placeholder={datePlaceholder()}
              {...form.getInputProps('endDate')}
            />
            <NumberField
              kind="integer"
              label={t('activity.participants')}
              {...form.getInputProps('participants')}
            />
          </SimpleGrid>
          <Textarea
            label={t('activity.description')}
            autosize
            minRows={2}
            maxRows={6}
            {...form.getInputProps('description')}
          />
          <div>
            <Text fw={600} size="sm">
              {t('activity.lines')}
            </Text>
            <Text size="xs" c="dimmed" mb={4}>
              {t('activity.linesHint')}
            </Text>
            <Table aria-label={t('activity.lines')} verticalSpacing={4}>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th w={110}>{t('activity.lineYear')}</Table.Th>
                  <Table.Th>{t('columns.totalCost')}</Table.Th>
                  <Table.Th>{t('columns.grantAmount')}</Table.Th>
                  <Table.Th ta="right">{t('activity.ownFinancing')}</Table.Th>
                  <Table.Td w={40} />
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {form.values.lines.map((line, index) => {
                  const own =
                    (numberOf(line.totalCost, 'kronor') ?? 0) -
                    (numberOf(line.grantAmount, 'kronor') ?? 0)
                  return (
                    <Table.Tr key={line.key}>
                      <Table.Td>
                        <NumberField
                          kind="integer"
                          aria-label={t('activity.lineYear')}
                          {...form.getInputProps(`lines.${index}.year`)}
                        />
                      </Table.Td>
                      <Table.Td>
                        <NumberField
                          kind="kronor"
                          aria-label={`${t('columns.totalCost')} ${line.year}`}
                          {...form.getInputProps(`lines.${index}.totalCost`)}
                        />
                      </Table.Td>
                      <Table.Td>
                        <NumberField
                          kind="kronor"
                          aria-label={`${t('columns.grantAmount')} ${line.year}`}
                          {...form.getInputProps(`lines.${index}.grantAmount`)}
                        />
                      </Table.Td>
                      <Table.Td ta="right">
                        <Text
                          size="sm"
                          c={own < 0 ? 'red' : undefined}
                          aria-label={`${t('activity.ownFinancing')} ${line.year}`}
                        >
                          {formatKronor(own)}
                        </Text>
                      </Table.Td>
                      <Table.Td>
                        <Tooltip label={t('activity.removeLine', { year: line.year })}>
                          <ActionIcon
                            variant="subtle"
                            color="gray"
                            aria-label={t('activity.removeLine', { year: line.year })}
                            onClick={() => form.removeListItem('lines', index)}
                          >
                            ×
                          </ActionIcon>
                        </Tooltip>
                      </Table.Td>
                    </Table.Tr>
                  )
                })}
              </Table.Tbody>
            </Table>
            {typeof form.errors.lines === 'string' && (
              <Text c="red" size="sm">
                {form.errors.lines}
              </Text>
            )}
            <Button
              variant="subtle"
              size="compact-sm"
              mt={4}
              onClick={() =>
                form.insertListItem('lines', {
                  key: lineKey(),
                  year: String(lastYear ? lastYear + 1 : defaultYear),
                  totalCost: '',
                  grantAmount: '0',
                })
              }
            >
              + {t('activity.addLine')}
            </Button>
          </div>
          <Text size="xs" c="dimmed">
            {t('activity.goalLater')}
          </Text>
          <FormFooter
            onCancel={onClose}
            saving={save.isPending}
            start={
              existing && (
                <DeleteButton
                  label={t('activity.delete')}
                  confirm={t('activity.deleteConfirm', { name: existing.name })}
                  pending={remove.isPending}
                  onDelete={deleteActivity}
                />
              )
            }
          />
        </Stack>
      </form>
    </Modal>
  )
}
