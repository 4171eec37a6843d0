import type { EntityManager } from '@mikro-orm/sqlite'
import { z } from 'zod'
import { email as emailSchema, phone as phoneSchema } from '../../../shared/api/common.ts'
import { invalid } from '../../../shared/api/errors.ts'
import type { ImportPreviewDto, ImportRowDto } from '../../../shared/api/register.ts'
import { Organisation, Person, type IPerson } from '../../db/entities/register.ts'
import type { AreaHandlers } from '../types.ts'
import type { MemberRow } from './memberWorkbook.ts'
import { readMemberWorkbookIsolated } from './readWorkbookIsolated.ts'
import { decodeMessage, m, type Message } from '../../../shared/messages/index.ts'

interface PlannedRow extends ImportRowDto {
  source: MemberRow
  existing: IPerson | null
  organisationId: number | null
}

const firstMessage = (result: z.ZodSafeParseResult<unknown>): Message | null => {
  if (result.success) return null
  const issue = result.error.issues[0]
  return (issue && decodeMessage(issue.message)) ?? m('register.invalidValue')
}

async function plan(em: EntityManager, base64: string): Promise<PlannedRow[]> {
  const rows = await readMemberWorkbookIsolated(new Uint8Array(Buffer.from(base64, 'base64')))
  const organisations = await em.find(Organisation, {})
  const byOrganisationName = new Map(
    organisations.map((organisation) => [organisation.name.toLowerCase(), organisation]),
  )
  const people = await em.find(Person, {}, { populate: ['organisation'] })
  const seenEmails = new Set<string>()

  return rows.map((source) => {
    const errors: Message[] = []
    if (!source.name) errors.push(m('register.importNameMissing'))
    if (source.name.length > 200) errors.push(m('register.importNameTooLong', { max: 200 }))
    const organisation = source.organisationName
      ? byOrganisationName.get(source.organisationName.toLowerCase())
      : undefined
    if (source.organisationName && !organisation) {
      errors.push(m('register.importUnknownOrganisation', { name: source.organisationName }))
    }
    const emailError = firstMessage(emailSchema.safeParse(source.email))
    if (emailError) errors.push(emailError)
    const phoneError = firstMessage(phoneSchema.safeParse(source.phone))
    if (phoneError) errors.push(phoneError)
    const email = source.email.toLowerCase()
    if (email && seenEmails.has(email)) errors.push(m('register.importDuplicateEmail'))
    if (email) seenEmails.add(email)

    const existing =
      people.find((person) => email && person.email?.toLowerCase() === email) ??
      people.find(
        (person) =>
          person.name.toLowerCase() === source.name.toLowerCase() &&
          (person.organisation?.id ?? null) === (organisation?.id ?? null),
      ) ??
      null
    return {
      row: source.row,
      name: source.name,
      organisationName: organisation?.name ?? source.organisationName,
      action: errors.length > 0 ? 'error' : existing ? 'update' : 'create',
      errors,
      source,
      existing,
      organisationId: organisation?.id ?? null,
    }
  })
}

const summary = (rows: PlannedRow[]): ImportPreviewDto => ({
  rows: rows.map(({ row, name, organisationName, action, errors }) => ({
    row,
    name,
    organisationName,
    action,
    errors,
  })),
  createCount: rows.filter((row) => row.action === 'create').length,
  updateCount: rows.filter((row) => row.action === 'update').length,
  errorCount: rows.filter((row) => row.action === 'error').length,
})

export const importHandlers: Pick<
  AreaHandlers<'register'>,
  'register.previewMemberImport' | 'register.applyMemberImport'
> = {
  async 'register.previewMemberImport'({ em }, { file }) {
    return summary(await plan(em, file.base64))
  },
  async 'register.applyMemberImport'({ em }, { file }) {
    const rows = await plan(em, file.base64)
    const result = summary(rows)
    if (result.errorCount > 0) {
      throw invalid(m('register.importRowsWrong', { count: result.errorCount }), 'file')
    }
    if (rows.length === 0) throw invalid(m('register.importEmpty'), 'file')
    for (const row of rows) {
      const fields = {
        name: row.source.name,
        title: row.source.title || null,
        organisation:
          row.organisationId === null ? null : em.getReference(Organisation, row.organisationId),
        email: row.source.email || null,
        phone: row.source.phone || null,
      }
      if (row.existing) em.assign(row.existing, fields)
      else em.create(Person, fields)
    }
    await em.flush()
    return result
  },
}
