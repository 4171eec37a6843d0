import { Migration } from '@mikro-orm/migrations';

/**
 * Full-text search (SQLite FTS5) over the minutes: one row per §, decision, action item and
 * situation picture, kept current by triggers. The rowid encodes the source: id * 4 + kind
 * (0 §, 1 decision, 2 action item, 3 situation picture), so a trigger finds its row directly.
 * The schema generator skips these tables (SEARCH_TABLES in db/config.ts): they are not entities.
 */
const sources = [
  { table: 'minutes_paragraph', kind: 0, text: (row: string) => `${row}.title || char(10) || ${row}.text`, columns: 'title, text' },
  { table: 'decision', kind: 1, text: (row: string) => `${row}.text`, columns: 'text' },
  { table: 'action_item', kind: 2, text: (row: string) => `${row}.description`, columns: 'description' },
  { table: 'situation_report', kind: 3, text: (row: string) => `${row}.concerns || char(10) || ${row}.events || char(10) || ${row}.measures`, columns: 'concerns, events, measures' },
];

export class Migration20261125181500_MinutesSearch extends Migration {

  override name = 'Migration20261125181500_MinutesSearch';

  override up(): void | Promise<void> {
    this.addSql(`create virtual table \`minutes_search\` using fts5(\`content\`, tokenize = 'unicode61 remove_diacritics 0');`);
    for (const { table, kind, text, columns } of sources) {
      this.addSql(`create trigger \`${table}_search_insert\` after insert on \`${table}\` begin insert into \`minutes_search\` (rowid, content) values (new.id * 4 + ${kind}, ${text('new')}); end;`);
      this.addSql(`create trigger \`${table}_search_update\` after update of ${columns} on \`${table}\` begin delete from \`minutes_search\` where rowid = old.id * 4 + ${kind}; insert into \`minutes_search\` (rowid, content) values (new.id * 4 + ${kind}, ${text('new')}); end;`);
      this.addSql(`create trigger \`${table}_search_delete\` after delete on \`${table}\` begin delete from \`minutes_search\` where rowid = old.id * 4 + ${kind}; end;`);
      this.addSql(`insert into \`minutes_search\` (rowid, content) select id * 4 + ${kind}, ${text(`\`${table}\``)} from \`${table}\`;`);
    }
  }

  override down(): void | Promise<void> {
    for (const { table } of sources) {
      for (const event of ['insert', 'update', 'delete']) this.addSql(`drop trigger if exists \`${table}_search_${event}\`;`);
    }
    this.addSql(`drop table if exists \`minutes_search\`;`);
  }

}
