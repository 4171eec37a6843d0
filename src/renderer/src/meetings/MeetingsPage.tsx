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
import { Link, useSearchParams } from 'react-router'
import type { MeetingSummaryDto } from '../../../shared/api/meetings.ts'
import { inTodo, type NextStep } from '../../../shared/domain/meetingCycle.ts'
import { formatLongDate, timeRange } from '../../../shared/domain/format.ts'
import { PageHeader } from '../components/PageHeader.tsx'
import { EmptyState } from '../components/EmptyState.tsx'
import { QueryState } from '../components/QueryState.tsx'
import { useSaveDocument } from '../components/useSaveDocument.tsx'
import { StatusBadge } from './common.tsx'
import { NewMeetingForm } from './MeetingForm.tsx'
import { keepPreviousData } from '@tanstack/react-query'
import { useProcedure, useToday } from '../components/procedures.ts'
import { YearPlanForm } from './YearPlanForm.tsx'
import { meetingTabPath, type MeetingTab } from './MeetingFrame.tsx'
import { uiLanguage } from '../i18n/index.ts'

/** Where each step is taken: the minutes are written and adjusted in the minutes tab. */
const STEP_TAB: Record<NextStep, MeetingTab> = {
  sendNotice: 'agenda',
  hold: 'agenda',
  markHeld: 'agenda',
  writeMinutes: 'minutes',
  adjustMinutes: 'minutes',
  done: 'agenda',
}

