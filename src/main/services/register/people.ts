import type { EntityManager } from '@mikro-orm/sqlite'
import { notFound } from '../../../shared/api/errors.ts'
import type { PersonDto } from '../../../shared/api/register.ts'
import { Organisation, Person, type IPerson } from '../../db/entities/register.ts'
import type { AreaHandlers } from '../types.ts'
import { containsPattern, queryRows, sql, sqlConditions } from '../../db/sqlWhere.ts'

export const personDto = (person: IPerson): PersonDto => ({
  id: person.id,
  name: person.name,
  title: person.title ?? null,
  organisationId: person.organisation?.id ?? null,
  organisationName: person.organisation?.name ?? null,
  email: person.email ?? null,
  phone: person.phone ?? null,
})

async function organisationRef(em: EntityManager, organisationId: number | null) {
  if (organisationId === null) return null
  const organisation = await em.findOne(Organisation, { id: organisationId })
  if (!organisation) throw notFound('organisation')
  return organisation
}

export const peopleHandlers: Pick<
  AreaHandlers<'register'>,
  'register.listPeople' | 'register.createPerson' | 'register.updatePerson'
> = {
  async 'register.listPeople'({ em }, { search, organisationId }) {
    // One projection rather than entities: hydrating 1 700 people took 60 ms (npm run bench).
    const conditions = sqlConditions()
      .when(search, sql`p.name like ${containsPattern(search ?? '')} escape '\\'`)
      .when(organisationId, sql`p.organisation_id = ${organisationId}`)
    const rows = await queryRows<{
      id: number
      name: string
      title: string | null
      organisation_id: number | null
      organisation_name: string | null
      email: string | null
      phone: string | null
    }>(
      em,
      sql`select p.id, p.name, p.title, p.organisation_id, o.name as organisation_name, p.email, p.phone
            from person p left join organisation o on o.id = p.organisation_id
           where ${conditions}
           order by p.name, p.id`,
    )
    return rows.map((row) => ({
      id: row.id,
      name: row.name,
      title: row.title,
      organisationId: row.organisation_id,
      organisationName: row.organisation_name,
      email: row.email,
      phone: row.phone,
    }))
  },
  async 'register.createPerson'({ em }, { organisationId, ...fields }) {
    const person = em.create(Person, {
      ...fields,
      organisation: await organisationRef(em, organisationId),
    })
    await em.flush()
    return personDto(person)
  },
  async 'register.updatePerson'({ em }, { id, organisationId, ...fields }) {
    const person = await em.findOne(Person, { id }, { populate: ['organisation'] })
    if (!person) throw notFound('person')
    em.assign(person, { ...fields, organisation: await organisationRef(em, organisationId) })
    await em.flush()
    return personDto(person)
  },
}
