/** Swedish messages of the register area (the CLI, the logs and the documents say them so). */
export const register = {
  'register.chooseOrganisationKind': 'Välj en typ av aktör.',
  'register.chooseBodyKind': 'Välj trygghetsråd eller lokal trygghetsgrupp.',
  'register.chooseRole': 'Välj en roll.',
  'register.endBeforeStart': 'Slutdatumet kan inte vara före startdatumet.',
  'register.councilHasNoParent': 'Ett trygghetsråd hör inte till något annat organ.',
  'register.chooseParent': 'Välj vilket trygghetsråd den lokala gruppen hör till.',
  'register.ownParent': 'En grupp kan inte höra till sig själv.',
  'register.parentNotCouncil': 'En lokal trygghetsgrupp hör till ett trygghetsråd.',
  'register.hasLocalGroups':
    'Organet har lokala grupper under sig och måste förbli ett trygghetsråd.',
  'register.seatHasHolders':
    'Platsen har eller har haft innehavare. Avsluta deras uppdrag i stället; historiken ska finnas kvar.',
  'register.invalidValue': 'Ogiltigt värde.',
  'register.importNameMissing': 'Namn saknas.',
  'register.importNameTooLong': 'Namnet är längre än {max} tecken.',
  'register.importUnknownOrganisation':
    'Okänd organisation ”{name}”. Lägg till aktören först eller rätta stavningen.',
  'register.importDuplicateEmail': 'Samma e-postadress finns på en tidigare rad.',
  'register.importRowsWrong':
    '{count} rad(er) har fel. Rätta filen och försök igen; ingenting har sparats.',
  'register.importEmpty': 'Filen innehåller inga personer.',
  'register.unpackedTooBig':
    'Filen är för stor när den packas upp (högst {max} MB). Dela upp den i mindre filer.',
  'register.notWorkbook':
    'Filen är ingen Excel-arbetsbok (.xlsx). Spara den som ”Excel-arbetsbok” och försök igen.',
  'register.workbookDamaged':
    'Excelfilen är skadad och kunde inte läsas. Öppna den i Excel, spara igen och försök på nytt.',
  'register.noSheet': 'Excelfilen har inget blad.',
  'register.tooManyRows': 'Filen har för många rader (högst {max}). Dela upp den.',
  'register.noHeaderRow':
    'Hittade ingen rubrikrad med kolumnen ”Namn”. Första raden ska ha Namn, Titel, Organisation, E-post, Telefon.',
  'register.readTimeout':
    'Filen tog för lång tid att läsa och avbröts. Kontrollera att den bara innehåller personlistan, och dela upp den om den är stor.',
  'register.readOutOfMemory':
    'Filen är för stor eller för komplex för att läsas (den kräver för mycket minne). Dela upp den i mindre filer.',
  'register.workbookUnreadable':
    'Excelfilen kunde inte läsas. Öppna den i Excel, spara igen och försök på nytt.',
  'register.seatOtherBody': 'Platsen hör inte till det här organet.',
  'register.roleNeedsSeat': 'En {role:lower} måste ha en plats. Välj plats.',
  'register.seatTaken':
    'Platsen innehas redan av {name} under den tiden. Avsluta det uppdraget först.',
  'register.deputyForOtherBody': 'En personlig ersättare ersätter en ledamot i samma organ.',
  'register.ownDeputy': 'En ledamot kan inte vara sin egen ersättare.',
  'register.roleHasNoSeat': 'En {role:lower} har ingen plats och ersätter ingen.',
  'register.alreadyInRole': '{name} är redan {role:lower} i {body} under den tiden.',
  'register.organisationExists': 'Det finns redan en aktör som heter ”{name}”.',
  'register.personExists':
    'Det finns redan en person som heter ”{name}”: {who}. Är det en annan person med samma namn, spara igen och bekräfta det; annars ändra den som finns.',
  'register.organisationInUse':
    '”{name}” används av {people} person(er) och {seats} plats(er) och kan inte tas bort. Flytta dem först.',
} as const
