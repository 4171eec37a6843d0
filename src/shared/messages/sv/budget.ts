/** Swedish messages of the budget area (the CLI, the logs and the documents say them so). */
export const budget = {
  'budget.amountNotKronor': '{field} måste vara ett belopp i hela kronor.',
  'budget.notAmount': '{field} är inte ett belopp.',
  'budget.noOre': '{field} skrivs i hela kronor, utan ören.',
  'budget.amountTooLarge': '{field} är orimligt {field?stor|stort} (högst {max} kr).',
  'budget.grantOverTotal':
    'Medel från Brå ({grant:amount} kr) kan inte vara större än totalkostnaden ({total:amount} kr).',
  'budget.chooseKind': 'Välj vilken sorts aktivitet det är.',
  'budget.linesMax': 'Högst {max} budgetrader per aktivitet.',
  'budget.startNeeded': 'Ange startdatumet när det finns ett slutdatum.',
  'budget.yearTwice': 'Året {year} finns redan på en annan budgetrad. Slå ihop raderna.',
  'budget.caseNumberForm': 'Skriv diarienumret som i beslutet, t.ex. B3.3-0294/2011.',
  'budget.periodOrder': 'Bidragsperiodens sista år kan inte vara före det första.',
  'budget.bodyGone': 'Organet finns inte längre. Välj ett annat.',
  'budget.grantGone': 'Bidragsbeslutet finns inte längre. Välj ett annat.',
  'budget.noGrantNoFunds':
    'Aktiviteten hör inte till något bidrag, så medel från Brå måste vara 0 kr. Välj bidraget först.',
  'budget.caseNumberExists': 'Det finns redan ett bidragsbeslut med diarienummer {caseNumber}.',
  'budget.grantHasActivities':
    'Bidraget {caseNumber} har {count} aktivitet(er). Flytta eller ta bort dem först.',
  'indicators.exists': 'Det finns redan en indikator som heter ”{name}”.',
  'indicators.valueNumber': 'Värdet måste vara ett tal, t.ex. 1,33.',
  'indicators.lowerIsBetter': 'Ange om ett lägre värde är bättre.',
  'indicators.valuesMax': 'Högst {max} värden per indikator.',
  'indicators.yearTwice': 'Året {year} har redan ett värde.',
  'reports.sectionTooLong':
    '{field} är för {field?lång|långt} (högst {max} tecken, ungefär 50 sidor).',
  'reports.signatoriesMax': 'Högst fyra underskrifter.',
} as const
