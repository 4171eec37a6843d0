export const start = {
  title: 'Välkommen till Rådsrum',
  intro:
    'Här samlar du trygghetsrådets och de lokala gruppernas register, möten, protokoll och dokument.',
  emptyTitle: 'Databasen är tom',
  emptyText:
    'Börja med att lägga in rådets aktörer och personer, eller ladda exemplet – Sundsvalls trygghetsråd med 14 lokala trygghetsgrupper – för att se hur det fungerar.',
  loadExample: 'Ladda exempeldata',
  exampleLoaded: 'Exempeldata har laddats',
  database: 'Databas: {{path}}',
  version: 'Version {{version}}',
  counts: {
    bodies_one: '{{count}} organ',
    bodies_other: '{{count}} organ',
    organisations_one: '{{count}} aktör',
    organisations_other: '{{count}} aktörer',
    people_one: '{{count}} person',
    people_other: '{{count}} personer',
  },
  guide: {
    title: 'Kom igång',
    intro:
      'Fyra steg till det första mötet. Varje knapp öppnar sidan där steget görs; ett klart steg bockas av.',
    council: 'Lägg in trygghetsrådet',
    councilHelp: 'Rådet och dess platser för aktörerna.',
    people: 'Lägg till personer',
    peopleHelp: 'Ledamöter och ersättare, eller importera från Excel.',
    yearPlan: 'Planera året',
    yearPlanHelp: 'Sammanträdesplanen: årets möten på en gång.',
    meeting: 'Håll första mötet',
    meetingHelp: 'Dagordning, kallelse, närvaro och protokoll.',
    done: 'Klart',
  },
}
