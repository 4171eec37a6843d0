import {
  Alert,
  Box,
  Button,
  Card,
  Group,
  Select,
  SimpleGrid,
  Stack,
  Text,
  Textarea,
  Title,
} from '@mantine/core'
import { notifications } from '@mantine/notifications'
import { diffLines } from 'diff'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { MinutesDto, SituationDto } from '../../../shared/api/minutes.ts'
import { errorMessage } from '../api.ts'
import { useProcedure, useProcedureMutation } from '../components/procedures.ts'

const PARTS = ['concerns', 'events', 'measures'] as const

/** Line differences between two versions: added lines green, removed lines struck through. */
export function SituationDiff({ from, to }: { from: SituationDto; to: SituationDto }) {
  const { t } = useTranslation('minutes')
  const same = PARTS.every((part) => from[part] === to[part])
  if (same)
    return (
      <Text size="sm" c="dimmed">
        {t('situation.noChange')}
      </Text>
    )
  return (
    <Stack gap="xs" aria-label={t('situation.history')}>
      {PARTS.map((part) => (
        <div key={part}>
          <Text size="sm" fw={600}>
            {t(`situation.${part}`)}
          </Text>
          {diffLines(
            from[part].endsWith('\n') ? from[part] : `${from[part]}\n`,
            to[part].endsWith('\n') ? to[part] : `${to[part]}\n`,
          ).flatMap((change, index) =>
            change.value
              .split('\n')
              .filter((line) => line !== '')
              .map((line, lineIndex) => (
                <Box
                  key={`${index}-${lineIndex}`}
                  component={change.added ? 'ins' : change.removed ? 'del' : 'div'}
                  display="block"
                  px={6}
                  fz="sm"
                  bg={change.added ? 'teal.0' : change.removed ? 'red.0' : undefined}
                  c={change.removed ? 'red.9' : change.added ? 'teal.9' : undefined}
                  title={
                    change.added
                      ? t('situation.added')
                      : change.removed
                        ? t('situation.removed')
                        : undefined
                  }
                  style={{ textDecoration: change.removed ? 'line-through' : 'none' }}
                >
                  {change.added ? '+ ' : change.removed ? '− ' : '  '}
                  {line}
                </Box>
              )),
          )}
        </div>
      ))}
    </Stack>
  )
}

/** Compare any two versions of a body's situation picture ("what changed since the meeting you attended"). */
export function SituationHistory({ bodyId, current }: { bodyId: number; current: SituationDto }) {
  const { t } = useTranslation('minutes')
  const history = useProcedure('minutes.situationHistory', bodyId === null ? null : { bodyId })
  const versions = (history.data ?? []).filter((version) => version.date <= current.date)
  const [fromId, setFromId] = useState<string | null>(null)
  const older = versions.filter((version) => version.meetingId !== current.meetingId)
  const from = versions.find((version) => String(version.meetingId) === fromId) ?? older[0]
  if (!from) return null
  return (
    <Stack gap="xs">
      <Group gap="xs" align="flex-end">
        <Select
          label={t('situation.from')}
          data={older.map((version) => ({ value: String(version.meetingId), label: version.date }))}
          value={String(from.meetingId)}
          onChange={setFromId}
          allowDeselect={false}
          w={160}
        />
        <Text size="sm" pb={8}>
          {t('situation.to')} {current.date}
        </Text>
      </Group>
      <SituationDiff from={from} to={current} />
    </Stack>
  )
}

export function SituationEditor({ minutes, locked }: { minutes: MinutesDto; locked: boolean }) {
  const { t } = useTranslation('minutes')
  const situation = minutes.situation!
  const save = useProcedureMutation('minutes.saveSituation')
  const [values, setValues] = useState({
    concerns: situation.concerns,
    events: situation.events,
    measures: situation.measures,
  })
  const [problem, setProblem] = useState<string | null>(null)
  const [showDiff, setShowDiff] = useState(false)
  const submit = async () => {
    setProblem(null)
    try {
      await save.mutateAsync({
        meetingId: minutes.meetingId,
        version: situation.version,
        ...values,
      })
      notifications.show({ color: 'teal', message: t('situation.saved') })
    } catch (error) {
      setProblem(errorMessage(error))
    }
  }
  return (
    <Card withBorder mt="sm" bg="gray.0" component="section" aria-label={t('situation.title')}>
      <Group justify="space-between" mb="xs">
        <Title order={3} size="h5">
          {t('situation.title')}
        </Title>
        <Button size="compact-xs" variant="subtle" onClick={() => setShowDiff((shown) => !shown)}>
          {t('situation.history')}
        </Button>
      </Group>
      <SimpleGrid cols={{ base: 1, lg: 3 }}>
        {PARTS.map((part) => (
          <Textarea
            key={part}
            label={t(`situation.${part}`)}
            autosize
            minRows={3}
            value={values[part]}
            readOnly={locked}
            onChange={(event) => {
              const value = event.currentTarget.value
              setValues((current) => ({ ...current, [part]: value }))
            }}
          />
        ))}
      </SimpleGrid>
      {!locked && (
        <Group justify="flex-end" mt="xs">
          <Button size="xs" onClick={submit} loading={save.isPending}>
            {t('situation.save')}
          </Button>
        </Group>
      )}
      {problem && (
        <Alert color="red" role="alert" mt="xs">
          {problem}
        </Alert>
      )}
      {showDiff && (
        <Box mt="sm">
          <SituationHistory bodyId={minutes.bodyId} current={{ ...situation, ...values }} />
        </Box>
      )}
    </Card>
  )
}
