import { Anchor, Badge, Button, Group, Table, TextInput } from '@mantine/core'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { Link } from 'react-router'
import type { BodySummaryDto } from '../../../shared/api/register.ts'
import { PageHeader } from '../components/PageHeader.tsx'
import { EmptyState } from '../components/EmptyState.tsx'
import { QueryState } from '../components/QueryState.tsx'
import { SortHeader, useSorted } from '../components/sorting.tsx'
import { BodyForm } from './BodyForm.tsx'
import { useProcedure } from '../components/procedures.ts'

type Column = 'name' | 'kind' | 'area' | 'seatCount' | 'memberCount' | 'vacantSeatCount'

function BodiesTable({ rows }: { rows: BodySummaryDto[] }) {
  const { t } = useTranslation('register')
  // Default order keeps the council first (as the service returns it).
  const { sorted, sort, toggle } = useSorted<BodySummaryDto, Column | 'order'>(
    rows,
    'order',
    (row, key) =>
      key === 'order' ? rows.indexOf(row) : key === 'kind' ? t(`bodyKind.${row.kind}`) : row[key],
  )
  return (
    <Table striped highlightOnHover verticalSpacing="xs" aria-label={t('bodies.title')}>
      <Table.Thead>
        <Table.Tr>
          <SortHeader label={t('bodies.name')} column="name" sort={sort} onSort={toggle} />
          <SortHeader label={t('bodies.kind')} column="kind" sort={sort} onSort={toggle} />
          <SortHeader label={t('bodies.area')} column="area" sort={sort} onSort={toggle} />
          <SortHeader label={t('bodies.seats')} column="seatCount" sort={sort} onSort={toggle} />
          <SortHeader
            label={t('bodies.members')}
            column="memberCount"
            sort={sort}
            onSort={toggle}
          />
          <SortHeader
            label={t('bodies.vacant')}
            column="vacantSeatCount"
            sort={sort}
            onSort={toggle}
          />
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {sorted.map((row) => (
          <Table.Tr key={row.id}>
            <Table.Td>
              <Anchor
                component={Link}
                to={`/register/bodies/${row.id}`}
                fw={row.kind === 'council' ? 700 : 500}
              >
                {row.name}
              </Anchor>
            </Table.Td>
            <Table.Td>
              <Badge variant="light" color={row.kind === 'council' ? 'indigo' : 'gray'}>
                {t(`bodyKind.${row.kind}`)}
              </Badge>
            </Table.Td>
            <Table.Td>{row.area}</Table.Td>
            <Table.Td>{row.seatCount}</Table.Td>
            <Table.Td>{row.memberCount}</Table.Td>
            <Table.Td
              c={row.vacantSeatCount > 0 ? 'orange.8' : undefined}
              fw={row.vacantSeatCount > 0 ? 600 : undefined}
            >
              {row.vacantSeatCount}
            </Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  )
}

export function BodiesPage() {
  const { t } = useTranslation('register')
  const query = useProcedure('register.listBodies', {})
  const [filter, setFilter] = useState('')
  const [creating, setCreating] = useState(false)
  const needle = filter.trim().toLocaleLowerCase('sv')
  return (
    <>
      <PageHeader
        title={t('bodies.title')}
        intro={t('bodies.intro')}
        actions={<Button onClick={() => setCreating(true)}>{t('bodies.new')}</Button>}
      />
      <Group mb="sm">
        <TextInput
          placeholder={t('bodies.filter')}
          aria-label={t('bodies.filter')}
          value={filter}
          onChange={(event) => setFilter(event.currentTarget.value)}
          w={320}
        />
      </Group>
      <QueryState
        query={query}
        isEmpty={(rows) => rows.length === 0}
        empty={
          <EmptyState
            text={t('empty.bodies', { ns: 'common' })}
            steps={[{ label: t('bodies.new'), onClick: () => setCreating(true) }]}
          />
        }
      >
        {(rows) => (
          <BodiesTable
            rows={rows.filter(
              (row) =>
                !needle ||
                [row.name, row.area].some((value) =>
                  value?.toLocaleLowerCase('sv').includes(needle),
                ),
            )}
          />
        )}
      </QueryState>
      {creating && <BodyForm onClose={() => setCreating(false)} />}
    </>
  )
}
