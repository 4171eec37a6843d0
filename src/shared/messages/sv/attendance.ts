/** Swedish messages of the attendance area (the CLI, the logs and the documents say them so). */
export const attendance = {
  'attendance.numeratorMin': 'Täljaren måste vara minst 1.',
  'attendance.denominatorMin': 'Nämnaren måste vara minst 2.',
  'attendance.fractionTooLarge': 'Andelen kan inte vara mer än hela organet (t.ex. 2/3).',
  'attendance.seatsMin': 'Minst en plats.',
  'attendance.seatsMax': 'Högst {max} platser.',
  'attendance.chooseRule': 'Välj en regel för beslutsförhet.',
  'attendance.chooseStatus': 'Välj kommer, förhinder, närvarande eller frånvarande.',
  'attendance.guestName': 'Skriv gästens namn eller välj en person ur registret.',
  'attendance.itemNotOnAgenda':
    'Punkten finns inte på mötets dagordning. Ladda om sidan och välj punkten igen.',
  'attendance.rangeOrder':
    'Till-punkten kommer före från-punkten. Välj punkterna i dagordningens ordning.',
  'attendance.notCalled':
    '{name} är inte kallad till {body} {date}. Lägg till hen som gäst bland övriga närvarande i stället.',
  'attendance.rollCallOnDay':
    'Uppropet görs på mötesdagen ({date}). Före mötet registrerar du svar: kommer eller förhinder.',
  'attendance.replyInFuture': 'Dagen svaret kom kan inte ligga i framtiden.',
  'attendance.notDeputy': '{name} är inte ersättare i {body} {date} och kan inte tjänstgöra där.',
  'attendance.notMemberServe':
    '{name} är inte ordinarie ledamot i {body} {date}; en ersättare tjänstgör bara för en ledamot.',
  'attendance.deputyHasApologies':
    '{name} är markerad som förhindrad och kan inte tjänstgöra. Välj en annan ersättare.',
  'attendance.deputyAbsent':
    '{name} är markerad som frånvarande och kan inte tjänstgöra. Välj en annan ersättare.',
  'attendance.deputyBusy':
    '{name} är redan kallad att tjänstgöra för {member}. En ersättare kan bara tjänstgöra för en ledamot i taget; ta bort den tjänstgöringen först.',
  'attendance.markPresentFirst':
    'Markera {name} som närvarande först; sedan kan du ange från och till vilken punkt.',
  'attendance.alreadyOnList':
    '{name} finns redan på mötets närvarolista. Markera hen där i stället.',
  'attendance.alreadyGuest': '{name} finns redan bland mötets gäster.',
  'attendance.notMember': '{name} är inte ordinarie ledamot i {body} {date}.',
  'attendance.ruleIncomplete': 'Regeln för beslutsförhet är ofullständig.',
  'attendance.locked':
    'Protokollet för mötet {date} är justerat. Närvaron ingår i det justerade protokollet och kan inte ändras längre; en rättelse tas upp i nästa mötes protokoll.',
  'attendance.deputyIsMember':
    '{name} är själv ordinarie ledamot och kan inte samtidigt tjänstgöra för {member}.',
  'attendance.memberPresentWhole':
    '{member} är närvarande (hela mötet), så {name} kan inte tjänstgöra i hens ställe där. Ange från vilken punkt {member} kom eller till vilken punkt hen var kvar, eller ta bort ersättarens tjänstgöring.',
  'attendance.memberPresentItem':
    '{member} är närvarande (punkt {item}), så {name} kan inte tjänstgöra i hens ställe där. Ange från vilken punkt {member} kom eller till vilken punkt hen var kvar, eller ta bort ersättarens tjänstgöring.',
  'attendance.memberPresentItems':
    '{member} är närvarande (punkt {from}–{to}), så {name} kan inte tjänstgöra i hens ställe där. Ange från vilken punkt {member} kom eller till vilken punkt hen var kvar, eller ta bort ersättarens tjänstgöring.',
  'attendance.memberHasDeputy':
    '{member} har redan en tjänstgörande ersättare, {name}. Ta bort den först, eller ange punkter som inte överlappar.',
  'quorum.majority':
    'Mer än hälften av platserna ska vara besatta av ledamöter eller tjänstgörande ersättare.',
  'quorum.fraction':
    'Minst {numerator}/{denominator} av platserna ska vara besatta av ledamöter eller tjänstgörande ersättare.',
  'quorum.minimum':
    'Minst {count} platser ska vara besatta av ledamöter eller tjänstgörande ersättare.',
  'range.item': 'punkt {item}',
  'range.items': 'punkt {from}–{to}',
  'range.from': 'från punkt {from}',
  'range.to': 'till och med punkt {to}',
  'attendance.personalDeputyFor': 'personlig ersättare för {name}',
  'attendance.seatDeputy': 'ersättare för platsen {seat}',
  'attendance.sameOrganisationDeputy': 'ersättare från samma aktör ({organisation})',
  'attendance.otherPersonalDeputy': 'ersättare i {body} (personlig ersättare för {name})',
  'attendance.otherSeatDeputy': 'ersättare i {body} (ersättare för platsen {seat})',
  'attendance.hasApologies': 'har anmält förhinder',
  'attendance.isAbsent': 'är frånvarande',
  'attendance.alreadyServing': 'är redan kallad att tjänstgöra för {name}',
  'attendance.seat': '{seat}',
  'attendance.roleAtSeat': '{role:lower}, {seat}',
  'attendance.deputy': 'ersättare',
  'attendance.role': '{role:lower}',
  'attendance.guest': 'gäst',
  'role.chair': 'Ordförande',
  'role.viceChair': 'Vice ordförande',
  'role.secretary': 'Sekreterare',
  'role.member': 'Ledamot',
  'role.deputy': 'Ersättare',
  'role.coopted': 'Adjungerad',
  'role.researcher': 'Följeforskare',
} as const
