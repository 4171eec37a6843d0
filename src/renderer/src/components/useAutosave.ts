import { notifications } from '@mantine/notifications'
import { createContext, useCallback, useContext, useEffect, useRef, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { AppError } from '../../../shared/api/errors.ts'
import { errorMessage, say } from '../api.ts'

/** How long the secretary may pause before the text is saved. */
const AUTOSAVE_DELAY_MS = 800

/** Every open editor registers its "save now", so nothing is frozen, exported or left with unsaved text. */
export interface AutosaveRegistry {
  register(id: number, flush: () => Promise<boolean>): () => void
  flushAll(): Promise<boolean>
}

export function createAutosaveRegistry(): AutosaveRegistry {
  const flushers = new Map<number, () => Promise<boolean>>()
  return {
    register(id, flush) {
      flushers.set(id, flush)
      return () => {
        if (flushers.get(id) === flush) flushers.delete(id)
      }
    },
    async flushAll() {
      const results = await Promise.all([...flushers.values()].map((flush) => flush()))
      return results.every(Boolean)
    },
  }
}

export const AutosaveContext = createContext<AutosaveRegistry>(createAutosaveRegistry())

export type SaveState =
  | { kind: 'saved'; at?: string }
  | { kind: 'dirty' }
  | { kind: 'saving' }
  | { kind: 'conflict'; message: string }
  | { kind: 'error'; message: string }

/** What the server holds: the value, its version (optimistic locking) and when it was saved. */
export interface Saved<T> {
  value: T
  version: number
  /** When it was saved, if the server says (the status then shows the time). */
  updatedAt?: string
}

interface Draft<T> {
  value: T
  version: number
}

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b)

function readDraft<T>(key: string | undefined): Draft<T> | null {
  if (!key) return null
  try {
    const stored = localStorage.getItem(key)
    return stored ? (JSON.parse(stored) as Draft<T>) : null
  } catch {
    return null
  }
}

/**
 * Saves `value` a moment after the last change, on blur/Ctrl+S (`saveNow`) and when the editor goes away,
 * one save after the other with the version the previous one got (per-editor optimistic locking). A CONFLICT
 * stops autosaving and keeps the text on screen until the secretary decides.
 *
 * With `draftKey`, unsaved text is also kept in localStorage on every change and restored when the editor
 * comes back (after a reload, a crash or a save that failed while leaving the page).
 * With `onReload`, a newer version from the server replaces the text while nothing is unsaved.
 */
