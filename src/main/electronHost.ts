import { join } from 'node:path'
import { app, dialog, shell, type BrowserWindow } from 'electron'
import type { Host } from './context.ts'
import { folderDialog, restoreDialog, saveDialog } from './dialogs.ts'
import { writeFileAtomic } from './files.ts'
import type { Language } from '../shared/messages/index.ts'

/**
 * Saves through the system's save dialog; only files saved this session may be opened afterwards.
 * The dialogs speak the UI's language, which the page reports (system.setLanguage → languageChanged).
 */
export function electronHost(
  window: () => BrowserWindow | null,
  language: { current: Language; changed?: (language: Language) => void } = { current: 'sv' },
): Host {
  const savedThisSession = new Set<string>()
  return {
    async saveDocument(file) {
      const parent = window()
      const options = saveDialog(language.current, join(app.getPath('documents'), file.fileName))
      const choice = parent
        ? await dialog.showSaveDialog(parent, options)
        : await dialog.showSaveDialog(options)
      if (choice.canceled || !choice.filePath)
        return { saved: false, fileName: file.fileName, path: null }
      writeFileAtomic(choice.filePath, file.data)
      savedThisSession.add(choice.filePath)
      return { saved: true, fileName: file.fileName, path: choice.filePath }
    },
    async chooseFolder(current) {
      const parent = window()
      const options = folderDialog(language.current, current)
      const choice = parent
        ? await dialog.showOpenDialog(parent, options)
        : await dialog.showOpenDialog(options)
      return choice.canceled ? null : (choice.filePaths[0] ?? null)
    },
    async confirmRestore(backup) {
      const parent = window()
      const options = restoreDialog(language.current, backup)
      const { response } = parent
        ? await dialog.showMessageBox(parent, options)
        : await dialog.showMessageBox(options)
      return response === 0
    },
    async openFile(path) {
      if (!savedThisSession.has(path)) return false
      return (await shell.openPath(path)) === ''
    },
    languageChanged(next) {
      language.current = next
      language.changed?.(next)
    },
  }
}
