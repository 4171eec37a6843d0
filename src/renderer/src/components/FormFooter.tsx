import { Button, Group } from '@mantine/core'
import type { ReactNode } from 'react'
import { useTranslation } from 'react-i18next'

/** The bottom row of a form dialog: an optional action on the left (delete), Cancel and Save on the right. */
export function FormFooter({
  onCancel,
  saving,
  start,
}: {
  onCancel: () => void
  saving: boolean
  start?: ReactNode
}) {
  const { t } = useTranslation()
  return (
    <Group justify="space-between">
      <div>{start}</div>
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
