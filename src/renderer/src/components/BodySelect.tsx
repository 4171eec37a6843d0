import { Select } from '@mantine/core'
import { useState, type ReactNode } from 'react'
import { useTranslation } from 'react-i18next'
import { EmptyState } from './EmptyState.tsx'
import { useProcedure } from './procedures.ts'

/** The body a per-body screen shows: the secretary's choice, else the first (the council). */
export function useChosenBody(): { bodyId: number | null; select: (label: string) => ReactNode } {
  const { t } = useTranslation()
  const bodies = useProcedure('register.listBodies', {})
  const [chosen, setChosen] = useState<string | null>(null)
  const bodyId = chosen ? Number(chosen) : (bodies.data?.[0]?.id ?? null)
  return {
    bodyId,
    select: (label) =>
      bodies.data?.length === 0 ? (
        <EmptyState
          text={t('empty.noBody')}
          steps={[{ label: t('empty.registerCouncil'), to: '/register/bodies' }]}
        />
      ) : (
        <Select
          label={label}
          w={320}
          mb="md"
          searchable
          allowDeselect={false}
          data={(bodies.data ?? []).map((body) => ({ value: String(body.id), label: body.name }))}
          value={bodyId ? String(bodyId) : null}
          onChange={setChosen}
        />
      ),
  }
}
