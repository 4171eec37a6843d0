import type { BodyDetailDto, OrganisationDto, PersonDto } from '../../shared/api/register.ts'
import { BODY_KIND_SV, ORGANISATION_KIND_SV, ROLE_SV } from '../../shared/domain/register.ts'
import { addTableSheet, excelBuffer, excelWorkbook, type WorkbookMeta } from './excel.ts'

export interface RegisterExportData {
  organisations: OrganisationDto[]
  people: PersonDto[]
  bodies: BodyDetailDto[]
}

/** The register as a workbook: one sheet each for aktörer, personer, organ and uppdrag. */
export async function buildRegisterXlsx(
  data: RegisterExportData,
  meta: WorkbookMeta,
): Promise<Uint8Array> {
  const workbook = excelWorkbook('Register', meta)
  addTableSheet(
    workbook,
    'Aktörer',
    [
      ['Namn', 'name'],
      ['Typ', 'kind'],
      ['Kontakt', 'contact'],
      ['Personer', 'people'],
      ['Platser', 'seats'],
    ],
    data.organisations.map((organisation) => ({
      name: organisation.name,
      kind: ORGANISATION_KIND_SV[organisation.kind],
      contact: organisation.contact ?? '',
      people: organisation.peopleCount,
      seats: organisation.seatCount,
    })),
  )
  addTableSheet(
    workbook,
    'Personer',
    [
      ['Namn', 'name'],
      ['Titel', 'title'],
      ['Organisation', 'organisation'],
      ['E-post', 'email'],
      ['Telefon', 'phone'],
    ],
    data.people.map((person) => ({
      name: person.name,
      title: person.title ?? '',
      organisation: person.organisationName ?? '',
      email: person.email ?? '',
      phone: person.phone ?? '',
    })),
  )
  addTableSheet(
    workbook,
    'Organ',
    [
      ['Namn', 'name'],
      ['Typ', 'kind'],
      ['Område', 'area'],
      ['Hör till', 'parent'],
      ['Platser', 'seats'],
      ['Vakanta platser', 'vacant'],
    ],
    data.bodies.map((body) => ({
      name: body.name,
      kind: BODY_KIND_SV[body.kind],
      area: body.area ?? '',
      parent: body.parentName ?? '',
      seats: body.seatCount,
      vacant: body.vacantSeatCount,
    })),
  )
  const assignments = data.bodies.flatMap((body) => {
    const seatOf = new Map(body.seats.map((seat) => [seat.id, seat.label]))
    const memberships = [
      ...body.seats.flatMap((seat) => [...seat.holders, ...seat.deputies]),
      ...body.others,
      ...body.history,
    ]
    return memberships.map((membership) => ({
      body: body.name,
      person: membership.personName,
      organisation: membership.organisationName ?? '',
      role: ROLE_SV[membership.role],
      seat: membership.seatId ? (seatOf.get(membership.seatId) ?? '') : '',
      deputyFor: membership.deputyForName ?? '',
      from: membership.from,
      to: membership.to ?? '',
    }))
  })
  addTableSheet(
    workbook,
    'Uppdrag',
    [
      ['Organ', 'body'],
      ['Person', 'person'],
      ['Organisation', 'organisation'],
      ['Roll', 'role'],
      ['Plats', 'seat'],
      ['Personlig ersättare för', 'deputyFor'],
      ['Från', 'from'],
      ['Till', 'to'],
    ],
    assignments,
  )
  return excelBuffer(workbook)
}
