import { invalid } from '../../../shared/api/errors.ts'
import { safeFileName } from '../../../shared/domain/format.ts'
import { buildDocument } from '../../workers/buildDocument.ts'
import { budgetYears } from '../budget/activities.ts'
import type { AreaHandlers } from '../types.ts'
import { m } from '../../../shared/messages/index.ts'
import { workbookMeta } from './secretary.ts'

export const budgetExportHandlers: Pick<AreaHandlers<'exports'>, 'exports.budgetXlsx'> = {
  async 'exports.budgetXlsx'(ctx, { year }) {
    const { em } = ctx
    const years = await budgetYears(em, { year, grantId: null })
    if (years.length === 0) {
      throw year === null
        ? invalid(m('exports.noBudget'))
        : invalid(m('exports.noBudgetYear', { year }), 'year')
    }
    const span =
      year ??
      (years.length === 1
        ? String(years[0]!.year)
        : `${years[0]!.year}–${years[years.length - 1]!.year}`)
    return {
      fileName: safeFileName(`Budget ${span}.xlsx`),
      data: buildDocument('budgetXlsx', years, `Budget ${span}`, await workbookMeta(ctx, null)),
    }
  },
}
