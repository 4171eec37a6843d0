import { Alert, Badge, Button, FileButton, Group, List, Table, Text } from '@mantine/core'
import { notifications } from '@mantine/notifications'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { ImportPreviewDto } from '../../../shared/api/register.ts'
import { errorMessage, say } from '../api.ts'
import { PageHeader } from '../components/PageHeader.tsx'
import { useMutation } from '@tanstack/react-query'
import { callProcedure, useProcedureMutation, type In } from '../components/procedures.ts'

async function readAsBase64(file: File): Promise<string> {
  const bytes = new Uint8Array(await file.arrayBuffer())
  let binary = ''
  for (let index = 0; index < bytes.length; index += 0x8000)
    binary += String.fromCharCode(...bytes.subarray(index, index + 0x8000))
  return btoa(binary)
}

const actionColor = { create: 'teal', update: 'blue', error: 'red' } as const

function PreviewTable({ preview }: { preview: ImportPreviewDto }) {
  const { t } = useTranslation('register')
  return (
    <Table striped verticalSpacing="xs" aria-label={t('import.preview')}>
      <Table.Thead>
        <Table.Tr>
          <Table.Th>{t('import.row')}</Table.Th>
          <Table.Th>{t('import.name')}</Table.Th>
          <Table.Th>{t('import.organisation')}</Table.Th>
          <Table.Th>{t('import.action')}</Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {preview.rows.map((row) => (
          <Table.Tr key={row.row}>
            <Table.Td>{row.row}</Table.Td>
            <Table.Td>{row.name}</Table.Td>
            <Table.Td>{row.organisationName}</Table.Td>
            <Table.Td>
              <Badge color={actionColor[row.action]} variant="light">
                {t(`import.${row.action}`)}
              </Badge>
              {row.errors.length > 0 && (
                <List size="sm" c="red.8" mt={4}>
                  {row.errors.map((message) => (
                    <List.Item key={message.key}>{say(message)}</List.Item>
                  ))}
                </List>
              )}
            </Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  )
}

export function ImportPage() {
  const { t } = useTranslation('register')
  const previewImport = useMutation({
    // A query run on demand (a button): it saves nothing, so nothing is refreshed.
    mutationFn: (input: In<'register.previewMemberImport'>) =>
      callProcedure('register.previewMemberImport', input),
    meta: { refresh: false },
  })
  const applyImport = useProcedureMutation('register.applyMemberImport')
  const [file, setFile] = useState<{ fileName: string; base64: string } | null>(null)
  const [failure, setFailure] = useState<string | null>(null)
  const preview = previewImport.data

  const choose = async (chosen: File | null) => {
    if (!chosen) return
    setFailure(null)
    previewImport.reset()
    try {
      const upload = { fileName: chosen.name, base64: await readAsBase64(chosen) }
      setFile(upload)
      await previewImport.mutateAsync({ file: upload })
    } catch (error) {
      setFailure(errorMessage(error))
    }
  }
  const apply = async () => {
    if (!file) return
    try {
      const result = await applyImport.mutateAsync({ file })
      notifications.show({
        color: 'teal',
        message: t('import.done', { count: result.createCount + result.updateCount }),
      })
      previewImport.reset()
      setFile(null)
    } catch (error) {
      setFailure(errorMessage(error))
    }
  }
  return (
    <>
      <PageHeader title={t('import.title')} intro={t('import.intro')} />
      <Group mb="md">
        <FileButton
          onChange={(chosen) => void choose(chosen)}
          accept=".xlsx,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
        >
          {(props) => (
            <Button {...props} loading={previewImport.isPending}>
              {t('import.choose')}
            </Button>
          )}
        </FileButton>
        {file && <Text c="dimmed">{file.fileName}</Text>}
      </Group>
      {failure && (
        <Alert color="red" role="alert" mb="md">
          {failure}
        </Alert>
      )}
      {preview && (
        <>
          <Group justify="space-between" mb="sm">
            <Text fw={600}>
              {t('import.summary', {
                create: preview.createCount,
                update: preview.updateCount,
                error: preview.errorCount,
              })}
            </Text>
            <Button
              disabled={preview.errorCount > 0 || preview.rows.length === 0}
              loading={applyImport.isPending}
              onClick={() => void apply()}
            >
              {t('import.apply', { count: preview.createCount + preview.updateCount })}
            </Button>
          </Group>
          {preview.errorCount > 0 && (
            <Alert color="orange" mb="sm">
              {t('import.fixErrors')}
            </Alert>
          )}
          <PreviewTable preview={preview} />
        </>
      )}
    </>
  )
}
