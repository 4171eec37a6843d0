import { navLabels } from '../../../../shared/navigation.ts'

export const common = {
  datePlaceholder: 'ÅÅÅÅ-MM-DD',
  appName: 'Rådsrum',
  nav: navLabels.sv,
  actions: {
    save: 'Spara',
    cancel: 'Avbryt',
    edit: 'Ändra',
    delete: 'Ta bort',
    add: 'Lägg till',
    close: 'Stäng',
    search: 'Sök',
    export: 'Exportera',
    open: 'Öppna',
    confirm: 'Bekräfta',
    closeMessage: 'Stäng meddelandet',
    closeDialog: 'Stäng dialogen',
  },
  filters: {
    body: 'Organ',
    anyBody: 'Alla organ',
    organisation: 'Aktör',
    anyOrganisation: 'Alla aktörer',
    person: 'Person',
    anyPerson: 'Alla',
  },
  autosave: {
    saving: 'Sparar …',
    unsaved: 'Ej sparat ännu',
    savedAt: 'Sparat {{time}}',
    notSavedOnLeave:
      'Texten kunde inte sparas när du lämnade sidan: {{message}} Texten finns kvar och sparas när du öppnar sidan igen.',
  },
  empty: {
    bodies:
      'Inget organ är registrerat ännu. Börja med trygghetsrådet: namn, område och platserna för aktörerna.',
    organisations:
      'Ingen aktör är registrerad ännu. Lägg till organisationerna som har platser i rådet, till exempel kommunen, polisen och räddningstjänsten.',
    people:
      'Ingen person är registrerad ännu. Lägg till ledamöter och ersättare en i taget, eller importera en lista från Excel.',
    importPeople: 'Importera personer',
    minutes:
      'Inga möten ännu. Ett protokoll skrivs för ett möte: planera rådets första möte under Möten.',
    actions:
      'Inga öppna uppdrag just nu. Uppdrag ges i protokollet, under en paragraf, och följs här tills de är klara.',
    decisions:
      'Inga beslut ännu. Beslut skrivs i protokollet under en paragraf och kan sedan sökas här.',
    noBody:
      'Det finns inget organ ännu. Registrera trygghetsrådet först; sedan kan du fylla i det här.',
    noCouncil: 'Det finns inget trygghetsråd i registret. Registrera rådet först.',
    registerCouncil: 'Registrera rådet',
    toMeetings: 'Till Möten',
    toMinutes: 'Till protokollen',
    toBudget: 'Till Budget och aktiviteter',
    noMeetingsHeld:
      'Inga genomförda möten med upprop ännu för det här urvalet. Närvaron tas vid mötet, under mötets flik Närvaro.',
  },
  states: {
    loading: 'Hämtar …',
    empty: 'Inget att visa ännu.',
    saved: 'Sparat',
    error: 'Något gick fel',
  },
  document: {
    saved: 'Dokumentet sparades',
    savedTo: 'Sparat som {{path}}',
    openIt: 'Öppna dokumentet',
    notSaved: 'Dokumentet sparades inte.',
    working: 'Skapar dokumentet …',
  },
  menu: 'Huvudmeny',
  skipToContent: 'Hoppa till innehållet',
  goTo: {
    button: 'Sök eller gå till …',
    title: 'Sök eller gå till',
    placeholder: 'Skriv en sida eller ett sökord',
    nothing: 'Ingen sida heter så.',
    screens: 'Sidor',
    searchMinutes: 'Sök i protokollen efter ”{{text}}”',
  },
  help: {
    title: 'Hjälp',
    intro: 'Allt i Rådsrum går att göra med tangentbordet. Här är kortkommandona.',
    shortcuts: 'Kortkommandon',
    keysColumn: 'Tangenter',
    doesColumn: 'Gör',
    goTo: 'Gå till {{screen}}',
    keys: {
      goTo: 'Sök eller gå till en sida, var du än är',
      skip: 'Första Tab på en sida: hoppa förbi menyn till innehållet',
      escape: 'Stäng en dialog utan att spara',
      reorder: 'Flytta en punkt i en lista (dagordning, fraser, avsnitt)',
      attendance: 'Närvaro vid upprop: närvarande, förhinder, frånvarande',
    },
    menu: 'Menyns grupper fälls ut och ihop med Enter eller ett klick på gruppens namn.',
  },
  language: 'Språk',
  sortBy: 'Sortera på {{column}}',
}
