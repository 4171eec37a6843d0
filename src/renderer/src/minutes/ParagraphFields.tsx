import { Button, Group, Menu, Stack, Text, Textarea, TextInput } from '@mantine/core'
import { useRef, type KeyboardEvent, type ReactNode } from 'react'
import { useTranslation } from 'react-i18next'
import { Link } from 'react-router'
import type { MinutesDto, ParagraphDto } from '../../../shared/api/minutes.ts'

export interface ParagraphContent {
  title: string
  text: string
  decisions: string[]
}

/**
 * The fields of an open §: title (extra items only), text with standard phrases (Ctrl+1–9) and decisions.
 * Ctrl+S anywhere in them saves now; focus stays where it was.
 */
export function ParagraphFields({
  minutes,
  paragraph,
  content,
  onChange,
  onSave,
  footer,
}: {
  minutes: MinutesDto
  paragraph: ParagraphDto
  content: ParagraphContent
  onChange: (update: (current: ParagraphContent) => ParagraphContent) => void
  onSave: () => void
  footer: ReactNode
}) {
  const { t } = useTranslation('minutes')
  const textArea = useRef<HTMLTextAreaElement>(null)
  // The decision row just added gets focus, with the cursor after its "att ".
  const focusDecision = useRef<number | null>(null)
  const { title, text, decisions } = content

  const insertPhrase = (phrase: string) => {
    const area = textArea.current
    const at = area?.selectionStart ?? text.length
    const before = text.slice(0, at)
    const joined = `${before}${before && !before.endsWith('\n') ? '\n' : ''}${phrase}${text.slice(at)}`
    onChange((current) => ({ ...current, text: joined }))
  }
  const onTextKeyDown = (event: KeyboardEvent<HTMLTextAreaElement>) => {
    if (!(event.ctrlKey || event.metaKey) || !/^[1-9]$/.test(event.key)) return
    const phrase = minutes.phrases[Number(event.key) - 1]
    if (!phrase) return
    event.preventDefault()
    insertPhrase(phrase)
  }
  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    if ((event.ctrlKey || event.metaKey) && event.key.toLowerCase() === 's') {
      event.preventDefault()
      onSave()
    }
  }
  const setDecision = (index: number, value: string) =>
    onChange((current) => ({
      ...current,
      decisions: current.decisions.map((old, at) => (at === index ? value : old)),
    }))

  return (
    <Stack gap="xs" onKeyDown={onKeyDown}>
      {paragraph.agendaItemId === null && (
        <TextInput
          label={t('paragraph.title')}
          value={title}
          onChange={(event) => {
            const value = event.currentTarget.value
            onChange((current) => ({ ...current, title: value }))
          }}
          onBlur={onSave}
        />
      )}
      <Textarea
        ref={textArea}
        label={t('paragraph.text')}
        description={t('paragraph.textHint')}
        autosize
        minRows={2}
        value={text}
        onChange={(event) => {
          const value = event.currentTarget.value
          onChange((current) => ({ ...current, text: value }))
        }}
        onKeyDown={onTextKeyDown}
        onBlur={onSave}
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
            ref={(node) => {
              if (!node || focusDecision.current !== index) return
              focusDecision.current = null
              node.focus()
              node.setSelectionRange(node.value.length, node.value.length)
            }}
            aria-label={t('paragraph.decision', { n: index + 1 })}
            value={decision}
            onChange={(event) => setDecision(index, event.currentTarget.value)}
            onBlur={onSave}
            style={{ flex: 1 }}
            placeholder="att …"
          />
          <Button
            size="compact-sm"
            variant="subtle"
            color="gray"
            aria-label={t('paragraph.removeDecision', { n: index + 1 })}
            onClick={() =>
              onChange((current) => ({
                ...current,
                decisions: current.decisions.filter((_, at) => at !== index),
              }))
            }
          >
            ×
          </Button>
        </Group>
      ))}
      <Group justify="space-between">
        <Button
          size="xs"
          variant="light"
          onClick={() => {
            focusDecision.current = decisions.length
            onChange((current) => ({ ...current, decisions: [...current.decisions, 'att '] }))
          }}
        >
          {t('paragraph.addDecision')}
        </Button>
        {footer}
      </Group>
    </Stack>
  )
}
