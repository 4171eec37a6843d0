import type { system as sv } from '../sv/system.ts'

export const system: typeof sv = {
  backups: {
    title: 'Backups',
    intro:
      'Rådsrum takes a backup when it starts and then once a day. Of the automatic ones the last seven days, four weeks and twelve months are kept; manual copies and those taken before an update or a restore are kept for twelve months. Erased contact details can therefore remain in a copy for up to 13 months. Every copy is checked before it counts.',
    backUpNow: 'Back up now',
    backedUp: 'The backup is saved and checked',
    folder: 'Backup folder',
    folderHelp:
      'Preferably another disk than the database, e.g. a network drive. Existing copies are not moved.',
    chooseFolder: 'Choose folder …',
    defaultFolder: 'Use the default folder',
    folderSaved: 'The backup folder has been changed',
    database: 'Database file',
    lastAutomatic: 'Latest automatic backup',
    never: 'none yet',
    takenAt: 'Taken',
    kind: 'Kind',
    size: 'Size',
    file: 'File',
    restore: 'Restore',
    empty: 'There are no backups in the folder yet.',
    restored: 'The database has been restored',
    restoredText: 'The previous database was saved as {{file}}. Restore it to undo.',
    kinds: {
      automatic: 'Automatic',
      manual: 'Manual',
      beforeUpdate: 'Before update',
      beforeRestore: 'Before restore',
    },
  },
  startOver: {
    title: 'Start over with an empty database',
    text: 'Removes everything in the database, for instance the example data, so that you can enter your own council. A backup is taken first and can be restored here.',
    button: 'Start over with an empty database',
    confirm: 'Empty the database and start over?',
    confirmText:
      'Everything in the register, the meetings, the minutes, the goals and the budget is removed. A backup is taken first; restore it here to undo.',
    done: 'The database is empty',
    doneText:
      'Everything is kept in the backup {{file}}. Begin with the start guide on the start page.',
  },
}
