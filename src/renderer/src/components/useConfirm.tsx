import { createContext, useCallback, useContext, useRef, useState, type ReactNode } from 'react'
import { ConfirmDialog, type ConfirmRequest } from './ConfirmDialog.tsx'

type Confirm = (request: ConfirmRequest) => Promise<boolean>

const ConfirmContext = createContext<Confirm | null>(null)

/** Holds the one confirmation dialog of the app; `useConfirm` opens it from anywhere below. */
export function ConfirmProvider({ children }: { children: ReactNode }) {
  const [request, setRequest] = useState<ConfirmRequest | null>(null)
  const answer = useRef<((confirmed: boolean) => void) | null>(null)
  const confirm = useCallback<Confirm>(
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
    <ConfirmContext.Provider value={confirm}>
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

/** `if (!(await confirm({ title, confirmLabel }))) return` — the app's dialog instead of window.confirm. */
export function useConfirm(): Confirm {
  const confirm = useContext(ConfirmContext)
  if (!confirm) throw new Error('useConfirm needs a ConfirmProvider above it')
  return confirm
}
