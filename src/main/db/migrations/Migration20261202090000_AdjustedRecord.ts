import { Migration } from '@mikro-orm/migrations';

/**
 * What adjusted minutes show, written once when they are adjusted (services/minutes/record.ts):
 * the protocol, its facts and the attendance, so that a later change in the register (a renamed
 * person or body, a new seat, a membership ended back in time) never changes a signed protocol.
 * The trigger refuses any update, whichever code tries.
 */
export class Migration20261202090000_AdjustedRecord extends Migration {

  override name = 'Migration20261202090000_AdjustedRecord';

  override up(): void | Promise<void> {
    this.addSql(`create table \`adjusted_record\` (\`minutes_id\` integer not null primary key, \`minutes\` text not null, \`facts\` text not null, \`attendance\` text not null, \`recorded_at\` datetime not null, constraint \`adjusted_record_minutes_id_foreign\` foreign key (\`minutes_id\`) references \`minutes\` (\`id\`) on update cascade on delete cascade);`);
    this.addSql(`create trigger \`adjusted_record_never_changes\` before update on \`adjusted_record\` begin select raise(abort, 'Ett justerat protokoll ändras inte.'); end;`);
  }

  override down(): void | Promise<void> {
    this.addSql(`drop trigger if exists \`adjusted_record_never_changes\`;`);
    this.addSql(`drop table if exists \`adjusted_record\`;`);
  }

}
