import {
  Alert,
  Anchor,
  Badge,
  Button,
  Card,
  Checkbox,
  Group,
  Menu,
  MultiSelect,
  Select,
  SimpleGrid,
  Stack,
  Table,
  Text,
  Textarea,
  TextInput,
  Title,
} from '@mantine/core'
import { notifications } from '@mantine/notifications'
import { useEffect, useRef, useState, type KeyboardEvent } from 'react'
import { useTranslation } from 'react-i18next'
import { Link, useParams, useSearchParams } from 'react-router'
import type { ActionItemDto, MinutesDto, ParagraphDto } from '../../../shared/api/minutes.ts'
import { timeRange } from '../../../shared/domain/format.ts'
import { errorMessage, fieldErrors } from '../api.ts'
import { PageHeader } from '../components/PageHeader.tsx'
import { QueryState } from '../components/QueryState.tsx'
import { useConfirm } from '../components/useConfirm.tsx'
import { useSaveDocument } from '../components/useSaveDocument.tsx'
import { ConfirmModal } from '../meetings/common.tsx'
import { SituationEditor } from './SituationEditor.tsx'
import { useProcedure, useProcedureMutation } from '../components/procedures.ts'

export function ActionLine({ action }: { action: ActionItemDto }) {
  const { t } = useTranslation('minutes')
  return (
    <Group gap={6} wrap="nowrap" align="baseline">
      <Text size="sm" fw={500}>
        {action.description}
      </Text>
      <Text size="xs" c="dimmed">
        {action.owner} · {t('action.dueDate')} {action.dueDate} ·{' '}
        {t('action.decidedIn', { date: action.decidedDate, number: action.decidedParagraph })}
      </Text>
      <Badge
        size="xs"
        variant="light"
        color={action.overdue ? 'red' : action.status === 'done' ? 'teal' : 'gray'}
        style={{ flexShrink: 0, overflow: 'visible' }}
      >
        {action.overdue ? t('action.overdue') : t(`status.${action.status}`)}
      </Badge>
    </Group>
  )
}

