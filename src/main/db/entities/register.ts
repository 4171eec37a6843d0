import { defineEntity, p, type InferEntity } from '@mikro-orm/core'
import type { BodyKind, OrganisationKind, Role } from '../../../shared/domain/register.ts'

export const Organisation = defineEntity({
  name: 'Organisation',
  properties: {
    id: p.integer().primary(),
    name: p.string().length(200).unique(),
    kind: p.string().length(40).$type<OrganisationKind>(),
    contact: p.string().length(500).nullable(),
    createdAt: p.datetime().onCreate(() => new Date()),
    updatedAt: p
      .datetime()
      .onCreate(() => new Date())
      .onUpdate(() => new Date()),
  },
})
export type IOrganisation = InferEntity<typeof Organisation>

export const Person = defineEntity({
  name: 'Person',
  properties: {
    id: p.integer().primary(),
    name: p.string().length(200).index(),
    title: p.string().length(200).nullable(),
    organisation: () => p.manyToOne(Organisation).nullable().index(),
    email: p.string().length(254).nullable(),
    phone: p.string().length(40).nullable(),
    createdAt: p.datetime().onCreate(() => new Date()),
    updatedAt: p
      .datetime()
      .onCreate(() => new Date())
      .onUpdate(() => new Date()),
  },
})
export type IPerson = InferEntity<typeof Person>

export const Body = defineEntity({
  name: 'Body',
  properties: {
    id: p.integer().primary(),
    name: p.string().length(200).unique(),
    kind: p.string().length(20).$type<BodyKind>(),
    area: p.string().length(200).nullable(),
    parent: () => p.manyToOne(Body).nullable().index(),
    createdAt: p.datetime().onCreate(() => new Date()),
    updatedAt: p
      .datetime()
      .onCreate(() => new Date())
      .onUpdate(() => new Date()),
  },
})
export type IBody = InferEntity<typeof Body>

/** A seat in a body, held for an organisation. */
export const Seat = defineEntity({
  name: 'Seat',
  properties: {
    id: p.integer().primary(),
    body: () => p.manyToOne(Body).index(),
    organisation: () => p.manyToOne(Organisation).index(),
    label: p.string().length(200),
    position: p.integer().default(0),
  },
})
export type ISeat = InferEntity<typeof Seat>

/**
 * A person's role in a body for a term. Ordinary members hold a seat; a deputy serves either
 * for the seat (seat set) or for one member personally (deputyFor set). Ending a term keeps the row.
 */
export const Membership = defineEntity({
  name: 'Membership',
  properties: {
    id: p.integer().primary(),
    body: () => p.manyToOne(Body).index(),
    person: () => p.manyToOne(Person).index(),
    role: p.string().length(20).$type<Role>(),
    seat: () => p.manyToOne(Seat).nullable().index(),
    deputyFor: () => p.manyToOne(Membership).nullable().index(),
    from: p.string().length(10).fieldName('from_date'),
    to: p.string().length(10).nullable().fieldName('to_date'),
    createdAt: p.datetime().onCreate(() => new Date()),
  },
})
export type IMembership = InferEntity<typeof Membership>
