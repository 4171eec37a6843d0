import '@mantine/charts/styles.css'
import { BarChart, LineChart } from '@mantine/charts'
import {
  Anchor,
  Badge,
  Button,
  Card,
  Group,
  Select,
  SimpleGrid,
  Stack,
  Table,
  Text,
  Title,
} from '@mantine/core'
import { useMemo, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { Link } from 'react-router'
import type {
  AttendanceStatsDto,
  PeriodRateDto,
  PersonRateDto,
} from '../../../shared/api/attendance.ts'
import { formatRate } from '../../../shared/domain/quorum.ts'
import { PageHeader } from '../components/PageHeader.tsx'
import { QueryState } from '../components/QueryState.tsx'
import { SortHeader, useSorted } from '../components/sorting.tsx'
import { useSaveDocument } from '../components/useSaveDocument.tsx'
import { useUpcomingMeetings } from './queries.ts'
import { LightBadge } from './StatusBadge.tsx'
import { useProcedure, useToday } from '../components/procedures.ts'

const percent = (rate: number | null) => (rate === null ? null : Math.round(rate * 100))

function Figure({ label, value, hint }: { label: string; value: string; hint?: string }) {
  return (
    <Card withBorder padding="sm">
      <Text size="xs" c="dimmed" tt="uppercase" fw={700}>
        {label}
      </Text>
      <Text size="xl" fw={700}>
        {value}
      </Text>
      {hint && (
        <Text size="xs" c="dimmed">
          {hint}
        </Text>
      )}
    </Card>
  )
}

type PersonKey =
  'name' | 'organisation' | 'expected' | 'present' | 'apologies' | 'absent' | 'rate' | 'served'
const personValue = (row: PersonRateDto, key: PersonKey): string | number | null => {
  switch (key) {
    case 'name':
      return row.name
    case 'organisation':
      return row.organisationName
    case 'rate':
      // People without a rate (deputies) sort last.
      return row.rate ?? 2
    default:
      return row[key]
  }
}

function PeopleTable({ people }: { people: PersonRateDto[] }) {
  const { t } = useTranslation('attendance')
  const { sorted, sort, toggle } = useSorted<PersonRateDto, PersonKey>(people, 'rate', personValue)
  const header = (key: PersonKey, label: string) => (
    <SortHeader label={label} column={key} sort={sort} onSort={toggle} />
  )
  return (
    <Table withTableBorder striped verticalSpacing={4} aria-label={t('stats.peopleTitle')}>
      <Table.Thead>
        <Table.Tr>
          {header('name', t('stats.person'))}
          {header('organisation', t('stats.organisation'))}
          {header('expected', t('stats.expected'))}
          {header('present', t('stats.present'))}
          {header('apologies', t('stats.apologies'))}
          {header('absent', t('status.absent'))}
          {header('rate', t('stats.rate'))}
          {header('served', t('stats.served'))}
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {sorted.map((row) => (
          <Table.Tr key={row.personId}>
            <Table.Td fw={500}>{row.name}</Table.Td>
            <Table.Td>{row.organisationName}</Table.Td>
            <Table.Td>{row.expected || ''}</Table.Td>
            <Table.Td>{row.expected ? row.present : ''}</Table.Td>
            <Table.Td>{row.expected ? row.apologies : ''}</Table.Td>
            <Table.Td>{row.expected ? row.absent : ''}</Table.Td>
            <Table.Td fw={600} c={row.rate !== null && row.rate < 0.5 ? 'red.9' : undefined}>
              {row.rate === null ? '' : formatRate(row.rate)}
            </Table.Td>
            <Table.Td>{row.served || ''}</Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  )
}

function StatisticsView({ stats }: { stats: AttendanceStatsDto }) {
  const { t } = useTranslation('attendance')
  const trend = stats.byYear.map((year) => ({
    year: year.label,
    [t('stats.memberRate')]: percent(year.memberRate),
    [t('stats.seatRate')]: percent(year.seatRate),
  }))
  const empty = stats.organisations
    .slice(0, 8)
    .map((row) => ({ organisation: row.name, [t('stats.emptyRate')]: percent(row.emptyRate) }))
  if (stats.meetingCount === 0) return <Text c="dimmed">{t('stats.noData')}</Text>
  return (
    <Stack gap="lg">
      <SimpleGrid cols={{ base: 2, md: 4 }}>
        <Figure label={t('stats.meetings')} value={String(stats.meetingCount)} />
        <Figure label={t('stats.memberRate')} value={formatRate(stats.overall.rate)} />
        <Figure
          label={t('stats.seatRate')}
          value={formatRate(stats.overall.seatRate)}
          hint={t('stats.seatRateHint')}
        />
        <Figure
          label={t('stats.awayLabel')}
          value={`${stats.overall.apologies} / ${stats.overall.absent}`}
          hint={t('stats.awayHint')}
        />
      </SimpleGrid>
      <SimpleGrid cols={{ base: 1, lg: 2 }}>
        <Card withBorder>
          <Title order={2} size="h4" mb="sm">
            {t('stats.trendTitle')}
          </Title>
          <div
            role="img"
            aria-label={`${t('stats.trendLabel')} ${stats.byYear.map((year) => `${year.label}: ${formatRate(year.memberRate)} / ${formatRate(year.seatRate)}`).join('; ')}`}
          >
            <LineChart
              h={260}
              data={trend}
              dataKey="year"
              unit=" %"
              yAxisProps={{ domain: [0, 100] }}
              withLegend
              legendProps={{ verticalAlign: 'bottom' }}
              connectNulls
              withDots
              series={[
                { name: t('stats.memberRate'), color: 'indigo.6' },
                { name: t('stats.seatRate'), color: 'teal.6' },
              ]}
            />
          </div>
        </Card>
        <Card withBorder>
          <Title order={2} size="h4" mb="sm">
            {t('stats.emptyTitle')}
          </Title>
          <div
            role="img"
            aria-label={`${t('stats.emptyLabel')} ${stats.organisations
              .slice(0, 8)
              .map((row) => `${row.name}: ${formatRate(row.emptyRate)}`)
              .join('; ')}`}
          >
            <BarChart
              h={260}
              data={empty}
              dataKey="organisation"
              orientation="vertical"
              valueFormatter={(value) => `${value} %`}
              xAxisProps={{ domain: [0, 100], tickFormatter: (value: number) => `${value} %` }}
              yAxisProps={{ width: 190 }}
              series={[{ name: t('stats.emptyRate'), color: 'red.6' }]}
            />
          </div>
        </Card>
      </SimpleGrid>
      <section aria-labelledby="organisations-title">
        <Title order={2} size="h4" id="organisations-title" mb="xs">
          {t('stats.emptyTitle')}
        </Title>
        <Table withTableBorder striped verticalSpacing={4} aria-label={t('stats.emptyTitle')}>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('stats.organisation')}</Table.Th>
              <Table.Th>{t('stats.seatMeetings')}</Table.Th>
              <Table.Th>{t('stats.empty')}</Table.Th>
              <Table.Th>{t('stats.emptyRate')}</Table.Th>
              <Table.Th>{t('stats.memberRate')}</Table.Th>
              {stats.byYear.map((year) => (
                <Table.Th key={year.label}>{year.label}</Table.Th>
              ))}
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {stats.organisations.map((row) => (
              <Table.Tr key={row.organisationId}>
                <Table.Td fw={500}>{row.name}</Table.Td>
                <Table.Td>{row.seatMeetings}</Table.Td>
                <Table.Td>{row.empty}</Table.Td>
                <Table.Td
                  fw={600}
                  c={row.emptyRate !== null && row.emptyRate >= 0.5 ? 'red.9' : undefined}
                >
                  {formatRate(row.emptyRate)}
                </Table.Td>
                <Table.Td>{formatRate(row.memberRate)}</Table.Td>
                {stats.byYear.map((year) => (
                  <Table.Td key={year.label}>
                    {formatRate(
                      row.byYear.find((cell) => cell.year === year.year)?.emptyRate ?? null,
                    )}
                  </Table.Td>
                ))}
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </section>
      <SimpleGrid cols={{ base: 1, md: 2 }}>
        <PeriodTable
          title={t('stats.termsTitle')}
          firstColumn={t('stats.term')}
          rows={[...stats.byTerm, ...stats.byYear].map((row) => ({
            key: row.label,
            strong: row.year === null,
            row,
          }))}
        />
        {stats.byBody.length > 1 && (
          <PeriodTable
            title={t('stats.bodiesTitle')}
            firstColumn={t('stats.body')}
            rows={stats.byBody.map((row) => ({ key: String(row.bodyId), strong: false, row }))}
          />
        )}
      </SimpleGrid>
      <section>
        <Title order={2} size="h4" mb="xs">
          {t('stats.peopleTitle')}
        </Title>
        <PeopleTable people={stats.people} />
      </section>
      <section>
        <Title order={2} size="h4" mb="xs">
          {t('stats.meetingsTitle')}
        </Title>
        <Table withTableBorder verticalSpacing={4} aria-label={t('stats.meetingsTitle')}>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('stats.date')}</Table.Th>
              <Table.Th>{t('stats.body')}</Table.Th>
              <Table.Th>{t('stats.attendance')}</Table.Th>
              <Table.Th>{t('stats.seats')}</Table.Th>
              <Table.Th>{t('stats.quorate')}</Table.Th>
              <Table.Td />
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {stats.meetings.map((meeting) => (
              <Table.Tr key={meeting.meetingId}>
                <Table.Td>{meeting.date}</Table.Td>
                <Table.Td>{meeting.bodyName}</Table.Td>
                <Table.Td>
                  {meeting.recorded ? `${meeting.present} / ${meeting.expected}` : ''}
                </Table.Td>
                <Table.Td>
                  {meeting.recorded ? `${meeting.filled} / ${meeting.seats}` : ''}
                </Table.Td>
                <Table.Td>
                  {meeting.quorate === null ? (
                    <Badge variant="outline" color="gray">
                      {t('stats.notRecorded')}
                    </Badge>
                  ) : (
                    <LightBadge color={meeting.quorate ? 'teal' : 'red'}>
                      {meeting.quorate ? t('stats.yes') : t('stats.no')}
                    </LightBadge>
                  )}
                </Table.Td>
                <Table.Td>
                  <Anchor
                    component={Link}
                    to={`/meetings/${meeting.meetingId}/attendance`}
                    size="sm"
                    aria-label={`${t('stats.open')} ${meeting.bodyName} ${meeting.date}`}
                  >
                    {t('stats.open')}
                  </Anchor>
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </section>
    </Stack>
  )
}

function Upcoming({ bodyId, today }: { bodyId: number | null; today: string }) {
  const { t } = useTranslation('attendance')
  const query = useUpcomingMeetings(bodyId, today)
  if (!query.data || query.data.length === 0) return null
  return (
    <Card withBorder mb="lg">
      <Title order={2} size="h4">
        {t('stats.upcomingTitle')}
      </Title>
      <Text size="sm" c="dimmed" mb="xs">
        {t('stats.upcomingIntro')}
      </Text>
      <Group gap="lg">
        {query.data.map((meeting) => (
          <Anchor
            key={meeting.id}
            component={Link}
            to={`/meetings/${meeting.id}/attendance`}
            aria-label={`${t('stats.open')} ${meeting.bodyName} ${meeting.date}`}
          >
            {meeting.date} {bodyId ? '' : meeting.bodyName}
          </Anchor>
        ))}
      </Group>
    </Card>
  )
}

/** Meetings and attendance rates per period (term, year) or per body, under one header. */
function PeriodTable({
  title,
  firstColumn,
  rows,
}: {
  title: string
  firstColumn: string
  rows: { key: string; strong: boolean; row: PeriodRateDto }[]
}) {
  const { t } = useTranslation('attendance')
  return (
    <section>
      <Title order={2} size="h4" mb="xs">
        {title}
      </Title>
      <Table withTableBorder verticalSpacing={4} aria-label={title}>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{firstColumn}</Table.Th>
            <Table.Th>{t('stats.meetings')}</Table.Th>
            <Table.Th>{t('stats.memberRate')}</Table.Th>
            <Table.Th>{t('stats.seatRate')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {rows.map(({ key, strong, row }) => (
            <Table.Tr key={key} fw={strong ? 600 : undefined}>
              <Table.Td>{row.label}</Table.Td>
              <Table.Td>{row.meetings}</Table.Td>
              <Table.Td>{formatRate(row.memberRate)}</Table.Td>
              <Table.Td>{formatRate(row.seatRate)}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </section>
  )
}

export function StatisticsPage() {
  const { t } = useTranslation('attendance')
  const bodies = useProcedure('register.listBodies', {})
  const today = useToday()
  const [chosenBody, setChosenBody] = useState<string | null>(null)
  const [fromYear, setFromYear] = useState<string | null>(null)
  const [toYear, setToYear] = useState<string | null>(null)
  const council = bodies.data?.find((body) => body.kind === 'council')
  const body = chosenBody ?? (council ? String(council.id) : 'all')
  const bodyId = body === 'all' ? null : Number(body)
  const input = useMemo(
    () => ({
      bodyId,
      fromYear: fromYear ? Number(fromYear) : null,
      toYear: toYear ? Number(toYear) : null,
    }),
    [bodyId, fromYear, toYear],
  )
  const stats = useProcedure('attendance.statistics', input)
  const save = useSaveDocument('exports.attendanceXlsx')
  const years = (stats.data?.availableYears ?? []).map(String)
  const exportYear = fromYear && fromYear === toYear ? Number(fromYear) : null
  return (
    <>
      <PageHeader
        title={t('stats.title')}
        intro={t('stats.intro')}
        actions={
          <Button
            variant="default"
            disabled={bodyId === null || !stats.data?.meetingCount}
            loading={save.isPending}
            onClick={() => bodyId && save.mutate({ bodyId, year: exportYear })}
          >
            {t('stats.export')}
          </Button>
        }
      />
      <Group mb="md" align="flex-end">
        <Select
          label={t('stats.body')}
          value={body}
          onChange={(value) => setChosenBody(value)}
          allowDeselect={false}
          searchable
          data={[
            { value: 'all', label: t('stats.allBodies') },
            ...(bodies.data ?? []).map((option) => ({
              value: String(option.id),
              label: option.name,
            })),
          ]}
          w={280}
        />
        <Select
          label={t('stats.fromYear')}
          value={fromYear}
          onChange={setFromYear}
          data={years}
          clearable
          w={120}
        />
        <Select
          label={t('stats.toYear')}
          value={toYear}
          onChange={setToYear}
          data={years}
          clearable
          w={120}
        />
      </Group>
      {today && <Upcoming bodyId={bodyId} today={today} />}
      <QueryState query={stats}>{(data) => <StatisticsView stats={data} />}</QueryState>
    </>
  )
}
