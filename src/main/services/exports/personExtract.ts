import { notFound } from '../../../shared/api/errors.ts'
import { safeFileName } from '../../../shared/domain/format.ts'
import { Body, Membership, Person } from '../../db/entities/register.ts'
import { buildDocument } from '../../workers/buildDocument.ts'
import { membershipDto } from '../register/bodies.ts'
import type { AreaHandlers } from '../types.ts'
import { withDeputyFor } from '../register/deputies.ts'
import { personRecords } from './personRecords.ts'
import { secretaryContact } from './secretary.ts'

/** Swedish local time, e.g. 2026-11-25 19:15. */
const stockholm = new Intl.DateTimeFormat('sv-SE', {
  dateStyle: 'short',
  timeStyle: 'short',
  timeZone: 'Europe/Stockholm',
})
const iso = (date: Date) => stockholm.format(date)

export const personExtractHandlers: Pick<AreaHandlers<'exports'>, 'exports.personExtractXlsx'> = {
  async 'exports.personExtractXlsx'({ em, clock, database }, { personId }) {
    const person = await em.findOne(Person, { id: personId }, { populate: ['organisation'] })
    if (!person) throw notFound('person')
    const memberships = await withDeputyFor(
      em,
      await em.find(
        Membership,
        { person: personId },
        {
          populate: ['body', 'seat', 'person.organisation', 'deputyFor'],
          orderBy: { from: 'desc', id: 'desc' },
        },
      ),
    )
    const today = clock.today()
    const council = await em.findOne(Body, { kind: 'council' }, { orderBy: { id: 'asc' } })
    const secretary = await secretaryContact(em, council?.id ?? null, today)
    return {
      fileName: safeFileName(`Registerutdrag ${person.name} ${today}.xlsx`),
      data: buildDocument('personExtractXlsx', {
        today,
        person: {
          id: person.id,
          name: person.name,
          title: person.title ?? null,
          organisationName: person.organisation?.name ?? null,
          email: person.email ?? null,
          phone: person.phone ?? null,
          createdAt: iso(person.createdAt),
          updatedAt: iso(person.updatedAt),
        },
        memberships: memberships.map((membership) => ({
          ...membershipDto(membership, today),
          bodyName: membership.body.name,
          seatLabel: membership.seat?.label ?? null,
        })),
        records: await personRecords(em, person),
        backups: (database?.backups.list() ?? []).map((backup) => ({
          fileName: backup.fileName,
          takenAt: iso(new Date(backup.takenAt)),
        })),
        councilName: council?.name ?? 'trygghetsrådet',
        secretary,
      }),
    }
  },
}
