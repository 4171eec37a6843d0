import { extname, join } from 'node:path'
import { app, dialog, shell, type BrowserWindow } from 'electron'
import type { Host } from './context.ts'
import { writeFileAtomic } from './files.ts'
import { describeBackup } from './backup/backups.ts'

const FILTERS: Record<string, { name: string; extensions: string[] }> = {
  '.docx': { name: 'Word-dokument', extensions: ['docx'] },
  '.xlsx': { name: 'Excel-arbetsbok', extensions: ['xlsx'] },
  '.ics': { name: 'Kalenderfil', extensions: ['ics'] },
  '.sqlite': { name: 'Rådsrum-databas', extensions: ['sqlite'] },
}

/** Saves through the system's save dialog; only files saved this session may be opened afterwards. */
export function electronHost(window: () => BrowserWindow | null): Host {
  const savedThisSession = new Set<string>()
  return {
    async saveDocument(file) {
      const filter = FILTERS[extname(file.fileName).toLowerCase()]
      const parent = window()
      const options = {
        title: 'Spara dokument',
        buttonLabel: 'Spara',
        defaultPath: join(app.getPath('documents'), file.fileName),
        filters: filter ? [filter] : [],
      }
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
      const options = {
        title: 'Välj mapp för säkerhetskopior',
        defaultPath: current,
        buttonLabel: 'Välj mappen',
        properties: ['openDirectory', 'createDirectory'] as ('openDirectory' | 'createDirectory')[],
      }
      const choice = parent
        ? await dialog.showOpenDialog(parent, options)
        : await dialog.showOpenDialog(options)
      return choice.canceled ? null : (choice.filePaths[0] ?? null)
    },
    async confirmRestore(backup) {
      const parent = window()
      const options = {
        type: 'warning' as const,
        title: 'Återställ säkerhetskopian?',
        message: `Ersätta databasen med säkerhetskopian från ${describeBackup(backup)}?`,
        detail:
          'Ändringar gjorda efter kopian försvinner ur databasen. Den nuvarande databasen sparas först som en kopia (”Före återställning”), så du kan ångra genom att återställa den.',
        buttons: ['Återställ', 'Avbryt'],
        defaultId: 1,
        cancelId: 1,
        noLink: true,
      }
      const { response } = parent
        ? await dialog.showMessageBox(parent, options)
        : await dialog.showMessageBox(options)
      return response === 0
    },
    async openFile(path) {
      if (!savedThisSession.has(path)) return false
      return (await shell.openPath(path)) === ''
    },
  }
}
