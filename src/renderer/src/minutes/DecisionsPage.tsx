import { Anchor, Group, Select, Table, Text, TextInput } from '@mantine/core'
import { useDebouncedValue } from '@mantine/hooks'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { Link } from 'react-router'
import { RegisterFilter } from '../components/RegisterFilter.tsx'
import { PageHeader } from '../components/PageHeader.tsx'
import { EmptyState } from '../components/EmptyState.tsx'
import { QueryState } from '../components/QueryState.tsx'
import { useProcedure, useThisYear } from '../components/procedures.ts'

export function DecisionsPage() {
  const { t } = useTranslation('minutes')
  const [search, setSearch] = useState('')
  const [debounced] = useDebouncedValue(search, 250)
  const [bodyId, setBodyId] = useState<string | null>(null)
  const [year, setYear] = useState<string | null>(null)
  const query = useProcedure('minutes.listDecisions', {
    search: debounced || null,
    bodyId: bodyId ? Number(bodyId) : null,
    year: year ? Number(year) : null,
  })
  const thisYear = useThisYear()
  const years = Array.from({ length: thisYear - 2009 }, (_, index) => String(thisYear - index))
  return (
    <>
      <PageHeader title={t('decisions.title')} intro={t('decisions.intro')} />
      <Group mb="md" align="flex-end">
        <TextInput
          label={t('decisions.search')}
          value={search}
          onChange={(event) => setSearch(event.currentTarget.value)}
          w={320}
        />
        <RegisterFilter of="body" value={bodyId} onChange={setBodyId} />
        <Select
          label={t('decisions.year')}
          placeholder={t('decisions.anyYear')}
          clearable
          value={year}
          onChange={setYear}
          data={years}
          w={130}
        />
      </Group>
      <QueryState
        query={query}
        isEmpty={(rows) => rows.length === 0 && !debounced && !bodyId && !year}
        empty={
          <EmptyState
            text={t('empty.decisions', { ns: 'common' })}
            steps={[{ label: t('empty.toMinutes', { ns: 'common' }), to: '/minutes' }]}
          />
        }
      >
        {(rows) => (
          <>
            <Text size="sm" c="dimmed" mb="xs">
              {t('decisions.count', { count: rows.length })}
            </Text>
            <Table aria-label={t('decisions.title')} striped>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>{t('decisions.decision')}</Table.Th>
                  <Table.Th>{t('decisions.where')}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {rows.map((row) => (
                  <Table.Tr key={row.id}>
                    <Table.Td>{row.text}</Table.Td>
                    <Table.Td>
                      <Anchor
                        component={Link}
                        to={`/meetings/${row.meetingId}/minutes?p=${row.paragraphId}`}
                        size="sm"
                      >
                        {row.bodyName} {row.date} § {row.paragraph}
                      </Anchor>
                      <Text size="xs" c="dimmed">
                        {row.paragraphTitle}
                      </Text>
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </>
        )}
      </QueryState>
    </>
  )
}
