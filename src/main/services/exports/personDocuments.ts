import type { EntityManager } from '@mikro-orm/sqlite'
import type { PersonRecords } from '../../exports/personExtractXlsx.ts'
import { containsPattern, queryRows, sql } from '../../db/sqlWhere.ts'

/**
 * A long text as the 300 characters around the first place the name stands (or its start), so the
 * reader sees where and how they are named.
 */
export function excerpt(text: string, name: string): string {
  if (text.length <= 300) return text
  const at = Math.max(0, text.toLocaleLowerCase('sv').indexOf(name.toLocaleLowerCase('sv')))
  const start = Math.max(0, Math.min(at - 140, text.length - 298))
  const end = Math.min(text.length, start + 298)
  return `${start > 0 ? '…' : ''}${text.slice(start, end).trim()}${end < text.length ? '…' : ''}`
}

/**
 * The documents outside the minutes that name the person: the goal document's draft and each saved
 * version (also as its author), workshop ideas, activities, the final report (also as signatory),
 * an organisation's contact line and an indicator's description.
 */
export async function personDocuments(
  em: EntityManager,
  person: { name: string },
): Promise<PersonRecords['documents']> {
  const like = containsPattern(person.name)
  const rows = await queryRows<{ document: string; where: string; text: string }>(
    em,
    sql`select 'Måldokument ' || d.title || ' (utkast)' as document, s.heading as "where", s.text as text
       from goal_section s join goal_document d on d.id = s.document_id
      where s.heading like ${like} escape '\\' or s.text like ${like} escape '\\'
     union all
     select 'Måldokument ' || d.title || ', version ' || v.number, 'Sparad av', v.comment
       from goal_version v join goal_document d on d.id = v.document_id
      where v.author like ${like} escape '\\' or v.comment like ${like} escape '\\'
     union all
     select 'Måldokument ' || d.title || ', version ' || v.number, vs.heading, vs.text
       from goal_version_section vs join goal_version v on v.id = vs.version_id
       join goal_document d on d.id = v.document_id
      where vs.heading like ${like} escape '\\' or vs.text like ${like} escape '\\'
     union all
     select 'Idé (' || b.name || ')', coalesce(i.source, ''), i.text
       from idea i join body b on b.id = i.body_id
      where i.text like ${like} escape '\\' or i.source like ${like} escape '\\'
     union all
     select 'Aktivitet', a.name, coalesce(a.description, '')
       from activity a
      where a.name like ${like} escape '\\' or a.description like ${like} escape '\\'
     union all
     select 'Slutrapport ' || g.case_number, 'Undertecknare', coalesce(s.title, '')
       from report_signatory s join final_report r on r.id = s.report_id join "grant" g on g.id = r.grant_id
      where s.name like ${like} escape '\\'
     union all
     select 'Slutrapport ' || g.case_number, 'Text',
            r.problem || ' ' || r.measures || ' ' || r.implementation || ' ' || r.actors_note || ' ' || r.results
       from final_report r join "grant" g on g.id = r.grant_id
      where r.problem like ${like} escape '\\' or r.measures like ${like} escape '\\'
         or r.implementation like ${like} escape '\\' or r.actors_note like ${like} escape '\\'
         or r.results like ${like} escape '\\'
     union all
     select 'Aktör ' || o.name, 'Kontakt', o.contact
       from organisation o where o.contact like ${like} escape '\\'
     union all
     select 'Indikator ' || n.name, 'Beskrivning', n.description
       from indicator n where n.description like ${like} escape '\\'
     order by 1, 2`,
  )
  return rows.map((row) => ({
    document: row.document,
    where: row.where,
    text: excerpt(row.text, person.name),
  }))
}
