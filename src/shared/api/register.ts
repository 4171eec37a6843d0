import { z } from 'zod'
import {
  byId,
  email,
  id,
  isoDate,
  noInput,
  optionalIsoDate,
  optionalText,
  phone,
  requiredText,
  uploadedFile,
} from './common.ts'
import { mutation, query } from './procedure.ts'
import {
  BODY_KINDS,
  ORGANISATION_KINDS,
  ROLES,
  type BodyKind,
  type OrganisationKind,
  type Role,
} from '../domain/register.ts'

export interface OrganisationDto {
  id: number
  name: string
  kind: OrganisationKind
  contact: string | null
  peopleCount: number
  seatCount: number
}

export interface PersonDto {
  id: number
  name: string
  title: string | null
  organisationId: number | null
  organisationName: string | null
  email: string | null
  phone: string | null
}

export interface BodySummaryDto {
  id: number
  name: string
  kind: BodyKind
  area: string | null
  parentId: number | null
  seatCount: number
  memberCount: number
  vacantSeatCount: number
}

export interface MembershipDto {
  id: number
  personId: number
  personName: string
  organisationName: string | null
  role: Role
  seatId: number | null
  deputyForId: number | null
  deputyForName: string | null
  from: string
  to: string | null
  active: boolean
}

export interface SeatDto {
  id: number
  label: string
  organisationId: number
  organisationName: string
  holders: MembershipDto[]
  deputies: MembershipDto[]
}

export interface BodyDetailDto extends BodySummaryDto {
  parentName: string | null
  seats: SeatDto[]
  /** Active members without a seat: secretary, co-opted, researcher. */
  others: MembershipDto[]
  /** Ended memberships, newest first. */
  history: MembershipDto[]
  localGroups: BodySummaryDto[]
}

export interface ImportRowDto {
  row: number
  name: string
  organisationName: string
  action: 'create' | 'update' | 'error'
  errors: string[]
}

export interface ImportPreviewDto {
  rows: ImportRowDto[]
  createCount: number
  updateCount: number
  errorCount: number
}

const organisationFields = {
  name: requiredText('Namnet'),
  kind: z.enum(ORGANISATION_KINDS, { error: 'Välj en typ av aktör.' }),
  contact: optionalText('Kontaktuppgiften', 500),
}

const personFields = {
  name: requiredText('Namnet'),
  title: optionalText('Titeln'),
  organisationId: id.nullish().transform((value) => value ?? null),
  email,
  phone,
}

const bodyFields = {
  name: requiredText('Namnet'),
  kind: z.enum(BODY_KINDS, { error: 'Välj trygghetsråd eller lokal trygghetsgrupp.' }),
  area: optionalText('Området'),
  parentId: id.nullish().transform((value) => value ?? null),
}

const membershipFields = {
  bodyId: id,
  personId: id,
  role: z.enum(ROLES, { error: 'Välj en roll.' }),
  seatId: id.nullish().transform((value) => value ?? null),
  deputyForId: id.nullish().transform((value) => value ?? null),
  from: isoDate('Startdatumet'),
  to: optionalIsoDate('Slutdatumet'),
}

const termIsOrdered = (term: { from: string; to: string | null }) =>
  term.to === null || term.to >= term.from
const termMessage = { error: 'Slutdatumet kan inte vara före startdatumet.', path: ['to'] }

export const registerApi = {
  'register.listOrganisations': query<OrganisationDto[]>()(
    z
      .strictObject({ search: optionalText('Sökningen', 100) })
      .optional()
      .default({ search: null }),
    'Alla aktörer (organisationer), sorterade på namn.',
  ),
  'register.createOrganisation': mutation<OrganisationDto>()(
    z.strictObject(organisationFields),
    'Lägg till en aktör.',
  ),
  'register.updateOrganisation': mutation<OrganisationDto>()(
    z.strictObject({ id, ...organisationFields }),
    'Ändra en aktör.',
  ),
  'register.deleteOrganisation': mutation<{ deleted: true }>()(
    byId,
    'Ta bort en aktör som inte används.',
  ),

  'register.listPeople': query<PersonDto[]>()(
    z
      .strictObject({ search: optionalText('Sökningen', 100), organisationId: id.nullish() })
      .optional()
      .default({ search: null }),
    'Alla personer, sorterade på namn.',
  ),
  'register.createPerson': mutation<PersonDto>()(
    z.strictObject(personFields),
    'Lägg till en person.',
  ),
  'register.updatePerson': mutation<PersonDto>()(
    z.strictObject({ id, ...personFields }),
    'Ändra en person.',
  ),

  'register.listBodies': query<BodySummaryDto[]>()(
    noInput,
    'Trygghetsrådet och de lokala trygghetsgrupperna.',
  ),
  'register.getBody': query<BodyDetailDto>()(
    z.strictObject({ id, on: optionalIsoDate('Dagen') }),
    'Ett organ med platser, ledamöter, ersättare och historik.',
  ),
  'register.createBody': mutation<BodySummaryDto>()(
    z.strictObject(bodyFields),
    'Lägg till ett organ.',
  ),
  'register.updateBody': mutation<BodySummaryDto>()(
    z.strictObject({ id, ...bodyFields }),
    'Ändra ett organ.',
  ),

  'register.addSeat': mutation<SeatDto>()(
    z.strictObject({ bodyId: id, organisationId: id, label: optionalText('Platsens namn') }),
    'Lägg till en plats i ett organ, för en aktör.',
  ),
  'register.removeSeat': mutation<{ deleted: true }>()(byId, 'Ta bort en plats som ingen innehar.'),

  'register.addMembership': mutation<MembershipDto>()(
    z.strictObject(membershipFields).refine(termIsOrdered, termMessage),
    'Ge en person en roll i ett organ: ledamot på en plats, ersättare (personlig eller för platsen) m.m.',
  ),
  'register.endMembership': mutation<MembershipDto>()(
    z.strictObject({ id, to: isoDate('Slutdatumet') }),
    'Avsluta ett uppdrag; historiken sparas.',
  ),

  'register.previewMemberImport': query<ImportPreviewDto>()(
    z.strictObject({ file: uploadedFile }),
    'Läs en Excelfil med personer och visa vad som skulle skapas eller uppdateras. Inget sparas.',
  ),
  'register.applyMemberImport': mutation<ImportPreviewDto>()(
    z.strictObject({ file: uploadedFile }),
    'Importera personerna i en Excelfil. Inget sparas om någon rad har fel.',
  ),
  // Its own transaction, then a checkpoint that overwrites the erased bytes (outside a transaction).
  'register.erasePersonContact': mutation<PersonDto>({ transactional: false })(
    z.strictObject({ id }),
    'Radera en persons kontaktuppgifter (e-post, telefon, titel). Namnet finns kvar i protokoll och historik.',
  ),
}
