/** The register's closed vocabularies, with the Swedish words used in documents. */

export const ORGANISATION_KINDS = [
  'municipalDepartment',
  'police',
  'region',
  'rescueService',
  'faithCommunity',
  'housingCompany',
  'association',
  'business',
  'research',
  'other',
] as const
export type OrganisationKind = (typeof ORGANISATION_KINDS)[number]

export const ORGANISATION_KIND_SV: Record<OrganisationKind, string> = {
  municipalDepartment: 'Kommunal förvaltning',
  police: 'Polis',
  region: 'Region',
  rescueService: 'Räddningstjänst',
  faithCommunity: 'Trossamfund',
  housingCompany: 'Bostadsföretag',
  association: 'Förening',
  business: 'Näringsliv',
  research: 'Forskning',
  other: 'Annan',
}

/**
 * Where a kind of organisation stands in the final report's Aktörer: the municipality's own
 * (räddningstjänsten is the municipality's duty under the law on protection against accidents,
 * as the seed counts it "från kommunen"), the other actors, or not an actor at all (the
 * accompanying researcher's firm is engaged by the project and is reported as the följeforskare).
 */
export const ACTOR_GROUP: Record<OrganisationKind, 'municipal' | 'other' | 'notActor'> = {
  municipalDepartment: 'municipal',
  rescueService: 'municipal',
  police: 'other',
  region: 'other',
  faithCommunity: 'other',
  housingCompany: 'other',
  association: 'other',
  business: 'other',
  research: 'notActor',
  other: 'other',
}

export const BODY_KINDS = ['council', 'localGroup'] as const
export type BodyKind = (typeof BODY_KINDS)[number]
export const BODY_KIND_SV: Record<BodyKind, string> = {
  council: 'Trygghetsråd',
  localGroup: 'Lokal trygghetsgrupp',
}

export const ROLES = [
  'chair',
  'viceChair',
  'secretary',
  'member',
  'deputy',
  'coopted',
  'researcher',
] as const
export type Role = (typeof ROLES)[number]
export const ROLE_SV: Record<Role, string> = {
  chair: 'Ordförande',
  viceChair: 'Vice ordförande',
  secretary: 'Sekreterare',
  member: 'Ledamot',
  deputy: 'Ersättare',
  coopted: 'Adjungerad',
  researcher: 'Följeforskare',
}

/** Roles that hold a seat as an ordinary member (ordförande and vice ordförande are members too). */
export const SEAT_HOLDING_ROLES: readonly Role[] = ['chair', 'viceChair', 'member']

export const holdsSeat = (role: Role): boolean => SEAT_HOLDING_ROLES.includes(role)

/** Is a membership in force on a given day? Dates are ISO strings, so they compare as text. */
export const isActiveOn = (term: { from: string; to: string | null }, day: string): boolean =>
  term.from <= day && (term.to === null || term.to >= day)
