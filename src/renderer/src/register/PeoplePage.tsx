import { Anchor, Button, Group, Table, Text, TextInput } from '@mantine/core'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { PersonDto } from '../../../shared/api/register.ts'
import { PageHeader } from '../components/PageHeader.tsx'
import { EmptyState } from '../components/EmptyState.tsx'
import { QueryState } from '../components/QueryState.tsx'
import { SortHeader, useSorted } from '../components/sorting.tsx'
import { PersonForm } from './PersonForm.tsx'
import { useProcedure } from '../components/procedures.ts'

type Column = 'name' | 'title' | 'organisationName' | 'email'

function PeopleTable({ rows, onEdit }: { rows: PersonDto[]; onEdit: (row: PersonDto) => void }) {
  const { t } = useTranslation('register')
  const { sorted, sort, toggle } = useSorted<PersonDto, Column>(
    rows,
    'name',
    (row, key) => row[key],
  )
  return (
    <Table striped highlightOnHover verticalSpacing="xs" aria-label={t('people.title')}>
      <Table.Thead>
        <Table.Tr>
          <SortHeader label={t('people.name')} column="name" sort={sort} onSort={toggle} />
          <SortHeader label={t('people.titleField')} column="title" sort={sort} onSort={toggle} />
          <SortHeader
            label={t('people.organisation')}
            column="organisationName"
            sort={sort}
            onSort={toggle}
          />
          <SortHeader label={t('people.email')} column="email" sort={sort} onSort={toggle} />
          <Table.Th>{t('people.phone')}</Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {sorted.map((row) => (
          <Table.Tr key={row.id}>
            <Table.Td>
              <Anchor component="button" type="button" onClick={() => onEdit(row)} fw={500}>
                {row.name}
              </Anchor>
            </Table.Td>
            <Table.Td>{row.title}</Table.Td>
            <Table.Td>{row.organisationName}</Table.Td>
            <Table.Td>
              <Text size="sm">{row.email}</Text>
            </Table.Td>
            <Table.Td>{row.phone}</Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  )
}

export function PeoplePage() {
  const { t } = useTranslation('register')
  const query = useProcedure('register.listPeople', {})
  const [filter, setFilter] = useState('')
  const [editing, setEditing] = useState<PersonDto | 'new' | null>(null)
  const needle = filter.trim().toLocaleLowerCase('sv')
  const matches = (row: PersonDto) =>
    !needle ||
    [row.name, row.organisationName, row.email].some((value) =>
      value?.toLocaleLowerCase('sv').includes(needle),
    )
  return (
    <>
      <PageHeader
        title={t('people.title')}
        intro={t('people.intro')}
        actions={<Button onClick={() => setEditing('new')}>{t('people.new')}</Button>}
      />
      <Group mb="sm">
        <TextInput
          placeholder={t('people.filter')}
          aria-label={t('people.filter')}
          value={filter}
          onChange={(event) => setFilter(event.currentTarget.value)}
          w={380}
        />
      </Group>
      <QueryState
        query={query}
        isEmpty={(rows) => rows.length === 0}
        empty={
          <EmptyState
            text={t('empty.people', { ns: 'common' })}
            steps={[
              { label: t('people.new'), onClick: () => setEditing('new') },
              { label: t('empty.importPeople', { ns: 'common' }), to: '/register/import' },
            ]}
          />
        }
      >
        {(rows) => <PeopleTable rows={rows.filter(matches)} onEdit={setEditing} />}
      </QueryState>
      {editing && <PersonForm person={editing} onClose={() => setEditing(null)} />}
    </>
  )
}
