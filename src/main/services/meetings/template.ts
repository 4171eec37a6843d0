import { conflict } from '../../../shared/api/errors.ts'
import { AgendaItem, AgendaTemplateItem } from '../../db/entities/meetings.ts'
import { findBody } from '../register/bodies.ts'
import type { AreaHandlers } from '../types.ts'
import { templateDto, templateFor } from './load.ts'
import { m } from '../../../shared/messages/index.ts'

export const templateHandlers: Pick<
  AreaHandlers<'meetings'>,
  'meetings.getTemplate' | 'meetings.saveTemplate'
> = {
  async 'meetings.getTemplate'({ em }, { bodyId }) {
    return (await templateFor(em, await findBody(em, bodyId))).map(templateDto)
  },
  async 'meetings.saveTemplate'({ em, clock }, { bodyId, items }) {
    const body = await findBody(em, bodyId)
    const before = await templateFor(em, body)
    const known = new Set(before.map((item) => item.key))
    const kept = new Set(
      items.map((item) => item.key).filter((key): key is string => !!key && known.has(key)),
    )
    const removed = before.filter((item) => !kept.has(item.key))
    if (removed.length > 0) {
      const inUse = await em.find(
        AgendaItem,
        {
          standingKey: { $in: removed.map((item) => item.key) },
          meeting: {
            body: bodyId,
            date: { $gte: clock.today() },
            status: { $in: ['planned', 'noticeSent'] },
          },
        },
        { populate: ['meeting'], orderBy: { meeting: { date: 'asc' } } },
      )
      if (inUse.length > 0) {
        const first = inUse[0]!
        const dates = [...new Set(inUse.map((item) => item.meeting.date))]
        throw conflict(
          m('meetings.templateItemInUse', {
            title: first.title,
            count: dates.length,
            dates: `${dates.slice(0, 3).join(', ')}${dates.length > 3 ? ' …' : ''}`,
          }),
        )
      }
    }
    let next = before.reduce(
      (max, item) => Math.max(max, Number(/^item-(\d+)$/.exec(item.key)?.[1] ?? 0)),
      0,
    )
    const stored = new Map(
      (await em.find(AgendaTemplateItem, { body: bodyId })).map((row) => [row.key, row]),
    )
    const seen = new Set<string>()
    items.forEach((item, position) => {
      let key = item.key && known.has(item.key) && !seen.has(item.key) ? item.key : null
      if (!key) {
        next += 1
        key = `item-${next}`
      }
      seen.add(key)
      const fields = {
        position,
        title: item.title,
        description: item.description,
        kind: item.kind,
        plannedMinutes: item.plannedMinutes,
        recurring: item.recurring,
      }
      const row = stored.get(key)
      if (row) em.assign(row, fields)
      else em.create(AgendaTemplateItem, { body, key, ...fields })
    })
    for (const [key, row] of stored) if (!seen.has(key)) em.remove(row)
    await em.flush()
    return (await templateFor(em, body)).map(templateDto)
  },
}
