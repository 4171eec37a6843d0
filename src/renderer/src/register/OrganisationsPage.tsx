import { Anchor, Badge, Button, Group, Select, Table, TextInput } from '@mantine/core'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { OrganisationDto } from '../../../shared/api/register.ts'
import { ORGANISATION_KINDS } from '../../../shared/domain/register.ts'
import { PageHeader } from '../components/PageHeader.tsx'
import { EmptyState } from '../components/EmptyState.tsx'
import { QueryState } from '../components/QueryState.tsx'
import { SortHeader, useSorted } from '../components/sorting.tsx'
import { OrganisationForm } from './OrganisationForm.tsx'
import { useProcedure } from '../components/procedures.ts'

type Column = 'name' | 'kind' | 'peopleCount' | 'seatCount'

function OrganisationTable({
  rows,
  onEdit,
}: {
  rows: OrganisationDto[]
  onEdit: (row: OrganisationDto) => void
}) {
  const { t } = useTranslation('register')
  const { sorted, sort, toggle } = useSorted<OrganisationDto, Column>(rows, 'name', (row, key) =>
    key === 'kind' ? t(`organisationKind.${row.kind}`) : row[key],
  )
  return (
    <Table striped highlightOnHover verticalSpacing="xs" aria-label={t('organisations.title')}>
      <Table.Thead>
        <Table.Tr>
          <SortHeader label={t('organisations.name')} column="name" sort={sort} onSort={toggle} />
          <SortHeader label={t('organisations.kind')} column="kind" sort={sort} onSort={toggle} />
          <Table.Th>{t('organisations.contact')}</Table.Th>
          <SortHeader
            label={t('organisations.people')}
            column="peopleCount"
            sort={sort}
            onSort={toggle}
          />
          <SortHeader
            label={t('organisations.seats')}
            column="seatCount"
            sort={sort}
            onSort={toggle}
          />
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
            <Table.Td>
              <Badge variant="light" color="gray">
                {t(`organisationKind.${row.kind}`)}
              </Badge>
            </Table.Td>
            <Table.Td c="dimmed">{row.contact}</Table.Td>
            <Table.Td>{row.peopleCount}</Table.Td>
            <Table.Td>{row.seatCount}</Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  )
}

export function OrganisationsPage() {
  const { t } = useTranslation('register')
  const query = useProcedure('register.listOrganisations', {})
  const [filter, setFilter] = useState('')
  const [kind, setKind] = useState<string | null>(null)
  const [editing, setEditing] = useState<OrganisationDto | 'new' | null>(null)
  const needle = filter.trim().toLocaleLowerCase('sv')
  return (
    <>
      <PageHeader
        title={t('organisations.title')}
        intro={t('organisations.intro')}
        actions={<Button onClick={() => setEditing('new')}>{t('organisations.new')}</Button>}
      />
      <Group mb="sm">
        <TextInput
          placeholder={t('organisations.filter')}
          aria-label={t('organisations.filter')}
          value={filter}
          onChange={(event) => setFilter(event.currentTarget.value)}
          w={320}
        />
        <Select
          aria-label={t('organisations.kind')}
          placeholder={t('organisations.allKinds')}
          clearable
          value={kind}
          onChange={setKind}
          data={ORGANISATION_KINDS.map((value) => ({
            value,
            label: t(`organisationKind.${value}`),
          }))}
        />
      </Group>
      <QueryState
        query={query}
        isEmpty={(rows) => rows.length === 0}
        empty={
          <EmptyState
            text={t('empty.organisations', { ns: 'common' })}
            steps={[{ label: t('organisations.new'), onClick: () => setEditing('new') }]}
          />
        }
      >
        {(rows) => (
          <OrganisationTable
            rows={rows.filter(
              (row) =>
                (!needle || row.name.toLocaleLowerCase('sv').includes(needle)) &&
                (!kind || row.kind === kind),
            )}
            onEdit={setEditing}
          />
        )}
      </QueryState>
      {editing && <OrganisationForm organisation={editing} onClose={() => setEditing(null)} />}
    </>
  )
}