function MeetingTable({
  rows,
  showBody,
  label,
}: {
  rows: MeetingSummaryDto[]
  showBody: boolean
  label: string
}) {
  const { t } = useTranslation('meetings')
  return (
    <Table striped highlightOnHover verticalSpacing="xs" aria-label={label}>
      <Table.Thead>
        <Table.Tr>
          <Table.Th>{t('overview.date')}</Table.Th>
          {showBody && <Table.Th>{t('overview.body')}</Table.Th>}
          <Table.Th>{t('overview.time')}</Table.Th>
          <Table.Th>{t('overview.place')}</Table.Th>
          <Table.Th>{t('overview.items')}</Table.Th>
          <Table.Th>{t('overview.status')}</Table.Th>
          <Table.Th>{t('overview.next')}</Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {rows.map((row) => (
          <Table.Tr key={row.id}>
            <Table.Td>
              <Anchor
                component={Link}
                to={`/meetings/${row.id}`}
                fw={600}
                style={{ whiteSpace: 'nowrap' }}
                aria-label={t('overview.open', { body: row.bodyName, date: row.date })}
              >
                {row.date}
              </Anchor>
              {row.holiday && (
                <Badge ml={6} size="xs" color="orange" variant="light">
                  {t('overview.holiday', { name: row.holiday })}
                </Badge>
              )}
            </Table.Td>
            {showBody && <Table.Td>{row.bodyName}</Table.Td>}
            <Table.Td style={{ whiteSpace: 'nowrap' }}>
              {timeRange(row.startTime, row.endTime)}
            </Table.Td>
            <Table.Td>{row.place}</Table.Td>
            <Table.Td>{row.itemCount}</Table.Td>
            <Table.Td>
              <StatusBadge status={row.status} />
            </Table.Td>
            <Table.Td>
              {row.next.step !== 'done' && (
                <Text size="sm" c={row.next.overdue ? 'red.8' : undefined}>
                  {t(`nextStep.${row.next.step}`)}
                  {row.next.due && row.next.step === 'sendNotice'
                    ? ` (${t('overview.due', { date: row.next.due })})`
                    : ''}
                </Text>
              )}
            </Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  )
}

/** What needs doing (the rule is inTodo's); each card opens the step it names. */
function Todo({ rows, today }: { rows: MeetingSummaryDto[]; today: string }) {
  const { t } = useTranslation('meetings')
  const todo = rows
    .filter((row) => inTodo(row, today))
    .sort(
      (a, b) =>
        Number(a.next.step === 'writeMinutes') - Number(b.next.step === 'writeMinutes') ||
        (a.next.due ?? a.date).localeCompare(b.next.due ?? b.date),
    )
    .slice(0, 6)
  return (
    <section aria-labelledby="todo-title">
      <Title order={2} size="h4" id="todo-title" mb="xs">
        {t('overview.todo')}
      </Title>
      {todo.length === 0 ? (
        <Text c="dimmed">{t('overview.todoEmpty')}</Text>
      ) : (
        <SimpleGrid cols={{ base: 1, sm: 2, lg: 3 }} spacing="sm">
          {todo.map((row) => (
            <Card
              key={row.id}
              withBorder
              padding="sm"
              component={Link}
              to={meetingTabPath(row.id, STEP_TAB[row.next.step])}
            >
              <Group justify="space-between" wrap="nowrap">
                <Text fw={700} c={row.next.overdue ? 'red.8' : 'indigo.8'}>
                  {t(`nextStep.${row.next.step}`)}
                </Text>
                <StatusBadge status={row.status} />
              </Group>
              <Text size="sm">{row.bodyName}</Text>
              <Text size="sm" c="dimmed">
                {formatLongDate(row.date, uiLanguage())}, {timeRange(row.startTime, row.endTime)}
              </Text>
              {row.next.due && (
                <Text size="xs" c={row.next.overdue ? 'red.8' : 'dimmed'} mt={4}>
                  {row.next.overdue ? `${t('overview.overdue')} · ` : ''}
                  {t('overview.due', { date: row.next.due })}
                </Text>
              )}
            </Card>
          ))}
        </SimpleGrid>
      )}
    </section>
  )
}

/** Every body with its next and latest meeting, so a group without meetings stands out. */
function PerBody({
  rows,
  today,
  onPick,
}: {
  rows: MeetingSummaryDto[]
  today: string
  onPick: (bodyId: number) => void
}) {
  const { t } = useTranslation('meetings')
  const bodies = useProcedure('register.listBodies', {})
  return (
    <Table verticalSpacing={4} striped aria-label={t('overview.perBody')}>
      <Table.Thead>
        <Table.Tr>
          <Table.Th>{t('overview.body')}</Table.Th>
          <Table.Th>{t('overview.nextMeeting')}</Table.Th>
          <Table.Th>{t('overview.lastMeeting')}</Table.Th>
          <Table.Th ta="right">{t('overview.thisYear')}</Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {(bodies.data ?? []).map((body) => {
          const own = rows.filter((row) => row.bodyId === body.id)
          const next = own.find((row) => row.date >= today)
          const last = own.filter((row) => row.date < today).at(-1)
          return (
            <Table.Tr key={body.id}>
              <Table.Td>
                <Anchor
                  component="button"
                  type="button"
                  onClick={() => onPick(body.id)}
                  fw={body.kind === 'council' ? 700 : 500}
                >
                  {body.name}
                </Anchor>
              </Table.Td>
              <Table.Td>
                {next ? (
                  <Anchor component={Link} to={`/meetings/${next.id}`}>
                    {next.date}
                  </Anchor>
                ) : (
                  <Text span c="dimmed" size="sm">
                    {t('overview.none')}
                  </Text>
                )}
              </Table.Td>
              <Table.Td>
                {last ? (
                  <Anchor component={Link} to={`/meetings/${last.id}`}>
                    {last.date}
                  </Anchor>
                ) : (
                  <Text span c="dimmed" size="sm">
                    {t('overview.none')}
                  </Text>
                )}
              </Table.Td>
              <Table.Td ta="right">
                {own.filter((row) => row.date.slice(0, 4) === today.slice(0, 4)).length}
              </Table.Td>
            </Table.Tr>
          )
        })}
      </Table.Tbody>
    </Table>
  )
}

function YearExport({ bodyId, rows }: { bodyId: number; rows: MeetingSummaryDto[] }) {
  const { t } = useTranslation('meetings')
  const years = [...new Set(rows.map((row) => row.date.slice(0, 4)))].sort().reverse()
  const [year, setYear] = useState<string | null>(null)
  const chosen = year ?? years[0] ?? null
  const xlsx = useSaveDocument('exports.yearPlanXlsx')
  const ics = useSaveDocument('exports.yearPlanIcs')
  if (!chosen) return null
  return (
    <Group gap="xs" align="flex-end">
      <Select
        label={t('overview.exportYear')}
        w={120}
        data={years}
        value={chosen}
        onChange={setYear}
        allowDeselect={false}
      />
      <Button
        variant="default"
        loading={xlsx.isPending}
        onClick={() => xlsx.mutate({ bodyId, year: Number(chosen) })}
      >
        {t('yearPlan.exportXlsx')}
      </Button>
      <Button
        variant="default"
        loading={ics.isPending}
        onClick={() => ics.mutate({ bodyId, year: Number(chosen) })}
      >
        {t('yearPlan.exportIcs')}
      </Button>
    </Group>
  )
}

const RECENT_YEARS = 1

export function MeetingsPage() {
  const { t } = useTranslation('meetings')
  const [params, setParams] = useSearchParams()
  const bodyId = params.get('body') ? Number(params.get('body')) : null
  const bodies = useProcedure('register.listBodies', {})
  const [allPast, setAllPast] = useState(false)
  // The overview needs this year and last; older years load when the secretary asks for them.
  const query = useProcedure('meetings.list', allPast ? {} : { yearsBack: RECENT_YEARS }, {
    // Ten years of meetings is a megabyte: the overview reads recent years unless asked for all.
    placeholderData: keepPreviousData,
  })
  const today = useToday()
  const [dialog, setDialog] = useState<'meeting' | 'yearPlan' | null>(null)
  // A meeting needs a body to hold it: without one the buttons would open forms that cannot be saved.
  const noBody = bodies.data?.length === 0
  const rows = useMemo(
    () => (query.data ?? []).filter((row) => bodyId === null || row.bodyId === bodyId),
    [query.data, bodyId],
  )
  return (
    <>
      <PageHeader
        title={t('overview.title')}
        intro={t('overview.intro')}
        actions={
          <>
            <Button variant="default" onClick={() => setDialog('yearPlan')} disabled={noBody}>
              {t('overview.yearPlan')}
            </Button>
            <Button onClick={() => setDialog('meeting')} disabled={!today || noBody}>
              {t('overview.newMeeting')}
            </Button>
          </>
        }
      />
      {noBody && (
        <EmptyState
          text={t('overview.noBody')}
          steps={[{ label: t('overview.registerBody'), to: '/register/bodies' }]}
        />
      )}
      <Group mb="md" align="flex-end" justify="space-between">
        <Select
          label={t('overview.body')}
          w={320}
          value={bodyId === null ? 'all' : String(bodyId)}
          allowDeselect={false}
          searchable
          data={[
            { value: 'all', label: t('overview.allBodies') },
            ...(bodies.data ?? []).map((body) => ({ value: String(body.id), label: body.name })),
          ]}
          onChange={(value) => setParams(value && value !== 'all' ? { body: value } : {})}
        />
        {bodyId !== null && <YearExport bodyId={bodyId} rows={rows} />}
      </Group>
      <QueryState query={query}>
        {() => {
          if (!today) return null
          const upcoming = rows.filter((row) => row.date >= today)
          const past = rows.filter((row) => row.date < today).reverse()
          return (
            <Stack gap="lg">
              <Todo rows={rows} today={today} />
              <section>
                <Title order={2} size="h4" mb="xs">
                  {t('overview.upcoming')} ({upcoming.length})
                </Title>
                {upcoming.length === 0 ? (
                  // Without a body the card above says what comes first; the plan and meeting need one.
                  noBody ? (
                    <Text c="dimmed">{t('overview.noUpcomingYet')}</Text>
                  ) : (
                    <EmptyState
                      text={t('overview.noUpcoming')}
                      steps={[
                        { label: t('overview.yearPlan'), onClick: () => setDialog('yearPlan') },
                        { label: t('overview.newMeeting'), onClick: () => setDialog('meeting') },
                      ]}
                    />
                  )
                ) : (
                  <MeetingTable
                    rows={upcoming}
                    showBody={bodyId === null}
                    label={t('overview.upcoming')}
                  />
                )}
              </section>
              {bodyId === null && (
                <section>
                  <Title order={2} size="h4" mb="xs">
                    {t('overview.perBody')}
                  </Title>
                  <PerBody
                    rows={rows}
                    today={today}
                    onPick={(id) => setParams({ body: String(id) })}
                  />
                </section>
              )}
              <section>
                <Title order={2} size="h4" mb="xs">
                  {allPast
                    ? `${t('overview.past')} (${past.length})`
                    : t('overview.pastSince', {
                        year: Number(today.slice(0, 4)) - RECENT_YEARS,
                        count: past.length,
                      })}
                </Title>
                {past.length === 0 ? (
                  <Text c="dimmed">{t('overview.noPast')}</Text>
                ) : (
                  <MeetingTable
                    rows={allPast ? past : past.slice(0, 8)}
                    showBody={bodyId === null}
                    label={t('overview.past')}
                  />
                )}
                {!allPast && (
                  <Button variant="subtle" mt="xs" onClick={() => setAllPast(true)}>
                    {t('overview.showAllPast')}
                  </Button>
                )}
              </section>
            </Stack>
          )
        }}
      </QueryState>
      {dialog === 'meeting' && today && (
        <NewMeetingForm
          meetings={query.data ?? []}
          bodyId={bodyId}
          today={today}
          onClose={() => setDialog(null)}
        />
      )}
      {dialog === 'yearPlan' && today && (
        <YearPlanForm
          bodyId={bodyId}
          today={today}
          meetings={query.data ?? []}
          onClose={() => setDialog(null)}
        />
      )}
    </>
  )
}
