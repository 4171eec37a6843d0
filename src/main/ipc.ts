import type { IpcMain, IpcMainInvokeEvent } from 'electron'
import { procedureNames } from '../shared/api/index.ts'
import { AppError, type Result } from '../shared/api/errors.ts'
import { m } from '../shared/messages/index.ts'
import type { Dispatcher } from './registry.ts'

/** The page is ours only if it is the top frame and was loaded from the app's own renderer address. */
export function isTrustedSender(
  event: Pick<IpcMainInvokeEvent, 'senderFrame'>,
  appUrl: string,
): boolean {
  const frame = event.senderFrame
  if (!frame || frame.parent !== null) return false
  try {
    const sender = new URL(frame.url)
    const expected = new URL(appUrl)
    if (expected.protocol === 'file:')
      return sender.protocol === 'file:' && sender.pathname === expected.pathname
    // Scheme and host, not origin: Node gives a custom scheme (app://) the opaque origin 'null',
    // which data: and about:blank frames share.
    return (
      sender.protocol === expected.protocol && sender.host === expected.host && sender.host !== ''
    )
  } catch {
    return false
  }
}

const refused: Result<never> = {
  ok: false,
  error: new AppError('VALIDATION', m('common.notFromApp')).toBody(),
}

/** One handler per procedure of the contract; each checks the sender, then the dispatcher validates and runs it. */
export function registerIpc(
  ipcMain: Pick<IpcMain, 'handle'>,
  dispatcher: Dispatcher,
  appUrl: () => string,
): void {
  for (const name of procedureNames) {
    ipcMain.handle(name, async (event, input: unknown) => {
      if (!isTrustedSender(event, appUrl())) return refused
      return dispatcher.call(name, input)
    })
  }
}
