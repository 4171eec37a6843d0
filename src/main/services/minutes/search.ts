import type { SearchHitDto } from '../../../shared/api/minutes.ts'
import type { AreaHandlers } from '../types.ts'
import { queryRows, sql } from '../../db/sqlWhere.ts'

const KINDS: SearchHitDto['kind'][] = ['paragraph', 'decision', 'action', 'situation']

/**
 * The secretary's words as an FTS5 query: every word must occur, each as a prefix ("klotter"
 * finds "klottret"). Only letters and digits pass, so no input can break the query syntax.
 */
export function ftsQuery(text: string): string | null {
  const words = text.toLocaleLowerCase('sv').match(/[\p{L}\p{N}]+/gu) ?? []
  return words.length === 0
    ? null
    : words
        .slice(0, 12)
        .map((word) => `"${word}"*`)
        .join(' ')
}

/**
 * Full-text search with SQLite FTS5 (the index `minutes_search`, kept by triggers): the latest
 * matches first (rowids grow with time, and FTS5 walks them backwards without sorting every
 * match). A hit in a decision or action item opens its §; a situation picture opens the
 * meeting's Lägesbild §.
 */
export const searchHandlers: Pick<AreaHandlers<'minutes'>, 'minutes.search'> = {
  async 'minutes.search'({ em }, { query, limit }) {
    const match = ftsQuery(query)
    if (!match) return []
    const rows = await queryRows<{
      kind: number
      snippet: string
      meeting_id: number
      body_name: string
      date: string
      paragraph_id: number | null
      number: number | null
      title: string | null
    }>(
      em,
      sql`with hits as (
         select rowid % 4 as kind, rowid / 4 as ref, snippet(minutes_search, 0, '[[', ']]', '…', 16) as snippet, rowid as rank
         from minutes_search where minutes_search match ${match} order by rowid desc limit ${limit}
       )
       select h.kind, h.snippet, mt.id as meeting_id, b.name as body_name, mt.date, tp.id as paragraph_id, tp.number, tp.title
       from hits h
       left join decision d on h.kind = 1 and d.id = h.ref
       left join action_item a on h.kind = 2 and a.id = h.ref
       left join situation_report s on h.kind = 3 and s.id = h.ref
       left join minutes sm on sm.meeting_id = s.meeting_id
       left join minutes_paragraph tp on tp.id = case h.kind when 0 then h.ref when 1 then d.paragraph_id when 2 then a.paragraph_id
         else (select sp.id from minutes_paragraph sp where sp.minutes_id = sm.id and sp.standing_key = 'situation' limit 1) end
       left join minutes m on m.id = tp.minutes_id
       join meeting mt on mt.id = coalesce(m.meeting_id, s.meeting_id)
       join body b on b.id = mt.body_id
       order by mt.date desc, h.rank desc`,
    )
    return rows.map((row) => ({
      kind: KINDS[row.kind]!,
      meetingId: row.meeting_id,
      bodyName: row.body_name,
      date: row.date,
      paragraphId: row.paragraph_id,
      paragraph: row.number,
      // The § the hit opens, by the title the minutes gave it (data, like every hit's title).
      title: row.title ?? '',
      snippet: row.snippet.replace(/\s+/g, ' '),
    }))
  },
}
