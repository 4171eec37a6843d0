import { safeFileName } from '../../../shared/domain/format.ts'
import { buildDocument } from '../../workers/buildDocument.ts'
import { bodyHandlers } from '../register/bodies.ts'
import { organisationHandlers } from '../register/organisations.ts'
import { peopleHandlers } from '../register/people.ts'
import type { AreaHandlers } from '../types.ts'
import { workbookMeta } from './secretary.ts'

export const registerExportHandlers: Pick<AreaHandlers<'exports'>, 'exports.registerXlsx'> = {
  async 'exports.registerXlsx'(ctx) {
    const organisations = await organisationHandlers['register.listOrganisations'](ctx, {
      search: null,
    })
    const people = await peopleHandlers['register.listPeople'](ctx, { search: null })
    const bodies = await bodyHandlers['register.listBodies'](ctx, {})
    const details = []
    for (const body of bodies)
      details.push(await bodyHandlers['register.getBody'](ctx, { id: body.id, on: null }))
    return {
      fileName: safeFileName(`Register ${ctx.clock.today()}.xlsx`),
      data: buildDocument(
        'registerXlsx',
        { organisations, people, bodies: details },
        await workbookMeta(ctx, null),
      ),
    }
  },
}
