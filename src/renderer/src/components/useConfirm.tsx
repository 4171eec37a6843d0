import { createContext, useCallback, useContext, useRef, useState, type ReactNode } from 'react'
import { ConfirmDialog, type ConfirmRequest } from './ConfirmDialog.tsx'

type Confirm = (request: ConfirmRequest) => Promise<boolean>

const ConfirmContext = createContext<Confirm | null>(null)

/** Holds the one confirmation dialog of the app; `useConfirm` opens it from anywhere below. */
export function ConfirmProvider({ children }: { children: ReactNode }) {
  const [request, setRequest] = useState<ConfirmRequest | null>(null)
  const answer = useRef<((confirmed: boolean) => void) | null>(null)
  const askToConfirm = useCallback<Confirm>(
    (next) =>
      new Promise<boolean>((resolve) => {
        // A second question replaces the first, which counts as cancelled.
        answer.current?.(false)
        answer.current = resolve
        setRequest(next)
      }),
    [],
  )
  const close = (confirmed: boolean) => {
    answer.current?.(confirmed)
    answer.current = null
    setRequest(null)
  }
  return (
    <ConfirmContext.Provider value={askToConfirm}>
      {children}
      {request && (
        <ConfirmDialog
          request={request}
          onConfirm={() => close(true)}
          onCancel={() => close(false)}
        />
      )}
    </ConfirmContext.Provider>
  )
}

/** `if (!(await askToConfirm({ title, confirmLabel }))) return` — the app's own dialog; the browser's dialogs are refused by lint (no-alert). */
export function useConfirm(): Confirm {
  const askToConfirm = useContext(ConfirmContext)
  if (!askToConfirm) throw new Error('useConfirm needs a ConfirmProvider above it')
  return askToConfirm
}
