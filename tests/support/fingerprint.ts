import { createHash } from 'node:crypto'
import type Database from 'better-sqlite3'

/** A checksum of the schema and every row of every table: equal fingerprints, equal databases. */
export function fingerprint(db: Database.Database): string {
  const hash = createHash('sha256')
  const tables = db
    .prepare("select name, sql from sqlite_master where name not like 'sqlite_%' order by name")
    .all() as { name: string; sql: string | null }[]
  for (const table of tables) {
    hash.update(`${table.name}\n${table.sql ?? ''}\n`)
    const isTable =
      (
        db.prepare('select type from sqlite_master where name = ?').get(table.name) as {
          type: string
        }
      ).type === 'table'
    if (!isTable) continue
    // WITHOUT ROWID tables (such as FTS5's shadow tables) have no rowid: order them by their key.
    const withoutRowid = /without\s+rowid/i.test(table.sql ?? '')
    const order = withoutRowid ? '1' : 'rowid'
    for (const row of db
      .prepare(`select * from "${table.name.replaceAll('"', '""')}" order by ${order}`)
      .iterate())
      hash.update(JSON.stringify(row))
  }
  return hash.digest('hex')
}
