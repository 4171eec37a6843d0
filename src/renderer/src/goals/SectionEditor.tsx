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
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { Link } from 'react-router'
import type { GoalSectionDto } from '../../../shared/api/goals.ts'
import { useProcedureMutation } from '../components/procedures.ts'
import { SaveStatus } from '../components/SaveStatus.tsx'
import { useAutosave } from '../components/useAutosave.ts'

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
  const update = useProcedureMutation('goals.updateSection')
  const [heading, setHeading] = useState(section.heading)
  const [text, setText] = useState(section.text)
  const { mutateAsync } = update
  const { state, saveNow } = useAutosave({
    id: section.id,
    value: { heading, text },
    source: {
      value: { heading: section.heading, text: section.text },
      version: section.version,
      updatedAt: section.updatedAt,
    },
    locked,
    check: (value) => (value.heading.trim() === '' ? t('editor.headingRequired') : null),
    save: (value, version) => mutateAsync({ id: section.id, version, ...value }),
  })

  const copy = async () => {
    await navigator.clipboard.writeText(`${heading}\n\n${text}`)
    notify({ color: 'teal', message: t('editor.copied') })
  }

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
          <SaveStatus state={state} />
        </Group>
      </Stack>
    </Card>
  )
}
