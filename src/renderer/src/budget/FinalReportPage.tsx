import {
  ActionIcon,
  Alert,
  Button,
  Card,
  Group,
  List,
  Loader,
  Select,
  SimpleGrid,
  Stack,
  Table,
  Text,
  TextInput,
  Textarea,
  Title,
  Tooltip,
} from '@mantine/core'
import { memo, useCallback, useEffect, useRef, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { AppError } from '../../../shared/api/errors.ts'
import type {
  FinalReportDto,
  ReportTextSection,
  SignatoryDto,
} from '../../../shared/api/reports.ts'
import { formatKronor, formatNumber } from '../../../shared/domain/format.ts'
import { errorMessage } from '../api.ts'
import { PageHeader } from '../components/PageHeader.tsx'
import { EmptyState } from '../components/EmptyState.tsx'
import { QueryState } from '../components/QueryState.tsx'
import { useSaveDocument } from '../components/useSaveDocument.tsx'
import { useProcedure, useProcedureMutation } from '../components/procedures.ts'
import { datePlaceholder } from '../i18n/index.ts'

interface Draft {
  texts: Record<ReportTextSection, string>
  place: string
  reportDate: string
  signatories: SignatoryDto[]
}

const AUTOSAVE_MS = 800
const timeOf = (iso: string) =>
  new Intl.DateTimeFormat('sv-SE', {
    hour: '2-digit',
    minute: '2-digit',
    second: '2-digit',
  }).format(new Date(iso))

/**
 * Keeps the draft saved: every change starts a short timer, one save runs at a time, and the
 * newest text always wins. A stale version (edited elsewhere) stops saving and says so.
 */
function useDraftSaving(
  report: FinalReportDto,
  draft: Draft,
  dirty: boolean,
  markClean: () => void,
) {
  const save = useProcedureMutation('reports.saveFinalReport')
  const version = useRef(report.version)
  const latest = useRef(draft)
  const running = useRef<Promise<void> | null>(null)
  const again = useRef(false)
  const [status, setStatus] = useState<{
    state: 'idle' | 'saving' | 'saved' | 'error'
    at: string | null
    message?: string
    conflict?: boolean
  }>({
    state: report.savedAt ? 'saved' : 'idle',
    at: report.savedAt,
  })
  const pending = useRef(dirty)
  useEffect(() => {
    latest.current = draft
    pending.current = dirty
  }, [draft, dirty])

  const run = useCallback(async (): Promise<void> => {
    if (running.current) {
      again.current = true
      return running.current
    }
    const work = (async () => {
      do {
        again.current = false
        const current = latest.current
        setStatus((previous) => ({ ...previous, state: 'saving' }))
        try {
          const saved = await save.mutateAsync({
            grantId: report.grant.id,
            version: version.current,
            texts: current.texts,
            place: current.place,
            reportDate: current.reportDate,
            signatories: current.signatories.filter((signatory) => signatory.name.trim() !== ''),
          })
          version.current = saved.version
          if (latest.current === current) markClean()
          setStatus({ state: 'saved', at: saved.savedAt })
        } catch (error) {
          setStatus({
            state: 'error',
            at: null,
            message: errorMessage(error),
            conflict: error instanceof AppError && error.code === 'CONFLICT',
          })
          again.current = false
        }
      } while (again.current)
    })()
    running.current = work
    try {
      await work
    } finally {
      running.current = null
    }
  }, [markClean, report.grant.id, save])

  useEffect(() => {
    if (!dirty || status.conflict) return
    const timer = setTimeout(() => void run(), AUTOSAVE_MS)
    return () => clearTimeout(timer)
  }, [dirty, draft, run, status.conflict])

  // Leaving the page saves what is pending.
  useEffect(
    () => () => {
      if (pending.current) void run()
    },
    [run],
  )

  const flush = useCallback(async () => {
    if (pending.current || running.current) await run()
  }, [run])
  return { status, flush }
}

/** One section's text; memoised so typing in one section does not re-render the others (50 pages each). */
const SectionText = memo(function SectionText({
  section,
  label,
  value,
  onText,
}: {
  section: ReportTextSection
  label: string
  value: string
  onText: (section: ReportTextSection, value: string) => void
}) {
  const { t } = useTranslation('budget')
  return (
    <Textarea
      label={label}
      description={t('report.textHint')}
      autosize
      minRows={4}
      maxRows={18}
      value={value}
      onChange={(event) => onText(section, event.currentTarget.value)}
    />
  )
})

function Editor({ report }: { report: FinalReportDto }) {
  const { t } = useTranslation('budget')
  const [draft, setDraft] = useState<Draft>(() => ({
    texts: report.texts,
    place: report.place ?? '',
    reportDate: report.reportDate ?? '',
    signatories: report.signatories,
  }))
  const [dirty, setDirty] = useState(false)
  const markClean = useCallback(() => setDirty(false), [])
  const { status, flush } = useDraftSaving(report, draft, dirty, markClean)
  const exportReport = useSaveDocument('exports.finalReportDocx')
  const change = useCallback((update: (draft: Draft) => Draft) => {
    setDraft(update)
    setDirty(true)
  }, [])
  const onText = useCallback(
    (section: ReportTextSection, value: string) =>
      change((current) => ({ ...current, texts: { ...current.texts, [section]: value } })),
    [change],
  )
  const text = (section: ReportTextSection) => ({ section, value: draft.texts[section], onText })
  const setSignatory = (index: number, field: keyof SignatoryDto, value: string) =>
    change((current) => ({
      ...current,
      signatories: current.signatories.map((signatory, at) =>
        at === index ? { ...signatory, [field]: value } : signatory,
      ),
    }))
  const { actors } = report
  return (
    <Stack gap="lg">
      <Group justify="space-between" align="center">
        <Text
          size="sm"
          c={status.state === 'error' ? 'red' : 'dimmed'}
          role="status"
          aria-live="polite"
        >
          {status.state === 'saving' && (
            <>
              <Loader size={10} mr={6} />
              {t('report.saving')}
            </>
          )}
          {status.state === 'saved' &&
            status.at &&
            !dirty &&
            t('report.savedAt', { time: timeOf(status.at) })}
          {(status.state === 'idle' || (status.state === 'saved' && dirty)) && t('report.unsaved')}
          {status.state === 'error' && t('report.saveFailed')}
        </Text>
        <Button
          loading={exportReport.isPending}
          onClick={async () => {
            await flush()
            exportReport.mutate({ grantId: report.grant.id })
          }}
        >
          {t('report.export')}
        </Button>
      </Group>
      {status.state === 'error' && (
        <Alert color="red" role="alert" title={t('report.saveFailed')}>
          <Text size="sm">{status.message}</Text>
          {status.conflict && (
            <Button size="xs" mt="xs" variant="light" onClick={() => window.location.reload()}>
              {t('report.reload')}
            </Button>
          )}
        </Alert>
      )}
      <SectionText label={t('report.problem')} {...text('problem')} />
      <SectionText label={t('report.measures')} {...text('measures')} />
      <SectionText label={t('report.implementation')} {...text('implementation')} />

      <Card withBorder>
        <Title order={2} size="h4">
          {t('report.actors')}
        </Title>
        <Text size="xs" c="dimmed" mb="xs">
          {t('report.actorsFromRegister')}
        </Text>
        <List size="sm" spacing={2} mb="sm">
          {actors.municipal.length > 0 && (
            <List.Item>
              {t('report.actorsMunicipal', { names: actors.municipal.join(', ') })}
            </List.Item>
          )}
          {actors.others.length > 0 && (
            <List.Item>{t('report.actorsOthers', { names: actors.others.join(', ') })}</List.Item>
          )}
          {actors.inEveryLocalGroup.length > 0 && (
            <List.Item>
              {t('report.actorsEvery', {
                count: actors.localGroupCount,
                names: actors.inEveryLocalGroup.join(', '),
              })}
            </List.Item>
          )}
        </List>
        <SectionText label={t('report.actorsNote')} {...text('actorsNote')} />
      </Card>

      <Card withBorder>
        <SectionText label={t('report.results')} {...text('results')} />
        <Text size="sm" fw={600} mt="md">
          {t('report.resultsFromIndicators')}
        </Text>
        <Table aria-label={t('report.resultsFromIndicators')} fz="sm">
          <Table.Tbody>
            {report.indicators.map((indicator) => (
              <Table.Tr key={indicator.id}>
                <Table.Td>{indicator.name}</Table.Td>
                <Table.Td c="dimmed">{indicator.source}</Table.Td>
                <Table.Td>
                  {indicator.values
                    .map(
                      (point) =>
                        `${formatNumber(point.value)}${indicator.unit ? ` ${indicator.unit}` : ''} (${point.year})`,
                    )
                    .join(' → ')}
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Card>

      <Card withBorder>
        <Title order={2} size="h4">
          {t('report.money')}
        </Title>
        <Text size="xs" c="dimmed" mb="xs">
          {t('report.moneyFromBudget')}
        </Text>
        {report.budget.length === 0 && (
          <Text c="dimmed" size="sm">
            {t('report.noBudget')}
          </Text>
        )}
        <SimpleGrid cols={{ base: 1, xl: 2 }}>
          {report.budget.map((year) => (
            <Table
              key={year.year}
              withTableBorder
              fz="sm"
              style={{ fontVariantNumeric: 'tabular-nums' }}
              styles={{ td: { whiteSpace: 'nowrap' } }}
              aria-label={`${t('report.money')} ${year.year}`}
            >
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>{year.year}</Table.Th>
                  <Table.Th ta="right">{t('columns.totalCost')}</Table.Th>
                  <Table.Th ta="right">{t('columns.grantAmount')}</Table.Th>
                  <Table.Th ta="right">{t('columns.ownFinancing')}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {year.rows.map((row) => (
                  <Table.Tr key={row.activityId}>
                    <Table.Td>{row.name}</Table.Td>
                    <Table.Td ta="right">{formatKronor(row.totalCost)}</Table.Td>
                    <Table.Td ta="right">{formatKronor(row.grantAmount)}</Table.Td>
                    <Table.Td ta="right">{formatKronor(row.ownFinancing)}</Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
              <Table.Tfoot>
                <Table.Tr>
                  <Table.Th>{t('columns.sum')}</Table.Th>
                  <Table.Th ta="right">{formatKronor(year.sums.totalCost)}</Table.Th>
                  <Table.Th ta="right">{formatKronor(year.sums.grantAmount)}</Table.Th>
                  <Table.Th ta="right">{formatKronor(year.sums.ownFinancing)}</Table.Th>
                </Table.Tr>
              </Table.Tfoot>
            </Table>
          ))}
        </SimpleGrid>
      </Card>

      <Card withBorder>
        <Title order={2} size="h4" mb="xs">
          {t('report.signing')}
        </Title>
        <SimpleGrid cols={2} maw={520} mb="sm">
          <TextInput
            label={t('report.place')}
            value={draft.place}
            onChange={(event) => {
              const value = event.currentTarget.value
              change((current) => ({ ...current, place: value }))
            }}
          />
          <TextInput
            label={t('report.reportDate')}
            placeholder={datePlaceholder()}
            value={draft.reportDate}
            onChange={(event) => {
              const value = event.currentTarget.value
              change((current) => ({ ...current, reportDate: value }))
            }}
          />
        </SimpleGrid>
        <Stack gap="xs">
          {draft.signatories.map((signatory, index) => (
            <Group key={index} align="flex-end" wrap="nowrap">
              <TextInput
                label={t('report.signatoryName')}
                value={signatory.name}
                onChange={(event) => setSignatory(index, 'name', event.currentTarget.value)}
                w={260}
              />
              <TextInput
                label={t('report.signatoryTitle')}
                value={signatory.title ?? ''}
                onChange={(event) => setSignatory(index, 'title', event.currentTarget.value)}
                w={300}
              />
              <Tooltip label={t('report.removeSignatory')}>
                <ActionIcon
                  variant="subtle"
                  color="gray"
                  mb={4}
                  aria-label={`${t('report.removeSignatory')}: ${signatory.name}`}
                  onClick={() =>
                    change((current) => ({
                      ...current,
                      signatories: current.signatories.filter((_, at) => at !== index),
                    }))
                  }
                >
                  ×
                </ActionIcon>
              </Tooltip>
            </Group>
          ))}
        </Stack>
        {draft.signatories.length < 4 && (
          <Button
            variant="subtle"
            size="compact-sm"
            mt="xs"
            onClick={() =>
              change((current) => ({
                ...current,
                signatories: [...current.signatories, { name: '', title: '' }],
              }))
            }
          >
            + {t('report.addSignatory')}
          </Button>
        )}
      </Card>
    </Stack>
  )
}

export function FinalReportPage() {
  const { t } = useTranslation('budget')
  const grants = useProcedure('budget.listGrants', {})
  const [chosen, setChosen] = useState<number | null>(null)
  const grantId = chosen ?? grants.data?.[0]?.id ?? null
  const report = useProcedure('reports.getFinalReport', grantId === null ? null : { grantId }, {
    // The editor owns the texts once loaded; a refresh after a write re-reads, never overwrites them.
    staleTime: Number.POSITIVE_INFINITY,
  })
  return (
    <>
      <PageHeader title={t('report.title')} intro={t('report.intro')} />
      <QueryState
        query={grants}
        isEmpty={(rows) => rows.length === 0}
        empty={
          <EmptyState
            text={t('report.noGrant')}
            steps={[{ label: t('empty.toBudget', { ns: 'common' }), to: '/budget' }]}
          />
        }
      >
        {(rows) => (
          <Stack>
            {rows.length > 1 && (
              <Select
                label={t('report.grant')}
                allowDeselect={false}
                maw={520}
                value={grantId ? String(grantId) : null}
                onChange={(value) => setChosen(value ? Number(value) : null)}
                data={rows.map((grant) => ({
                  value: String(grant.id),
                  label: `${grant.caseNumber} – ${grant.projectName}`,
                }))}
              />
            )}
            {rows.length === 1 && (
              <Text fw={600}>
                {rows[0]!.projectName} · {rows[0]!.caseNumber}
              </Text>
            )}
            <QueryState query={report}>
              {(data) => <Editor key={data.grant.id} report={data} />}
            </QueryState>
          </Stack>
        )}
      </QueryState>
    </>
  )
}
