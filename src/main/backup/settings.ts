import { existsSync, readFileSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { writeFileAtomic } from '../files.ts'
import type { Language } from '../../shared/messages/index.ts'

/**
 * Settings that must be readable without the database: where the backups go, and the language of
 * the dialogs that may come before any page. They live in a small
 * JSON file beside the database (the user-data folder by default), not in the database itself,
 * because they are needed exactly when the database cannot be trusted: at start-up with a damaged
 * file, and during a restore (restoring an old copy must not also restore an old backup folder).
 */
export interface Settings {
  backupFolder?: string
  /** The UI's language, for main's own dialogs and menu (system.setLanguage). */
  language?: Language
}

export const settingsPath = (databasePath: string) =>
  join(dirname(databasePath), 'radsrum-installningar.json')
export const defaultBackupFolder = (databasePath: string) =>
  join(dirname(databasePath), 'säkerhetskopior')

export function readSettings(databasePath: string): Settings {
  const path = settingsPath(databasePath)
  if (!existsSync(path)) return {}
  try {
    const parsed = JSON.parse(readFileSync(path, 'utf8')) as unknown
    if (!parsed || typeof parsed !== 'object') return {}
    const { backupFolder, language } = parsed as Record<string, unknown>
    return {
      ...(typeof backupFolder === 'string' && backupFolder ? { backupFolder } : {}),
      ...(language === 'sv' || language === 'en' ? { language } : {}),
    }
  } catch {
    return {} // a broken settings file falls back to the defaults rather than stopping the app
  }
}

export function writeSettings(databasePath: string, settings: Settings): void {
  writeFileAtomic(
    settingsPath(databasePath),
    new TextEncoder().encode(`${JSON.stringify(settings, null, 2)}\n`),
  )
}

export const backupFolderFor = (databasePath: string) =>
  readSettings(databasePath).backupFolder ?? defaultBackupFolder(databasePath)
