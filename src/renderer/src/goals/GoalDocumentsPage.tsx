import { Anchor, Button, Group, Modal, Select, Stack, Table, TextInput } from '@mantine/core'
import { useForm } from '@mantine/form'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { Link, useNavigate } from 'react-router'
import { errorMessage, fieldErrors } from '../api.ts'
import { PageHeader } from '../components/PageHeader.tsx'
import { EmptyState } from '../components/EmptyState.tsx'
import { QueryState } from '../components/QueryState.tsx'
import { StatusBadge } from './GoalDocumentPage.tsx'
import { useProcedure, useProcedureMutation } from '../components/procedures.ts'

const dayAndTime = new Intl.DateTimeFormat('sv-SE', { dateStyle: 'short', timeStyle: 'short' })

function NewDocumentDialog({ onClose }: { onClose: () => void }) {
  const { t } = useTranslation('goals')
  const bodies = useProcedure('register.listBodies', {})
  const create = useProcedureMutation('goals.createDocument')
  const navigate = useNavigate()
  const council = bodies.data?.find((body) => body.kind === 'council') ?? bodies.data?.[0]
  const form = useForm({
    initialValues: {
      bodyId: council ? String(council.id) : '',
      title: council ? t('list.defaultTitle', { body: council.name }) : '',
    },
  })
  const submit = form.onSubmit(async (values) => {
    try {
      const document = await create.mutateAsync({
        bodyId: Number(values.bodyId),
        title: values.title,
      })
      onClose()
      void navigate(`/goals/${document.id}`)
    } catch (error) {
      const errors = fieldErrors(error)
      form.setErrors(Object.keys(errors).length ? errors : { title: errorMessage(error) })
    }
  })
  return (
    <Modal opened onClose={onClose} title={t('list.createTitle')} size="lg">
      <form onSubmit={submit} noValidate>
        <Stack>
          <Select
            label={t('list.body')}
            required
            allowDeselect={false}
            data={(bodies.data ?? []).map((body) => ({ value: String(body.id), label: body.name }))}
            {...form.getInputProps('bodyId')}
            onChange={(value) => {
              const body = bodies.data?.find((candidate) => String(candidate.id) === value)
              form.setFieldValue('bodyId', value ?? '')
              if (body) form.setFieldValue('title', t('list.defaultTitle', { body: body.name }))
            }}
          />
          <TextInput
            label={t('list.titleField')}
            required
            data-autofocus
            {...form.getInputProps('title')}
          />
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              {t('actions.cancel', { ns: 'common' })}
            </Button>
            <Button type="submit" loading={create.isPending}>
              {t('actions.save', { ns: 'common' })}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  )
}

export function GoalDocumentsPage() {
  const { t } = useTranslation('goals')
  const documents = useProcedure('goals.listDocuments', {})
  const [creating, setCreating] = useState(false)
  return (
    <>
      <PageHeader
        title={t('list.title')}
        intro={t('list.intro')}
        actions={<Button onClick={() => setCreating(true)}>{t('list.new')}</Button>}
      />
      <QueryState
        query={documents}
        isEmpty={(list) => list.length === 0}
        empty={
          <EmptyState
            text={t('list.empty')}
            steps={[{ label: t('list.new'), onClick: () => setCreating(true) }]}
          />
        }
      >
        {(list) => (
          <Table striped highlightOnHover verticalSpacing="sm" aria-label={t('list.title')}>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('list.titleColumn')}</Table.Th>
                <Table.Th>{t('list.body')}</Table.Th>
                <Table.Th>{t('list.statusColumn')}</Table.Th>
                <Table.Th ta="right">{t('list.versions')}</Table.Th>
                <Table.Th>{t('list.updated')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {list.map((document) => (
                <Table.Tr key={document.id}>
                  <Table.Td>
                    <Anchor component={Link} to={`/goals/${document.id}`} fw={600}>
                      {document.title}
                    </Anchor>
                  </Table.Td>
                  <Table.Td>{document.bodyName}</Table.Td>
                  <Table.Td>
                    <StatusBadge status={document.status} />
                  </Table.Td>
                  <Table.Td ta="right">{document.versionCount}</Table.Td>
                  <Table.Td>{dayAndTime.format(new Date(document.updatedAt))}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        )}
      </QueryState>
      {creating && <NewDocumentDialog onClose={() => setCreating(false)} />}
    </>
  )
}
