import { z } from 'zod'
import type { Message } from '../messages/index.ts'
import {
  byId,
  email,
  id,
  idOf,
  isoDate,
  noInput,
  optionalIsoDate,
  optionalText,
  phone,
  requiredText,
  say,
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
  errors: Message[]
}

export interface ImportPreviewDto {
  rows: ImportRowDto[]
  createCount: number
  updateCount: number
  errorCount: number
}

const organisationFields = {
  name: requiredText('name'),
  kind: z.enum(ORGANISATION_KINDS, say('register.chooseOrganisationKind')),
  contact: optionalText('contact', 500),
}

const personFields = {
  name: requiredText('name'),
  title: optionalText('title'),
  organisationId: idOf('organisation')
    .nullish()
    .transform((value) => value ?? null),
  email,
  phone,
  /** Two people may share a name: the second is saved only when the secretary says it is another person. */
  sameNameConfirmed: z.boolean().optional(),
}

const bodyFields = {
  name: requiredText('name'),
  kind: z.enum(BODY_KINDS, say('register.chooseBodyKind')),
  area: optionalText('area'),
  parentId: id.nullish().transform((value) => value ?? null),
}

const membershipFields = {
  bodyId: idOf('body'),
  personId: idOf('person'),
  role: z.enum(ROLES, say('register.chooseRole')),
  seatId: idOf('seat')
    .nullish()
    .transform((value) => value ?? null),
  deputyForId: id.nullish().transform((value) => value ?? null),
  from: isoDate('startDate'),
  to: optionalIsoDate('endDate'),
}

const termIsOrdered = (term: { from: string; to: string | null }) =>
  term.to === null || term.to >= term.from
const termMessage = { ...say('register.endBeforeStart'), path: ['to'] }

export const registerApi = {
  'register.listOrganisations': query<OrganisationDto[]>()(
    z
      .strictObject({ search: optionalText('search', 100) })
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
      .strictObject({
        search: optionalText('search', 100),
        organisationId: idOf('organisation').nullish(),
      })
      .optional()
      .default({ search: null }),
    'Alla personer, sorterade på namn.',
  ),
  'register.createPerson': mutation<PersonDto>()(
    z.strictObject(personFields),
    'Lägg till en person. Finns någon med samma namn vägras det (CONFLICT) om inte sameNameConfirmed är sant.',
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
    z.strictObject({ id, on: optionalIsoDate('day') }),
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
    z.strictObject({
      bodyId: idOf('body'),
      organisationId: idOf('organisation'),
      label: optionalText('seatName'),
    }),
    'Lägg till en plats i ett organ, för en aktör.',
  ),
  'register.removeSeat': mutation<{ deleted: true }>()(byId, 'Ta bort en plats som ingen innehar.'),

  'register.addMembership': mutation<MembershipDto>()(
    z.strictObject(membershipFields).refine(termIsOrdered, termMessage),
    'Ge en person en roll i ett organ: ledamot på en plats, ersättare (personlig eller för platsen) m.m.',
  ),
  'register.endMembership': mutation<MembershipDto>()(
    z.strictObject({ id, to: isoDate('endDate') }),
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
