// Child process for the crash test (run with plain `node`: Node 24 strips the types).
// Writes multi-row transactions with the app's own pragmas (applyPragmas, as openDatabase sets
// them) and acknowledges each commit on stdout, until the parent kills it with SIGKILL.
import Database from 'better-sqlite3'
import { applyPragmas } from '../../src/main/db/pragmas.ts'

const [path, rowsArg] = process.argv.slice(2)
const ROWS = Number(rowsArg ?? 5)
const db = new Database(path!, { timeout: 5000 })
applyPragmas(db)
db.exec(`create table if not exists crash_batch (id integer primary key, rows integer not null);
  create table if not exists crash_row (batch integer not null references crash_batch(id), n integer not null, payload text not null)`)
const insertBatch = db.prepare('insert into crash_batch (id, rows) values (?, ?)')
const insertRow = db.prepare('insert into crash_row (batch, n, payload) values (?, ?, ?)')
const write = db.transaction((batch: number) => {
  insertBatch.run(batch, ROWS)
  for (let n = 0; n < ROWS; n++)
    insertRow.run(batch, n, `rad ${n} i transaktion ${batch} `.repeat(20))
})
let next =
  ((db.prepare('select max(id) as id from crash_batch').get() as { id: number | null }).id ?? 0) + 1
// The settings in force, for the parent to check: synchronous=2 is FULL.
const setting = (name: string) => String(db.pragma(name, { simple: true }))
process.stdout.write(
  `ready ${['journal_mode', 'synchronous', 'foreign_keys', 'busy_timeout', 'secure_delete'].map((name) => `${name}=${setting(name)}`).join(' ')}\n`,
)
for (;;) {
  write(next)
  // The commit has returned (and with synchronous=FULL been synced): only now is it acknowledged.
  process.stdout.write(`ack ${next}\n`)
  next++
}
