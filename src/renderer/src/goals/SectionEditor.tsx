import {
  ActionIcon,
  Alert,
  Anchor,
  Button,
  Card,
  Group,
  Stack,
  Text,
  TextInput,
  Textarea,
  Tooltip,
} from '@mantine/core'
import { notify } from './notify.ts'
import { createContext, useCallback, useContext, useEffect, useRef, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { Link } from 'react-router'
import type { GoalSectionDto } from '../../../shared/api/goals.ts'
import { AppError } from '../../../shared/api/errors.ts'
import { errorMessage } from '../api.ts'
import { useProcedureMutation } from '../components/procedures.ts'

/** How long the secretary may pause before the draft is saved. */
const AUTOSAVE_DELAY_MS = 800

/** Every open section editor registers its "save now", so a version is never frozen with unsaved text. */
export interface AutosaveRegistry {
  register(id: number, flush: () => Promise<boolean>): () => void
  flushAll(): Promise<boolean>
}

export function createAutosaveRegistry(): AutosaveRegistry {
  const flushers = new Map<number, () => Promise<boolean>>()
  return {
    register(id, flush) {
      flushers.set(id, flush)
      return () => {
        if (flushers.get(id) === flush) flushers.delete(id)
      }
    },
    async flushAll() {
      const results = await Promise.all([...flushers.values()].map((flush) => flush()))
      return results.every(Boolean)
    },
  }
}

export const AutosaveContext = createContext<AutosaveRegistry>(createAutosaveRegistry())

type SaveState =
  | { kind: 'saved'; at: string }
  | { kind: 'dirty' }
  | { kind: 'saving' }
  | { kind: 'conflict'; message: string }
  | { kind: 'error'; message: string }

const clock = new Intl.DateTimeFormat('sv-SE', { hour: '2-digit', minute: '2-digit' })

export function SectionEditor({
  section,
  locked,
  first,
  last,
  onMove,
  onRemove,
  onReload,
}: {
  section: GoalSectionDto
  locked: boolean
  first: boolean
  last: boolean
  onMove: (direction: 'up' | 'down') => void
  onRemove: () => void
  onReload: () => void
}) {
  const { t } = useTranslation('goals')
  const registry = useContext(AutosaveContext)
  const update = useProcedureMutation('goals.updateSection')
  const [heading, setHeading] = useState(section.heading)
  const [text, setText] = useState(section.text)
  const [state, setState] = useState<SaveState>({ kind: 'saved', at: section.updatedAt })
  const latest = useRef({ heading, text })
  const saved = useRef({ heading: section.heading, text: section.text, version: section.version })
  const chain = useRef<Promise<boolean>>(Promise.resolve(true))
  const stopped = useRef(false)

  useEffect(() => {
    latest.current = { heading, text }
  }, [heading, text])

  const { mutateAsync } = update
  /** Saves the latest text, after any save still under way (each needs the version the previous one got). */
  const saveNow = useCallback((): Promise<boolean> => {
    chain.current = chain.current.then(async () => {
      const wanted = latest.current
      if (stopped.current) return false
      if (wanted.heading === saved.current.heading && wanted.text === saved.current.text)
        return true
      if (wanted.heading.trim() === '') {
        setState({ kind: 'error', message: t('editor.headingRequired') })
        return false
      }
      setState({ kind: 'saving' })
      try {
        const result = await mutateAsync({
          id: section.id,
          version: saved.current.version,
          heading: wanted.heading,
          text: wanted.text,
        })
        saved.current = { heading: wanted.heading, text: wanted.text, version: result.version }
        const current = latest.current
        setState(
          current.heading === wanted.heading && current.text === wanted.text
            ? { kind: 'saved', at: result.updatedAt }
            : { kind: 'dirty' },
        )
        return true
      } catch (error) {
        if (error instanceof AppError && error.code === 'CONFLICT') {
          // Stop autosaving: the text stays in the editor until the secretary decides.
          stopped.current = true
          setState({ kind: 'conflict', message: error.message })
        } else {
          setState({ kind: 'error', message: errorMessage(error) })
        }
        return false
      }
    })
    return chain.current
  }, [mutateAsync, section.id, t])

  useEffect(() => registry.register(section.id, saveNow), [registry, section.id, saveNow])

  // Debounced autosave while typing.
  useEffect(() => {
    if (locked || stopped.current) return
    if (heading === saved.current.heading && text === saved.current.text) return
    setState((current) => (current.kind === 'saving' ? current : { kind: 'dirty' }))
    const timer = window.setTimeout(() => void saveNow(), AUTOSAVE_DELAY_MS)
    return () => window.clearTimeout(timer)
  }, [heading, text, locked, saveNow])

  // Leaving the page (or the tab) saves what is pending.
  useEffect(() => () => void saveNow(), [saveNow])

  const copy = async () => {
    await navigator.clipboard.writeText(`${heading}\n\n${text}`)
    notify({ color: 'teal', message: t('editor.copied') })
  }

  const status =
    state.kind === 'saved'
      ? t('editor.savedAt', { time: clock.format(new Date(state.at)) })
      : state.kind === 'saving'
        ? t('editor.saving')
        : state.kind === 'dirty'
          ? t('editor.unsaved')
          : ''

  return (
    <Card
      withBorder
      id={`section-${section.id}`}
      component="section"
      aria-label={heading || section.heading}
    >
      <Stack gap="xs">
        <Group justify="space-between" align="flex-end" wrap="nowrap">
          <TextInput
            label={t('editor.heading')}
            value={heading}
            onChange={(event) => setHeading(event.currentTarget.value)}
            onBlur={() => void saveNow()}
            readOnly={locked}
            variant={locked ? 'filled' : 'default'}
            maxLength={200}
            style={{ flex: 1 }}
            styles={{ input: { fontWeight: 700, fontSize: 'var(--mantine-font-size-lg)' } }}
          />
          {!locked && (
            <Group gap={4} wrap="nowrap">
              <Tooltip label={t('editor.moveUp', { heading })}>
                <ActionIcon
                  variant="default"
                  size="lg"
                  disabled={first}
                  aria-label={t('editor.moveUp', { heading })}
                  onClick={() => onMove('up')}
                >
                  ↑
                </ActionIcon>
              </Tooltip>
              <Tooltip label={t('editor.moveDown', { heading })}>
                <ActionIcon
                  variant="default"
                  size="lg"
                  disabled={last}
                  aria-label={t('editor.moveDown', { heading })}
                  onClick={() => onMove('down')}
                >
                  ↓
                </ActionIcon>
              </Tooltip>
              <Tooltip label={t('editor.remove', { heading })}>
                <ActionIcon
                  variant="default"
                  color="red"
                  size="lg"
                  aria-label={t('editor.remove', { heading })}
                  onClick={onRemove}
                >
                  ×
                </ActionIcon>
              </Tooltip>
            </Group>
          )}
        </Group>
        <Textarea
          label={t('editor.text', { heading: heading || section.heading })}
          description={locked ? undefined : t('editor.hint')}
          value={text}
          onChange={(event) => setText(event.currentTarget.value)}
          onBlur={() => void saveNow()}
          readOnly={locked}
          variant={locked ? 'filled' : 'default'}
          autosize
          minRows={3}
          maxRows={24}
          spellCheck
          lang="sv"
        />
        {state.kind === 'conflict' && (
          <Alert color="red" title={t('editor.conflictTitle')} role="alert">
            <Text size="sm" mb="xs">
              {state.message}
            </Text>
            <Group gap="xs">
              <Button size="xs" variant="default" onClick={() => void copy()}>
                {t('editor.copy')}
              </Button>
              <Button size="xs" color="red" onClick={onReload}>
                {t('editor.reload')}
              </Button>
            </Group>
          </Alert>
        )}
        {state.kind === 'error' && (
          <Alert color="orange" role="alert">
            {state.message}
          </Alert>
        )}
        <Group justify="space-between">
          <Text size="xs" c="dimmed">
            {section.ideaCount > 0 ? (
              <Anchor component={Link} to="/ideas" size="xs">
                {t('editor.ideas', { count: section.ideaCount })}
              </Anchor>
            ) : (
              t('editor.characters', { count: text.length })
            )}
          </Text>
          <Text
            size="sm"
            c={state.kind === 'saved' ? 'teal.9' : 'dimmed'}
            role="status"
            aria-live="polite"
          >
            {status}
          </Text>
        </Group>
      </Stack>
    </Card>
  )
}
