import type { BodyDetailDto, OrganisationDto, PersonDto } from '../../shared/api/register.ts'
import { BODY_KIND_SV, ORGANISATION_KIND_SV, ROLE_SV } from '../../shared/domain/register.ts'
import { addTableSheet, excelBuffer, excelWorkbook } from './excel.ts'

export interface RegisterExportData {
  organisations: OrganisationDto[]
  people: PersonDto[]
  bodies: BodyDetailDto[]
}

/** The register as a workbook: one sheet each for aktörer, personer, organ and uppdrag. */
export async function buildRegisterXlsx(data: RegisterExportData): Promise<Uint8Array> {
  const workbook = excelWorkbook('Rådsrum – register')
  addTableSheet(
    workbook,
    'Aktörer',
    [
      { header: 'Namn', key: 'name' },
      { header: 'Typ', key: 'kind' },
      { header: 'Kontakt', key: 'contact' },
      { header: 'Personer', key: 'people' },
      { header: 'Platser', key: 'seats' },
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
      { header: 'Namn', key: 'name' },
      { header: 'Titel', key: 'title' },
      { header: 'Organisation', key: 'organisation' },
      { header: 'E-post', key: 'email' },
      { header: 'Telefon', key: 'phone' },
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
      { header: 'Namn', key: 'name' },
      { header: 'Typ', key: 'kind' },
      { header: 'Område', key: 'area' },
      { header: 'Hör till', key: 'parent' },
      { header: 'Platser', key: 'seats' },
      { header: 'Vakanta platser', key: 'vacant' },
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
      { header: 'Organ', key: 'body' },
      { header: 'Person', key: 'person' },
      { header: 'Organisation', key: 'organisation' },
      { header: 'Roll', key: 'role' },
      { header: 'Plats', key: 'seat' },
      { header: 'Personlig ersättare för', key: 'deputyFor' },
      { header: 'Från', key: 'from' },
      { header: 'Till', key: 'to' },
    ],
    assignments,
  )
  return excelBuffer(workbook)
}
