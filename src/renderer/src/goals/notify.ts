import { notifications, type NotificationData } from '@mantine/notifications'
import i18next from '../i18n/index.ts'

/** A notification whose close button has a name (Mantine's has none, which screen readers announce as "button"). */
export const notify = (data: NotificationData) =>
  notifications.show({ closeButtonProps: { 'aria-label': i18next.t('actions.close') }, ...data })
