import { Button, Group } from '@mantine/core'
import type { ReactNode } from 'react'
import { useTranslation } from 'react-i18next'
import { DeleteButton } from './DeleteButton.tsx'

/** Deleting the row a form edits: asked twice, closed when done, the refusal shown on the form. */
export interface FormDeletion {
  label: string
  confirm: string
  id: number
  mutation: {
    isPending: boolean
    mutate: (
      input: { id: number },
      options: { onSuccess: () => void; onError: (error: Error) => void },
    ) => void
  }
  onDeleted: () => void
  onRefused: (error: Error) => void
}

/**
 * The bottom row of a form dialog: an optional action on the left (a deletion, or anything else
 * in `start`), Cancel and Save on the right.
 */
export function FormFooter({
  onCancel,
  saving,
  start,
  deletion,
}: {
  onCancel: () => void
  saving: boolean
  start?: ReactNode
  deletion?: FormDeletion | null
}) {
  const { t } = useTranslation()
  return (
    <Group justify="space-between">
      <div>
        {deletion && (
          <DeleteButton
            label={deletion.label}
            confirm={deletion.confirm}
            pending={deletion.mutation.isPending}
            onDelete={() =>
              deletion.mutation.mutate(
                { id: deletion.id },
                { onSuccess: deletion.onDeleted, onError: deletion.onRefused },
              )
            }
          />
        )}
        {start}
      </div>
      <Group>
        <Button variant="default" onClick={onCancel}>
          {t('actions.cancel')}
        </Button>
        <Button type="submit" loading={saving}>
          {t('actions.save')}
        </Button>
      </Group>
    </Group>
  )
}
