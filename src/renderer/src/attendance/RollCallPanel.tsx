import { Alert, Group, Kbd, Stack, Table, Text } from '@mantine/core'
import { useEffect, useRef, useState, type KeyboardEvent } from 'react'
import { useTranslation } from 'react-i18next'
import type {
  AttendanceDto,
  AttendanceStatus,
  AttendeeDto,
} from '../../../shared/api/attendance.ts'
import { DeputyOffer, offerFor } from './DeputyOffer.tsx'
import { RangeModal } from './RangeModal.tsx'
import { RollCallRow } from './RollCallRow.tsx'
import { showFailure, useAttendanceWrite } from './queries.ts'

const KEYS: Record<string, AttendanceStatus> = { n: 'present', f: 'absent', h: 'apologies' }

/** The keys, on screen: what the secretary can press on a row. */
function KeyHint() {
  const { t } = useTranslation('attendance')
  const keys: [string[], string][] = [
    [['N'], t('rollCall.keyPresent')],
    [['F'], t('rollCall.keyAbsent')],
    [['H'], t('rollCall.keyApologies')],
    [['T'], t('rollCall.keyServe')],
    [['Shift+N'], t('rollCall.keyRest')],
    [['↑', '↓'], t('rollCall.keyMove')],
    [['Enter'], t('rollCall.change').toLowerCase()],
  ]
  return (
    <Group gap="md" role="group" aria-label={t('rollCall.keys')}>
      {keys.map(([names, what]) => (
        <Text size="sm" key={what}>
          {names.map((name) => (
            <span key={name}>
              <Kbd>{name}</Kbd>{' '}
            </span>
          ))}
          {what}
        </Text>
      ))}
    </Group>
  )
}

/** Someone not yet marked at the roll call (replies before the meeting do not count). */
const unmarked = (person: AttendeeDto) => person.status === null || person.status === 'attending'

/**
 * One keystroke per person: N, F or H marks the focused row and moves to the next. A member
 * marked away gets a deputy offered, accepted with T; Shift+N marks everyone called and not yet
 * marked present, after the few who are away have been marked. The list has focus when it opens, on the
 * first person not yet marked.
 */
export function RollCallPanel({ view }: { view: AttendanceDto }) {
  const { t } = useTranslation('attendance')
  const setStatus = useAttendanceWrite('attendance.setStatus')
  const setServing = useAttendanceWrite('attendance.setServing')
  const markRestPresent = useAttendanceWrite('attendance.markRestPresent')
  const people = view.attendees.filter((person) => person.personId !== null)
  const [active, setActive] = useState(() => Math.max(0, people.findIndex(unmarked)))
  const [editing, setEditing] = useState<AttendeeDto | null>(null)
  const [offeredFor, setOfferedFor] = useState<number | null>(null)
  const rows = useRef<(HTMLTableRowElement | null)[]>([])
  const locked = view.lockedReason !== null || !view.rollCallOpen
  const offer = locked ? null : offerFor(view, offeredFor)
  const focus = (index: number) => {
    const next = Math.max(0, Math.min(people.length - 1, index))
    setActive(next)
    rows.current[next]?.focus()
  }
  useEffect(() => {
    // Focus once, when the list opens: the secretary starts pressing keys at once.
    rows.current[active]?.focus()
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [])
  useEffect(() => {
    if (active >= people.length && people.length > 0) setActive(people.length - 1)
  }, [active, people.length])
  const mark = (index: number, status: AttendanceStatus) => {
    const person = people[index]
    if (!person || locked) return
    setStatus.mutate(
      { meetingId: view.meetingId, personId: person.personId!, status },
      { onError: showFailure },
    )
    if (person.group === 'member')
      setOfferedFor(status === 'present' ? null : (person.personId ?? null))
  }
  const accept = async () => {
    if (!offer) return
    const { deputy, proposal } = offer
    try {
      if (!offer.deputyPresent)
        await setStatus.mutateAsync({
          meetingId: view.meetingId,
          personId: deputy.personId,
          status: 'present',
        })
      await setServing.mutateAsync({
        meetingId: view.meetingId,
        deputyPersonId: deputy.personId,
        memberPersonId: proposal.memberPersonId,
        fromItemId: null,
        toItemId: null,
      })
      setOfferedFor(null)
    } catch (error) {
      showFailure(error)
    }
  }
  const markRest = () => {
    if (locked) return
    markRestPresent.mutate({ meetingId: view.meetingId }, { onError: showFailure })
  }
  const onKeyDown = (event: KeyboardEvent<HTMLTableRowElement>, index: number) => {
    if (event.altKey || event.ctrlKey || event.metaKey) return
    const key = event.key.toLowerCase()
    const status = KEYS[key]
    const moves: Record<string, number> = {
      ArrowDown: index + 1,
      ArrowUp: index - 1,
      Home: 0,
      End: people.length - 1,
    }
    if (key === 'n' && event.shiftKey) {
      event.preventDefault()
      markRest()
    } else if (status) {
      event.preventDefault()
      mark(index, status)
      focus(index + 1)
    } else if (key === 't' && offer) {
      event.preventDefault()
      void accept()
    } else if (event.key === 'Escape' && offer) {
      event.preventDefault()
      setOfferedFor(null)
    } else if (event.key in moves) {
      event.preventDefault()
      focus(moves[event.key]!)
    } else if (event.key === 'Enter' && event.target === event.currentTarget) {
      event.preventDefault()
      setEditing(people[index]!)
    }
  }
  return (
    <Stack gap="sm">
      {!view.rollCallOpen && (
        <Alert color="blue">{t('meeting.rollCallClosed', { date: view.date })}</Alert>
      )}
      <Group justify="space-between">
        <KeyHint />
        <Text size="sm" c="dimmed">
          {t('rollCall.counts', view.counts)}
        </Text>
      </Group>
      <Text size="xs" c="dimmed">
        {t('rollCall.help')}
      </Text>
      {offer && (
        <DeputyOffer
          offer={offer}
          busy={setServing.isPending}
          onAccept={() => {
            void accept()
            rows.current[active]?.focus()
          }}
          onDismiss={() => {
            setOfferedFor(null)
            rows.current[active]?.focus()
          }}
        />
      )}
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
          {people.map((person, index) => (
            <RollCallRow
              key={person.personId}
              person={person}
              active={index === active}
              groupStart={index > 0 && people[index - 1]!.group !== person.group}
              marksLocked={locked}
              editLocked={view.lockedReason !== null}
              rowRef={(element) => {
                rows.current[index] = element
              }}
              onFocus={() => setActive(index)}
              onKeyDown={(event) => onKeyDown(event, index)}
              onMark={(status) => {
                setActive(index)
                mark(index, status)
              }}
              onEdit={() => setEditing(person)}
            />
          ))}
        </Table.Tbody>
      </Table>
      {editing && (
        <RangeModal
          view={view}
          person={editing}
          onClose={() => {
            setEditing(null)
            // Back to the row once the dialog is gone, so the roll call goes on by keyboard.
            requestAnimationFrame(() => rows.current[active]?.focus())
          }}
        />
      )}
    </Stack>
  )
}
