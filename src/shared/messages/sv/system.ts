/** Swedish messages of the system area (the CLI, the logs and the documents say them so). */
export const system = {
  'exports.noRollCallYear':
    '{body} har inga genomförda möten med upprop {year}. Gör uppropet på mötessidan först.',
  'exports.noRollCall':
    '{body} har inga genomförda möten med upprop. Gör uppropet på mötessidan först.',
  'exports.noBudget':
    'Det finns inga budgetrader att exportera. Lägg till en aktivitet med en budgetrad först.',
  'exports.noBudgetYear':
    'Det finns inga budgetrader för {year}. Välj ett år som har aktiviteter med budget.',
  'exports.agendaEmpty': 'Dagordningen är tom. Lägg till punkter innan du skapar kallelsen.',
  'exports.noMembers':
    '{body} har inga ledamöter {date}. Lägg till ledamöter under Register → Råd och grupper innan kallelsen skapas.',
  'exports.noMeetings': '{body} har inga möten {year}. Skapa en sammanträdesplan först.',
  'exports.minutesNotBegun': 'Protokollet är inte påbörjat. Börja det från dagordningen först.',
  'exports.noParagraph': 'Protokollet har ingen § {number}. Det har {numbers}.',
  'backup.choose': 'Välj en säkerhetskopia i listan.',
  'backup.folderInApp': 'Mappen för säkerhetskopior väljs i programmet, i dess egen dialog.',
  'backup.restoreInApp':
    'Återställning bekräftas i programmets egen dialog. Använd programmet eller kommandot radsrum restore.',
  'backup.notHere':
    'Säkerhetskopior kan inte hanteras härifrån. Använd programmet eller kommandot radsrum backup.',
  'system.demoNeedsEmpty':
    'Exempeldata kan bara laddas i en tom databas. Skapa en ny databasfil för att prova exemplet.',
  'system.resetNotHere':
    'Databasen kan inte tömmas härifrån. Använd programmet eller radsrum restore.',
  'backup.fullPath':
    'Ange hela sökvägen till mappen, t.ex. D:\\Säkerhetskopior eller /home/namn/Säkerhetskopior.',
  'backup.folderNotWritable':
    'Rådsrum kan inte skriva i den mappen. Välj en mapp där du har skrivbehörighet (och som finns, t.ex. en ansluten USB-disk).',
  'backup.fileUnopenable':
    'Säkerhetskopian kan inte återställas: filen kunde inte öppnas som en databas.',
  'backup.fileDamaged': 'Säkerhetskopian kan inte återställas: filen är skadad ({detail}).',
  'backup.fileNotOurs': 'Säkerhetskopian kan inte återställas: filen är ingen Rådsrum-databas.',
  'backup.fileNotOursOrDamaged':
    'Säkerhetskopian kan inte återställas: filen är ingen Rådsrum-databas eller är skadad.',
  'backup.newerVersion':
    'Säkerhetskopian är från en nyare version av Rådsrum. Installera den senaste versionen först.',
  'system.databaseInUse':
    'Databasen {file} är öppen i Rådsrum eller i ett annat program. Stäng programmet (och andra radsrum-kommandon) och försök igen. Ingenting har ändrats.',
  'exports.documentSlow':
    'Dokumentet kunde inte skapas (det tog för lång tid). Ingenting har ändrats. Försök igen, och kontakta support om felet kvarstår.',
  'exports.documentMemory':
    'Dokumentet kunde inte skapas (det krävde för mycket minne). Ingenting har ändrats. Försök igen, och kontakta support om felet kvarstår.',
  'exports.documentFailed':
    'Dokumentet kunde inte skapas (ett oväntat fel). Ingenting har ändrats. Försök igen, och kontakta support om felet kvarstår.',
  'exports.documentNotCreated':
    'Dokumentet kunde inte skapas. Ingenting har ändrats. Försök igen, och kontakta support om felet kvarstår.',
} as const