function NotBegun({ minutes }: { minutes: MinutesDto }) {
  const { t } = useTranslation('minutes')
  const begin = useProcedureMutation('minutes.begin')
  const [struck, setStruck] = useState<number[]>([])
  const start = async () => {
    try {
      await begin.mutateAsync({ meetingId: minutes.meetingId, struckItemIds: struck })
    } catch (error) {
      notifications.show({ color: 'red', message: errorMessage(error) })
    }
  }
  return (
    <Stack>
      <Alert color="blue">{t('page.notBegun')}</Alert>
      <SimpleGrid cols={{ base: 1, md: 2 }}>
        <Card withBorder>
          <Title order={2} size="h4" mb="xs">
            {t('page.agenda')}
          </Title>
          <Table aria-label={t('page.agenda')}>
            <Table.Tbody>
              {minutes.agenda.map((item, index) => (
                <Table.Tr key={item.id}>
                  <Table.Td w={40}>{index + 1}.</Table.Td>
                  <Table.Td td={struck.includes(item.id) ? 'line-through' : undefined}>
                    {item.title}
                  </Table.Td>
                  <Table.Td w={110}>
                    <Checkbox
                      size="xs"
                      label={t('page.strike')}
                      aria-label={`${t('page.strike')}: ${item.title}`}
                      checked={struck.includes(item.id)}
                      onChange={(event) =>
                        setStruck((current) =>
                          event.currentTarget.checked
                            ? [...current, item.id]
                            : current.filter((id) => id !== item.id),
                        )
                      }
                    />
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Card>
        <Card withBorder>
          <Title order={2} size="h4" mb={4}>
            {t('page.followUpTitle')}
          </Title>
          <Text size="sm" c="dimmed" mb="xs">
            {t('page.followUpIntro')}
          </Text>
          {minutes.followUp.length === 0 ? (
            <Text size="sm">{t('page.noFollowUp')}</Text>
          ) : (
            <Stack gap={6} aria-label={t('page.followUpTitle')}>
              {minutes.followUp.map((action) => (
                <ActionLine key={action.id} action={action} />
              ))}
            </Stack>
          )}
        </Card>
      </SimpleGrid>
      <Group>
        <Button onClick={start} loading={begin.isPending}>
          {t('page.begin')}
        </Button>
      </Group>
    </Stack>
  )
}

function AdjustmentCard({ minutes }: { minutes: MinutesDto }) {
  const { t } = useTranslation('minutes')
  const setAdjustment = useProcedureMutation('minutes.setAdjustment')
  const adjust = useProcedureMutation('minutes.adjust')
  const confirm = useConfirm()
  const [adjusters, setAdjusters] = useState(
    minutes.adjusters.map((person) => String(person.personId)),
  )
  const [adjustBy, setAdjustBy] = useState(minutes.adjustBy ?? '')
  const [place, setPlace] = useState(minutes.adjustPlace ?? '')
  const [adjustedOn, setAdjustedOn] = useState('')
  const [errors, setErrors] = useState<Record<string, string>>({})
  const run = async (work: () => Promise<unknown>) => {
    setErrors({})
    try {
      await work()
    } catch (error) {
      const fields = fieldErrors(error)
      setErrors(fields)
      if (Object.keys(fields).length === 0)
        notifications.show({ color: 'red', message: errorMessage(error) })
    }
  }
  return (
    <Card withBorder>
      <Title order={2} size="h4" mb={4}>
        {t('adjustment.title')}
      </Title>
      <Text size="sm" c="dimmed" mb="xs">
        {t('adjustment.proposed', {
          names: minutes.proposedAdjusters.map((person) => person.name).join(', ') || '—',
        })}
      </Text>
      {minutes.adjustOverdue && (
        <Alert color="orange" mb="xs">
          {t('page.adjustOverdue', { date: minutes.adjustBy })}
        </Alert>
      )}
      <Group align="flex-end" wrap="wrap">
        <MultiSelect
          label={t('adjustment.adjusters')}
          data={minutes.adjusterCandidates.map((person) => ({
            value: String(person.personId),
            label: person.name,
          }))}
          value={adjusters}
          onChange={setAdjusters}
          maxValues={2}
          w={360}
          error={errors.adjusterIds}
        />
        <TextInput
          label={t('adjustment.adjustBy')}
          value={adjustBy}
          onChange={(event) => setAdjustBy(event.currentTarget.value)}
          w={130}
          error={errors.adjustBy}
        />
        <TextInput
          label={t('adjustment.place')}
          value={place}
          onChange={(event) => setPlace(event.currentTarget.value)}
          w={220}
        />
        <Button
          variant="default"
          loading={setAdjustment.isPending}
          onClick={() =>
            run(() =>
              setAdjustment.mutateAsync({
                meetingId: minutes.meetingId,
                version: minutes.version,
                adjusterIds: adjusters.map(Number),
                adjustBy,
                adjustPlace: place,
              }),
            )
          }
        >
          {t('adjustment.save')}
        </Button>
      </Group>
      <Group align="flex-end" mt="sm">
        <TextInput
          label={t('adjustment.adjustedOn')}
          placeholder="ÅÅÅÅ-MM-DD"
          value={adjustedOn}
          onChange={(event) => setAdjustedOn(event.currentTarget.value)}
          w={130}
          error={errors.adjustedOn}
        />
        <Button
          color="teal"
          loading={adjust.isPending}
          onClick={async () => {
            const confirmed = await confirm({
              title: t('adjustment.confirmTitle', { date: adjustedOn || '—' }),
              message: t('adjustment.confirm'),
              confirmLabel: t('adjustment.adjust'),
            })
            if (confirmed)
              await run(() =>
                adjust.mutateAsync({
                  meetingId: minutes.meetingId,
                  version: minutes.version,
                  adjustedOn,
                }),
              )
          }}
        >
          {t('adjustment.adjust')}
        </Button>
      </Group>
    </Card>
  )
}

function NewActionForm({ paragraph }: { paragraph: ParagraphDto }) {
  const { t } = useTranslation('minutes')
  const people = useProcedure('register.listPeople', {})
  const organisations = useProcedure('register.listOrganisations', {})
  const add = useProcedureMutation('minutes.addAction')
  const [open, setOpen] = useState(false)
  const [values, setValues] = useState({
    description: '',
    ownerPersonId: null as string | null,
    ownerOrganisationId: null as string | null,
    dueDate: '',
  })
  const [errors, setErrors] = useState<Record<string, string>>({})
  if (!open)
    return (
      <Button size="xs" variant="light" onClick={() => setOpen(true)}>
        {t('paragraph.newAction')}
      </Button>
    )
  const save = async () => {
    setErrors({})
    try {
      await add.mutateAsync({
        paragraphId: paragraph.id,
        description: values.description,
        ownerPersonId: values.ownerPersonId ? Number(values.ownerPersonId) : null,
        ownerOrganisationId: values.ownerOrganisationId ? Number(values.ownerOrganisationId) : null,
        dueDate: values.dueDate,
      })
      setValues({ description: '', ownerPersonId: null, ownerOrganisationId: null, dueDate: '' })
      setOpen(false)
    } catch (error) {
      const fields = fieldErrors(error)
      setErrors(Object.keys(fields).length > 0 ? fields : { description: errorMessage(error) })
    }
  }
  return (
    <Card withBorder bg="gray.0" p="sm" aria-label={t('paragraph.newAction')} component="section">
      <Stack gap="xs">
        <TextInput
          label={t('action.description')}
          data-autofocus
          autoFocus
          value={values.description}
          onChange={(event) => setValues({ ...values, description: event.currentTarget.value })}
          error={errors.description}
        />
        <Group grow align="flex-start">
          <SelectField
            label={t('action.ownerPerson')}
            data={(people.data ?? []).map((person) => ({
              value: String(person.id),
              label: person.name,
            }))}
            value={values.ownerPersonId}
            onChange={(value) => setValues({ ...values, ownerPersonId: value })}
            error={errors.ownerPersonId}
          />
          <SelectField
            label={t('action.ownerOrganisation')}
            data={(organisations.data ?? []).map((organisation) => ({
              value: String(organisation.id),
              label: organisation.name,
            }))}
            value={values.ownerOrganisationId}
            onChange={(value) => setValues({ ...values, ownerOrganisationId: value })}
          />
          <TextInput
            label={t('action.dueDate')}
            placeholder="ÅÅÅÅ-MM-DD"
            value={values.dueDate}
            onChange={(event) => setValues({ ...values, dueDate: event.currentTarget.value })}
            error={errors.dueDate}
          />
        </Group>
        <Group justify="flex-end">
          <Button variant="default" size="xs" onClick={() => setOpen(false)}>
            {t('actions.cancel', { ns: 'common' })}
          </Button>
          <Button size="xs" onClick={save} loading={add.isPending}>
            {t('action.add')}
          </Button>
        </Group>
      </Stack>
    </Card>
  )
}

function SelectField(props: {
  label: string
  data: { value: string; label: string }[]
  value: string | null
  onChange: (value: string | null) => void
  error?: string
}) {
  return <Select searchable clearable {...props} />
}

function FollowUp({ minutes, paragraph }: { minutes: MinutesDto; paragraph: ParagraphDto }) {
  const { t } = useTranslation('minutes')
  const report = useProcedureMutation('minutes.reportAction')
  const act = async (action: ActionItemDto, status: 'done' | 'struck' | 'open') => {
    try {
      await report.mutateAsync({
        id: action.id,
        version: action.version,
        status,
        paragraphId: status === 'open' ? null : paragraph.id,
      })
    } catch (error) {
      notifications.show({ color: 'red', message: errorMessage(error) })
    }
  }
  if (minutes.followUp.length === 0)
    return (
      <Text size="sm" c="dimmed">
        {t('page.noFollowUp')}
      </Text>
    )
  return (
    <Stack gap={4} aria-label={t('page.followUpTitle')}>
      {minutes.followUp.map((action) => (
        <Group key={action.id} justify="space-between" wrap="nowrap">
          <ActionLine action={action} />
          {!paragraph.locked && (
            <Group gap={4} wrap="nowrap">
              {action.status === 'done' || action.status === 'struck' ? (
                <Button size="compact-xs" variant="default" onClick={() => act(action, 'open')}>
                  {t('action.reopen')}
                </Button>
              ) : (
                <>
                  <Button
                    size="compact-xs"
                    color="teal"
                    variant="light"
                    aria-label={`${t('action.done')}: ${action.description}`}
                    onClick={() => act(action, 'done')}
                  >
                    {t('action.done')}
                  </Button>
                  <Button
                    size="compact-xs"
                    color="gray"
                    variant="light"
                    onClick={() => act(action, 'struck')}
                  >
                    {t('action.struck')}
                  </Button>
                </>
              )}
            </Group>
          )}
        </Group>
      ))}
    </Stack>
  )
}

function ParagraphCard({
  minutes,
  paragraph,
  highlighted,
}: {
  minutes: MinutesDto
  paragraph: ParagraphDto
  highlighted: boolean
}) {
  const { t } = useTranslation('minutes')
  const save = useProcedureMutation('minutes.saveParagraph')
  const immediate = useProcedureMutation('minutes.markImmediate')
  const undoImmediate = useProcedureMutation('minutes.undoImmediate')
  const [confirmImmediate, setConfirmImmediate] = useState(false)
  const extract = useSaveDocument('exports.extractDocx')
  const [title, setTitle] = useState(paragraph.title)
  const [text, setText] = useState(paragraph.text)
  const [decisions, setDecisions] = useState(paragraph.decisions.map((decision) => decision.text))
  const [problem, setProblem] = useState<string | null>(null)
  const textArea = useRef<HTMLTextAreaElement>(null)
  const dirty =
    title !== paragraph.title ||
    text !== paragraph.text ||
    decisions.join('\n') !== paragraph.decisions.map((decision) => decision.text).join('\n')

  const insertPhrase = (phrase: string) => {
    const area = textArea.current
    const at = area?.selectionStart ?? text.length
    const before = text.slice(0, at)
    const joined = `${before}${before && !before.endsWith('\n') ? '\n' : ''}${phrase}${text.slice(at)}`
    setText(joined)
  }
  const onKeyDown = (event: KeyboardEvent<HTMLTextAreaElement>) => {
    if (!(event.ctrlKey || event.metaKey) || !/^[1-9]$/.test(event.key)) return
    const phrase = minutes.phrases[Number(event.key) - 1]
    if (!phrase) return
    event.preventDefault()
    insertPhrase(phrase)
  }
  const submit = async () => {
    setProblem(null)
    try {
      await save.mutateAsync({
        id: paragraph.id,
        version: paragraph.version,
        title,
        text,
        decisions,
      })
      notifications.show({ color: 'teal', message: t('page.saved') })
    } catch (error) {
      setProblem(errorMessage(error))
    }
  }
  const label = `§ ${paragraph.number} ${paragraph.title}`
  return (
    <Card
      withBorder
      id={`p-${paragraph.id}`}
      component="section"
      aria-label={label}
      style={highlighted ? { outline: '3px solid var(--mantine-color-yellow-5)' } : undefined}
    >
      <Group justify="space-between" mb="xs" wrap="nowrap">
        <Title order={2} size="h4">
          § {paragraph.number} {paragraph.title}
        </Title>
        <Group gap={6}>
          {paragraph.immediate && (
            <Badge color="grape" variant="light">
              {t('paragraph.immediate')}
            </Badge>
          )}
          {paragraph.immediate && !minutes.locked && (
            <Button
              size="compact-sm"
              variant="subtle"
              color="gray"
              loading={undoImmediate.isPending}
              onClick={() =>
                undoImmediate.mutate(
                  { id: paragraph.id, version: paragraph.version },
                  { onError: (error) => setProblem(errorMessage(error)) },
                )
              }
            >
              {t('paragraph.undoImmediate')}
            </Button>
          )}
          {paragraph.locked && (
            <Badge color="gray" variant="light">
              {t('paragraph.locked')}
            </Badge>
          )}
          <Button
            size="compact-sm"
            variant="subtle"
            loading={extract.isPending}
            onClick={() =>
              extract.mutate({ meetingId: minutes.meetingId, paragraph: paragraph.number })
            }
          >
            {t('paragraph.extract')}
          </Button>
        </Group>
      </Group>
      {paragraph.locked ? (
        <Stack gap={6}>
          {paragraph.text && (
            <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
              {paragraph.text}
            </Text>
          )}
          {paragraph.decisions.length > 0 && (
            <div>
              <Text size="sm" fw={700}>
                {t('paragraph.decisions')}
              </Text>
              {paragraph.decisions.map((decision) => (
                <Text key={decision.id} size="sm" pl="md">
                  {decision.text}
                </Text>
              ))}
            </div>
          )}
        </Stack>
      ) : (
        <Stack gap="xs">
          {paragraph.agendaItemId === null && (
            <TextInput
              label={t('paragraph.title')}
              value={title}
              onChange={(event) => setTitle(event.currentTarget.value)}
            />
          )}
          <Textarea
            ref={textArea}
            label={t('paragraph.text')}
            description={t('paragraph.textHint')}
            autosize
            minRows={2}
            value={text}
            onChange={(event) => setText(event.currentTarget.value)}
            onKeyDown={onKeyDown}
          />
          <Group gap={6}>
            <Menu position="bottom-start">
              <Menu.Target>
                <Button size="compact-xs" variant="default">
                  {t('paragraph.insertPhrase')}
                </Button>
              </Menu.Target>
              <Menu.Dropdown>
                {minutes.phrases.map((phrase, index) => (
                  <Menu.Item
                    key={phrase}
                    onClick={() => insertPhrase(phrase)}
                    rightSection={
                      index < 9 ? (
                        <Text size="xs" c="dimmed">
                          Ctrl+{index + 1}
                        </Text>
                      ) : null
                    }
                  >
                    {phrase}
                  </Menu.Item>
                ))}
                <Menu.Divider />
                <Menu.Item component={Link} to="/phrases">
                  {t('paragraph.editPhrases')}
                </Menu.Item>
              </Menu.Dropdown>
            </Menu>
          </Group>
          <Text size="sm" fw={600}>
            {t('paragraph.decisions')}
          </Text>
          {decisions.map((decision, index) => (
            <Group key={index} gap={6} wrap="nowrap">
              <TextInput
                aria-label={t('paragraph.decision', { n: index + 1 })}
                value={decision}
                onChange={(event) => {
                  const value = event.currentTarget.value
                  setDecisions((current) => current.map((old, at) => (at === index ? value : old)))
                }}
                style={{ flex: 1 }}
                placeholder="att …"
              />
              <Button
                size="compact-sm"
                variant="subtle"
                color="gray"
                aria-label={t('paragraph.removeDecision', { n: index + 1 })}
                onClick={() => setDecisions((current) => current.filter((_, at) => at !== index))}
              >
                ×
              </Button>
            </Group>
          ))}
          <Group justify="space-between">
            <Button
              size="xs"
              variant="light"
              onClick={() => setDecisions((current) => [...current, 'att '])}
            >
              {t('paragraph.addDecision')}
            </Button>
            <Group gap={6}>
              <Button
                size="xs"
                variant="subtle"
                color="grape"
                onClick={() => setConfirmImmediate(true)}
              >
                {t('paragraph.markImmediate')}
              </Button>
              {confirmImmediate && (
                // The text on screen is saved and locked in one call, so what was read out is what is locked.
                <ConfirmModal
                  message={t('paragraph.immediateConfirm', { number: paragraph.number })}
                  confirmLabel={t('paragraph.markImmediate')}
                  pending={immediate.isPending}
                  onClose={() => setConfirmImmediate(false)}
                  onConfirm={() =>
                    immediate.mutate(
                      {
                        id: paragraph.id,
                        version: paragraph.version,
                        title,
                        text,
                        decisions: decisions.filter((decision) => decision.trim() !== ''),
                      },
                      {
                        onSuccess: () => setConfirmImmediate(false),
                        onError: (error) => {
                          setConfirmImmediate(false)
                          setProblem(errorMessage(error))
                        },
                      },
                    )
                  }
                />
              )}
              <Button
                size="xs"
                onClick={submit}
                loading={save.isPending}
                variant={dirty ? 'filled' : 'light'}
              >
                {t('paragraph.save')}
              </Button>
            </Group>
          </Group>
          {problem && (
            <Alert color="red" role="alert">
              {problem}
            </Alert>
          )}
        </Stack>
      )}
      {paragraph.standingKey === 'situation' && minutes.situation && (
        <SituationEditor minutes={minutes} locked={paragraph.locked} />
      )}
      {paragraph.standingKey === 'actionFollowUp' && (
        <Stack gap={4} mt="sm">
          <Text size="sm" fw={600}>
            {t('page.followUpTitle')}
          </Text>
          <FollowUp minutes={minutes} paragraph={paragraph} />
        </Stack>
      )}
      {(paragraph.actions.length > 0 || !paragraph.locked) && (
        <Stack gap={4} mt="sm">
          <Text size="sm" fw={600}>
            {t('paragraph.actions')}
          </Text>
          {paragraph.actions.map((action) => (
            <ActionLine key={action.id} action={action} />
          ))}
          {!paragraph.locked && <NewActionForm paragraph={paragraph} />}
        </Stack>
      )}
    </Card>
  )
}

function ExtraItem({ minutes }: { minutes: MinutesDto }) {
  const { t } = useTranslation('minutes')
  const add = useProcedureMutation('minutes.addParagraph')
  const [title, setTitle] = useState('')
  const [error, setError] = useState<string | null>(null)
  return (
    <Group align="flex-end">
      <TextInput
        label={t('page.extraTitle')}
        value={title}
        onChange={(event) => setTitle(event.currentTarget.value)}
        error={error}
        w={420}
      />
      <Button
        variant="default"
        loading={add.isPending}
        onClick={() =>
          add.mutate(
            { meetingId: minutes.meetingId, title },
            {
              onSuccess: () => setTitle(''),
              onError: (problem) => setError(errorMessage(problem)),
            },
          )
        }
      >
        {t('page.addExtra')}
      </Button>
    </Group>
  )
}

function MinutesView({ minutes }: { minutes: MinutesDto }) {
  const { t } = useTranslation('minutes')
  const exportMinutes = useSaveDocument('exports.minutesDocx')
  const exportSituation = useSaveDocument('exports.situationDocx')
  const [params] = useSearchParams()
  const focus = Number(params.get('p')) || null
  useEffect(() => {
    if (focus) document.getElementById(`p-${focus}`)?.scrollIntoView({ block: 'start' })
  }, [focus, minutes.begun])
  return (
    <>
      <Anchor component={Link} to="/minutes" size="sm">
        ← {t('page.back')}
      </Anchor>
      <PageHeader
        title={t('page.title', { body: minutes.bodyName, date: minutes.date })}
        intro={`${timeRange(minutes.startTime, minutes.endTime)}, ${minutes.place} · ${t('page.presence', { members: minutes.presence.members.length + minutes.presence.servingDeputies.length, others: minutes.presence.others.length + minutes.presence.deputies.length })}`}
        actions={
          minutes.begun ? (
            <>
              <Button
                variant="default"
                loading={exportSituation.isPending}
                onClick={() => exportSituation.mutate({ meetingId: minutes.meetingId })}
              >
                {t('page.exportSituation')}
              </Button>
              <Button
                loading={exportMinutes.isPending}
                onClick={() => exportMinutes.mutate({ meetingId: minutes.meetingId })}
              >
                {t('page.exportMinutes')}
              </Button>
            </>
          ) : undefined
        }
      />
      {!minutes.begun ? (
        <NotBegun minutes={minutes} />
      ) : (
        <Stack>
          {minutes.locked ? (
            <Alert color="gray" title={t('paragraph.locked')}>
              {t('page.locked', { date: minutes.adjustedOn })}
            </Alert>
          ) : (
            <AdjustmentCard key={minutes.version} minutes={minutes} />
          )}
          {minutes.paragraphs.map((paragraph) => (
            <ParagraphCard
              key={`${paragraph.id}-${paragraph.version}`}
              minutes={minutes}
              paragraph={paragraph}
              highlighted={paragraph.id === focus}
            />
          ))}
          {!minutes.locked && <ExtraItem minutes={minutes} />}
        </Stack>
      )}
    </>
  )
}

export function MinutesPage() {
  const { id } = useParams()
  const query = useProcedure('minutes.get', { meetingId: Number(id) })
  return <QueryState query={query}>{(minutes) => <MinutesView minutes={minutes} />}</QueryState>
}
