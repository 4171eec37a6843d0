import { Button } from '@mantine/core'
import { notifications } from '@mantine/notifications'
import { useMutation } from '@tanstack/react-query'
import { useTranslation } from 'react-i18next'
import { errorMessage } from '../api.ts'
import { callProcedure, type DocumentName, type In } from './procedures.ts'

/** An export that has not answered after this long says that it is working (a loader in a notification). */
const PROGRESS_AFTER_MS = 1000

/**
 * The one way to export a document: runs the document procedure (the host shows the save dialog),
 * then offers to open the file. The mutation's pending state keeps the button from starting the
 * same export twice (and the server joins a second call of the same export to the first). Saving a
 * file changes no data, so no screen is refreshed.
 */
export function useSaveDocument<N extends DocumentName>(name: N) {
  const { t } = useTranslation()
  return useMutation({
    mutationKey: [name],
    mutationFn: async (input: In<N>) => {
      const id = `working-${name}`
      const timer = setTimeout(
        () =>
          notifications.show({
            id,
            loading: true,
            title: t('document.working'),
            message: null,
            autoClose: false,
            withCloseButton: false,
          }),
        PROGRESS_AFTER_MS,
      )
      try {
        return await callProcedure(name, input)
      } finally {
        clearTimeout(timer)
        notifications.hide(id)
      }
    },
    meta: { refresh: false },
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
                void callProcedure('system.openFile', { path })
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
