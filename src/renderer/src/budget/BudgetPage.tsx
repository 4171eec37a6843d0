import {
  Alert,
  Anchor,
  Button,
  Card,
  Group,
  List,
  Progress,
  SegmentedControl,
  SimpleGrid,
  Stack,
  Table,
  Text,
  Title,
} from '@mantine/core'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { ActivityDto, BudgetOverviewDto, GrantDto } from '../../../shared/api/budget.ts'
import { periodText, sumLines } from '../../../shared/domain/budget.ts'
import { formatKronor } from '../../../shared/domain/format.ts'
import { PageHeader } from '../components/PageHeader.tsx'
import { QueryState } from '../components/QueryState.tsx'
import { useSaveDocument } from '../components/useSaveDocument.tsx'
import { ActivityForm } from './ActivityForm.tsx'
import { GrantForm } from './GrantForm.tsx'
import { useProcedure, useThisYear } from '../components/procedures.ts'

const Money = ({ value, bold }: { value: number; bold?: boolean }) => (
  <Table.Td
    ta="right"
    fw={bold ? 700 : undefined}
    style={{ whiteSpace: 'nowrap', fontVariantNumeric: 'tabular-nums' }}
  >
    {formatKronor(value)}
  </Table.Td>
)

function GrantCard({ grant, onEdit }: { grant: GrantDto; onEdit: () => void }) {
  const { t } = useTranslation('budget')
  const { use } = grant
  const share = use.granted > 0 ? Math.min(100, (use.used / use.granted) * 100) : 100
  const over = use.used > use.granted
  return (
    <Card withBorder aria-label={grant.caseNumber}>
      <Group justify="space-between" align="flex-start" wrap="nowrap">
        <div>
          <Text fw={700}>{grant.projectName}</Text>
          <Text size="sm" c="dimmed">
            {t('grants.summary', { caseNumber: grant.caseNumber, period: periodText(grant) })}
          </Text>
        </div>
        <Button variant="default" size="xs" onClick={onEdit} style={{ flexShrink: 0 }}>
          {t('actions.edit', { ns: 'common' })}
        </Button>
      </Group>
      <SimpleGrid cols={3} mt="sm">
        <div>
          <Text size="xs" c="dimmed">
            {t('grants.granted')}
          </Text>
          <Text fw={600}>{formatKronor(use.granted)}</Text>
        </div>
        <div>
          <Text size="xs" c="dimmed">
            {t('grants.used')}
          </Text>
          <Text fw={600} c={over ? 'red' : undefined}>
            {formatKronor(use.used)}
          </Text>
        </div>
        <div>
          <Text size="xs" c="dimmed">
            {t('grants.remaining')}
          </Text>
          <Text fw={600} c={use.remaining < 0 ? 'red' : undefined}>
            {formatKronor(use.remaining)}
          </Text>
        </div>
      </SimpleGrid>
      <Progress
        value={share}
        color={over ? 'red' : 'teal'}
        mt="sm"
        aria-label={`${t('grants.used')} ${Math.round(share)} %`}
      />
      <Group gap="lg" mt="xs">
        {use.byYear.map((year) => (
          <Text key={year.year} size="sm">
            {t('grants.usedIn', { year: year.year })}: <b>{formatKronor(year.used)}</b>
            {!year.inPeriod && (
              <Text span c="orange" size="xs">
                {' '}
                ({t('grants.outsidePeriod')})
              </Text>
            )}
          </Text>
        ))}
      </Group>
      {use.warnings.length > 0 && (
        <Alert color="orange" mt="sm" title={t('grants.warning')} role="alert">
          <List size="sm">
            {use.warnings.map((warning) => (
              <List.Item key={warning}>{warning}</List.Item>
            ))}
          </List>
        </Alert>
      )}
    </Card>
  )
}

