import { Text } from '@mantine/core'
import { useTranslation } from 'react-i18next'
import type { SaveState } from './useAutosave.ts'

const clock = new Intl.DateTimeFormat('sv-SE', { hour: '2-digit', minute: '2-digit' })

/** "Sparar …", "Ej sparat ännu" or "Sparat 10:42", announced politely to screen readers. */
export function SaveStatus({ state }: { state: SaveState }) {
  const { t } = useTranslation()
  const status =
    state.kind === 'saved'
      ? state.at
        ? t('autosave.savedAt', { time: clock.format(new Date(state.at)) })
        : t('states.saved')
      : state.kind === 'saving'
        ? t('autosave.saving')
        : state.kind === 'dirty'
          ? t('autosave.unsaved')
          : ''
  return (
    <Text
      size="sm"
      c={state.kind === 'saved' ? 'teal.9' : 'dimmed'}
      role="status"
      aria-live="polite"
    >
      {status}
    </Text>
  )
}
