export const system = {
  backups: {
    title: 'Säkerhetskopior',
    intro:
      'Rådsrum tar en säkerhetskopia när programmet startar och sedan en gång om dagen. Av de automatiska sparas de sju senaste dagarna, fyra veckorna och tolv månaderna; manuella kopior och kopior tagna före en uppdatering eller återställning sparas i tolv månader. Raderade kontaktuppgifter kan alltså finnas kvar i en kopia i upp till 13 månader. Varje kopia kontrolleras innan den räknas.',
    backUpNow: 'Säkerhetskopiera nu',
    backedUp: 'Säkerhetskopian är sparad och kontrollerad',
    folder: 'Mapp för säkerhetskopior',
    folderHelp:
      'Välj gärna en annan disk än den där databasen ligger, t.ex. en nätverksenhet. Befintliga kopior flyttas inte.',
    chooseFolder: 'Välj mapp …',
    defaultFolder: 'Använd standardmappen',
    folderSaved: 'Mappen för säkerhetskopior är ändrad',
    database: 'Databasfil',
    lastAutomatic: 'Senaste automatiska kopia',
    never: 'ingen ännu',
    takenAt: 'Tagen',
    kind: 'Slag',
    size: 'Storlek',
    file: 'Fil',
    restore: 'Återställ',
    empty: 'Det finns inga säkerhetskopior i mappen ännu.',
    restored: 'Databasen är återställd',
    restoredText: 'Den tidigare databasen sparades som {{file}}. Återställ den för att ångra.',
    kinds: {
      automatic: 'Automatisk',
      manual: 'Manuell',
      beforeUpdate: 'Före uppdatering',
      beforeRestore: 'Före återställning',
    },
  },
  startOver: {
    title: 'Börja om med tom databas',
    text: 'Tar bort allt i databasen, till exempel exempeldatan, så att du kan lägga in ert eget råd. En säkerhetskopia tas först och kan återställas här.',
    button: 'Börja om med tom databas',
    confirm: 'Tömma databasen och börja om?',
    confirmText:
      'Allt i registret, mötena, protokollen, målen och budgeten tas bort. En säkerhetskopia tas först; återställ den här för att ångra.',
    done: 'Databasen är tom',
    doneText: 'Allt fanns kvar i säkerhetskopian {{file}}. Börja med startguiden på startsidan.',
  },
}
