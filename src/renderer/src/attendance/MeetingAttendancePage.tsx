import {
  Alert,
  Anchor,
  Badge,
  Button,
  Card,
  Group,
  Kbd,
  List,
  Modal,
  Paper,
  Select,
  Stack,
  Table,
  Tabs,
  Text,
  TextInput,
  Title,
} from '@mantine/core'
import { notifications } from '@mantine/notifications'
import { useEffect, useRef, useState, type KeyboardEvent } from 'react'
import { useTranslation } from 'react-i18next'
import { Link, useParams } from 'react-router'
import type {
  AttendanceDto,
  AttendanceStatus,
  AttendeeDto,
  DeputyProposalDto,
} from '../../../shared/api/attendance.ts'
import { formatLongDate, swedishTime } from '../../../shared/domain/format.ts'
import { errorMessage, fieldErrors } from '../api.ts'
import { PageHeader } from '../components/PageHeader.tsx'
import { QueryState } from '../components/QueryState.tsx'
import { ItemsPanel } from './ItemsPanel.tsx'
import { useAttendanceWrite } from './queries.ts'
import { useProcedure, useToday } from '../components/procedures.ts'

const STATUS_COLOR: Record<AttendanceStatus, string> = {
  present: 'teal',
  attending: 'blue',
  apologies: 'orange',
  absent: 'red',
}

const failed = (error: unknown) =>
  notifications.show({ color: 'red', message: errorMessage(error) })

export function StatusBadge({ status }: { status: AttendanceStatus | null }) {
  const { t } = useTranslation('attendance')
  if (!status)
    return (
      <Badge variant="outline" color="gray">
        {t('status.none')}
      </Badge>
    )
  // Dark text on the light badge keeps WCAG AA contrast.
  return (
    <Badge color={STATUS_COLOR[status]} variant="light" c={`${STATUS_COLOR[status]}.9`}>
      {t(`status.${status}`)}
    </Badge>
  )
}

/** The live quorum line, read out by screen readers when it changes. */
function QuorumPanel({ view }: { view: AttendanceDto }) {
  const { t } = useTranslation('attendance')
  const forecast = {
    quorate: 'quorum.expectedQuorate',
    notQuorate: 'quorum.expectedNot',
    unknown: 'quorum.expectedUnknown',
  } as const
  const label = view.rollCallStarted
    ? view.quorateNow
      ? t('quorum.quorate')
      : t('quorum.notQuorate')
    : t(forecast[view.forecast])
  const noAnswers =
    !view.rollCallStarted && view.expectedFilled === 0 && view.forecast === 'unknown'
  const text = noAnswers
    ? t('quorum.noAnswers')
    : t(view.rollCallStarted ? 'quorum.now' : 'quorum.expected', {
        filled: view.filledNow,
        seats: view.seatCount,
        required: view.required,
      })
  const color = view.rollCallStarted
    ? view.quorateNow
      ? 'teal'
      : 'red'
    : { quorate: 'teal', notQuorate: 'red', unknown: 'gray' }[view.forecast]
  const flagged = view.items.filter((item) => item.flagged).length
  return (
    <Paper
      withBorder
      p="sm"
      mb="md"
      bg={`${color}.0`}
      style={{ position: 'sticky', top: 60, zIndex: 5 }}
    >
      <Group justify="space-between" wrap="nowrap">
        <div role="status" aria-live="polite" aria-atomic="true" data-testid="quorum">
          <Group gap="sm">
            <Badge size="lg" color={color}>
              {label}
            </Badge>
            <Text fw={600}>{text}</Text>
            {flagged > 0 && (
              <Badge color="red" variant="outline">
                {t('items.flagged')}: {flagged}
              </Badge>
            )}
          </Group>
        </div>
        <Text size="sm" c="dimmed" maw={420}>
          {view.rule.description}
        </Text>
      </Group>
    </Paper>
  )
}

