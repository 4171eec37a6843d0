import { useEffect, useState, type KeyboardEvent } from 'react'

/** Rows edited on screen until the secretary saves: ordered, movable by keyboard, resettable. */
export interface EditableList<Row> {
  rows: Row[]
  /** Changed since the saved version was loaded. */
  dirty: boolean
  change(next: Row[]): void
  move(index: number, to: number): void
  /** Alt+↑ and Alt+↓ move row `index` (as on the agenda); other keys pass through. */
  moveByKey(event: KeyboardEvent, index: number): void
  /** Back to the saved version. */
  reset(): void
}

/**
 * `source` is the saved version; when it changes (after a save) the rows start again from it.
 * A moved row keeps the keyboard focus: the element carrying `focusAttribute` = its localId.
 */
export function useEditableList<Source, Row extends { localId: number }>(
  source: Source,
  toRows: (source: Source) => Row[],
  focusAttribute: string,
): EditableList<Row> {
  const [rows, setRows] = useState<Row[]>(() => toRows(source))
  const [dirty, setDirty] = useState(false)
  useEffect(() => {
    setRows(toRows(source))
    setDirty(false)
  }, [source, toRows])
  const change = (next: Row[]) => {
    setRows(next)
    setDirty(true)
  }
  const move = (index: number, to: number) => {
    if (to < 0 || to >= rows.length) return
    const next = [...rows]
    const [row] = next.splice(index, 1)
    next.splice(to, 0, row!)
    change(next)
    requestAnimationFrame(() =>
      document.querySelector<HTMLElement>(`[${focusAttribute}="${row!.localId}"]`)?.focus(),
    )
  }
  return {
    rows,
    dirty,
    change,
    move,
    moveByKey(event, index) {
      if (!event.altKey || (event.key !== 'ArrowUp' && event.key !== 'ArrowDown')) return
      event.preventDefault()
      move(index, event.key === 'ArrowUp' ? index - 1 : index + 1)
    },
    reset() {
      setRows(toRows(source))
      setDirty(false)
    },
  }
}
