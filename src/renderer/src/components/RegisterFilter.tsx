import { Select } from '@mantine/core'
import { useTranslation } from 'react-i18next'
import { useProcedure } from './procedures.ts'

const LISTS = {
  body: { procedure: 'register.listBodies', label: 'filters.body', any: 'filters.anyBody' },
  organisation: {
    procedure: 'register.listOrganisations',
    label: 'filters.organisation',
    any: 'filters.anyOrganisation',
  },
  person: { procedure: 'register.listPeople', label: 'filters.person', any: 'filters.anyPerson' },
} as const

/**
 * A filter above a list: one body, organisation or person from the register (by id), searchable,
 * cleared to show all. `label` overrides the plain word ("Ansvarig" rather than "Person").
 */
export function RegisterFilter({
  of,
  value,
  onChange,
  label,
}: {
  of: keyof typeof LISTS
  value: string | null
  onChange: (value: string | null) => void
  label?: string
}) {
  const { t } = useTranslation()
  const list = LISTS[of]
  const rows = useProcedure(list.procedure, {})
  return (
    <Select
      label={label ?? t(list.label)}
      placeholder={t(list.any)}
      clearable
      searchable
      value={value}
      onChange={onChange}
      data={(rows.data ?? []).map((row) => ({ value: String(row.id), label: row.name }))}
    />
  )
}
