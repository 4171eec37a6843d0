import { Table, UnstyledButton } from '@mantine/core'
import { useMemo, useState } from 'react'
import { useTranslation } from 'react-i18next'

const collator = new Intl.Collator('sv-SE', { numeric: true, sensitivity: 'base' })

export type SortState<K extends string> = { key: K; descending: boolean }

/** Rows sorted on a column with Swedish collation (å, ä, ö last); click a header again to reverse. */
export function useSorted<T, K extends string>(
  rows: T[],
  initial: K,
  value: (row: T, key: K) => string | number | null,
) {
  const [sort, setSort] = useState<SortState<K>>({ key: initial, descending: false })
  const sorted = useMemo(() => {
    const copy = [...rows]
    copy.sort((a, b) => {
      const left = value(a, sort.key)
      const right = value(b, sort.key)
      const order =
        typeof left === 'number' && typeof right === 'number'
          ? left - right
          : collator.compare(String(left ?? ''), String(right ?? ''))
      return sort.descending ? -order : order
    })
    return copy
  }, [rows, sort, value])
  const toggle = (key: K) =>
    setSort((current) => ({ key, descending: current.key === key ? !current.descending : false }))
  return { sorted, sort, toggle }
}

export function SortHeader<K extends string>({
  label,
  column,
  sort,
  onSort,
}: {
  label: string
  column: K
  sort: SortState<K>
  onSort: (key: K) => void
}) {
  const { t } = useTranslation()
  const active = sort.key === column
  return (
    <Table.Th aria-sort={active ? (sort.descending ? 'descending' : 'ascending') : 'none'}>
      <UnstyledButton
        onClick={() => onSort(column)}
        title={t('sortBy', { column: label })}
        fw={600}
        fz="sm"
      >
        {label} {active ? (sort.descending ? '▼' : '▲') : ''}
      </UnstyledButton>
    </Table.Th>
  )
}
