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
  records: PersonRecords
  /** Backups that may still hold what has since been changed or erased. */
  backups: { fileName: string; takenAt: string }[]
  /** The council the register belongs to, and its secretary (the contact for the controller). */
  councilName: string
  secretary: { name: string; email: string | null; phone: string | null } | null
}

/** The person's traces in meetings and minutes (see services/exports/personRecords.ts). */
export interface PersonRecords {
  attendance: {
    date: string
    body: string
    status: string
    repliedOn: string
    servingFor: string
    note: string
  }[]
  servedBy: { date: string; body: string; deputy: string }[]
  actions: { description: string; body: string; decided: string; dueDate: string; status: string }[]
  adjusted: { date: string; body: string; adjustedOn: string }[]
  named: { date: string; body: string; where: string; text: string }[]
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
  const { records } = data
  addTableSheet(
    workbook,
    'Närvaro',
    [
      { header: 'Datum', key: 'date' },
      { header: 'Organ', key: 'body' },
      { header: 'Närvaro', key: 'status' },
      { header: 'Svarade', key: 'repliedOn' },
      { header: 'Tjänstgjorde för', key: 'servingFor' },
      { header: 'Anteckning', key: 'note' },
    ],
    records.attendance,
  )
  addTableSheet(
    workbook,
    'Ersatt av',
    [
      { header: 'Datum', key: 'date' },
      { header: 'Organ', key: 'body' },
      { header: 'Tjänstgörande ersättare', key: 'deputy' },
    ],
    records.servedBy,
  )
  addTableSheet(
    workbook,
    'Ansvar för åtgärder',
    [
      { header: 'Uppdrag', key: 'description', width: 40 },
      { header: 'Organ', key: 'body' },
      { header: 'Beslutat', key: 'decided' },
      { header: 'Klart senast', key: 'dueDate' },
      { header: 'Status', key: 'status' },
    ],
    records.actions,
  )
  addTableSheet(
    workbook,
    'Justerare',
    [
      { header: 'Mötesdatum', key: 'date' },
      { header: 'Organ', key: 'body' },
      { header: 'Justerat', key: 'adjustedOn' },
    ],
    records.adjusted,
  )
  addTableSheet(
    workbook,
    'Nämnd i protokoll',
    [
      { header: 'Datum', key: 'date' },
      { header: 'Organ', key: 'body' },
      { header: 'Var', key: 'where' },
      { header: 'Text', key: 'text', width: 60 },
    ],
    records.named,
  )
  addTableSheet(
    workbook,
    'Säkerhetskopior',
    [
      { header: 'Säkerhetskopia', key: 'fileName' },
      { header: 'Tagen', key: 'takenAt' },
    ],
    data.backups,
  )
  const contact = data.secretary
    ? [data.secretary.name, data.secretary.email, data.secretary.phone].filter(Boolean).join(', ')
    : 'sekreteraren'
  addTableSheet(
    workbook,
    'Om utdraget',
    [{ header: 'Om registerutdraget', key: 'text', width: 100 }],
    [
      `Utdraget är skapat ${data.today} ur Rådsrum, sekreterarverktyget för ${data.councilName} och dess lokala trygghetsgrupper.`,
      'Det innehåller alla uppgifter som finns sparade om personen: personuppgifter, uppdrag i råd och grupper med historik, närvaro vid varje möte, tjänstgöring som ersättare, ansvar för åtgärder, uppdrag som justerare och varje paragraf, beslut, dagordningspunkt och lägesbild där namnet förekommer.',
      `Personuppgiftsansvarig: den kommun (nämnd) som ${data.councilName} hör till. Kontakt: ${contact}.`,
      'Ändamål: att kalla till möten, föra närvaro och protokoll och följa upp beslut och åtgärder i trygghetsrådet och de lokala trygghetsgrupperna.',
      'Rättslig grund: allmänt intresse och myndighetsutövning (artikel 6.1 e i dataskyddsförordningen) samt arkivlagens krav på att protokoll bevaras.',
      'Namnet finns kvar i protokoll och närvaro, som är allmänna handlingar. E-post, telefon och titel kan raderas på begäran.',
      `Säkerhetskopiorna på bladet Säkerhetskopior (${data.backups.length} st.) kan innehålla uppgifter som sedan har ändrats eller raderats. De roteras bort automatiskt och återställs aldrig utan att raderingarna görs om.`,
      'Du har rätt att begära rättelse eller radering och att klaga hos Integritetsskyddsmyndigheten (IMY), imy.se, Box 8114, 104 20 Stockholm.',
    ].map((text) => ({ text })),
  )
  return excelBuffer(workbook)
}
