import { Badge, type BadgeProps } from '@mantine/core'
import { useTranslation } from 'react-i18next'
import type { AttendanceStatus } from '../../../shared/api/attendance.ts'

export const STATUS_COLOR: Record<AttendanceStatus, string> = {
  present: 'teal',
  attending: 'blue',
  apologies: 'orange',
  absent: 'red',
}

/** A light badge in one colour; the theme gives its text WCAG AA contrast. */
export function LightBadge({
  color,
  children,
}: {
  color: string
  children: BadgeProps['children']
}) {
  return (
    <Badge color={color} variant="light">
      {children}
    </Badge>
  )
}

export function StatusBadge({ status }: { status: AttendanceStatus | null }) {
  const { t } = useTranslation('attendance')
  if (!status)
    return (
      <Badge variant="outline" color="gray">
        {t('status.none')}
      </Badge>
    )
  return <LightBadge color={STATUS_COLOR[status]}>{t(`status.${status}`)}</LightBadge>
}
