import {
  ActionIcon,
  Button,
  Card,
  Checkbox,
  Group,
  Modal,
  SimpleGrid,
  Stack,
  Table,
  Text,
  TextInput,
  Textarea,
  Title,
  Tooltip,
} from '@mantine/core'
import { LineChart } from '@mantine/charts'
import { useForm } from '@mantine/form'
import { notifications } from '@mantine/notifications'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { IndicatorDto } from '../../../shared/api/indicators.ts'
import { formatNumber } from '../../../shared/domain/format.ts'
import { PageHeader } from '../components/PageHeader.tsx'
import { EmptyState } from '../components/EmptyState.tsx'
import { QueryState } from '../components/QueryState.tsx'
import { pathErrors } from './formErrors.ts'
import { errorMessage } from '../api.ts'
import { FormFooter } from '../components/FormFooter.tsx'
import { NumberField, numberOf, numberRule } from '../components/NumberField.tsx'
import {
  useProcedure,
  useProcedureMutation,
  useCreateOrUpdate,
  useThisYear,
} from '../components/procedures.ts'

let nextKey = 0
const valueKey = () => `value-${(nextKey += 1)}`

function IndicatorCard({ indicator, onEdit }: { indicator: IndicatorDto; onEdit: () => void }) {
  const { t } = useTranslation('budget')
  const unit = indicator.unit ? ` ${indicator.unit}` : ''
  const trend = indicator.trend
  return (
    <Card withBorder aria-label={indicator.name}>
      <Group justify="space-between" align="flex-start" wrap="nowrap">
        <div>
          <Title order={2} size="h4">
            {indicator.name}
          </Title>
          <Text size="sm" c="dimmed">
            {indicator.source} ·{' '}
            {indicator.lowerIsBetter
              ? t('indicators.lowerIsBetter')
              : t('indicators.higherIsBetter')}
          </Text>
        </div>
        <Button variant="default" size="xs" onClick={onEdit} style={{ flexShrink: 0 }}>
          {t('indicators.edit')}
        </Button>
      </Group>
      {trend && (
        <Group gap="xs" mt="xs">
          <Text
            size="sm"
            fw={700}
            c={trend.improved === null ? 'gray.9' : trend.improved ? 'teal.9' : 'red.9'}
          >
            {trend.change < 0 ? '▼ ' : trend.change > 0 ? '▲ ' : ''}
            {trend.improved === null
              ? t('indicators.unchanged')
              : trend.improved
                ? t('indicators.improved')
                : t('indicators.worsened')}
          </Text>
          <Text size="sm">
            {t('indicators.change', {
              from: `${formatNumber(trend.first.value)}${unit}`,
              fromYear: trend.first.year,
              to: `${formatNumber(trend.last.value)}${unit}`,
              toYear: trend.last.year,
            })}
          </Text>
        </Group>
      )}
      {indicator.values.length === 0 ? (
        <Text c="dimmed" size="sm" mt="sm">
          {t('indicators.noValues')}
        </Text>
      ) : (
        <div role="img" aria-label={t('indicators.chart', { name: indicator.name })}>
          <LineChart
            h={200}
            mt="md"
            data={indicator.values.map((point) => ({
              year: String(point.year),
              value: point.value,
            }))}
            dataKey="year"
            series={[
              {
                name: 'value',
                label: indicator.name,
                color: trend?.improved === false ? 'red.6' : 'indigo.6',
              },
            ]}
            curveType="linear"
            withPointLabels
            valueFormatter={(value) => `${formatNumber(value)}${unit}`}
            yAxisProps={{
              domain: ['auto', 'auto'],
              tickFormatter: (value: number) => formatNumber(value),
            }}
            tooltipAnimationDuration={0}
          />
        </div>
      )}
      {indicator.description && (
        <Text size="xs" c="dimmed" mt="xs">
          {indicator.description}
        </Text>
      )}
    </Card>
  )
}

