import type { MembershipDto } from '../../shared/api/register.ts'
import { ROLE_SV } from '../../shared/domain/register.ts'
import { addTableSheet, excelBuffer, excelWorkbook, type Column } from './excel.ts'

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
    /** Late arrival or early leaving: "från … till och med …", empty when present throughout. */
    presence: string
    note: string
  }[]
  servedBy: { date: string; body: string; deputy: string }[]
  actions: { description: string; body: string; decided: string; dueDate: string; status: string }[]
  adjusted: { date: string; body: string; adjustedOn: string }[]
  named: { date: string; body: string; where: string; text: string }[]
  /** Goal documents, ideas, activities, the final report … that name the person. */
  documents: { document: string; where: string; text: string }[]
}

/** A register extract (registerutdrag, GDPR art. 15): every field stored about one person. */
export async function buildPersonExtractXlsx(data: PersonExtractData): Promise<Uint8Array> {
  const workbook = excelWorkbook(`Registerutdrag – ${data.person.name}`, {
    author: data.secretary?.name ?? null,
    day: data.today,
  })
  const { person } = data
  addTableSheet(
    workbook,
    'Personuppgifter',
    [
      ['Uppgift', 'field', 24],
      ['Värde', 'value', 40],
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
      ['Organ', 'body'],
      ['Roll', 'role'],
      ['Plats', 'seat'],
      ['Personlig ersättare för', 'deputyFor'],
      ['Från', 'from'],
      ['Till', 'to'],
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
  // Each sheet: its name, its columns as [header, key, width], and its rows.
  const sheets: [string, Column[], Record<string, string>[]][] = [
    [
      'Närvaro',
      [
        ['Datum', 'date'],
        ['Organ', 'body'],
        ['Närvaro', 'status'],
        ['Svarade', 'repliedOn'],
        ['Tjänstgjorde för', 'servingFor'],
        ['Närvarande del av mötet', 'presence', 30],
        ['Anteckning', 'note'],
      ],
      records.attendance,
    ],
    [
      'Ersatt av',
      [
        ['Datum', 'date'],
        ['Organ', 'body'],
        ['Tjänstgörande ersättare', 'deputy'],
      ],
      records.servedBy,
    ],
    [
      'Ansvar för åtgärder',
      [
        ['Uppdrag', 'description', 40],
        ['Organ', 'body'],
        ['Beslutat', 'decided'],
        ['Klart senast', 'dueDate'],
        ['Status', 'status'],
      ],
      records.actions,
    ],
    [
      'Justerare',
      [
        ['Mötesdatum', 'date'],
        ['Organ', 'body'],
        ['Justerat', 'adjustedOn'],
      ],
      records.adjusted,
    ],
    [
      'Nämnd i protokoll',
      [
        ['Datum', 'date'],
        ['Organ', 'body'],
        ['Var', 'where'],
        ['Text', 'text', 60],
      ],
      records.named,
    ],
    [
      'Nämnd i dokument',
      [
        ['Dokument', 'document', 36],
        ['Var', 'where', 24],
        ['Text', 'text', 60],
      ],
      records.documents,
    ],
    [
      'Säkerhetskopior',
      [
        ['Säkerhetskopia', 'fileName'],
        ['Tagen', 'takenAt'],
      ],
      data.backups,
    ],
  ]
  for (const [name, columns, rows] of sheets) addTableSheet(workbook, name, columns, rows)
  const contact = data.secretary
    ? [data.secretary.name, data.secretary.email, data.secretary.phone].filter(Boolean).join(', ')
    : 'sekreteraren'
  addTableSheet(
    workbook,
    'Om utdraget',
    [['Om registerutdraget', 'text', 100]],
    [
      `Utdraget är skapat ${data.today} ur Rådsrum, sekreterarverktyget för ${data.councilName} och dess lokala trygghetsgrupper.`,
      'Det innehåller alla uppgifter som finns sparade om personen: personuppgifter, uppdrag i råd och grupper med historik, närvaro vid varje möte (med sen ankomst och tidig avgång), tjänstgöring som ersättare och vilka ersättare som tjänstgjort för personen, ansvar för åtgärder, uppdrag som justerare, varje paragraf, beslut, uppdrag, dagordningspunkt, närvaroanteckning och lägesbild där namnet förekommer, och måldokument, idéer, aktiviteter, slutrapporter, aktörer och indikatorer som nämner personen.',
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
