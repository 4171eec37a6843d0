import type { MembershipDto } from '../../shared/api/register.ts'
import { ROLE_SV } from '../../shared/domain/register.ts'
import { addTableSheet, excelBuffer, excelWorkbook } from './excel.ts'

export interface PersonExtractData {
  today: string
  person: {
    id: number
    name: string
    title: string | null
    organisationName: string | null
    email: string | null
    phone: string | null
    createdAt: string
    updatedAt: string
  }
  memberships: (MembershipDto & { bodyName: string; seatLabel: string | null })[]
}

/** A register extract (registerutdrag, GDPR art. 15): every field stored about one person. */
export async function buildPersonExtractXlsx(data: PersonExtractData): Promise<Uint8Array> {
  const workbook = excelWorkbook(`Registerutdrag – ${data.person.name}`)
  const { person } = data
  addTableSheet(
    workbook,
    'Personuppgifter',
    [
      { header: 'Uppgift', key: 'field', width: 24 },
      { header: 'Värde', key: 'value', width: 40 },
    ],
    [
      { field: 'Namn', value: person.name },
      { field: 'Titel', value: person.title ?? '' },
      { field: 'Organisation', value: person.organisationName ?? '' },
      { field: 'E-post', value: person.email ?? '' },
      { field: 'Telefon', value: person.phone ?? '' },
      { field: 'Registrerad', value: person.createdAt },
      { field: 'Senast ändrad', value: person.updatedAt },
      { field: 'Id i registret', value: String(person.id) },
    ],
  )
  addTableSheet(
    workbook,
    'Uppdrag',
    [
      { header: 'Organ', key: 'body' },
      { header: 'Roll', key: 'role' },
      { header: 'Plats', key: 'seat' },
      { header: 'Personlig ersättare för', key: 'deputyFor' },
      { header: 'Från', key: 'from' },
      { header: 'Till', key: 'to' },
    ],
    data.memberships.map((membership) => ({
      body: membership.bodyName,
      role: ROLE_SV[membership.role],
      seat: membership.seatLabel ?? '',
      deputyFor: membership.deputyForName ?? '',
      from: membership.from,
      to: membership.to ?? '',
    })),
  )
  addTableSheet(
    workbook,
    'Om utdraget',
    [{ header: 'Om registerutdraget', key: 'text', width: 100 }],
    [
      { text: `Utdraget är skapat ${data.today} ur Rådsrum, trygghetsrådets sekreterarverktyg.` },
      {
        text: 'Det innehåller alla uppgifter som finns sparade om personen: personuppgifter och uppdrag i råd och grupper, med historik.',
      },
      {
        text: 'Uppgifterna används för att kalla till möten, föra närvaro och protokoll. Namnet finns kvar i protokoll och historik;',
      },
      {
        text: 'e-post, telefon och titel kan raderas på begäran. Säkerhetskopior av databasen sparas i upp till ett år och raderas sedan automatiskt.',
      },
    ],
  )
  return excelBuffer(workbook)
}