function IndicatorForm({
  indicator,
  onClose,
}: {
  indicator: IndicatorDto | 'new'
  onClose: () => void
}) {
  const { t } = useTranslation('budget')
  const save = useCreateOrUpdate('indicators.create', 'indicators.update')
  const remove = useProcedureMutation('indicators.delete')
  const thisYear = useThisYear()
  const existing = indicator === 'new' ? null : indicator
  const form = useForm({
    initialValues: {
      name: existing?.name ?? '',
      source: existing?.source ?? '',
      unit: existing?.unit ?? '',
      lowerIsBetter: existing?.lowerIsBetter ?? true,
      description: existing?.description ?? '',
      values: (existing?.values ?? []).map((point) => ({
        key: valueKey(),
        year: String(point.year),
        // Every digit as stored (formatNumber would round to two decimals and save that).
        value: String(point.value).replace('.', ','),
      })),
    },
    // The server's words for the same fields; it reads the value with the same parser.
    validate: {
      values: {
        year: numberRule('year', 'integer', { required: true }),
        value: numberRule('value', 'decimal', { required: true, negative: true }),
      },
    },
    validateInputOnBlur: true,
  })
  const submit = form.onSubmit(async (values) => {
    try {
      const saved = await save.mutateAsync({
        ...(existing ? { id: existing.id } : {}),
        ...values,
        values: values.values.map((point) => ({
          year: numberOf(point.year, 'integer') ?? 0,
          value: point.value,
        })),
      })
      notifications.show({ color: 'teal', message: t('indicators.saved', { name: saved.name }) })
      onClose()
    } catch (error) {
      form.setErrors(pathErrors(error, 'name'))
    }
  })
  const lastYear = form.values.values.reduce(
    (max, point) => Math.max(max, numberOf(point.year, 'integer') ?? 0),
    0,
  )
  return (
    <Modal
      opened
      onClose={onClose}
      title={existing ? t('indicators.editTitle') : t('indicators.new')}
      size="lg"
    >
      <form onSubmit={submit} noValidate>
        <Stack>
          <TextInput
            label={t('indicators.name')}
            required
            data-autofocus
            {...form.getInputProps('name')}
          />
          <SimpleGrid cols={2}>
            <TextInput
              label={t('indicators.source')}
              placeholder={t('indicators.sourcePlaceholder')}
              required
              {...form.getInputProps('source')}
            />
            <TextInput
              label={t('indicators.unit')}
              placeholder={t('indicators.unitPlaceholder')}
              {...form.getInputProps('unit')}
            />
          </SimpleGrid>
          <Checkbox
            label={t('indicators.lowerIsBetter')}
            {...form.getInputProps('lowerIsBetter', { type: 'checkbox' })}
          />
          <Textarea
            label={t('indicators.description')}
            autosize
            minRows={2}
            {...form.getInputProps('description')}
          />
          <div>
            <Text fw={600} size="sm">
              {t('indicators.values')}
            </Text>
            <Table aria-label={t('indicators.values')} verticalSpacing={4}>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th w={120}>{t('indicators.year')}</Table.Th>
                  <Table.Th>{t('indicators.value')}</Table.Th>
                  <Table.Td w={40} />
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {form.values.values.map((point, index) => (
                  <Table.Tr key={point.key}>
                    <Table.Td>
                      <NumberField
                        kind="integer"
                        aria-label={t('indicators.year')}
                        {...form.getInputProps(`values.${index}.year`)}
                      />
                    </Table.Td>
                    <Table.Td>
                      <NumberField
                        kind="decimal"
                        aria-label={`${t('indicators.value')} ${point.year}`}
                        {...form.getInputProps(`values.${index}.value`)}
                      />
                    </Table.Td>
                    <Table.Td>
                      <Tooltip label={t('indicators.removeValue', { year: point.year })}>
                        <ActionIcon
                          variant="subtle"
                          color="gray"
                          aria-label={t('indicators.removeValue', { year: point.year })}
                          onClick={() => form.removeListItem('values', index)}
                        >
                          ×
                        </ActionIcon>
                      </Tooltip>
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
            <Button
              variant="subtle"
              size="compact-sm"
              mt={4}
              onClick={() =>
                form.insertListItem('values', {
                  key: valueKey(),
                  year: String(lastYear ? lastYear + 1 : thisYear),
                  value: '',
                })
              }
            >
              + {t('indicators.addValue')}
            </Button>
          </div>
          <FormFooter
            onCancel={onClose}
            saving={save.isPending}
            deletion={
              existing && {
                label: t('indicators.delete'),
                confirm: t('indicators.deleteConfirm', { name: existing.name }),
                id: existing.id,
                mutation: remove,
                onDeleted: onClose,
                onRefused: (error) => form.setErrors({ name: errorMessage(error) }),
              }
            }
          />
        </Stack>
      </form>
    </Modal>
  )
}

export function IndicatorsPage() {
  const { t } = useTranslation('budget')
  const query = useProcedure('indicators.list', {})
  const [editing, setEditing] = useState<IndicatorDto | 'new' | null>(null)
  return (
    <>
      <PageHeader
        title={t('indicators.title')}
        intro={t('indicators.intro')}
        actions={<Button onClick={() => setEditing('new')}>{t('indicators.new')}</Button>}
      />
      <QueryState
        query={query}
        isEmpty={(rows) => rows.length === 0}
        empty={
          <EmptyState
            text={t('indicators.none')}
            steps={[{ label: t('indicators.new'), onClick: () => setEditing('new') }]}
          />
        }
      >
        {(rows) => (
          <SimpleGrid cols={{ base: 1, lg: 2 }}>
            {rows.map((indicator) => (
              <IndicatorCard
                key={indicator.id}
                indicator={indicator}
                onEdit={() => setEditing(indicator)}
              />
            ))}
          </SimpleGrid>
        )}
      </QueryState>
      {editing && <IndicatorForm indicator={editing} onClose={() => setEditing(null)} />}
    </>
  )
}
