import type { system as sv } from '../sv/system.ts'

export const system: Record<keyof typeof sv, string> = {
  'exports.noRollCallYear':
    '{body} has no held meetings with a roll call in {year}. Take the roll call on the meeting page first.',
  'exports.noRollCall':
    '{body} has no held meetings with a roll call. Take the roll call on the meeting page first.',
  'exports.noBudget':
    'There are no budget lines to export. Add an activity with a budget line first.',
  'exports.noBudgetYear':
    'There are no budget lines for {year}. Choose a year that has activities with a budget.',
  'exports.agendaEmpty': 'The agenda is empty. Add items before you create the notice.',
  'exports.noMembers':
    '{body} has no members on {date}. Add members under Register → Councils and groups before the notice is created.',
  'exports.noMeetings': '{body} has no meetings in {year}. Create a meeting plan first.',
  'exports.minutesNotBegun': 'The minutes are not begun. Begin them from the agenda first.',
  'exports.noParagraph': 'The minutes have no § {number}. They have {numbers}.',
  'backup.choose': 'Choose a backup in the list.',
  'backup.folderInApp': 'The backup folder is chosen in the program, in its own dialog.',
  'backup.restoreInApp':
    "A restore is confirmed in the program's own dialog. Use the program or the command radsrum restore.",
  'backup.notHere':
    'Backups cannot be handled from here. Use the program or the command radsrum backup.',
  'system.demoNeedsEmpty':
    'Example data can only be loaded into an empty database. Create a new database file to try the example.',
  'system.resetNotHere':
    'The database cannot be emptied from here. Use the program or radsrum restore.',
  'backup.fullPath': 'Give the full path to the folder, e.g. D:\\Backups or /home/name/Backups.',
  'backup.folderNotWritable':
    'Rådsrum cannot write in that folder. Choose a folder you may write to (and that exists, e.g. a connected USB disk).',
  'backup.fileUnopenable':
    'The backup cannot be restored: the file could not be opened as a database.',
  'backup.fileDamaged': 'The backup cannot be restored: the file is damaged ({detail}).',
  'backup.fileNotOurs': 'The backup cannot be restored: the file is not a Rådsrum database.',
  'backup.fileNotOursOrDamaged':
    'The backup cannot be restored: the file is not a Rådsrum database or is damaged.',
  'backup.newerVersion':
    'The backup is from a newer version of Rådsrum. Install the latest version first.',
  'system.databaseInUse':
    'The database {file} is open in Rådsrum or in another program. Close the program (and other radsrum commands) and try again. Nothing was changed.',
  'exports.documentSlow':
    'The document could not be created (it took too long). Nothing was changed. Try again, and contact support if the error persists.',
  'exports.documentMemory':
    'The document could not be created (it needed too much memory). Nothing was changed. Try again, and contact support if the error persists.',
  'exports.documentFailed':
    'The document could not be created (an unexpected error). Nothing was changed. Try again, and contact support if the error persists.',
  'exports.documentNotCreated':
    'The document could not be created. Nothing was changed. Try again, and contact support if the error persists.',
}