function UnansweredButton({ view }: { view: AttendanceDto }) {
  const { t } = useTranslation('attendance')
  const [open, setOpen] = useState(false)
  const people = view.attendees.filter(
    (person) =>
      person.status === null &&
      (person.group === 'member' ||
        (person.group === 'deputy' && person.servingForPersonId !== null) ||
        (person.group === 'other' && person.role !== 'secretary')),
  )
  const emails = people
    .map((person) => person.email)
    .filter(Boolean)
    .join('; ')
  return (
    <>
      <Button variant="light" onClick={() => setOpen(true)}>
        {t('before.unanswered', { count: people.length })}
      </Button>
      <Modal
        opened={open}
        onClose={() => setOpen(false)}
        title={t('before.unansweredTitle')}
        size="lg"
      >
        {people.length === 0 ? (
          <Text>{t('before.unansweredNone')}</Text>
        ) : (
          <Stack>
            <Table aria-label={t('before.unansweredTitle')}>
              <Table.Tbody>
                {people.map((person) => (
                  <Table.Tr key={person.personId}>
                    <Table.Td fw={500}>{person.name}</Table.Td>
                    <Table.Td>{person.organisationName}</Table.Td>
                    <Table.Td>{person.email}</Table.Td>
                    <Table.Td>{person.phone}</Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
            <Button
              variant="default"
              disabled={!emails}
              onClick={() => {
                void navigator.clipboard?.writeText(emails)
                notifications.show({ color: 'teal', message: t('before.copied') })
              }}
            >
              {t('before.copyEmails')}
            </Button>
          </Stack>
        )}
      </Modal>
    </>
  )
}

function ProposalCard({ view, proposal }: { view: AttendanceDto; proposal: DeputyProposalDto }) {
  const { t } = useTranslation('attendance')
  const serving = useAttendanceWrite('attendance.setServing')
  const call = (deputyPersonId: number, memberPersonId: number | null) =>
    serving.mutate(
      { meetingId: view.meetingId, deputyPersonId, memberPersonId },
      { onError: failed },
    )
  const best = proposal.candidates.find((candidate) => candidate.available)
  const locked = view.lockedReason !== null
  return (
    <Card withBorder padding="sm">
      <Text fw={600}>
        {t(proposal.memberStatus === 'absent' ? 'before.isAbsent' : 'before.hasApologies', {
          name: proposal.memberName,
          seat: proposal.seatLabel,
        })}
      </Text>
      {proposal.calledName ? (
        <Group mt={6} justify="space-between">
          <Text c="teal.8">{t('before.called', { name: proposal.calledName })}</Text>
          <Button
            size="xs"
            variant="subtle"
            color="gray"
            disabled={locked}
            onClick={() => call(proposal.calledPersonId!, null)}
          >
            {t('before.uncall')}
          </Button>
        </Group>
      ) : best ? (
        <Group mt={6} justify="space-between" wrap="nowrap">
          <Text>{t('before.proposal', { name: best.name, reason: best.reason })}</Text>
          <Button
            size="xs"
            disabled={locked}
            loading={serving.isPending}
            onClick={() => call(best.personId, proposal.memberPersonId)}
          >
            {t('before.call', { name: best.name })}
          </Button>
        </Group>
      ) : (
        <Text mt={6} c="dimmed">
          {t('before.noCandidate')}
        </Text>
      )}
      {!proposal.calledName && proposal.candidates.length > 1 && (
        <details style={{ marginTop: 6 }}>
          <summary>
            <Text span size="sm" c="dimmed">
              {t('before.others')}
            </Text>
          </summary>
          <List size="sm" spacing={2} listStyleType="none" mt={4}>
            {proposal.candidates
              .filter((candidate) => candidate !== best)
              .map((candidate) => (
                <List.Item key={candidate.personId}>
                  <Group gap="xs">
                    <Text size="sm" c={candidate.available ? undefined : 'dimmed'}>
                      {candidate.name} – {candidate.reason}
                      {candidate.unavailableReason ? ` (${candidate.unavailableReason})` : ''}
                    </Text>
                    {candidate.available && (
                      <Button
                        size="compact-xs"
                        variant="subtle"
                        disabled={locked}
                        onClick={() => call(candidate.personId, proposal.memberPersonId)}
                      >
                        {t('before.callOther')}
                      </Button>
                    )}
                  </Group>
                </List.Item>
              ))}
          </List>
        </details>
      )}
    </Card>
  )
}

function BeforePanel({ view, today }: { view: AttendanceDto; today: string }) {
  const { t } = useTranslation('attendance')
  const setStatus = useAttendanceWrite('attendance.setStatus')
  const [receivedOn, setReceivedOn] = useState(today)
  const locked = view.lockedReason !== null
  const reply = (person: AttendeeDto, status: AttendanceStatus | null) =>
    setStatus.mutate(
      {
        meetingId: view.meetingId,
        personId: person.personId!,
        status,
        repliedOn: status ? receivedOn : null,
      },
      { onError: failed },
    )
  const people = view.attendees.filter(
    (person) => person.group !== 'guest' && person.role !== 'secretary',
  )
  return (
    <Stack gap="lg">
      <section aria-labelledby="proposals-title">
        <Title order={2} size="h4" id="proposals-title" mb="xs">
          {t('before.proposalsTitle')}
        </Title>
        {view.proposals.length === 0 ? (
          <Text c="dimmed">{t('before.proposalsNone')}</Text>
        ) : (
          <Stack gap="xs">
            {view.proposals.map((proposal) => (
              <ProposalCard key={proposal.memberPersonId} view={view} proposal={proposal} />
            ))}
          </Stack>
        )}
      </section>
      <section aria-labelledby="replies-title">
        <Group justify="space-between" align="flex-end" mb="xs">
          <div>
            <Title order={2} size="h4" id="replies-title">
              {t('before.repliesTitle')}
            </Title>
            {view.replyBy && (
              <Text size="sm" c="dimmed">
                {t('before.repliesIntro', { date: view.replyBy })}
              </Text>
            )}
          </div>
          <Group align="flex-end">
            <TextInput
              label={t('before.receivedOn')}
              value={receivedOn}
              onChange={(event) => setReceivedOn(event.currentTarget.value)}
              w={130}
              placeholder="ÅÅÅÅ-MM-DD"
            />
            <UnansweredButton view={view} />
          </Group>
        </Group>
        <Table withTableBorder verticalSpacing={6} aria-label={t('before.repliesTitle')}>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('rollCall.name')}</Table.Th>
              <Table.Th>{t('rollCall.why')}</Table.Th>
              <Table.Th w={130}>{t('before.reply')}</Table.Th>
              <Table.Th w={110}>{t('before.receivedOn')}</Table.Th>
              <Table.Td />
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {people.map((person) => (
              <Table.Tr key={person.personId}>
                <Table.Td pl={person.group === 'deputy' ? 'xl' : undefined}>
                  <Text size="sm" fw={person.group === 'member' ? 600 : 400}>
                    {person.name}
                  </Text>
                </Table.Td>
                <Table.Td>
                  <Text size="sm" c="dimmed">
                    {person.explanation}
                    {person.servingForName
                      ? ` · ${t('rollCall.calledFor', { name: person.servingForName })}`
                      : ''}
                  </Text>
                </Table.Td>
                <Table.Td>
                  <StatusBadge status={person.status} />
                </Table.Td>
                <Table.Td>
                  <Text size="sm">{person.repliedOn ?? ''}</Text>
                </Table.Td>
                <Table.Td>
                  <Group gap={4} justify="flex-end" wrap="nowrap">
                    <Button
                      size="compact-xs"
                      variant={person.status === 'attending' ? 'filled' : 'default'}
                      disabled={locked}
                      onClick={() => reply(person, 'attending')}
                      aria-label={`${t('before.markAttending')}: ${person.name}`}
                    >
                      {t('before.markAttending')}
                    </Button>
                    <Button
                      size="compact-xs"
                      color="orange"
                      variant={person.status === 'apologies' ? 'filled' : 'default'}
                      disabled={locked}
                      onClick={() => reply(person, 'apologies')}
                      aria-label={`${t('before.markApologies')}: ${person.name}`}
                    >
                      {t('before.markApologies')}
                    </Button>
                    {person.status && (
                      <Button
                        size="compact-xs"
                        variant="subtle"
                        color="gray"
                        disabled={locked}
                        onClick={() => reply(person, null)}
                        aria-label={`${t('before.clear')}: ${person.name}`}
                      >
                        ×
                      </Button>
                    )}
                  </Group>
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </section>
    </Stack>
  )
}

const KEYS: Record<string, AttendanceStatus> = { n: 'present', f: 'absent', h: 'apologies' }

function RangeModal({
  view,
  person,
  onClose,
}: {
  view: AttendanceDto
  person: AttendeeDto
  onClose: () => void
}) {
  const { t } = useTranslation('attendance')
  const { t: tc } = useTranslation()
  const setRange = useAttendanceWrite('attendance.setRange')
  const setServing = useAttendanceWrite('attendance.setServing')
  const [from, setFrom] = useState<string | null>(
    person.fromItemId ? String(person.fromItemId) : null,
  )
  const [to, setTo] = useState<string | null>(person.toItemId ? String(person.toItemId) : null)
  const [note, setNote] = useState(person.note ?? '')
  const [servingFor, setServingFor] = useState<string | null>(
    person.servingForPersonId ? String(person.servingForPersonId) : null,
  )
  const [servingFrom, setServingFrom] = useState<string | null>(
    person.servingFromItemId ? String(person.servingFromItemId) : null,
  )
  const [servingTo, setServingTo] = useState<string | null>(
    person.servingToItemId ? String(person.servingToItemId) : null,
  )
  const [errors, setErrors] = useState<Record<string, string>>({})
  const items = view.items.map((item) => ({
    value: String(item.itemId),
    label: `${item.number}. ${item.title}`,
  }))
  const members = view.seats
    .filter((seat) => seat.holderPersonId !== null)
    .map((seat) => ({
      value: String(seat.holderPersonId),
      label: `${seat.holderName} (${seat.label})`,
    }))
  const present = person.status === 'present'
  const save = async () => {
    try {
      if (present)
        await setRange.mutateAsync({
          meetingId: view.meetingId,
          personId: person.personId!,
          fromItemId: from ? Number(from) : null,
          toItemId: to ? Number(to) : null,
          note,
        })
      if (person.group === 'deputy') {
        await setServing.mutateAsync({
          meetingId: view.meetingId,
          deputyPersonId: person.personId!,
          memberPersonId: servingFor ? Number(servingFor) : null,
          fromItemId: servingFrom ? Number(servingFrom) : null,
          toItemId: servingTo ? Number(servingTo) : null,
        })
      }
      onClose()
    } catch (error) {
      setErrors({ ...fieldErrors(error), form: errorMessage(error) })
    }
  }
  return (
    <Modal opened onClose={onClose} title={t('range.title', { name: person.name })} size="lg">
      <Stack>
        {!present && (
          <Text c="dimmed" size="sm">
            {t('range.notPresent')}
          </Text>
        )}
        <Group grow>
          <Select
            label={t('range.from')}
            data={items}
            value={from}
            onChange={setFrom}
            clearable
            placeholder={t('range.start')}
            disabled={!present}
            error={errors.fromItemId}
          />
          <Select
            label={t('range.to')}
            data={items}
            value={to}
            onChange={setTo}
            clearable
            placeholder={t('range.end')}
            disabled={!present}
            error={errors.toItemId}
          />
        </Group>
        <TextInput
          label={t('range.note')}
          value={note}
          onChange={(event) => setNote(event.currentTarget.value)}
          disabled={!present}
        />
        {person.group === 'deputy' && (
          <>
            <Select
              label={t('range.servingFor')}
              data={members}
              value={servingFor}
              onChange={setServingFor}
              clearable
              placeholder={t('range.nobody')}
            />
            <Group grow>
              <Select
                label={t('range.servingFrom')}
                data={items}
                value={servingFrom}
                onChange={setServingFrom}
                clearable
                placeholder={t('range.start')}
                disabled={!servingFor}
              />
              <Select
                label={t('range.servingTo')}
                data={items}
                value={servingTo}
                onChange={setServingTo}
                clearable
                placeholder={t('range.end')}
                disabled={!servingFor}
              />
            </Group>
          </>
        )}
        {errors.form && (
          <Alert color="red" role="alert">
            {errors.form}
          </Alert>
        )}
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            {tc('actions.cancel')}
          </Button>
          <Button onClick={() => void save()} loading={setRange.isPending || setServing.isPending}>
            {tc('actions.save')}
          </Button>
        </Group>
      </Stack>
    </Modal>
  )
}

/** One keystroke per person: N, F or H marks the focused row and moves to the next. */
function RollCallPanel({ view }: { view: AttendanceDto }) {
  const { t } = useTranslation('attendance')
  const setStatus = useAttendanceWrite('attendance.setStatus')
  const people = view.attendees.filter((person) => person.personId !== null)
  const [active, setActive] = useState(0)
  const [editing, setEditing] = useState<AttendeeDto | null>(null)
  const rows = useRef<(HTMLTableRowElement | null)[]>([])
  const locked = view.lockedReason !== null || !view.rollCallOpen
  const focus = (index: number) => {
    const next = Math.max(0, Math.min(people.length - 1, index))
    setActive(next)
    rows.current[next]?.focus()
  }
  const mark = (index: number, status: AttendanceStatus) => {
    const person = people[index]
    if (!person || locked) return
    setStatus.mutate(
      { meetingId: view.meetingId, personId: person.personId!, status },
      { onError: failed },
    )
  }
  const onKeyDown = (event: KeyboardEvent<HTMLTableRowElement>, index: number) => {
    if (event.altKey || event.ctrlKey || event.metaKey) return
    const status = KEYS[event.key.toLowerCase()]
    if (status) {
      event.preventDefault()
      mark(index, status)
      focus(index + 1)
    } else if (event.key === 'ArrowDown') {
      event.preventDefault()
      focus(index + 1)
    } else if (event.key === 'ArrowUp') {
      event.preventDefault()
      focus(index - 1)
    } else if (event.key === 'Home') {
      event.preventDefault()
      focus(0)
    } else if (event.key === 'End') {
      event.preventDefault()
      focus(people.length - 1)
    } else if (event.key === 'Enter' && event.target === event.currentTarget) {
      event.preventDefault()
      setEditing(people[index]!)
    }
  }
  useEffect(() => {
    if (active >= people.length && people.length > 0) setActive(people.length - 1)
  }, [active, people.length])
  const statusButton = (
    person: AttendeeDto,
    index: number,
    status: AttendanceStatus,
    key: string,
  ) => (
    <Button
      size="compact-sm"
      tabIndex={-1}
      color={STATUS_COLOR[status]}
      variant={person.status === status ? 'filled' : 'default'}
      aria-pressed={person.status === status}
      aria-label={`${t(`status.${status}`)}: ${person.name}`}
      disabled={locked}
      onClick={() => {
        setActive(index)
        mark(index, status)
      }}
    >
      {key}
    </Button>
  )
  return (
    <Stack gap="sm">
      {!view.rollCallOpen && (
        <Alert color="blue">{t('meeting.rollCallClosed', { date: view.date })}</Alert>
      )}
      <Group justify="space-between">
        <Group gap="md" aria-label={t('rollCall.keys')}>
          <Text size="sm">
            <Kbd>N</Kbd> {t('rollCall.keyPresent')}
          </Text>
          <Text size="sm">
            <Kbd>F</Kbd> {t('rollCall.keyAbsent')}
          </Text>
          <Text size="sm">
            <Kbd>H</Kbd> {t('rollCall.keyApologies')}
          </Text>
          <Text size="sm">
            <Kbd>↑</Kbd> <Kbd>↓</Kbd> {t('rollCall.keyMove')}
          </Text>
          <Text size="sm">
            <Kbd>Enter</Kbd> {t('rollCall.change').toLowerCase()}
          </Text>
        </Group>
        <Text size="sm" c="dimmed">
          {t('rollCall.counts', view.counts)}
        </Text>
      </Group>
      <Text size="xs" c="dimmed">
        {t('rollCall.help')}
      </Text>
      <Table
        withTableBorder
        verticalSpacing={4}
        aria-label={t('rollCall.listLabel')}
        highlightOnHover
      >
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('rollCall.name')}</Table.Th>
            <Table.Th>{t('rollCall.why')}</Table.Th>
            <Table.Th w={150}>{t('rollCall.status')}</Table.Th>
            <Table.Th>{t('rollCall.details')}</Table.Th>
            <Table.Td w={80} />
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {people.map((person, index) => {
            const first = index === 0 || people[index - 1]!.group !== person.group
            return (
              <Table.Tr
                key={person.personId}
                ref={(element) => {
                  rows.current[index] = element
                }}
                tabIndex={index === active ? 0 : -1}
                onFocus={() => setActive(index)}
                onKeyDown={(event) => onKeyDown(event, index)}
                aria-label={`${person.name}, ${person.explanation ?? ''}: ${person.status ? t(`status.${person.status}`) : t('status.unmarked')}`}
                aria-keyshortcuts="N F H"
                data-active={index === active || undefined}
                style={{
                  outline: index === active ? '2px solid var(--mantine-color-indigo-5)' : undefined,
                  outlineOffset: -2,
                  borderTop:
                    first && index > 0 ? '2px solid var(--mantine-color-gray-4)' : undefined,
                  background: person.group === 'deputy' ? 'var(--mantine-color-gray-0)' : undefined,
                }}
              >
                <Table.Td pl={person.group === 'deputy' ? 'xl' : undefined}>
                  <Text size="sm" fw={person.group === 'member' ? 600 : 400}>
                    {person.group === 'deputy' ? '↳ ' : ''}
                    {person.name}
                  </Text>
                  {person.organisationName && person.group !== 'member' && (
                    <Text size="xs" c="dimmed">
                      {person.organisationName}
                    </Text>
                  )}
                </Table.Td>
                <Table.Td>
                  <Text size="sm" c="dimmed">
                    {person.explanation}
                  </Text>
                </Table.Td>
                <Table.Td>
                  <Group gap={4} wrap="nowrap">
                    {statusButton(person, index, 'present', 'N')}
                    {statusButton(person, index, 'absent', 'F')}
                    {statusButton(person, index, 'apologies', 'H')}
                  </Group>
                </Table.Td>
                <Table.Td>
                  <Group gap={6}>
                    {person.status && person.status !== 'present' && (
                      <StatusBadge status={person.status} />
                    )}
                    {person.servingForName && (
                      <Text size="sm" fw={600} c="grape.8">
                        {person.status === 'present'
                          ? t('rollCall.serving', { name: person.servingForName })
                          : t('rollCall.calledFor', { name: person.servingForName })}
                      </Text>
                    )}
                    {person.rangeText && <Badge variant="outline">{person.rangeText}</Badge>}
                    {person.note && (
                      <Text size="xs" c="dimmed">
                        {person.note}
                      </Text>
                    )}
                  </Group>
                </Table.Td>
                <Table.Td>
                  <Button
                    size="compact-xs"
                    variant="subtle"
                    tabIndex={-1}
                    disabled={view.lockedReason !== null}
                    onClick={() => setEditing(person)}
                    aria-label={`${t('rollCall.change')}: ${person.name}`}
                  >
                    {t('rollCall.change')}
                  </Button>
                </Table.Td>
              </Table.Tr>
            )
          })}
        </Table.Tbody>
      </Table>
      {editing && <RangeModal view={view} person={editing} onClose={() => setEditing(null)} />}
    </Stack>
  )
}

function GuestsPanel({ view }: { view: AttendanceDto }) {
  const { t } = useTranslation('attendance')
  const add = useAttendanceWrite('attendance.addGuest')
  const remove = useAttendanceWrite('attendance.removeGuest')
  const [name, setName] = useState('')
  const [organisation, setOrganisation] = useState('')
  const [errors, setErrors] = useState<Record<string, string>>({})
  const guests = view.attendees.filter((person) => person.group === 'guest')
  const locked = view.lockedReason !== null
  return (
    <Stack>
      <Text c="dimmed" size="sm">
        {t('guests.intro')}
      </Text>
      {guests.length === 0 ? (
        <Text c="dimmed">{t('guests.none')}</Text>
      ) : (
        <Table withTableBorder aria-label={t('guests.title')}>
          <Table.Tbody>
            {guests.map((guest) => (
              <Table.Tr key={guest.guestId}>
                <Table.Td fw={500}>{guest.name}</Table.Td>
                <Table.Td>{guest.organisationName}</Table.Td>
                <Table.Td>{guest.note}</Table.Td>
                <Table.Td w={60}>
                  <Button
                    size="compact-xs"
                    variant="subtle"
                    color="red"
                    disabled={locked}
                    aria-label={t('guests.remove', { name: guest.name })}
                    onClick={() =>
                      remove.mutate(
                        { meetingId: view.meetingId, guestId: guest.guestId! },
                        { onError: failed },
                      )
                    }
                  >
                    ×
                  </Button>
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
      <form
        onSubmit={(event) => {
          event.preventDefault()
          add.mutate(
            { meetingId: view.meetingId, name, organisation },
            {
              onSuccess: () => {
                setName('')
                setOrganisation('')
                setErrors({})
              },
              onError: (error) => setErrors({ ...fieldErrors(error), form: errorMessage(error) }),
            },
          )
        }}
      >
        <Group align="flex-end">
          <TextInput
            label={t('guests.name')}
            value={name}
            onChange={(event) => setName(event.currentTarget.value)}
            error={errors.name}
            disabled={locked}
          />
          <TextInput
            label={t('guests.organisation')}
            value={organisation}
            onChange={(event) => setOrganisation(event.currentTarget.value)}
            disabled={locked}
          />
          <Button type="submit" disabled={locked} loading={add.isPending}>
            {t('guests.add')}
          </Button>
        </Group>
        {errors.form && !errors.name && (
          <Text c="red" size="sm" mt={4}>
            {errors.form}
          </Text>
        )}
      </form>
    </Stack>
  )
}

function AttendanceView({ view, today }: { view: AttendanceDto; today: string }) {
  const { t } = useTranslation('attendance')
  const [tab, setTab] = useState<string | null>(view.rollCallOpen ? 'rollCall' : 'before')
  return (
    <>
      <Anchor component={Link} to="/attendance" size="sm">
        ← {t('meeting.back')}
      </Anchor>
      <PageHeader
        title={`${t('meeting.title')} – ${view.bodyName} ${view.date}`}
        intro={t('meeting.intro', {
          body: view.bodyName,
          date: formatLongDate(view.date),
          time: swedishTime(view.startTime),
          place: view.place,
        })}
      />
      {view.lockedReason && (
        <Alert color="gray" title={t('meeting.locked')} mb="md">
          {view.lockedReason}
        </Alert>
      )}
      <QuorumPanel view={view} />
      <Tabs value={tab} onChange={setTab} keepMounted={false}>
        <Tabs.List mb="md">
          <Tabs.Tab value="before">{t('meeting.tabs.before')}</Tabs.Tab>
          <Tabs.Tab value="rollCall">{t('meeting.tabs.rollCall')}</Tabs.Tab>
          <Tabs.Tab value="items">{t('meeting.tabs.items')}</Tabs.Tab>
          <Tabs.Tab value="guests">{t('meeting.tabs.guests')}</Tabs.Tab>
        </Tabs.List>
        <Tabs.Panel value="before">
          <BeforePanel view={view} today={today} />
        </Tabs.Panel>
        <Tabs.Panel value="rollCall">
          <RollCallPanel view={view} />
        </Tabs.Panel>
        <Tabs.Panel value="items">
          <ItemsPanel view={view} />
        </Tabs.Panel>
        <Tabs.Panel value="guests">
          <GuestsPanel view={view} />
        </Tabs.Panel>
      </Tabs>
    </>
  )
}

export function MeetingAttendancePage() {
  const { id } = useParams()
  const query = useProcedure('attendance.get', { meetingId: Number(id) })
  const today = useToday()
  return (
    <QueryState query={query}>
      {(view) => (today ? <AttendanceView view={view} today={today} /> : null)}
    </QueryState>
  )
}
