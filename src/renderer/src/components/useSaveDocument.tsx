import { Button } from '@mantine/core'
import { notifications } from '@mantine/notifications'
import { useMutation } from '@tanstack/react-query'
import { useTranslation } from 'react-i18next'
import type { SavedFile } from '../../../shared/api/procedure.ts'
import { api, errorMessage } from '../api.ts'

/**
 * Runs a document procedure (the host shows the save dialog), then offers to open the file.
 * The mutation's pending state keeps the button from starting the same export twice.
 */
export function useSaveDocument<I>(exporter: (input: I) => Promise<SavedFile>) {
  const { t } = useTranslation()
  return useMutation({
    mutationFn: exporter,
    onSuccess: (result) => {
      if (!result.saved || !result.path) return
      const path = result.path
      const id = `saved-${path}`
      notifications.show({
        id,
        title: t('document.saved'),
        color: 'teal',
        autoClose: 10_000,
        message: (
          <>
            {t('document.savedTo', { path })}
            <Button
              size="compact-sm"
              variant="light"
              mt={6}
              display="block"
              onClick={() => {
                notifications.hide(id)
                void api.system.openFile({ path })
              }}
            >
              {t('document.openIt')}
            </Button>
          </>
        ),
      })
    },
    onError: (error) =>
      notifications.show({ color: 'red', title: t('states.error'), message: errorMessage(error) }),
  })
}
