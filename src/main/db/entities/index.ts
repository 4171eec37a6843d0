import { Body, Membership, Organisation, Person, Seat } from './register.ts'

/** Every entity, listed explicitly (a bundle cannot glob). */
export const entities = [Organisation, Person, Body, Seat, Membership]