function YearSums({ overview }: { overview: BudgetOverviewDto }) {
  const { t } = useTranslation('budget')
  return (
    <Table withTableBorder striped aria-label={t('page.perYear')} maw={760}>
      <Table.Thead>
        <Table.Tr>
          <Table.Th>{t('columns.year')}</Table.Th>
          <Table.Th ta="right">{t('columns.count')}</Table.Th>
          <Table.Th ta="right">{t('columns.totalCost')}</Table.Th>
          <Table.Th ta="right">{t('columns.grantAmount')}</Table.Th>
          <Table.Th ta="right">{t('columns.ownFinancing')}</Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {overview.years.map((year) => (
          <Table.Tr key={year.year}>
            <Table.Td>{year.year}</Table.Td>
            <Table.Td ta="right">{year.lineCount}</Table.Td>
            <Money value={year.totalCost} />
            <Money value={year.grantAmount} />
            <Money value={year.ownFinancing} />
          </Table.Tr>
        ))}
      </Table.Tbody>
      <Table.Tfoot>
        <Table.Tr>
          <Table.Th>{t('columns.sum')}</Table.Th>
          <Table.Th ta="right">
            {overview.years.reduce((sum, year) => sum + year.lineCount, 0)}
          </Table.Th>
          <Money value={overview.total.totalCost} bold />
          <Money value={overview.total.grantAmount} bold />
          <Money value={overview.total.ownFinancing} bold />
        </Table.Tr>
      </Table.Tfoot>
    </Table>
  )
}

function ActivityTable({
  rows,
  year,
  onEdit,
}: {
  rows: ActivityDto[]
  year: number | null
  onEdit: (row: ActivityDto) => void
}) {
  const { t } = useTranslation('budget')
  const linesOf = (row: ActivityDto) =>
    row.lines.filter((line) => year === null || line.year === year)
  const total = sumLines(rows.flatMap(linesOf))
  return (
    <Table.ScrollContainer minWidth={760}>
      <Table striped highlightOnHover withTableBorder aria-label={t('page.activities')}>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('columns.activity')}</Table.Th>
            <Table.Th>{t('columns.date')}</Table.Th>
            <Table.Th ta="right">{t('columns.participants')}</Table.Th>
            <Table.Th>{t('columns.year')}</Table.Th>
            <Table.Th ta="right">{t('columns.totalCost')}</Table.Th>
            <Table.Th ta="right">{t('columns.grantAmount')}</Table.Th>
            <Table.Th ta="right">{t('columns.ownFinancing')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {rows.map((row) => {
            const lines = linesOf(row)
            const sums = sumLines(lines)
            return (
              <Table.Tr key={row.id}>
                <Table.Td>
                  <Anchor
                    component="button"
                    type="button"
                    fw={500}
                    ta="left"
                    onClick={() => onEdit(row)}
                  >
                    {row.name}
                  </Anchor>
                  <Text size="xs" c="dimmed">
                    {[t(`activityKind.${row.kind}`), row.bodyName].filter(Boolean).join(' · ')}
                  </Text>
                </Table.Td>
                <Table.Td style={{ whiteSpace: 'nowrap' }}>
                  {row.startDate}
                  {row.endDate && row.endDate !== row.startDate ? ` – ${row.endDate}` : ''}
                </Table.Td>
                <Table.Td ta="right">{row.participants}</Table.Td>
                {lines.length === 0 ? (
                  <Table.Td colSpan={4} c="dimmed">
                    {t('columns.noBudget')}
                  </Table.Td>
                ) : (
                  <>
                    <Table.Td>{lines.map((line) => line.year).join(', ')}</Table.Td>
                    <Money value={sums.totalCost} />
                    <Money value={sums.grantAmount} />
                    <Money value={sums.ownFinancing} />
                  </>
                )}
              </Table.Tr>
            )
          })}
        </Table.Tbody>
        <Table.Tfoot>
          <Table.Tr>
            <Table.Th colSpan={4}>
              {t('columns.sum')}
              {year ? ` ${year}` : ''}
            </Table.Th>
            <Money value={total.totalCost} bold />
            <Money value={total.grantAmount} bold />
            <Money value={total.ownFinancing} bold />
          </Table.Tr>
        </Table.Tfoot>
      </Table>
    </Table.ScrollContainer>
  )
}

