import {
  ActionIcon,
  Alert,
  Anchor,
  Badge,
  Button,
  Grid,
  Group,
  Menu,
  Modal,
  NavLink,
  Select,
  Stack,
  Switch,
  Table,
  Tabs,
  Text,
  TextInput,
  Textarea,
} from '@mantine/core'
import { useForm } from '@mantine/form'
import { notify } from './notify.ts'
import { useMemo, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { Link, useParams, useSearchParams } from 'react-router'
import type { GoalDocumentDto, GoalVersionSummaryDto } from '../../../shared/api/goals.ts'
import type { GoalStatus } from '../../../shared/domain/goals.ts'
import { errorMessage, fieldErrors } from '../api.ts'
import { PageHeader } from '../components/PageHeader.tsx'
import { QueryState } from '../components/QueryState.tsx'
import { useConfirm } from '../components/useConfirm.tsx'
import { useSaveDocument } from '../components/useSaveDocument.tsx'
import { ComparisonView } from './ComparisonView.tsx'
import { FormattedText } from './FormattedText.tsx'
import { SectionEditor } from './SectionEditor.tsx'
import {
  AutosaveContext,
  createAutosaveRegistry,
  type AutosaveRegistry,
} from '../components/useAutosave.ts'
import { useProcedure, useProcedureMutation, useToday } from '../components/procedures.ts'
import i18next, { datePlaceholder } from '../i18n/index.ts'

const STATUS_COLOURS: Record<GoalStatus, string> = {
  draft: 'gray',
  consultation: 'orange',
  adopted: 'green',
}
const dayAndTime = new Intl.DateTimeFormat('sv-SE', { dateStyle: 'short', timeStyle: 'short' })

const failed = (error: unknown) =>
  notify({ color: 'red', title: i18next.t('states.error'), message: errorMessage(error) })

export function StatusBadge({ status }: { status: GoalStatus }) {
  const { t } = useTranslation('goals')
  return (
    <Badge color={STATUS_COLOURS[status]} variant="light" c="black" size="lg">
      {t(`status.${status}`)}
    </Badge>
  )
}

function SaveVersionDialog({
  document,
  registry,
  onClose,
}: {
  document: GoalDocumentDto
  registry: AutosaveRegistry
  onClose: () => void
}) {
  const { t } = useTranslation('goals')
  const save = useProcedureMutation('goals.saveVersion')
  const form = useForm({ initialValues: { comment: '', author: '' } })
  const number = (document.latestVersion ?? 0) + 1
  const submit = form.onSubmit(async (values) => {
    try {
      if (!(await registry.flushAll())) return
      await save.mutateAsync({
        documentId: document.id,
        comment: values.comment,
        author: values.author || null,
      })
      notify({ color: 'teal', message: t('version.saved', { number }) })
      onClose()
    } catch (error) {
      const errors = fieldErrors(error)
      form.setErrors(Object.keys(errors).length ? errors : { comment: errorMessage(error) })
    }
  })
  return (
    <Modal opened onClose={onClose} title={t('version.dialogTitle', { number })} size="lg">
      <form onSubmit={submit} noValidate>
        <Stack>
          <Textarea
            label={t('version.comment')}
            description={t('version.commentHelp')}
            required
            autosize
            minRows={2}
            data-autofocus
            {...form.getInputProps('comment')}
          />
          <TextInput
            label={t('version.author')}
            description={t('version.authorHelp')}
            {...form.getInputProps('author')}
          />
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              {t('actions.cancel', { ns: 'common' })}
            </Button>
            <Button type="submit" loading={save.isPending}>
              {t('document.saveVersion')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  )
}

function AdoptDialog({ document, onClose }: { document: GoalDocumentDto; onClose: () => void }) {
  const { t } = useTranslation('goals')
  const adopt = useProcedureMutation('goals.adoptVersion')
  const latest = document.versions[0]!
  const today = useToday()
  const form = useForm({
    initialValues: {
      adoptedAt: today,
      reference: t('adopt.referenceDefault', { body: document.bodyName, date: today }),
    },
  })
  const submit = form.onSubmit(async (values) => {
    try {
      await adopt.mutateAsync({ documentId: document.id, number: latest.number, ...values })
      notify({ color: 'teal', message: t('adopt.done', { number: latest.number }) })
      onClose()
    } catch (error) {
      const errors = fieldErrors(error)
      form.setErrors(Object.keys(errors).length ? errors : { reference: errorMessage(error) })
    }
  })
  return (
    <Modal opened onClose={onClose} title={t('adopt.title')} size="lg">
      <form onSubmit={submit} noValidate>
        <Stack>
          <Text>
            {t('adopt.version')}:{' '}
            <strong>
              {t('compare.versionOption', { number: latest.number, comment: latest.comment })}
            </strong>
          </Text>
          <TextInput
            label={t('adopt.date')}
            placeholder={datePlaceholder()}
            required
            {...form.getInputProps('adoptedAt')}
          />
          <TextInput
            label={t('adopt.reference')}
            description={t('adopt.referenceHelp')}
            required
            data-autofocus
            {...form.getInputProps('reference')}
          />
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              {t('actions.cancel', { ns: 'common' })}
            </Button>
            <Button type="submit" color="green" loading={adopt.isPending}>
              {t('adopt.confirm')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  )
}

function CommentDialog({
  document,
  version,
  onClose,
}: {
  document: GoalDocumentDto
  version: GoalVersionSummaryDto
  onClose: () => void
}) {
  const { t } = useTranslation('goals')
  const update = useProcedureMutation('goals.updateVersionComment')
  const form = useForm({ initialValues: { comment: version.comment } })
  const submit = form.onSubmit(async (values) => {
    try {
      await update.mutateAsync({
        documentId: document.id,
        number: version.number,
        comment: values.comment,
      })
      onClose()
    } catch (error) {
      const errors = fieldErrors(error)
      form.setErrors(Object.keys(errors).length ? errors : { comment: errorMessage(error) })
    }
  })
  return (
    <Modal opened onClose={onClose} title={t('version.editComment')} size="lg">
      <form onSubmit={submit} noValidate>
        <Stack>
          <Textarea
            label={t('version.comment')}
            required
            autosize
            minRows={2}
            data-autofocus
            {...form.getInputProps('comment')}
          />
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              {t('actions.cancel', { ns: 'common' })}
            </Button>
            <Button type="submit" loading={update.isPending}>
              {t('actions.save', { ns: 'common' })}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  )
}

function VersionDialog({
  documentId,
  number,
  onClose,
}: {
  documentId: number
  number: number
  onClose: () => void
}) {
  const { t } = useTranslation('goals')
  const version = useProcedure('goals.getVersion', number === null ? null : { documentId, number })
  return (
    <Modal opened onClose={onClose} title={t('version.viewTitle', { number })} size="xl">
      <QueryState query={version}>
        {(data) => (
          <Stack gap="md">
            <Text c="dimmed">{data.comment}</Text>
            {data.sections.map((section) => (
              <section key={section.key}>
                <Text fw={700} size="lg" mb={4} component="h3">
                  {section.heading}
                </Text>
                <FormattedText text={section.text} empty={<Text c="dimmed">–</Text>} />
              </section>
            ))}
          </Stack>
        )}
      </QueryState>
    </Modal>
  )
}

function DraftTab({
  document,
  registry,
}: {
  document: GoalDocumentDto
  registry: AutosaveRegistry
}) {
  const { t } = useTranslation('goals')
  const askToConfirm = useConfirm()
  const locked = document.status === 'adopted'
  const add = useProcedureMutation('goals.addSection')
  const move = useProcedureMutation('goals.moveSection')
  const remove = useProcedureMutation('goals.removeSection')
  const [newHeading, setNewHeading] = useState('')
  const [reloads, setReloads] = useState<Record<number, number>>({})
  const document_ = useProcedure('goals.getDocument', { id: document.id })

  const addSection = async () => {
    try {
      if (!(await registry.flushAll())) return
      await add.mutateAsync({
        documentId: document.id,
        version: document.version,
        heading: newHeading,
      })
      setNewHeading('')
    } catch (error) {
      failed(error)
    }
  }
  return (
    <Grid gap="lg">
      <Grid.Col span={{ base: 12, md: 3 }}>
        <div style={{ position: 'sticky', top: 70 }}>
          <nav aria-label={t('editor.contents')}>
            <Text fw={700} size="sm" mb={4}>
              {t('editor.contents')}
            </Text>
            {document.sections.map((section) => (
              <NavLink
                key={section.id}
                href={`#section-${section.id}`}
                label={section.heading}
                onClick={(event) => {
                  event.preventDefault()
                  window.document
                    .getElementById(`section-${section.id}`)
                    ?.querySelector('textarea')
                    ?.focus()
                }}
              />
            ))}
          </nav>
          {!locked && (
            <Stack gap={6} mt="md">
              <TextInput
                size="sm"
                label={t('editor.newHeading')}
                value={newHeading}
                onChange={(event) => setNewHeading(event.currentTarget.value)}
                onKeyDown={(event) => {
                  if (event.key === 'Enter' && newHeading.trim()) void addSection()
                }}
              />
              <Button
                size="sm"
                variant="default"
                disabled={!newHeading.trim()}
                loading={add.isPending}
                onClick={() => void addSection()}
              >
                {t('editor.addSection')}
              </Button>
            </Stack>
          )}
        </div>
      </Grid.Col>
      <Grid.Col span={{ base: 12, md: 9 }}>
        <Stack>
          {document.sections.map((section, index) => (
            <SectionEditor
              key={`${section.id}-${reloads[section.id] ?? 0}`}
              section={section}
              locked={locked}
              first={index === 0}
              last={index === document.sections.length - 1}
              onMove={(direction) => {
                void registry
                  .flushAll()
                  .then(() => move.mutateAsync({ id: section.id, direction }))
                  .catch(failed)
              }}
              onRemove={async () => {
                const confirmed = await askToConfirm({
                  title: t('editor.removeConfirm', { heading: section.heading }),
                  confirmLabel: t('actions.delete', { ns: 'common' }),
                  danger: true,
                })
                if (!confirmed) return
                void registry
                  .flushAll()
                  .then(() => remove.mutateAsync({ id: section.id, version: section.version }))
                  .catch(failed)
              }}
              onReload={() => {
                void document_.refetch().then(() =>
                  setReloads((current) => ({
                    ...current,
                    [section.id]: (current[section.id] ?? 0) + 1,
                  })),
                )
              }}
            />
          ))}
        </Stack>
      </Grid.Col>
    </Grid>
  )
}

function VersionsTab({
  document,
  onCompare,
}: {
  document: GoalDocumentDto
  onCompare: (from: number, to: number) => void
}) {
  const { t } = useTranslation('goals')
  const askToConfirm = useConfirm()
  const restore = useProcedureMutation('goals.restoreVersion')
  const exportVersion = useSaveDocument('exports.goalDocumentDocx')
  const [showing, setShowing] = useState<number | null>(null)
  const [editing, setEditing] = useState<GoalVersionSummaryDto | null>(null)
  if (document.versions.length === 0) return <Text c="dimmed">{t('version.empty')}</Text>
  return (
    <>
      <Table
        verticalSpacing="sm"
        striped
        aria-label={t('document.tabs.versions', { count: document.versions.length })}
      >
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('version.number')}</Table.Th>
            <Table.Th>{t('version.date')}</Table.Th>
            <Table.Th>{t('version.by')}</Table.Th>
            <Table.Th>{t('version.comment')}</Table.Th>
            <Table.Th ta="right">{t('version.words')}</Table.Th>
            <Table.Td />
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {document.versions.map((version) => (
            <Table.Tr key={version.id}>
              <Table.Td fw={700}>{version.number}</Table.Td>
              <Table.Td>{dayAndTime.format(new Date(version.createdAt))}</Table.Td>
              <Table.Td>{version.author}</Table.Td>
              <Table.Td>
                <Text size="sm">{version.comment}</Text>
                {version.adoptedAt && (
                  <Badge color="green" variant="light" c="black" mt={4}>
                    {t('version.adoptedBadge', { date: version.adoptedAt })} ·{' '}
                    {version.adoptedReference}
                  </Badge>
                )}
              </Table.Td>
              <Table.Td ta="right">
                {new Intl.NumberFormat('sv-SE').format(version.wordCount)}
              </Table.Td>
              <Table.Td>
                <Group gap={4} justify="flex-end" wrap="nowrap">
                  <Button size="xs" variant="default" onClick={() => setShowing(version.number)}>
                    {t('version.show')}
                  </Button>
                  <Menu position="bottom-end">
                    <Menu.Target>
                      <ActionIcon
                        variant="default"
                        size="md"
                        aria-label={t('version.actions', { number: version.number })}
                      >
                        ⋯
                      </ActionIcon>
                    </Menu.Target>
                    <Menu.Dropdown>
                      <Menu.Item
                        onClick={() =>
                          exportVersion.mutate({ documentId: document.id, version: version.number })
                        }
                      >
                        {t('version.word')}
                      </Menu.Item>
                      {version.number > 1 && (
                        <Menu.Item onClick={() => onCompare(version.number - 1, version.number)}>
                          {t('version.compareWithPrevious')}
                        </Menu.Item>
                      )}
                      <Menu.Item
                        disabled={Boolean(version.adoptedAt)}
                        onClick={() => setEditing(version)}
                      >
                        {version.adoptedAt ? t('version.lockedComment') : t('version.editComment')}
                      </Menu.Item>
                      <Menu.Item
                        disabled={document.status === 'adopted'}
                        onClick={async () => {
                          const confirmed = await askToConfirm({
                            title: t('version.restoreConfirm', { number: version.number }),
                            confirmLabel: t('version.restore'),
                          })
                          if (!confirmed) return
                          restore.mutate(
                            { documentId: document.id, number: version.number },
                            {
                              onSuccess: () =>
                                notify({
                                  color: 'teal',
                                  message: t('version.restored', { number: version.number }),
                                }),
                              onError: failed,
                            },
                          )
                        }}
                      >
                        {t('version.restore')}
                      </Menu.Item>
                    </Menu.Dropdown>
                  </Menu>
                </Group>
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
      {showing !== null && (
        <VersionDialog documentId={document.id} number={showing} onClose={() => setShowing(null)} />
      )}
      {editing && (
        <CommentDialog document={document} version={editing} onClose={() => setEditing(null)} />
      )}
    </>
  )
}

function CompareTab({
  document,
  from,
  to,
  onChange,
}: {
  document: GoalDocumentDto
  from: number | null
  to: number | null
  onChange: (from: number | null, to: number | null) => void
}) {
  const { t } = useTranslation('goals')
  const comparison = useProcedure(
    'goals.compareVersions',
    from !== null && to !== null && from !== to ? { documentId: document.id, from, to } : null,
  )
  const [onlyChanged, setOnlyChanged] = useState(false)
  const exportComparison = useSaveDocument('exports.goalComparisonDocx')
  const options = document.versions.map((version) => ({
    value: String(version.number),
    label: t('compare.versionOption', { number: version.number, comment: version.comment }),
  }))
  if (document.versions.length < 2) return <Text c="dimmed">{t('compare.needTwo')}</Text>
  return (
    <Stack>
      <Group align="flex-end">
        <Select
          label={t('compare.from')}
          data={options}
          value={from ? String(from) : null}
          allowDeselect={false}
          onChange={(value) => onChange(value ? Number(value) : null, to)}
          w={360}
        />
        <Select
          label={t('compare.to')}
          data={options}
          value={to ? String(to) : null}
          allowDeselect={false}
          onChange={(value) => onChange(from, value ? Number(value) : null)}
          w={360}
        />
        <Button
          variant="default"
          disabled={!from || !to || from === to}
          loading={exportComparison.isPending}
          onClick={() =>
            from && to && exportComparison.mutate({ documentId: document.id, from, to })
          }
        >
          {t('compare.export')}
        </Button>
      </Group>
      {from !== null && from === to ? (
        <Alert color="orange" role="alert">
          {t('compare.sameVersion')}
        </Alert>
      ) : (
        <QueryState query={comparison}>
          {(data) => (
            <Stack>
              <Group gap="lg">
                <Text fw={600}>
                  {t('compare.summary', {
                    added: data.summary.addedWords,
                    removed: data.summary.removedWords,
                    sections: data.summary.changedSections,
                  })}
                </Text>
                <Text size="sm" c="dimmed">
                  {t('compare.legend')}
                </Text>
              </Group>
              <Switch
                label={t('compare.onlyChanged')}
                checked={onlyChanged}
                onChange={(event) => setOnlyChanged(event.currentTarget.checked)}
              />
              <ComparisonView comparison={data} onlyChanged={onlyChanged} />
            </Stack>
          )}
        </QueryState>
      )}
    </Stack>
  )
}

function StatusActions({ document, onAdopt }: { document: GoalDocumentDto; onAdopt: () => void }) {
  const { t } = useTranslation('goals')
  const setStatus = useProcedureMutation('goals.setStatus')
  const change = (status: 'draft' | 'consultation') =>
    setStatus.mutate(
      { id: document.id, status },
      {
        onSuccess: () =>
          notify({
            color: 'teal',
            message: t('document.statusChanged', { status: t(`status.${status}`) }),
          }),
        onError: failed,
      },
    )
  if (document.status === 'adopted') {
    return (
      <Button variant="default" onClick={() => change('draft')} loading={setStatus.isPending}>
        {t('document.startRevision')}
      </Button>
    )
  }
  return (
    <>
      {document.status === 'draft' && (
        <Button
          variant="default"
          disabled={document.versions.length === 0}
          onClick={() => change('consultation')}
          loading={setStatus.isPending}
        >
          {t('document.sendForConsultation')}
        </Button>
      )}
      {document.status === 'consultation' && (
        <Button variant="default" onClick={() => change('draft')} loading={setStatus.isPending}>
          {t('document.backToDraft')}
        </Button>
      )}
      <Button
        variant="default"
        color="green"
        disabled={document.versions.length === 0}
        onClick={onAdopt}
      >
        {t('document.adopt')}
      </Button>
    </>
  )
}

function DocumentView({ document }: { document: GoalDocumentDto }) {
  const { t } = useTranslation('goals')
  const registry = useMemo(() => createAutosaveRegistry(), [])
  const [params, setParams] = useSearchParams()
  const [dialog, setDialog] = useState<'version' | 'adopt' | null>(null)
  const exportDraft = useSaveDocument('exports.goalDocumentDocx')
  const tab = params.get('tab') ?? 'draft'
  const numberParam = (name: string) => (params.get(name) ? Number(params.get(name)) : null)
  const defaultTo = document.versions[0]?.number ?? null
  const defaultFrom = document.versions[1]?.number ?? null
  const from = numberParam('from') ?? defaultFrom
  const to = numberParam('to') ?? defaultTo
  const adopted = document.versions.find(
    (version) => version.adoptedAt && version.number === document.adoptedVersion,
  )

  const setTab = async (value: string | null) => {
    await registry.flushAll()
    setParams((current) => {
      const next = new URLSearchParams(current)
      next.set('tab', value ?? 'draft')
      return next
    })
  }
  const compare = (nextFrom: number | null, nextTo: number | null) =>
    setParams({
      tab: 'compare',
      ...(nextFrom ? { from: String(nextFrom) } : {}),
      ...(nextTo ? { to: String(nextTo) } : {}),
    })

  return (
    <AutosaveContext.Provider value={registry}>
      <Anchor component={Link} to="/goals" size="sm">
        ← {t('document.back')}
      </Anchor>
      <PageHeader
        title={document.title}
        intro={`${document.bodyName} · ${
          document.latestVersion === null
            ? t('document.noVersionYet')
            : document.draftChanged
              ? t('document.draftChanged', { number: document.latestVersion })
              : t('document.draftUnchanged', { number: document.latestVersion })
        }`}
        actions={
          <>
            <Button
              variant="default"
              loading={exportDraft.isPending}
              onClick={() =>
                void registry.flushAll().then(() => exportDraft.mutate({ documentId: document.id }))
              }
            >
              {t('document.exportDraft')}
            </Button>
            <Button
              disabled={document.status === 'adopted'}
              onClick={() => void registry.flushAll().then((ok) => ok && setDialog('version'))}
            >
              {t('document.saveVersion')}
            </Button>
          </>
        }
      />
      <Group gap="xs" mb="md" aria-label={t('list.statusColumn')} role="group">
        <Text fw={600} size="sm">
          {t('list.statusColumn')}:
        </Text>
        <StatusBadge status={document.status} />
        <StatusActions document={document} onAdopt={() => setDialog('adopt')} />
      </Group>
      {adopted && document.status === 'adopted' && (
        <Alert color="green" mb="md">
          {t('document.adoptedNotice', {
            number: adopted.number,
            date: adopted.adoptedAt,
            reference: adopted.adoptedReference,
          })}
        </Alert>
      )}
      {document.status === 'consultation' && document.latestVersion !== null && (
        <Alert color="orange" mb="md">
          {t('document.consultationNotice', { number: document.latestVersion })}
        </Alert>
      )}
      <Tabs value={tab} onChange={(value) => void setTab(value)} keepMounted={false}>
        <Tabs.List mb="md">
          <Tabs.Tab value="draft">{t('document.tabs.draft')}</Tabs.Tab>
          <Tabs.Tab value="versions">
            {t('document.tabs.versions', { count: document.versions.length })}
          </Tabs.Tab>
          <Tabs.Tab value="compare">{t('document.tabs.compare')}</Tabs.Tab>
        </Tabs.List>
        <Tabs.Panel value="draft">
          <DraftTab document={document} registry={registry} />
        </Tabs.Panel>
        <Tabs.Panel value="versions">
          <VersionsTab document={document} onCompare={compare} />
        </Tabs.Panel>
        <Tabs.Panel value="compare">
          <CompareTab document={document} from={from} to={to} onChange={compare} />
        </Tabs.Panel>
      </Tabs>
      {dialog === 'version' && (
        <SaveVersionDialog
          document={document}
          registry={registry}
          onClose={() => setDialog(null)}
        />
      )}
      {dialog === 'adopt' && <AdoptDialog document={document} onClose={() => setDialog(null)} />}
    </AutosaveContext.Provider>
  )
}

export function GoalDocumentPage() {
  const { id } = useParams()
  const document = useProcedure('goals.getDocument', { id: Number(id) })
  return <QueryState query={document}>{(data) => <DocumentView document={data} />}</QueryState>
}
