import { Button, Group, Modal, Text } from '@mantine/core'
import { useEffect, useState } from 'react'
import { useTranslation } from 'react-i18next'

export interface ConfirmRequest {
  /** The question, as the dialog's name ("Ta bort mötet 2026-11-25?"). */
  title: string
  /** What happens, if the question alone does not say it. */
  message?: string
  /** The confirm button says what it does ("Ta bort", "Justera"), never just "OK". */
  confirmLabel: string
  /** Red for what cannot be undone; the app's main colour otherwise. */
  danger?: boolean
}

/**
 * The app's one confirmation dialog (the browser's own dialogs are not used). Mantine's modal traps focus,
 * Escape and the close button cancel, and focus returns to the button that opened it (if it is still there). The confirm button
 * has focus, so Enter confirms.
 */
export function ConfirmDialog({
  request,
  pending,
  onConfirm,
  onCancel,
}: {
  request: ConfirmRequest
  pending?: boolean
  onConfirm: () => void
  onCancel: () => void
}) {
  const { t } = useTranslation()
  // The dialog is unmounted rather than closed, so Mantine's own returnFocus never runs: the button
  // that asked is taken while rendering (before the modal moves focus) and gets focus back afterwards.
  const [opener] = useState(() =>
    document.activeElement instanceof HTMLElement ? document.activeElement : null,
  )
  useEffect(
    () => () => {
      // Only once focus is really lost (React's development double-run leaves it in the dialog).
      setTimeout(() => {
        if (document.activeElement === document.body && opener?.isConnected) opener.focus()
      })
    },
    [opener],
  )
  return (
    <Modal opened onClose={onCancel} title={request.title} size="md">
      {request.message && (
        <Text size="sm" mb="md">
          {request.message}
        </Text>
      )}
      <Group justify="flex-end">
        <Button variant="default" onClick={onCancel}>
          {t('actions.cancel')}
        </Button>
        <Button
          color={request.danger ? 'red' : undefined}
          onClick={onConfirm}
          loading={pending}
          data-autofocus
        >
          {request.confirmLabel}
        </Button>
      </Group>
    </Modal>
  )
}
