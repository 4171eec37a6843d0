import { Migration } from '@mikro-orm/migrations';

export class Migration20261125172426_Attendance extends Migration {

  override name = 'Migration20261125172426_Attendance';

  override up(): void | Promise<void> {
    this.addSql(`create table \`attendance\` (\`id\` integer not null primary key autoincrement, \`meeting_id\` integer not null, \`person_id\` integer null, \`guest_name\` text null, \`guest_organisation\` text null, \`status\` text null, \`replied_on\` text null, \`serving_for_id\` integer null, \`from_item_id\` integer null, \`to_item_id\` integer null, \`serving_from_item_id\` integer null, \`serving_to_item_id\` integer null, \`note\` text null, \`updated_at\` datetime not null, constraint \`attendance_meeting_id_foreign\` foreign key (\`meeting_id\`) references \`meeting\` (\`id\`) on delete cascade, constraint \`attendance_person_id_foreign\` foreign key (\`person_id\`) references \`person\` (\`id\`) on delete set null, constraint \`attendance_serving_for_id_foreign\` foreign key (\`serving_for_id\`) references \`person\` (\`id\`) on delete set null, constraint \`attendance_from_item_id_foreign\` foreign key (\`from_item_id\`) references \`agenda_item\` (\`id\`) on delete set null, constraint \`attendance_to_item_id_foreign\` foreign key (\`to_item_id\`) references \`agenda_item\` (\`id\`) on delete set null, constraint \`attendance_serving_from_item_id_foreign\` foreign key (\`serving_from_item_id\`) references \`agenda_item\` (\`id\`) on delete set null, constraint \`attendance_serving_to_item_id_foreign\` foreign key (\`serving_to_item_id\`) references \`agenda_item\` (\`id\`) on delete set null);`);
    this.addSql(`create index \`attendance_meeting_id_index\` on \`attendance\` (\`meeting_id\`);`);
    this.addSql(`create index \`attendance_person_id_index\` on \`attendance\` (\`person_id\`);`);
    this.addSql(`create index \`attendance_serving_for_id_index\` on \`attendance\` (\`serving_for_id\`);`);
    this.addSql(`create index \`attendance_from_item_id_index\` on \`attendance\` (\`from_item_id\`);`);
    this.addSql(`create index \`attendance_to_item_id_index\` on \`attendance\` (\`to_item_id\`);`);
    this.addSql(`create index \`attendance_serving_from_item_id_index\` on \`attendance\` (\`serving_from_item_id\`);`);
    this.addSql(`create index \`attendance_serving_to_item_id_index\` on \`attendance\` (\`serving_to_item_id\`);`);
    this.addSql(`create unique index \`attendance_meeting_id_person_id_unique\` on \`attendance\` (\`meeting_id\`, \`person_id\`);`);

    this.addSql(`create table \`quorum_rule\` (\`id\` integer not null primary key autoincrement, \`body_id\` integer not null, \`kind\` text not null, \`numerator\` integer null, \`denominator\` integer null, \`minimum\` integer null, constraint \`quorum_rule_body_id_foreign\` foreign key (\`body_id\`) references \`body\` (\`id\`));`);
    this.addSql(`create unique index \`quorum_rule_body_id_unique\` on \`quorum_rule\` (\`body_id\`);`);
  }

  override down(): void | Promise<void> {
    this.addSql(`drop table if exists \`attendance\`;`);
    this.addSql(`drop table if exists \`quorum_rule\`;`);
  }

}
