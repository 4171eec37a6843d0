import { Badge } from '@mantine/core'
import { useTranslation } from 'react-i18next'
import { ConfirmDialog } from '../components/ConfirmDialog.tsx'
import type { MeetingStatus } from '../../../shared/domain/meetingCycle.ts'

const STATUS_COLOR: Record<MeetingStatus, string> = {
  planned: 'gray',
  noticeSent: 'blue',
  held: 'teal',
  minutesBegun: 'orange',
  minutesAdjusted: 'green',
  cancelled: 'red',
}

export function StatusBadge({ status }: { status: MeetingStatus }) {
  const { t } = useTranslation('meetings')
  return (
    <Badge variant="light" color={STATUS_COLOR[status]} style={{ minWidth: 'max-content' }}>
      {t(`status.${status}`)}
    </Badge>
  )
}

/** A small "are you sure?" dialog: the app's one confirmation dialog, with the question as its name. */
export function ConfirmModal({
  message,
  confirmLabel,
  onConfirm,
  onClose,
  pending,
}: {
  message: string
  confirmLabel: string
  onConfirm: () => void
  onClose: () => void
  pending?: boolean
}) {
  return (
    <ConfirmDialog
      request={{ title: message, confirmLabel, danger: true }}
      pending={pending}
      onConfirm={onConfirm}
      onCancel={onClose}
    />
  )
}

const svg = (path: string) => (
  <svg
    width="16"
    height="16"
    viewBox="0 0 24 24"
    fill="none"
    stroke="currentColor"
    strokeWidth="2"
    strokeLinecap="round"
    strokeLinejoin="round"
    aria-hidden
  >
    <path d={path} />
  </svg>
)
/** Small line icons (no icon font needed). */
export const icons = {
  drag: svg('M9 5h.01M9 12h.01M9 19h.01M15 5h.01M15 12h.01M15 19h.01'),
  up: svg('M12 19V5M5 12l7-7 7 7'),
  down: svg('M12 5v14M19 12l-7 7-7-7'),
  edit: svg('M12 20h9M16.5 3.5a2.1 2.1 0 0 1 3 3L7 19l-4 1 1-4z'),
  copy: svg('M9 9h11v11H9zM5 15H4V4h11v1'),
  remove: svg('M18 6 6 18M6 6l12 12'),
}
