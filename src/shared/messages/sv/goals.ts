/** Swedish messages of the goals area (the CLI, the logs and the documents say them so). */
export const goals = {
  'goals.versionMissing': 'Versionsnumret saknas. Ladda om sidan.',
  'goals.chooseCategoryLong': 'Välj en kategori: gör mer, gör bättre, gör nytt eller tänk om.',
  'goals.chooseStatus': 'Välj en status.',
  'goals.ideaSectionsMax': 'En idé kan kopplas till högst {max} avsnitt.',
  'goals.upOrDown': 'Ange upp eller ned.',
  'goals.draftOrConsultation': 'Välj utkast eller på remiss.',
  'goals.chooseCategory': 'Välj en kategori.',
  'goals.adoptedLocked':
    'Måldokumentet är antaget och den antagna versionen är låst. Välj ”Påbörja revidering” för att arbeta vidare i ett nytt utkast; den antagna versionen ändras inte.',
  'goals.sectionsMax': 'Ett måldokument kan ha högst {max} avsnitt.',
  'goals.sectionExists': 'Det finns redan ett avsnitt som heter ”{heading}”. Välj en annan rubrik.',
  'goals.lastSection': 'Ett måldokument måste ha minst ett avsnitt.',
  'goals.alreadyFirst': 'Avsnittet står redan först.',
  'goals.alreadyLast': 'Avsnittet står redan sist.',
  'goals.alreadyStatus': 'Måldokumentet har redan status {status:lower}.',
  'goalStatus.draft': 'Utkast',
  'goalStatus.consultation': 'På remiss',
  'goalStatus.adopted': 'Antagen',
  'goals.adoptedNoConsultation':
    'Ett antaget måldokument skickas inte på remiss. Påbörja en revidering först.',
  'goals.saveVersionFirst':
    'Spara en version innan dokumentet skickas på remiss: remissen gäller en bestämd version.',
  'goals.sectionGone': 'Ett av avsnitten finns inte längre. Ladda om och välj igen.',
  'goals.ideaSameBody': 'Idén kan bara kopplas till måldokument för samma organ.',
  'goals.versionNotFound':
    'Version {number} finns inte (längre). Uppdatera listan och försök igen.',
  'goals.sameVersions': 'Välj två olika versioner att jämföra.',
  'goals.unchanged':
    'Utkastet är oförändrat sedan version {version}; det finns inget nytt att spara.',
  'goals.versionAdopted':
    'Version {number} är antagen ({reference}) och låst. Den kan inte ändras.',
  'goals.alreadyAdopted':
    'Måldokumentet är redan antaget. Påbörja en revidering och spara en ny version om en ändrad text ska antas.',
  'goals.onlyLatest':
    'Bara den senaste versionen (version {latest}) kan antas. Återställ utkastet till version {number} och spara det som en ny version om det är den texten som antogs.',
  'goals.decisionInFuture': 'Beslutsdatumet kan inte ligga i framtiden.',
  'goals.decisionBeforeVersion': 'Beslutsdatumet kan inte vara före den dag versionen sparades.',
} as const
