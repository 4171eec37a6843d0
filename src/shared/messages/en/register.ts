import type { register as sv } from '../sv/register.ts'

export const register: Record<keyof typeof sv, string> = {
  'register.chooseOrganisationKind': 'Choose a kind of organisation.',
  'register.chooseBodyKind': 'Choose safety council or local safety group.',
  'register.chooseRole': 'Choose a role.',
  'register.endBeforeStart': 'The end date cannot be before the start date.',
  'register.councilHasNoParent': 'A safety council does not belong to another body.',
  'register.chooseParent': 'Choose which safety council the local group belongs to.',
  'register.ownParent': 'A group cannot belong to itself.',
  'register.parentNotCouncil': 'A local safety group belongs to a safety council.',
  'register.hasLocalGroups': 'The body has local groups under it and must remain a safety council.',
  'register.seatHasHolders':
    'The seat has or has had holders. End their assignments instead; the history must remain.',
  'register.invalidValue': 'Invalid value.',
  'register.importNameMissing': 'The name is missing.',
  'register.importNameTooLong': 'The name is longer than {max} characters.',
  'register.importUnknownOrganisation':
    'Unknown organisation “{name}”. Add the organisation first or correct the spelling.',
  'register.importDuplicateEmail': 'The same email address is on an earlier row.',
  'register.importRowsWrong':
    '{count} row(s) have errors. Correct the file and try again; nothing was saved.',
  'register.importEmpty': 'The file contains no people.',
  'register.unpackedTooBig':
    'The file is too large when unpacked (at most {max} MB). Split it into smaller files.',
  'register.notWorkbook':
    'The file is not an Excel workbook (.xlsx). Save it as “Excel workbook” and try again.',
  'register.workbookDamaged':
    'The Excel file is damaged and could not be read. Open it in Excel, save it again and try once more.',
  'register.noSheet': 'The Excel file has no sheet.',
  'register.tooManyRows': 'The file has too many rows (at most {max}). Split it up.',
  'register.noHeaderRow':
    'Found no header row with the column “Namn”. The first row should have Namn, Titel, Organisation, E-post, Telefon.',
  'register.readTimeout':
    'Reading the file took too long and was stopped. Check that it holds only the list of people, and split it if it is large.',
  'register.readOutOfMemory':
    'The file is too large or too complex to read (it needs too much memory). Split it into smaller files.',
  'register.workbookUnreadable':
    'The Excel file could not be read. Open it in Excel, save it again and try once more.',
  'register.seatOtherBody': 'The seat does not belong to this body.',
  'register.roleNeedsSeat': 'A {role:lower} must have a seat. Choose a seat.',
  'register.seatTaken':
    'The seat is already held by {name} during that time. End that assignment first.',
  'register.deputyForOtherBody': 'A personal deputy replaces a member of the same body.',
  'register.ownDeputy': 'A member cannot be their own deputy.',
  'register.roleHasNoSeat': 'A {role:lower} has no seat and replaces no one.',
  'register.alreadyInRole': '{name} is already {role:lower} in {body} during that time.',
  'register.organisationExists': 'There is already an organisation called “{name}”.',
  'register.personExists':
    'There is already a person called “{name}”: {who}. If this is another person of the same name, save again and confirm it; otherwise change the one registered.',
  'register.organisationInUse':
    '“{name}” is used by {people} person(s) and {seats} seat(s) and cannot be removed. Move them first.',
}
