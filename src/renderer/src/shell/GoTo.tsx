import { Spotlight, spotlight, type SpotlightActionData } from '@mantine/spotlight'
import '@mantine/spotlight/styles.css'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { useNavigate } from 'react-router'
import { navigation } from '../navigation.tsx'

export const openGoTo = spotlight.open

/**
 * Ctrl+K from anywhere, also from inside a field: go to any screen by typing part of its name, or
 * search the minutes for what was typed.
 */
export function GoTo() {
  const { t } = useTranslation()
  const navigate = useNavigate()
  const [query, setQuery] = useState('')
  const screens: SpotlightActionData[] = navigation.flatMap((section) =>
    section.links
      .filter((link) => link.label)
      .map((link) => ({
        id: link.path,
        label: t(link.label as 'nav.start'),
        description: section.group ? t(section.group as 'nav.start') : undefined,
        onClick: () => navigate(link.path),
      })),
  )
  const text = query.trim()
  const search: SpotlightActionData[] =
    text.length >= 2
      ? [
          {
            id: 'search',
            label: t('goTo.searchMinutes', { text }),
            onClick: () => navigate(`/search?q=${encodeURIComponent(text)}`),
          },
        ]
      : []
  return (
    <Spotlight
      actions={[
        ...search,
        ...(search.length > 0 ? [{ group: t('goTo.screens'), actions: screens }] : screens),
      ]}
      query={query}
      onQueryChange={setQuery}
      shortcut={['mod + K']}
      tagsToIgnore={[]}
      nothingFound={t('goTo.nothing')}
      highlightQuery
      title={t('goTo.title')}
      // Mantine's title sits flush with the dialog's edge, unlike the search field below it.
      styles={{ header: { paddingInline: 'var(--mantine-spacing-md)' } }}
      searchProps={{ placeholder: t('goTo.placeholder'), 'aria-label': t('goTo.title') }}
      // Search results always match (they are not filtered by the screen names).
      filter={(typed, actions) => {
        const needle = typed.trim().toLocaleLowerCase('sv-SE')
        const matches = (action: SpotlightActionData) =>
          action.id === 'search' ||
          `${action.label} ${action.description ?? ''}`.toLocaleLowerCase('sv-SE').includes(needle)
        return actions
          .map((entry) =>
            'group' in entry && 'actions' in entry
              ? { ...entry, actions: entry.actions.filter(matches) }
              : entry,
          )
          .filter((entry) =>
            'actions' in entry ? entry.actions.length > 0 : matches(entry as SpotlightActionData),
          )
      }}
    />
  )
}
