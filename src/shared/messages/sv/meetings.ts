/** Swedish messages of the meetings area (the CLI, the logs and the documents say them so). */
export const meetings = {
  'meetings.endsBeforeStart':
    'Mötet slutar innan det börjar. Sluttiden måste vara efter starttiden.',
  'meetings.chooseItemKind': 'Välj information, diskussion eller beslut.',
  'meetings.minutesNumber': 'Ange tiden i minuter.',
  'meetings.minutesWhole': 'Ange tiden i hela minuter.',
  'meetings.minutesNegative': 'Tiden kan inte vara negativ.',
  'meetings.minutesMax': 'En punkt kan vara högst {max} minuter.',
  'meetings.chooseWeekday': 'Välj en veckodag.',
  'meetings.weekRange': 'Veckonummer går från 1 till 53.',
  'meetings.oneWeek': 'Ange minst en vecka.',
  'meetings.daysNegative': 'Antal dagar kan inte vara negativt.',
  'meetings.noticeDaysMax': 'Kallelsen skickas högst {max} dagar före.',
  'meetings.replyDaysMax': 'Högst {max} dagar före.',
  'meetings.yearsBackWhole': 'Ange antal år som ett heltal.',
  'meetings.templateEmpty': 'Mallen måste ha minst en punkt.',
  'meetings.templateMax': 'Mallen kan ha högst {max} punkter.',
  'meetingStep.call': 'markeras som kallat',
  'meetingStep.hold': 'markeras som genomfört',
  'meetingStep.cancel': 'ställas in',
  'meetingStep.stepBack': 'gå tillbaka ett steg',
  'meetingStep.beginMinutes': 'få sitt protokoll påbörjat',
  'meetingStep.adjust': 'få sitt protokoll justerat',
  'meetingStatus.planned': 'Planerat',
  'meetingStatus.noticeSent': 'Kallat',
  'meetingStatus.held': 'Genomfört',
  'meetingStatus.minutesBegun': 'Protokoll påbörjat',
  'meetingStatus.minutesAdjusted': 'Protokoll justerat',
  'meetingStatus.cancelled': 'Inställt',
  'meetings.stepRefused': 'Mötet är {status:lower} och kan inte {step}.',
  'meetings.stepRefusedWhy.minutesAdjusted':
    'Mötet är {status:lower} och kan inte {step}. Protokollet är justerat och mötet kan inte ändras längre; en rättelse tas upp i nästa mötes protokoll.',
  'meetings.stepRefusedWhy.minutesBegun':
    'Mötet är {status:lower} och kan inte {step}. Protokollet är påbörjat, så mötet har hållits.',
  'meetings.stepRefusedWhy.cancelled':
    'Mötet är {status:lower} och kan inte {step}. Mötet är inställt. Gå tillbaka till planerat först om det ska hållas ändå.',
  'meetings.templateItemInUse':
    '”{title}” finns på dagordningen för {count} kommande möte(n) ({dates}). Ta bort punkten från de mötena först, eller behåll den i mallen.',
  'meetings.presenterMissing': 'Föredraganden finns inte i registret.',
  'meetings.presenterOrganisationMissing': 'Aktören finns inte i registret.',
  'meetings.afterItemMissing': 'Punkten att lägga till efter finns inte på dagordningen.',
  'meetings.calledAgendaEmpty':
    'Kallelsen är skickad med den här dagordningen; den kan inte bli tom. Lägg till en annan punkt först.',
  'meetings.agendaChanged':
    'Dagordningen har ändrats sedan du öppnade den. Ladda om och flytta punkten igen.',
  'meetings.onlyCouncilPresents': 'Bara trygghetsrådet har en presenterande lokal grupp.',
  'meetings.chooseOwnGroup': 'Välj en av de lokala grupper som hör till {body}.',
  'meetings.rotationCouncil':
    'Presentationsordningen gäller ett trygghetsråd och dess lokala grupper.',
  'meetings.agendaLockedAdjusted':
    'Protokollet för mötet är justerat. Dagordningen kan inte ändras längre.',
  'meetings.agendaLockedBegun':
    'Protokollet är påbörjat, så dagordningen ändras inte längre. Lägg till ett extra ärende i protokollet i stället (eller skriv i paragrafen att punkten ströks).',
  'meetings.dateRange': 'Mötesdatumet måste ligga mellan år {min} och {max}.',
  'meetings.noticeAfterMeeting': 'Kallelsen måste skickas före mötet (eller samma dag).',
  'meetings.noticeTooEarly': 'Kallelsedagen ligger mer än ett år före mötet. Kontrollera datumet.',
  'meetings.replyByAfterMeeting':
    'Sista dag för förhinder måste vara före mötet (eller samma dag).',
  'meetings.noPrevious': '{body} har inget tidigare möte att hämta punkter från.',
  'meetings.sameDay':
    '{body} har redan ett möte {date}. Ändra det mötet i stället, eller välj en annan dag.',
  'meetings.heldInAdvance': 'Mötet är {date} och kan inte markeras som genomfört i förväg.',
  'meetings.detailsLocked':
    'Protokollet är justerat: mötets datum, tid och plats står i det och kan inte ändras. En rättelse tas upp i nästa mötes protokoll.',
  'meetings.yearLocked':
    'Protokollet har redan paragrafnummer för {year}. Mötet kan inte flyttas till {to}; numren skulle krocka med det årets paragrafer.',
  'meetings.heldToFuture':
    'Mötet är genomfört och kan inte flyttas till ett datum i framtiden. Gå tillbaka ett steg först om det inte har hållits.',
  'meetings.agendaEmpty': 'Dagordningen är tom. Lägg till punkter innan kallelsen skickas.',
  'meetings.heldNotDeleted': 'Mötet har hållits och ingår i historiken. Det kan inte tas bort.',
  'meetings.ruleGivesNothing':
    'Regeln ger inga nya möten det året (alla dagar har redan möten eller stryks).',
} as const
