import type { MessageBoxOptions, OpenDialogOptions, SaveDialogOptions } from 'electron'
import type { BackupDto } from '../shared/api/backup.ts'
import {
  m,
  render,
  type Language,
  type MessageKey,
  type ParamsOf,
} from '../shared/messages/index.ts'
import { describeBackup } from './backup/backups.ts'
import { DatabaseOpenError } from './db/open.ts'

/**
 * Main's own dialogs, in the UI's language (the system draws them, so the page's i18n cannot):
 * pure option objects, so both languages are tested without Electron.
 */
export const say =
  (language: Language) =>
  <K extends MessageKey>(key: K, ...params: ParamsOf<K>): string =>
    render(m(key, ...params), language)

/**
 * The language of what main says before the page has told it (a damaged or locked database at
 * start-up): the one chosen last time, else the system's first Swedish or English preference,
 * else Swedish, the app's own language.
 */
export function startLanguage(saved: Language | undefined, system: readonly string[]): Language {
  if (saved) return saved
  const known = system
    .map((tag) => tag.toLowerCase().slice(0, 2))
    .find((code) => code === 'sv' || code === 'en')
  return known === 'en' ? 'en' : 'sv'
}

const FILE_KINDS: Record<
  string,
  'dialog.fileDocx' | 'dialog.fileXlsx' | 'dialog.fileIcs' | 'dialog.fileSqlite'
> = {
  docx: 'dialog.fileDocx',
  xlsx: 'dialog.fileXlsx',
  ics: 'dialog.fileIcs',
  sqlite: 'dialog.fileSqlite',
}

export function saveDialog(language: Language, defaultPath: string): SaveDialogOptions {
  const t = say(language)
  const extension = /\.([a-z]+)$/i.exec(defaultPath)?.[1]?.toLowerCase() ?? ''
  const kind = FILE_KINDS[extension]
  return {
    title: t('dialog.saveTitle'),
    buttonLabel: t('dialog.saveButton'),
    defaultPath,
    filters: kind ? [{ name: t(kind), extensions: [extension] }] : [],
  }
}

export function folderDialog(language: Language, current: string): OpenDialogOptions {
  const t = say(language)
  return {
    title: t('dialog.folderTitle'),
    defaultPath: current,
    buttonLabel: t('dialog.folderButton'),
    properties: ['openDirectory', 'createDirectory'],
  }
}

/** Answer 0 restores; Cancel is the default, so Enter does not replace the database. */
export function restoreDialog(language: Language, backup: BackupDto): MessageBoxOptions {
  const t = say(language)
  return {
    type: 'warning',
    title: t('dialog.restoreTitle'),
    message: t('dialog.restoreMessage', { backup: describeBackup(backup, language) }),
    detail: t('dialog.restoreDetail'),
    buttons: [t('dialog.restoreButton'), t('dialog.cancel')],
    defaultId: 1,
    cancelId: 1,
    noLink: true,
  }
}

/** One button per good backup (answer = its index), the last one quits and changes nothing. */
export function damagedDialog(
  language: Language,
  { problem, folder, backups }: { problem: string; folder: string; backups: BackupDto[] },
): MessageBoxOptions {
  const t = say(language)
  const buttons = [
    ...backups.map((backup) =>
      t('dialog.restoreBackup', { backup: describeBackup(backup, language) }),
    ),
    t('dialog.quitUnchanged'),
  ]
  return {
    type: 'warning',
    title: t('dialog.damagedTitle'),
    message: t('dialog.damagedMessage'),
    detail: t('dialog.damagedDetail', { problem, folder }),
    buttons,
    defaultId: 0,
    cancelId: buttons.length - 1,
    noLink: true,
  }
}

export function restoredDialog(
  language: Language,
  backup: BackupDto,
  keptAside: string,
): MessageBoxOptions {
  const t = say(language)
  return {
    type: 'info',
    title: t('dialog.restoredTitle'),
    message: t('dialog.restoredMessage', { backup: describeBackup(backup, language) }),
    detail: t('dialog.restoredDetail', { file: keptAside }),
  }
}

export function aboutDialog(
  language: Language,
  { version, dataFolder }: { version: string; dataFolder: string },
): MessageBoxOptions {
  const t = say(language)
  return {
    type: 'info',
    title: t('dialog.aboutTitle'),
    message: `Rådsrum ${version}`,
    detail: t('dialog.aboutDetail', { folder: dataFolder }),
  }
}

/** The error box when Rådsrum cannot start (showErrorBox: a title and a text, before any window). */
export function cannotStartBox(
  language: Language,
  error: unknown,
): { title: string; content: string } {
  const t = say(language)
  return {
    title: t('dialog.cannotOpenTitle'),
    content:
      error instanceof DatabaseOpenError
        ? error.inLanguage(language)
        : t('dialog.cannotStart', { error: (error as Error).message }),
  }
}
