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
  counts: '{{bodies}} organ · {{organisations}} aktörer · {{people}} personer',
}
