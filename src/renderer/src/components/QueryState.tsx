import { Alert, Loader, Stack, Text } from '@mantine/core'
import type { UseQueryResult } from '@tanstack/react-query'
import type { ReactNode } from 'react'
import { useTranslation } from 'react-i18next'
import { errorMessage } from '../api.ts'

/** Loading, error and empty states for a query, the same everywhere. */
export function QueryState<T>({
  query,
  children,
  isEmpty,
  empty,
}: {
  query: UseQueryResult<T>
  children: (data: T) => ReactNode
  isEmpty?: (data: T) => boolean
  empty?: ReactNode
}) {
  const { t } = useTranslation()
  if (query.isPending) {
    return (
      <Stack align="center" py="xl">
        <Loader size="sm" aria-label={t('states.loading')} />
      </Stack>
    )
  }
  if (query.isError) {
    return (
      <Alert color="red" title={t('states.error')} role="alert">
        {errorMessage(query.error)}
      </Alert>
    )
  }
  if (isEmpty?.(query.data)) return <>{empty ?? <Text c="dimmed">{t('states.empty')}</Text>}</>
  return <>{children(query.data)}</>
}
