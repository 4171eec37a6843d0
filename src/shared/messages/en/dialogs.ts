import type { dialogs as sv } from '../sv/dialogs.ts'

export const dialogs: Record<keyof typeof sv, string> = {
  'dialog.saveTitle': 'Save document',
  'dialog.saveButton': 'Save',
  'dialog.fileDocx': 'Word document',
  'dialog.fileXlsx': 'Excel workbook',
  'dialog.fileIcs': 'Calendar file',
  'dialog.fileSqlite': 'Rådsrum database',
  'dialog.folderTitle': 'Choose a folder for backups',
  'dialog.folderButton': 'Choose this folder',
  'dialog.restoreTitle': 'Restore the backup?',
  'dialog.restoreMessage': 'Replace the database with the backup from {backup}?',
  'dialog.restoreDetail':
    'Changes made after the backup disappear from the database. The current database is saved first as a copy (“Before restore”), so you can undo by restoring it.',
  'dialog.restoreButton': 'Restore',
  'dialog.cancel': 'Cancel',
  'dialog.damagedTitle': 'The database is damaged',
  'dialog.damagedMessage': 'Rådsrum’s database is damaged and cannot be opened.',
  'dialog.damagedDetail':
    '{problem}\n\nYou can restore the latest intact backup. The damaged file is then moved to {folder} and not overwritten, so nothing is lost. Changes made after the backup need to be made again.',
  'dialog.restoreBackup': 'Restore {backup}',
  'dialog.quitUnchanged': 'Quit without changing anything',
  'dialog.restoredTitle': 'Database restored',
  'dialog.restoredMessage': 'The database was restored from the backup {backup}.',
  'dialog.restoredDetail': 'The damaged file is kept as {file}.',
  'dialog.cannotOpenTitle': 'Rådsrum cannot open the database',
  'dialog.cannotStart': 'Rådsrum could not start: {error}',
  'database.damaged': 'The database {file} is damaged ({check}). Restore it from a backup.',
  'database.notOurs':
    'The file {file} is not a Rådsrum database or is damaged. Choose the right file or restore a backup.',
  'database.newerVersion':
    'The database {file} was written by a newer version of Rådsrum. Install the latest version to open it. Nothing in the file has been changed.',
  'database.busy':
    'The database {file} is in use by another program. Close the other window or program and try again.',
  'database.unreadable':
    'The database {file} could not be opened ({error}). Check that the file exists and that you have access to the folder.',
  'database.notUpdated':
    'The database could not be updated to this version ({error}). It is unchanged.',
  'database.notUpdatedCopy':
    'The database could not be updated to this version ({error}). It is unchanged, and a copy is in {copy}.',
  'database.noGoodBackup':
    'There is no intact backup in {folder}. The file has not been changed. Copy it to a safe place and contact support.',
  'database.nothingChanged': 'Nothing has been changed.',
  'dialog.aboutTitle': 'About Rådsrum',
  'dialog.aboutDetail':
    'The secretary’s tool for safety councils and local safety groups.\n\nData folder: {folder}',
  'menu.about': 'About Rådsrum',
  'menu.hide': 'Hide Rådsrum',
  'menu.quitApp': 'Quit Rådsrum',
  'menu.file': 'File',
  'menu.openDataFolder': 'Open the data folder',
  'menu.closeWindow': 'Close window',
  'menu.quit': 'Quit',
  'menu.edit': 'Edit',
  'menu.undo': 'Undo',
  'menu.redo': 'Redo',
  'menu.cut': 'Cut',
  'menu.copy': 'Copy',
  'menu.paste': 'Paste',
  'menu.selectAll': 'Select all',
  'menu.view': 'View',
  'menu.reload': 'Reload',
  'menu.devTools': 'Developer tools',
  'menu.resetZoom': 'Actual size',
  'menu.zoomIn': 'Zoom in',
  'menu.zoomOut': 'Zoom out',
  'menu.fullScreen': 'Full screen',
  'menu.goTo': 'Go to',
  'menu.help': 'Help',
}
