import { ActionIcon, Badge, Button, Group, Kbd, Select, Stack, Text, Textarea } from '@mantine/core'
import { notifications } from '@mantine/notifications'
import { useEffect, useState, type KeyboardEvent } from 'react'
import { useTranslation } from 'react-i18next'
import type { PhrasesDto } from '../../../shared/api/minutes.ts'
import { errorMessage } from '../api.ts'
import { PageHeader } from '../components/PageHeader.tsx'
import { QueryState } from '../components/QueryState.tsx'
import { darkText, icons, WARNING_TEXT } from '../meetings/common.tsx'
import { useBodies } from '../register/queries.ts'
import { usePhrases, useSavePhrases } from './queries.ts'

interface Row {
  localId: number
  text: string
}

let nextLocalId = 1
const toRows = (phrases: string[]): Row[] => phrases.map((text) => ({ localId: nextLocalId++, text }))
/** The first nine phrases are Ctrl+1–9 in the minutes. */
const SHORTCUTS = 9

function PhraseEditor({ saved }: { saved: PhrasesDto }) {
  const { t } = useTranslation('minutes')
  const save = useSavePhrases()
  const [rows, setRows] = useState<Row[]>(() => toRows(saved.phrases))
  const [dirty, setDirty] = useState(false)
  useEffect(() => {
    setRows(toRows(saved.phrases))
    setDirty(false)
  }, [saved])
  const change = (next: Row[]) => {
    setRows(next)
    setDirty(true)
  }
  const move = (index: number, to: number) => {
    if (to < 0 || to >= rows.length) return
    const next = [...rows]
    const [row] = next.splice(index, 1)
    next.splice(to, 0, row!)
    change(next)
    requestAnimationFrame(() => document.querySelector<HTMLElement>(`[data-phrase="${row!.localId}"]`)?.focus())
  }
  // Alt+↑/↓ moves the phrase being edited, as on the agenda.
  const keys = (event: KeyboardEvent<HTMLTextAreaElement>, index: number) => {
    if (event.altKey && event.key === 'ArrowUp') {
      event.preventDefault()
      move(index, index - 1)
    } else if (event.altKey && event.key === 'ArrowDown') {
      event.preventDefault()
      move(index, index + 1)
    }
  }
  const submit = (phrases: string[]) =>
    save.mutate(
      { bodyId: saved.bodyId, phrases },
      {
        onSuccess: (result) => notifications.show({ color: 'teal', message: result.standard ? t('phrases.restored') : t('phrases.saved') }),
        onError: (error) => notifications.show({ color: 'red', message: errorMessage(error) }),
      },
    )
  return (
    <Stack gap="xs">
      <Group gap="xs">
        {saved.standard && <Badge variant="light" styles={darkText('indigo')}>{t('phrases.standard')}</Badge>}
        <Text size="sm" c="dimmed">{t('phrases.help')}</Text>
      </Group>
      {rows.map((row, index) => (
        <Group key={row.localId} align="flex-start" gap="xs" wrap="nowrap">
          <Text w={64} pt={6} size="sm" fw={700}>
            {index < SHORTCUTS ? <><Kbd size="xs">Ctrl</Kbd>+<Kbd size="xs">{index + 1}</Kbd></> : `${index + 1}.`}
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
              change(rows.map((other) => (other.localId === row.localId ? { ...other, text } : other)))
            }}
            onKeyDown={(event) => keys(event, index)}
            style={{ flex: 1 }}
          />
          <Group gap={2} wrap="nowrap" pt={4}>
            <ActionIcon variant="subtle" size="sm" aria-label={t('phrases.moveUp', { number: index + 1 })} disabled={index === 0} onClick={() => move(index, index - 1)}>{icons.up}</ActionIcon>
            <ActionIcon variant="subtle" size="sm" aria-label={t('phrases.moveDown', { number: index + 1 })} disabled={index === rows.length - 1} onClick={() => move(index, index + 1)}>{icons.down}</ActionIcon>
            <ActionIcon variant="subtle" color="red" size="sm" aria-label={t('phrases.remove', { number: index + 1 })} onClick={() => change(rows.filter((other) => other.localId !== row.localId))}>{icons.remove}</ActionIcon>
          </Group>
        </Group>
      ))}
      <Group justify="space-between" mt="sm">
        <Group gap="xs">
          <Button variant="default" disabled={rows.length >= 50} onClick={() => change([...rows, { localId: nextLocalId++, text: '' }])}>{t('phrases.add')}</Button>
          {!saved.standard && <Button variant="subtle" color="gray" onClick={() => submit([])} loading={save.isPending}>{t('phrases.restore')}</Button>}
        </Group>
        <Group gap="xs">
          {dirty && <Text size="sm" c={WARNING_TEXT}>{t('phrases.unsaved')}</Text>}
          <Button variant="subtle" color="gray" disabled={!dirty} onClick={() => { setRows(toRows(saved.phrases)); setDirty(false) }}>{t('phrases.undo')}</Button>
          <Button onClick={() => submit(rows.map((row) => row.text))} loading={save.isPending} disabled={!dirty}>{t('phrases.save')}</Button>
        </Group>
      </Group>
    </Stack>
  )
}

export function PhrasesPage() {
  const { t } = useTranslation('minutes')
  const bodies = useBodies()
  const [chosen, setChosen] = useState<string | null>(null)
  const bodyId = chosen ? Number(chosen) : (bodies.data?.[0]?.id ?? null)
  const phrases = usePhrases(bodyId)
  return (
    <>
      <PageHeader title={t('phrases.title')} intro={t('phrases.intro')} />
      <Select
        label={t('phrases.body')}
        w={320}
        mb="md"
        searchable
        allowDeselect={false}
        data={(bodies.data ?? []).map((body) => ({ value: String(body.id), label: body.name }))}
        value={bodyId ? String(bodyId) : null}
        onChange={setChosen}
      />
      {bodyId !== null && <QueryState query={phrases}>{(saved) => <PhraseEditor key={bodyId} saved={saved} />}</QueryState>}
    </>
  )
}
