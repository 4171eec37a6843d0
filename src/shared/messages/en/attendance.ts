import type { attendance as sv } from '../sv/attendance.ts'

export const attendance: Record<keyof typeof sv, string> = {
  'attendance.numeratorMin': 'The numerator must be at least 1.',
  'attendance.denominatorMin': 'The denominator must be at least 2.',
  'attendance.fractionTooLarge': 'The share cannot be more than the whole body (e.g. 2/3).',
  'attendance.seatsMin': 'At least one seat.',
  'attendance.seatsMax': 'At most {max} seats.',
  'attendance.chooseRule': 'Choose a quorum rule.',
  'attendance.chooseStatus': 'Choose attending, apologies, present or absent.',
  'attendance.guestName': "Write the guest's name or choose a person from the register.",
  'attendance.itemNotOnAgenda':
    "The item is not on the meeting's agenda. Reload the page and choose the item again.",
  'attendance.rangeOrder':
    "The 'to' item comes before the 'from' item. Choose the items in the agenda's order.",
  'attendance.notCalled':
    '{name} is not called to {body} {date}. Add them as a guest among the others present instead.',
  'attendance.rollCallOnDay':
    'The roll call is taken on the day of the meeting ({date}). Before the meeting you record replies: attending or apologies.',
  'attendance.replyInFuture': 'The day the reply came cannot be in the future.',
  'attendance.notDeputy': '{name} is not a deputy in {body} {date} and cannot serve there.',
  'attendance.notMemberServe':
    '{name} is not an ordinary member of {body} {date}; a deputy serves only for a member.',
  'attendance.deputyHasApologies':
    '{name} has sent apologies and cannot serve. Choose another deputy.',
  'attendance.deputyAbsent': '{name} is marked absent and cannot serve. Choose another deputy.',
  'attendance.deputyBusy':
    '{name} is already called to serve for {member}. A deputy can serve for only one member at a time; remove that first.',
  'attendance.markPresentFirst':
    'Mark {name} as present first; then you can give from and to which item.',
  'attendance.alreadyOnList':
    "{name} is already on the meeting's attendance list. Mark them there instead.",
  'attendance.alreadyGuest': "{name} is already among the meeting's guests.",
  'attendance.notMember': '{name} is not an ordinary member of {body} {date}.',
  'attendance.ruleIncomplete': 'The quorum rule is incomplete.',
  'attendance.locked':
    "The minutes of the meeting {date} are approved. The attendance is part of the approved minutes and can no longer be changed; a correction is made in the next meeting's minutes.",
  'attendance.deputyIsMember': '{name} is an ordinary member and cannot also serve for {member}.',
  'attendance.memberPresentWhole':
    "{member} is present (the whole meeting), so {name} cannot serve in their place there. Give from which item {member} came or until which item they stayed, or remove the deputy's serving.",
  'attendance.memberPresentItem':
    "{member} is present (item {item}), so {name} cannot serve in their place there. Give from which item {member} came or until which item they stayed, or remove the deputy's serving.",
  'attendance.memberPresentItems':
    "{member} is present (items {from}–{to}), so {name} cannot serve in their place there. Give from which item {member} came or until which item they stayed, or remove the deputy's serving.",
  'attendance.memberHasDeputy':
    '{member} already has a serving deputy, {name}. Remove that one first, or give items that do not overlap.',
  'quorum.majority': 'More than half of the seats must be filled by members or serving deputies.',
  'quorum.fraction':
    'At least {numerator}/{denominator} of the seats must be filled by members or serving deputies.',
  'quorum.minimum': 'At least {count} seats must be filled by members or serving deputies.',
  'range.item': 'item {item}',
  'range.items': 'items {from}–{to}',
  'range.from': 'from item {from}',
  'range.to': 'up to item {to}',
  'attendance.personalDeputyFor': 'personal deputy for {name}',
  'attendance.seatDeputy': 'deputy for the seat {seat}',
  'attendance.sameOrganisationDeputy': 'deputy from the same organisation ({organisation})',
  'attendance.otherPersonalDeputy': 'deputy in {body} (personal deputy for {name})',
  'attendance.otherSeatDeputy': 'deputy in {body} (deputy for the seat {seat})',
  'attendance.hasApologies': 'has sent apologies',
  'attendance.isAbsent': 'is absent',
  'attendance.alreadyServing': 'is already called to serve for {name}',
  'attendance.seat': '{seat}',
  'attendance.roleAtSeat': '{role:lower}, {seat}',
  'attendance.deputy': 'deputy',
  'attendance.role': '{role:lower}',
  'attendance.guest': 'guest',
  'role.chair': 'Chair',
  'role.viceChair': 'Vice chair',
  'role.secretary': 'Secretary',
  'role.member': 'Member',
  'role.deputy': 'Deputy',
  'role.coopted': 'Co-opted',
  'role.researcher': 'Accompanying researcher',
}
