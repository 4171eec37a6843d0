import { ActionIcon, Badge, Button, Group, Kbd, Stack, Text, Textarea } from '@mantine/core'
import { notifications } from '@mantine/notifications'
import { useTranslation } from 'react-i18next'
import type { PhrasesDto } from '../../../shared/api/minutes.ts'
import { errorMessage } from '../api.ts'
import { PageHeader } from '../components/PageHeader.tsx'
import { QueryState } from '../components/QueryState.tsx'
import { icons } from '../meetings/common.tsx'
import { useChosenBody } from '../components/BodySelect.tsx'
import { useEditableList } from '../components/useEditableList.ts'
import { useProcedure, useProcedureMutation } from '../components/procedures.ts'

interface Row {
  localId: number
  text: string
}

let nextLocalId = 1
const toRows = (saved: PhrasesDto): Row[] =>
  saved.phrases.map((text) => ({ localId: nextLocalId++, text }))
/** The first nine phrases are Ctrl+1–9 in the minutes. */
const SHORTCUTS = 9

function PhraseEditor({ saved }: { saved: PhrasesDto }) {
  const { t } = useTranslation('minutes')
  const save = useProcedureMutation('minutes.savePhrases')
  const { rows, dirty, change, move, moveByKey, reset } = useEditableList(
    saved,
    toRows,
    'data-phrase',
  )
  const submit = (phrases: string[]) =>
    save.mutate(
      { bodyId: saved.bodyId, phrases },
      {
        onSuccess: (result) =>
          notifications.show({
            color: 'teal',
            message: result.standard ? t('phrases.restored') : t('phrases.saved'),
          }),
        onError: (error) => notifications.show({ color: 'red', message: errorMessage(error) }),
      },
    )
  return (
    <Stack gap="xs">
      <Group gap="xs">
        {saved.standard && <Badge variant="light">{t('phrases.standard')}</Badge>}
        <Text size="sm" c="dimmed">
          {t('phrases.help')}
        </Text>
      </Group>
      {rows.map((row, index) => (
        <Group key={row.localId} align="flex-start" gap="xs" wrap="nowrap">
          <Text w={64} pt={6} size="sm" fw={700}>
            {index < SHORTCUTS ? (
              <>
                <Kbd size="xs">Ctrl</Kbd>+<Kbd size="xs">{index + 1}</Kbd>
              </>
            ) : (
              `${index + 1}.`
            )}
          </Text>
          <Textarea
            data-phrase={row.localId}
            aria-label={t('phrases.phrase', { number: index + 1 })}
            autosize
            minRows={1}
            maxLength={500}
            value={row.text}
            error={dirty && row.text.trim() === '' ? t('phrases.empty') : undefined}
            onChange={(event) => {
              const text = event.currentTarget.value
              change(
                rows.map((other) => (other.localId === row.localId ? { ...other, text } : other)),
              )
            }}
            onKeyDown={(event) => moveByKey(event, index)}
            style={{ flex: 1 }}
          />
          <Group gap={2} wrap="nowrap" pt={4}>
            <ActionIcon
              variant="subtle"
              size="sm"
              aria-label={t('phrases.moveUp', { number: index + 1 })}
              disabled={index === 0}
              onClick={() => move(index, index - 1)}
            >
              {icons.up}
            </ActionIcon>
            <ActionIcon
              variant="subtle"
              size="sm"
              aria-label={t('phrases.moveDown', { number: index + 1 })}
              disabled={index === rows.length - 1}
              onClick={() => move(index, index + 1)}
            >
              {icons.down}
            </ActionIcon>
            <ActionIcon
              variant="subtle"
              color="red"
              size="sm"
              aria-label={t('phrases.remove', { number: index + 1 })}
              onClick={() => change(rows.filter((other) => other.localId !== row.localId))}
            >
              {icons.remove}
            </ActionIcon>
          </Group>
        </Group>
      ))}
      <Group justify="space-between" mt="sm">
        <Group gap="xs">
          <Button
            variant="default"
            disabled={rows.length >= 50}
            onClick={() => change([...rows, { localId: nextLocalId++, text: '' }])}
          >
            {t('phrases.add')}
          </Button>
          {!saved.standard && (
            <Button
              variant="subtle"
              color="gray"
              onClick={() => submit([])}
              loading={save.isPending}
            >
              {t('phrases.restore')}
            </Button>
          )}
        </Group>
        <Group gap="xs">
          {dirty && (
            <Text size="sm" c="orange">
              {t('phrases.unsaved')}
            </Text>
          )}
          <Button variant="subtle" color="gray" disabled={!dirty} onClick={reset}>
            {t('phrases.undo')}
          </Button>
          <Button
            onClick={() => submit(rows.map((row) => row.text))}
            loading={save.isPending}
            disabled={!dirty}
          >
            {t('phrases.save')}
          </Button>
        </Group>
      </Group>
    </Stack>
  )
}

export function PhrasesPage() {
  const { t } = useTranslation('minutes')
  const { bodyId, select } = useChosenBody()
  const phrases = useProcedure('minutes.getPhrases', bodyId === null ? null : { bodyId })
  return (
    <>
      <PageHeader title={t('phrases.title')} intro={t('phrases.intro')} />
      {select(t('phrases.body'))}
      {bodyId !== null && (
        <QueryState query={phrases}>
          {(saved) => <PhraseEditor key={bodyId} saved={saved} />}
        </QueryState>
      )}
    </>
  )
}
