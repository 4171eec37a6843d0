/**
 * What main says itself, in the UI's chosen language: the native dialogs (drawn by the system, not
 * the page) and the application menu. The renderer tells main its language (system.setLanguage).
 */
export const dialogs = {
  'dialog.saveTitle': 'Spara dokument',
  'dialog.saveButton': 'Spara',
  'dialog.fileDocx': 'Word-dokument',
  'dialog.fileXlsx': 'Excel-arbetsbok',
  'dialog.fileIcs': 'Kalenderfil',
  'dialog.fileSqlite': 'Rådsrum-databas',
  'dialog.folderTitle': 'Välj mapp för säkerhetskopior',
  'dialog.folderButton': 'Välj mappen',
  'dialog.restoreTitle': 'Återställ säkerhetskopian?',
  'dialog.restoreMessage': 'Ersätta databasen med säkerhetskopian från {backup}?',
  'dialog.restoreDetail':
    'Ändringar gjorda efter kopian försvinner ur databasen. Den nuvarande databasen sparas först som en kopia (”Före återställning”), så du kan ångra genom att återställa den.',
  'dialog.restoreButton': 'Återställ',
  'dialog.cancel': 'Avbryt',
  'dialog.damagedTitle': 'Databasen är skadad',
  'dialog.damagedMessage': 'Rådsrums databas är skadad och kan inte öppnas.',
  'dialog.damagedDetail':
    '{problem}\n\nDu kan återställa den senaste felfria säkerhetskopian. Den skadade filen flyttas då till {folder} och skrivs inte över, så ingenting går förlorat. Ändringar gjorda efter kopian behöver göras om.',
  'dialog.restoreBackup': 'Återställ {backup}',
  'dialog.quitUnchanged': 'Avsluta utan att ändra något',
  'dialog.restoredTitle': 'Databasen återställd',
  'dialog.restoredMessage': 'Databasen återställdes från säkerhetskopian {backup}.',
  'dialog.restoredDetail': 'Den skadade filen finns kvar som {file}.',
  'dialog.cannotOpenTitle': 'Rådsrum kan inte öppna databasen',
  'dialog.cannotStart': 'Rådsrum kunde inte starta: {error}',
  'database.damaged': 'Databasen {file} är skadad ({check}). Återställ den från en säkerhetskopia.',
  'database.notOurs':
    'Filen {file} är ingen Rådsrum-databas eller är skadad. Välj rätt fil eller återställ en säkerhetskopia.',
  'database.newerVersion':
    'Databasen {file} har skrivits av en nyare version av Rådsrum. Installera den senaste versionen för att öppna den. Ingenting har ändrats i filen.',
  'database.busy':
    'Databasen {file} används av ett annat program. Stäng det andra fönstret eller programmet och försök igen.',
  'database.unreadable':
    'Databasen {file} kunde inte öppnas ({error}). Kontrollera att filen finns och att du har behörighet till mappen.',
  'database.notUpdated':
    'Databasen kunde inte uppdateras till den här versionen ({error}). Den är oförändrad.',
  'database.notUpdatedCopy':
    'Databasen kunde inte uppdateras till den här versionen ({error}). Den är oförändrad, och en kopia finns i {copy}.',
  'database.noGoodBackup':
    'Det finns ingen felfri säkerhetskopia i {folder}. Filen har inte ändrats. Kopiera den till en säker plats och kontakta support.',
  'database.nothingChanged': 'Ingenting har ändrats.',
  'dialog.aboutTitle': 'Om Rådsrum',
  'dialog.aboutDetail':
    'Sekreterarens verktyg för trygghetsråd och lokala trygghetsgrupper.\n\nDatamapp: {folder}',
  'menu.about': 'Om Rådsrum',
  'menu.hide': 'Göm Rådsrum',
  'menu.quitApp': 'Avsluta Rådsrum',
  'menu.file': 'Arkiv',
  'menu.openDataFolder': 'Öppna datamappen',
  'menu.closeWindow': 'Stäng fönstret',
  'menu.quit': 'Avsluta',
  'menu.edit': 'Redigera',
  'menu.undo': 'Ångra',
  'menu.redo': 'Gör om',
  'menu.cut': 'Klipp ut',
  'menu.copy': 'Kopiera',
  'menu.paste': 'Klistra in',
  'menu.selectAll': 'Markera allt',
  'menu.view': 'Visa',
  'menu.reload': 'Läs om',
  'menu.devTools': 'Utvecklarverktyg',
  'menu.resetZoom': 'Normal storlek',
  'menu.zoomIn': 'Zooma in',
  'menu.zoomOut': 'Zooma ut',
  'menu.fullScreen': 'Helskärm',
  'menu.goTo': 'Gå till',
  'menu.help': 'Hjälp',
} as const
