import { Alert, Anchor, Badge, List, Table } from '@mantine/core'
import { useTranslation } from 'react-i18next'
import { Link } from 'react-router'
import { PageHeader } from '../components/PageHeader.tsx'
import { EmptyState } from '../components/EmptyState.tsx'
import { QueryState } from '../components/QueryState.tsx'
import { useProcedure } from '../components/procedures.ts'
import { StatusBadge } from '../meetings/common.tsx'

export function MinutesListPage() {
  const { t } = useTranslation('minutes')
  // Every year: the list of minutes is the archive (the same cached list as the overview's "all years").
  const meetings = useProcedure('meetings.list', {})
  const due = useProcedure('minutes.adjustmentsDue', {})
  return (
    <>
      <PageHeader title={t('list.title')} intro={t('list.intro')} />
      {(due.data ?? []).length > 0 && (
        <Alert color="orange" title={t('list.due')} mb="md">
          <List size="sm">
            {due.data!.map((row) => (
              <List.Item key={row.meetingId}>
                <Anchor component={Link} to={`/meetings/${row.meetingId}/minutes`} size="sm">
                  {t('list.dueLine', {
                    body: row.bodyName,
                    date: row.date,
                    by: row.adjustBy ?? '—',
                  })}
                </Anchor>
                {row.overdue && (
                  <Badge ml={6} size="xs" color="red">
                    {t('list.overdue')}
                  </Badge>
                )}
              </List.Item>
            ))}
          </List>
        </Alert>
      )}
      <QueryState
        query={meetings}
        isEmpty={(rows) => rows.length === 0}
        empty={
          <EmptyState
            text={t('empty.minutes', { ns: 'common' })}
            steps={[{ label: t('empty.toMeetings', { ns: 'common' }), to: '/meetings' }]}
          />
        }
      >
        {(rows) => (
          <Table aria-label={t('list.meetings')} striped>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('list.date')}</Table.Th>
                <Table.Th>{t('list.body')}</Table.Th>
                <Table.Th>{t('list.status')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {[...rows].reverse().map((meeting) => (
                <Table.Tr key={meeting.id}>
                  <Table.Td>
                    <Anchor
                      component={Link}
                      to={`/meetings/${meeting.id}/minutes`}
                      aria-label={`${t('list.open')} ${meeting.bodyName} ${meeting.date}`}
                    >
                      {meeting.date}
                    </Anchor>
                  </Table.Td>
                  <Table.Td>{meeting.bodyName}</Table.Td>
                  <Table.Td>
                    <StatusBadge status={meeting.status} />
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        )}
      </QueryState>
    </>
  )
}