export function BudgetPage() {
  const { t } = useTranslation('budget')
  const overview = useProcedure('budget.overview', {})
  const [year, setYear] = useState<number | null>(null)
  const activities = useProcedure('budget.listActivities', { year })
  const [editing, setEditing] = useState<ActivityDto | 'new' | null>(null)
  const [grantEditing, setGrantEditing] = useState<GrantDto | 'new' | null>(null)
  const exportBudget = useSaveDocument('exports.budgetXlsx')
  const years = overview.data?.years.map((row) => row.year) ?? []
  const grants = overview.data?.grants ?? []
  const thisYear = useThisYear()
  const defaultYear = year ?? years[years.length - 1] ?? thisYear
  return (
    <>
      <PageHeader
        title={t('page.title')}
        intro={t('page.intro')}
        actions={
          <>
            <Button
              variant="default"
              loading={exportBudget.isPending}
              disabled={years.length === 0}
              onClick={() => exportBudget.mutate({ year })}
            >
              {year ? t('page.exportYear', { year }) : t('page.export')}
            </Button>
            <Button onClick={() => setEditing('new')}>{t('page.newActivity')}</Button>
          </>
        }
      />
      <QueryState query={overview}>
        {(data) => (
          <Stack gap="lg">
            <section aria-labelledby="grants-title">
              <Group justify="space-between" mb="xs">
                <Title order={2} size="h4" id="grants-title">
                  {t('grants.title')}
                </Title>
                <Button variant="subtle" size="xs" onClick={() => setGrantEditing('new')}>
                  + {t('grants.new')}
                </Button>
              </Group>
              {data.grants.length === 0 ? (
                <Alert color="gray">{t('grants.none')}</Alert>
              ) : (
                <SimpleGrid cols={{ base: 1, lg: 2 }}>
                  {data.grants.map((grant) => (
                    <GrantCard key={grant.id} grant={grant} onEdit={() => setGrantEditing(grant)} />
                  ))}
                </SimpleGrid>
              )}
            </section>
            {data.years.length > 0 && (
              <section aria-labelledby="years-title">
                <Title order={2} size="h4" id="years-title" mb="xs">
                  {t('page.perYear')}
                </Title>
                <YearSums overview={data} />
              </section>
            )}
            <section aria-labelledby="activities-title">
              <Group justify="space-between" mb="xs">
                <Title order={2} size="h4" id="activities-title">
                  {t('page.activities')}
                </Title>
                {years.length > 0 && (
                  <SegmentedControl
                    aria-label={t('page.yearFilter')}
                    value={year === null ? 'all' : String(year)}
                    onChange={(value) => setYear(value === 'all' ? null : Number(value))}
                    data={[
                      { value: 'all', label: t('page.allYears') },
                      ...years.map((value) => ({ value: String(value), label: String(value) })),
                    ]}
                  />
                )}
              </Group>
              <QueryState
                query={activities}
                isEmpty={(rows) => rows.length === 0}
                empty={
                  <Text c="dimmed">
                    {year ? t('page.noActivitiesYear', { year }) : t('page.noActivities')}
                  </Text>
                }
              >
                {(rows) => <ActivityTable rows={rows} year={year} onEdit={setEditing} />}
              </QueryState>
            </section>
          </Stack>
        )}
      </QueryState>
      {editing && (
        <ActivityForm
          activity={editing}
          grants={grants}
          defaultYear={defaultYear}
          onClose={() => setEditing(null)}
        />
      )}
      {grantEditing && <GrantForm grant={grantEditing} onClose={() => setGrantEditing(null)} />}
    </>
  )
}
