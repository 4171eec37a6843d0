import type { EntityManager } from '@mikro-orm/sqlite'
import { conflict, notFound } from '../../../shared/api/errors.ts'
import type { OrganisationDto } from '../../../shared/api/register.ts'
import { Organisation, Person, Seat, type IOrganisation } from '../../db/entities/register.ts'
import type { AreaHandlers } from '../types.ts'
import { queryRows, sql } from '../../db/sqlWhere.ts'
import { m } from '../../../shared/messages/index.ts'

async function toDtos(
  em: EntityManager,
  organisations: IOrganisation[],
): Promise<OrganisationDto[]> {
  if (organisations.length === 0) return []
  const ids = organisations.map((organisation) => organisation.id)
  const people = await queryRows<{ id: number; n: number }>(
    em,
    sql`select organisation_id as id, count(*) as n from person where organisation_id in (${ids}) group by organisation_id`,
  )
  const seats = await queryRows<{ id: number; n: number }>(
    em,
    sql`select organisation_id as id, count(*) as n from seat where organisation_id in (${ids}) group by organisation_id`,
  )
  const peopleBy = new Map(people.map((row) => [row.id, row.n]))
  const seatsBy = new Map(seats.map((row) => [row.id, row.n]))
  return organisations.map((organisation) => ({
    id: organisation.id,
    name: organisation.name,
    kind: organisation.kind,
    contact: organisation.contact ?? null,
    peopleCount: peopleBy.get(organisation.id) ?? 0,
    seatCount: seatsBy.get(organisation.id) ?? 0,
  }))
}

async function findOrganisation(em: EntityManager, id: number) {
  const organisation = await em.findOne(Organisation, { id })
  if (!organisation) throw notFound('organisation')
  return organisation
}

async function assertNameFree(em: EntityManager, name: string, exceptId?: number) {
  const existing = await em.findOne(Organisation, { name })
  if (existing && existing.id !== exceptId)
    throw conflict(m('register.organisationExists', { name }))
}

export const organisationHandlers: Pick<
  AreaHandlers<'register'>,
  | 'register.listOrganisations'
  | 'register.createOrganisation'
  | 'register.updateOrganisation'
  | 'register.deleteOrganisation'
> = {
  async 'register.listOrganisations'({ em }, { search }) {
    const where = search ? { name: { $like: `%${search}%` } } : {}
    return toDtos(em, await em.find(Organisation, where, { orderBy: { name: 'asc' } }))
  },
  async 'register.createOrganisation'({ em }, input) {
    await assertNameFree(em, input.name)
    const organisation = em.create(Organisation, input)
    await em.flush()
    return (await toDtos(em, [organisation]))[0]!
  },
  async 'register.updateOrganisation'({ em }, { id, ...fields }) {
    const organisation = await findOrganisation(em, id)
    await assertNameFree(em, fields.name, id)
    em.assign(organisation, fields)
    await em.flush()
    return (await toDtos(em, [organisation]))[0]!
  },
  async 'register.deleteOrganisation'({ em }, { id }) {
    const organisation = await findOrganisation(em, id)
    const [people, seats] = await Promise.all([
      em.count(Person, { organisation: id }),
      em.count(Seat, { organisation: id }),
    ])
    if (people > 0 || seats > 0) {
      throw conflict(m('register.organisationInUse', { name: organisation.name, people, seats }))
    }
    em.remove(organisation)
    await em.flush()
    return { deleted: true }
  },
}
