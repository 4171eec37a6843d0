/** Swedish messages of the minutes area (the CLI, the logs and the documents say them so). */
export const minutes = {
  'minutes.decisionEmpty': 'Ett beslut får inte vara tomt. Skriv beslutet eller ta bort raden.',
  'minutes.decisionMax': 'Ett beslut får vara högst {max} tecken.',
  'minutes.decisionsMax': 'Högst {max} beslut per paragraf.',
  'minutes.ownerMissing': 'Ange vem som ansvarar: en person, en aktör eller båda.',
  'minutes.phraseEmpty': 'En standardfras får inte vara tom. Skriv frasen eller ta bort raden.',
  'minutes.phrasesMax': 'Högst {max} standardfraser.',
  'minutes.adjustersMax': 'Högst två justerare.',
  'minutes.locked':
    'Protokollet är justerat och kan inte ändras. En rättelse tas upp som en paragraf i nästa mötes protokoll (t.ex. under Föregående protokoll).',
  'minutes.immediateLocked':
    'Paragrafen är omedelbart justerad och kan inte ändras. En rättelse tas upp vid nästa möte.',
  'minutes.dueBeforeMeeting':
    'Klart senast ({due}) kan inte vara före mötet där uppdraget beslutades ({date}).',
  'minutes.actionLocked':
    'Uppdraget beslutades i en justerad paragraf och kan inte skrivas om. Fatta ett nytt beslut vid nästa möte (t.ex. under Uppföljning av uppdrag).',
  'minutes.actionReported':
    'Uppdraget har redan rapporterats i ett senare protokoll. Ändra rapporteringen där först, eller markera uppdraget som struket.',
  'minutes.actionReportedLocked':
    'Uppdraget rapporterades i ett justerat protokoll. Protokollet är justerat och kan inte ändras. En rättelse tas upp som en paragraf i nästa mötes protokoll (t.ex. under Föregående protokoll).',
  'minutes.reportSameBody':
    'Uppdraget rapporteras i ett protokoll från samma organ som beslutade det.',
  'minutes.reportBeforeDecision': 'Ett uppdrag kan inte rapporteras före mötet där det beslutades.',
  'minutes.alreadyBegun': 'Protokollet är redan påbörjat. Ladda om sidan.',
  'minutes.beginBeforeMeeting': 'Mötet är {date}. Protokollet börjar du skriva när mötet hålls.',
  'minutes.agendaEmpty':
    'Dagordningen är tom (eller alla punkter är strukna). Lägg till punkter först.',
  'minutes.chooseAdjusters': 'Välj justerare innan protokollet justeras.',
  'minutes.adjustBeforeMeeting': 'Protokollet kan inte justeras före mötet.',
  'minutes.adjustInFuture': 'Justeringsdatumet kan inte ligga i framtiden.',
  'minutes.notImmediate': 'Paragrafen är inte omedelbart justerad. Ladda om sidan.',
  'minutes.adjusterTwice': 'Samma person kan inte vara justerare två gånger.',
  'minutes.adjusterNotPresent':
    '{name} var inte närvarande som ledamot (eller är ordförande) och kan inte justera protokollet. Välj bland de närvarande ledamöterna.',
  'minutes.adjustByBeforeMeeting': 'Sista dag för justering kan inte vara före mötet.',
  'minutes.situationNeedsMinutes':
    'Börja protokollet först: lägesbilden uppdateras i mötets paragraf Lägesbild.',
} as const
