import type { EntityManager } from '@mikro-orm/sqlite'
import { MIGRATIONS_TABLE } from './config.ts'
import { rawSql, runSql, sql } from './sqlWhere.ts'

/**
 * A write as the transaction's first statement makes it IMMEDIATE: MikroORM begins DEFERRED, and a
 * transaction that has read first cannot wait for another process's write (SQLite answers BUSY at
 * once, without the busy timeout). Taken up front, the lock waits up to busy_timeout, then BUSY.
 */
export const takeWriteLock = (em: EntityManager) =>
  runSql(em, sql`update ${rawSql(MIGRATIONS_TABLE)} set id = id where 0`)

/**
 * After erasing personal data, outside any transaction: secure_delete (open.ts) has zeroed the freed
 * bytes in the new page versions; the checkpoint writes those over the old pages in the database
 * file and empties the WAL, so the erased text is nowhere in the files (backups: see their retention).
 */
export async function wipeFreedPages(em: EntityManager): Promise<void> {
  const native = await em.getConnection().getNativeClient()
  native.pragma('wal_checkpoint(TRUNCATE)')
}
