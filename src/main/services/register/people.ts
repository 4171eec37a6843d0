import type { EntityManager } from '@mikro-orm/sqlite'
import { notFound } from '../../../shared/api/errors.ts'
import type { PersonDto } from '../../../shared/api/register.ts'
import { Organisation, Person, type IPerson } from '../../db/entities/register.ts'
import type { AreaHandlers } from '../types.ts'

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
  if (!organisation) throw notFound('Aktören')
  return organisation
}

export const peopleHandlers: Pick<
  AreaHandlers<'register'>,
  'register.listPeople' | 'register.createPerson' | 'register.updatePerson'
> = {
  async 'register.listPeople'({ em }, { search, organisationId }) {
    const people = await em.find(
      Person,
      {
        ...(search ? { name: { $like: `%${search}%` } } : {}),
        ...(organisationId ? { organisation: organisationId } : {}),
      },
      { orderBy: { name: 'asc' }, populate: ['organisation'] },
    )
    return people.map(personDto)
  },
  async 'register.createPerson'({ em }, { organisationId, ...fields }) {
    const person = em.create(Person, { ...fields, organisation: await organisationRef(em, organisationId) })
    await em.flush()
    return personDto(person)
  },
  async 'register.updatePerson'({ em }, { id, organisationId, ...fields }) {
    const person = await em.findOne(Person, { id }, { populate: ['organisation'] })
    if (!person) throw notFound('Personen')
    em.assign(person, { ...fields, organisation: await organisationRef(em, organisationId) })
    await em.flush()
    return personDto(person)
  },
}
