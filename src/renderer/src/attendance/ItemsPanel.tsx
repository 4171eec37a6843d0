import { Badge, Button, Card, Group, Select, Stack, Table, Text, Title } from '@mantine/core'
import { notifications } from '@mantine/notifications'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { AttendanceDto } from '../../../shared/api/attendance.ts'
import type { QuorumRule } from '../../../shared/domain/quorum.ts'
import { errorMessage, say } from '../api.ts'
import { useProcedureMutation } from '../components/procedures.ts'
import { NumberField, numberOf, numberRule } from '../components/NumberField.tsx'

function RuleForm({ view }: { view: AttendanceDto }) {
  const { t } = useTranslation('attendance')
  const save = useProcedureMutation('attendance.setRule')
  const current = view.rule.rule
  const [kind, setKind] = useState<QuorumRule['kind']>(current.kind)
  // As typed; the shared parser reads them and says what is wrong (the server checks the range).
  const [numerator, setNumerator] = useState(
    String(current.kind === 'fraction' ? current.numerator : 2),
  )
  const [denominator, setDenominator] = useState(
    String(current.kind === 'fraction' ? current.denominator : 3),
  )
  const [count, setCount] = useState(
    String(current.kind === 'minimum' ? current.count : view.required),
  )
  const problems = {
    numerator: numberRule('numerator', 'integer', { required: true })(numerator),
    denominator: numberRule('denominator', 'integer', { required: true })(denominator),
    count: numberRule('count', 'integer', { required: true })(count),
  }
  const wrong =
    kind === 'fraction'
      ? problems.numerator || problems.denominator
      : kind === 'minimum'
        ? problems.count
        : null
  const rule: QuorumRule =
    kind === 'fraction'
      ? {
          kind,
          numerator: numberOf(numerator, 'integer') ?? 0,
          denominator: numberOf(denominator, 'integer') ?? 0,
        }
      : kind === 'minimum'
        ? { kind, count: numberOf(count, 'integer') ?? 0 }
        : { kind: 'majority' }
  return (
    <Card withBorder>
      <Title order={2} size="h5" mb="xs">
        {t('items.ruleTitle', { body: view.bodyName })}
      </Title>
      <Group align="flex-end">
        <Select
          label={t('items.ruleKind')}
          value={kind}
          onChange={(value) => setKind((value as QuorumRule['kind']) ?? 'majority')}
          allowDeselect={false}
          data={[
            { value: 'majority', label: t('items.majority') },
            { value: 'fraction', label: t('items.fraction') },
            { value: 'minimum', label: t('items.minimum') },
          ]}
          w={260}
        />
        {kind === 'fraction' && (
          <>
            <NumberField
              kind="integer"
              label={t('items.numerator')}
              value={numerator}
              error={problems.numerator}
              onChange={(event) => setNumerator(event.currentTarget.value)}
              w={100}
            />
            <NumberField
              kind="integer"
              label={t('items.denominator')}
              value={denominator}
              error={problems.denominator}
              onChange={(event) => setDenominator(event.currentTarget.value)}
              w={100}
            />
          </>
        )}
        {kind === 'minimum' && (
          <NumberField
            kind="integer"
            label={t('items.count')}
            value={count}
            error={problems.count}
            onChange={(event) => setCount(event.currentTarget.value)}
            w={120}
          />
        )}
        <Button
          variant="default"
          loading={save.isPending}
          disabled={Boolean(wrong)}
          onClick={() =>
            save.mutate(
              { bodyId: view.bodyId, rule },
              {
                onSuccess: () =>
                  notifications.show({ color: 'teal', message: t('items.ruleSaved') }),
                onError: (error) =>
                  notifications.show({ color: 'red', message: errorMessage(error) }),
              },
            )
          }
        >
          {t('items.saveRule')}
        </Button>
      </Group>
      <Text size="sm" c="dimmed" mt="xs">
        {say(view.rule.description)}
      </Text>
    </Card>
  )
}

export function ItemsPanel({ view }: { view: AttendanceDto }) {
  const { t } = useTranslation('attendance')
  return (
    <Stack>
      {!view.rollCallStarted && <Text c="dimmed">{t('items.notStarted')}</Text>}
      <Table withTableBorder verticalSpacing={4} aria-label={t('meeting.tabs.items')}>
        <Table.Thead>
          <Table.Tr>
            <Table.Th w={60}>{t('items.number')}</Table.Th>
            <Table.Th>{t('items.title')}</Table.Th>
            <Table.Th w={110}>{t('items.kind')}</Table.Th>
            <Table.Th w={130}>{t('items.filled')}</Table.Th>
            <Table.Th w={220}>{t('items.quorum')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {view.items.map((item) => (
            <Table.Tr key={item.itemId} bg={item.flagged ? 'red.0' : undefined}>
              <Table.Td>{item.number}</Table.Td>
              <Table.Td>{item.title}</Table.Td>
              <Table.Td>{t(`kind.${item.kind as 'decision'}`)}</Table.Td>
              <Table.Td>
                {view.rollCallStarted ? `${item.filled} / ${view.seatCount}` : '–'}
              </Table.Td>
              <Table.Td>
                {view.rollCallStarted &&
                  (item.flagged ? (
                    <Text c="red.8" fw={700} size="sm">
                      ⚠ {t('items.flagged')}
                    </Text>
                  ) : (
                    <Badge color={item.quorate ? 'teal' : 'orange'} variant="light">
                      {item.quorate ? t('quorum.quorate') : t('quorum.notQuorate')}
                    </Badge>
                  ))}
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
      <RuleForm view={view} />
    </Stack>
  )
}
