import { Badge, Button, Group, Modal } from '@mantine/core'
import { useTranslation } from 'react-i18next'
import type { MeetingStatus } from '../../../shared/domain/meetings.ts'
import { useSystemInfo } from '../start/queries.ts'

const STATUS_COLOR: Record<MeetingStatus, string> = { planned: 'gray', noticeSent: 'blue', held: 'teal', minutesAdjusted: 'green' }

export function StatusBadge({ status }: { status: MeetingStatus }) {
  const { t } = useTranslation('meetings')
  return (
    <Badge variant="light" color={STATUS_COLOR[status]}>
      {t(`status.${status}`)}
    </Badge>
  )
}

/** 13:15–15:00 -> "13.15–15.00", as Swedish running text writes times. */
export const timeRange = (start: string, end: string) => `${start.replace(':', '.')}–${end.replace(':', '.')}`

/** Today by the program's clock (main's), so the UI and the services agree on what is upcoming. */
export function useToday(): string | null {
  return useSystemInfo().data?.today ?? null
}

/** A small "are you sure?" dialog; Enter confirms, Escape cancels. */
export function ConfirmModal({ message, confirmLabel, onConfirm, onClose, pending }: { message: string; confirmLabel: string; onConfirm: () => void; onClose: () => void; pending?: boolean }) {
  const { t } = useTranslation()
  return (
    <Modal opened onClose={onClose} title={message} size="sm">
      <Group justify="flex-end">
        <Button variant="default" onClick={onClose}>{t('actions.cancel')}</Button>
        <Button color="red" onClick={onConfirm} loading={pending} data-autofocus>{confirmLabel}</Button>
      </Group>
    </Modal>
  )
}
