import { Anchor, Badge, Group, SegmentedControl, Table, Text } from '@mantine/core'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { Link } from 'react-router'
import { RegisterFilter } from '../components/RegisterFilter.tsx'
import { PageHeader } from '../components/PageHeader.tsx'
import { EmptyState } from '../components/EmptyState.tsx'
import { QueryState } from '../components/QueryState.tsx'
import { SortHeader, useSorted } from '../components/sorting.tsx'
import type { ActionItemDto } from '../../../shared/api/minutes.ts'
import { useProcedure } from '../components/procedures.ts'

type Column = 'description' | 'owner' | 'dueDate' | 'status' | 'decided'
const value = (row: ActionItemDto, key: Column) => (key === 'decided' ? row.decidedDate : row[key])

function ActionsTable({ rows }: { rows: ActionItemDto[] }) {
  const { t } = useTranslation('minutes')
  const { sorted, sort, toggle } = useSorted<ActionItemDto, Column>(rows, 'dueDate', value)
  return (
    <>
      <Text size="sm" c="dimmed" mb="xs">
        {t('actions.count', { count: rows.length })}
      </Text>
      <Table aria-label={t('actions.title')} striped>
        <Table.Thead>
          <Table.Tr>
            <SortHeader
              label={t('actions.description')}
              column="description"
              sort={sort}
              onSort={toggle}
            />
            <SortHeader label={t('actions.owner')} column="owner" sort={sort} onSort={toggle} />
            <SortHeader label={t('actions.due')} column="dueDate" sort={sort} onSort={toggle} />
            <SortHeader label={t('actions.status')} column="status" sort={sort} onSort={toggle} />
            <SortHeader label={t('actions.decided')} column="decided" sort={sort} onSort={toggle} />
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {sorted.map((action) => (
            <Table.Tr key={action.id}>
              <Table.Td>{action.description}</Table.Td>
              <Table.Td>{action.owner}</Table.Td>
              <Table.Td>{action.dueDate}</Table.Td>
              <Table.Td style={{ whiteSpace: 'nowrap' }}>
                <Badge
                  variant="light"
                  color={action.overdue ? 'red' : action.status === 'done' ? 'teal' : 'gray'}
                >
                  {action.overdue ? t('action.overdue') : t(`status.${action.status}`)}
                </Badge>
              </Table.Td>
              <Table.Td>
                <Anchor
                  component={Link}
                  to={`/meetings/${action.decidedMeetingId}/minutes?p=${action.decidedParagraphId}`}
                  size="sm"
                  style={{ whiteSpace: 'nowrap' }}
                >
                  {action.bodyName}{' '}
                  {t('action.decidedIn', {
                    date: action.decidedDate,
                    number: action.decidedParagraph,
                  })}
                </Anchor>
                {action.reportedDate && (
                  <Text size="xs" c="dimmed">
                    {t('action.reportedIn', {
                      date: action.reportedDate,
                      number: action.reportedParagraph,
                    })}
                  </Text>
                )}
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </>
  )
}

export function ActionsPage() {
  const { t } = useTranslation('minutes')
  const [filter, setFilter] = useState<'open' | 'overdue' | 'all'>('open')
  const [bodyId, setBodyId] = useState<string | null>(null)
  const [organisationId, setOrganisationId] = useState<string | null>(null)
  const [personId, setPersonId] = useState<string | null>(null)
  const query = useProcedure('minutes.listActions', {
    filter,
    bodyId: bodyId ? Number(bodyId) : null,
    organisationId: organisationId ? Number(organisationId) : null,
    personId: personId ? Number(personId) : null,
  })
  return (
    <>
      <PageHeader title={t('actions.title')} intro={t('actions.intro')} />
      <Group mb="md" align="flex-end">
        <SegmentedControl
          aria-label={t('actions.filter')}
          value={filter}
          onChange={(next) => setFilter(next as typeof filter)}
          data={[
            { value: 'open', label: t('actions.open') },
            { value: 'overdue', label: t('actions.overdue') },
            { value: 'all', label: t('actions.all') },
          ]}
        />
        <RegisterFilter of="body" value={bodyId} onChange={setBodyId} />
        <RegisterFilter of="organisation" value={organisationId} onChange={setOrganisationId} />
        <RegisterFilter
          of="person"
          label={t('actions.person')}
          value={personId}
          onChange={setPersonId}
        />
      </Group>
      <QueryState
        query={query}
        // Only the opening view says what to do first; an empty filtered list shows its count.
        isEmpty={(rows) =>
          rows.length === 0 && filter === 'open' && !bodyId && !organisationId && !personId
        }
        empty={
          <EmptyState
            text={t('empty.actions', { ns: 'common' })}
            steps={[{ label: t('empty.toMinutes', { ns: 'common' }), to: '/minutes' }]}
          />
        }
      >
        {(rows) => <ActionsTable rows={rows} />}
      </QueryState>
    </>
  )
}