export function useAutosave<T>({
  id,
  value,
  source,
  save,
  check,
  locked,
  draftKey,
  onReload,
}: {
  id: number
  value: T
  source: Saved<T>
  save: (value: T, version: number) => Promise<{ version: number; updatedAt?: string }>
  /** A message if the value cannot be saved yet (it stays unsaved and is not sent). */
  check?: (value: T) => string | null
  locked: boolean
  draftKey?: string
  onReload?: (value: T) => void
}) {
  const { t } = useTranslation()
  const registry = useContext(AutosaveContext)
  const [state, setState] = useState<SaveState>(() =>
    readDraft(draftKey) ? { kind: 'dirty' } : { kind: 'saved', at: source.updatedAt },
  )
  const latest = useRef(value)
  // A restored draft is saved against the version it was written on, so a newer save elsewhere is a conflict.
  const saved = useRef({
    value: source.value,
    version: readDraft(draftKey)?.version ?? source.version,
  })
  const mounted = useRef(true)
  const chain = useRef<Promise<boolean>>(Promise.resolve(true))
  const stopped = useRef(false)
  const saveRef = useRef(save)
  const checkRef = useRef(check)
  const lockedRef = useRef(locked)

  useEffect(() => {
    lockedRef.current = locked
    latest.current = value
    saveRef.current = save
    checkRef.current = check
  })

  // Callers pass a fresh object each render; the effects below run when its content changes.
  const serial = JSON.stringify(value)

  // Unsaved text is on disk from the first keystroke, whatever happens to the window.
  useEffect(() => {
    if (!draftKey || locked) return
    if (serial === JSON.stringify(saved.current.value)) localStorage.removeItem(draftKey)
    else
      localStorage.setItem(
        draftKey,
        JSON.stringify({
          value: latest.current,
          version: saved.current.version,
        } satisfies Draft<T>),
      )
  }, [serial, draftKey, locked])

  // A newer version from elsewhere on the page (the adjusters §, an undone immediate adjustment).
  const { version: sourceVersion, value: sourceValue } = source
  useEffect(() => {
    if (!onReload || sourceVersion <= saved.current.version) return
    if (!same(latest.current, saved.current.value)) return
    saved.current = { value: sourceValue, version: sourceVersion }
    onReload(sourceValue)
    // The value object changes on every refetch; the version says when it is really new.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [sourceVersion])

  /** Saves the latest value, after any save still under way. */
  const saveNow = useCallback((): Promise<boolean> => {
    chain.current = chain.current.then(async () => {
      const wanted = latest.current
      if (stopped.current) return false
      // A locked text (an immediate adjustment, adjusted minutes) has nothing left to save.
      if (lockedRef.current || same(wanted, saved.current.value)) return true
      const problem = checkRef.current?.(wanted)
      if (problem) {
        setState({ kind: 'error', message: problem })
        return false
      }
      setState({ kind: 'saving' })
      try {
        const result = await saveRef.current(wanted, saved.current.version)
        saved.current = { value: wanted, version: result.version }
        const current = same(latest.current, wanted)
        if (current && draftKey) localStorage.removeItem(draftKey)
        setState(current ? { kind: 'saved', at: result.updatedAt } : { kind: 'dirty' })
        return true
      } catch (error) {
        if (error instanceof AppError && error.code === 'CONFLICT') {
          stopped.current = true
          setState({ kind: 'conflict', message: say(error.said) })
        } else {
          setState({ kind: 'error', message: errorMessage(error) })
        }
        // The editor is gone: say so here, since its own message is no longer on screen.
        if (!mounted.current)
          notifications.show({
            color: 'red',
            autoClose: false,
            message: t('autosave.notSavedOnLeave', { message: errorMessage(error) }),
          })
        return false
      }
    })
    return chain.current
  }, [draftKey, t])

  useEffect(() => registry.register(id, saveNow), [registry, id, saveNow])

  // Debounced autosave while typing.
  useEffect(() => {
    if (locked || stopped.current) return
    if (serial === JSON.stringify(saved.current.value)) return
    setState((current) =>
      current.kind === 'saving' || current.kind === 'dirty' ? current : { kind: 'dirty' },
    )
    const timer = window.setTimeout(() => void saveNow(), AUTOSAVE_DELAY_MS)
    return () => window.clearTimeout(timer)
  }, [serial, locked, saveNow])

  // Leaving the page saves what is pending (and the draft keeps it if that fails).
  useEffect(() => {
    mounted.current = true
    return () => {
      mounted.current = false
      void saveNow()
    }
  }, [saveNow])

  return {
    state,
    saveNow,
    /** Waits for saves under way; then the version the server has. */
    settled: async () => {
      await chain.current
      return saved.current.version
    },
    /** After an action that saved the value itself (an immediate adjustment): nothing is pending. */
    markSaved: (next: T, version: number) => {
      saved.current = { value: next, version }
      if (draftKey) localStorage.removeItem(draftKey)
    },
  }
}

/** The unsaved text kept for an editor, if any (to start the editor from it). */
export function restoredDraft<T>(draftKey: string, fallback: T): T {
  return readDraft<T>(draftKey)?.value ?? fallback
}

const DRAFT_PREFIX = 'radsrum.draft:'

/** The localStorage key of an editor's unsaved text. */
export const draftKeyOf = (database: string, editor: string) =>
  `${DRAFT_PREFIX}${database}:${editor}`

/**
 * After a restore the file holds other rows under the same ids, so text typed against the replaced
 * database must not come back into them.
 */
export function forgetDrafts(): void {
  const keys = Array.from({ length: localStorage.length }, (_, index) => localStorage.key(index))
  for (const key of keys) if (key?.startsWith(DRAFT_PREFIX)) localStorage.removeItem(key)
}
