import { notFound } from '../../../shared/api/errors.ts'
import { Person } from '../../db/entities/register.ts'
import { takeWriteLock, wipeFreedPages } from '../../db/transactions.ts'
import type { AreaHandlers } from '../types.ts'
import { personDto } from './people.ts'

export const personalDataHandlers: Pick<AreaHandlers<'register'>, 'register.erasePersonContact'> = {
  async 'register.erasePersonContact'(ctx, { id }) {
    const erased = await ctx.em.transactional(async (em) => {
      await takeWriteLock(em)
      const person = await em.findOne(Person, { id }, { populate: ['organisation'] })
      if (!person) throw notFound('person')
      // The name stays: it is part of the council's records (minutes, attendance, memberships).
      em.assign(person, { email: null, phone: null, title: null })
      await em.flush()
      return personDto(person)
    })
    await wipeFreedPages(ctx.em)
    return erased
  },
}
