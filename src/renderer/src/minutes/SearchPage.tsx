import { Anchor, Badge, Card, Group, Stack, Text, TextInput } from '@mantine/core'
import { useDebouncedValue } from '@mantine/hooks'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { Link, useSearchParams } from 'react-router'
import { PageHeader } from '../components/PageHeader.tsx'
import { QueryState } from '../components/QueryState.tsx'
import { useProcedure } from '../components/procedures.ts'

/** "…text [[hit]] text…" -> the hits in <mark>. */
function Snippet({ text }: { text: string }) {
  const parts = text.split(/\[\[|\]\]/)
  return (
    <Text size="sm">
      {parts.map((part, index) => (index % 2 === 1 ? <mark key={index}>{part}</mark> : part))}
    </Text>
  )
}

export function SearchPage() {
  const { t } = useTranslation('minutes')
  // Ctrl+K's "search the minutes for …" arrives as ?q=.
  const [params] = useSearchParams()
  const [text, setText] = useState(params.get('q') ?? '')
  const [query] = useDebouncedValue(text.trim(), 250)
  const results = useProcedure('minutes.search', query.trim().length >= 2 ? { query } : null)
  return (
    <>
      <PageHeader title={t('search.title')} intro={t('search.intro')} />
      <TextInput
        label={t('search.label')}
        placeholder={t('search.placeholder')}
        value={text}
        onChange={(event) => setText(event.currentTarget.value)}
        w={420}
        mb="md"
        autoFocus
        type="search"
      />
      {query.length < 2 ? (
        <Text c="dimmed" size="sm">
          {t('search.hint')}
        </Text>
      ) : (
        <QueryState
          query={results}
          isEmpty={(hits) => hits.length === 0}
          empty={<Text c="dimmed">{t('search.none')}</Text>}
        >
          {(hits) => (
            <Stack gap="xs" aria-label={t('search.title')}>
              <Text size="sm" c="dimmed">
                {t('search.count', { count: hits.length })}
              </Text>
              {hits.map((hit, index) => (
                <Card key={`${hit.kind}-${index}`} withBorder p="sm">
                  <Group gap="xs" mb={4}>
                    <Badge size="xs" variant="light">
                      {t(`search.kind.${hit.kind}`)}
                    </Badge>
                    <Anchor
                      component={Link}
                      to={`/meetings/${hit.meetingId}/minutes${hit.paragraphId ? `?p=${hit.paragraphId}` : ''}`}
                      fw={600}
                      size="sm"
                    >
                      {hit.bodyName} {hit.date}
                      {hit.paragraph ? ` § ${hit.paragraph}` : ''} {hit.title}
                    </Anchor>
                  </Group>
                  <Snippet text={hit.snippet} />
                </Card>
              ))}
            </Stack>
          )}
        </QueryState>
      )}
    </>
  )
}
