import { Migration } from '@mikro-orm/migrations';

export class Migration20261125171114_Meetings extends Migration {

  override name = 'Migration20261125171114_Meetings';

  override up(): void | Promise<void> {
    this.addSql(`create table \`agenda_template_item\` (\`id\` integer not null primary key autoincrement, \`body_id\` integer not null, \`position\` integer not null, \`key\` text not null, \`title\` text not null, \`description\` text null, \`kind\` text not null, \`planned_minutes\` integer not null, \`recurring\` integer not null default true, constraint \`agenda_template_item_body_id_foreign\` foreign key (\`body_id\`) references \`body\` (\`id\`));`);
    this.addSql(`create index \`agenda_template_item_body_id_index\` on \`agenda_template_item\` (\`body_id\`);`);
    this.addSql(`create unique index \`agenda_template_item_body_id_key_unique\` on \`agenda_template_item\` (\`body_id\`, \`key\`);`);

    this.addSql(`create table \`meeting\` (\`id\` integer not null primary key autoincrement, \`body_id\` integer not null, \`date\` text not null, \`start_time\` text not null, \`end_time\` text not null, \`place\` text not null, \`status\` text not null, \`notice_date\` text null, \`reply_by\` text null, \`version\` integer not null default 1, \`created_at\` datetime not null, \`updated_at\` datetime not null, constraint \`meeting_body_id_foreign\` foreign key (\`body_id\`) references \`body\` (\`id\`));`);
    this.addSql(`create index \`meeting_body_id_index\` on \`meeting\` (\`body_id\`);`);
    this.addSql(`create index \`meeting_date_index\` on \`meeting\` (\`date\`);`);

    this.addSql(`create table \`agenda_item\` (\`id\` integer not null primary key autoincrement, \`meeting_id\` integer not null, \`position\` integer not null, \`title\` text not null, \`description\` text null, \`kind\` text not null, \`presenter_person_id\` integer null, \`presenter_organisation_id\` integer null, \`planned_minutes\` integer not null, \`recurring\` integer not null default false, \`standing_key\` text null, \`local_group_id\` integer null, constraint \`agenda_item_meeting_id_foreign\` foreign key (\`meeting_id\`) references \`meeting\` (\`id\`) on delete cascade, constraint \`agenda_item_presenter_person_id_foreign\` foreign key (\`presenter_person_id\`) references \`person\` (\`id\`) on delete set null, constraint \`agenda_item_presenter_organisation_id_foreign\` foreign key (\`presenter_organisation_id\`) references \`organisation\` (\`id\`) on delete set null, constraint \`agenda_item_local_group_id_foreign\` foreign key (\`local_group_id\`) references \`body\` (\`id\`) on delete set null);`);
    this.addSql(`create index \`agenda_item_meeting_id_index\` on \`agenda_item\` (\`meeting_id\`);`);
    this.addSql(`create index \`agenda_item_presenter_person_id_index\` on \`agenda_item\` (\`presenter_person_id\`);`);
    this.addSql(`create index \`agenda_item_presenter_organisation_id_index\` on \`agenda_item\` (\`presenter_organisation_id\`);`);
    this.addSql(`create index \`agenda_item_local_group_id_index\` on \`agenda_item\` (\`local_group_id\`);`);
  }

  override down(): void | Promise<void> {

    this.addSql(`drop table if exists \`agenda_template_item\`;`);
    this.addSql(`drop table if exists \`meeting\`;`);
    this.addSql(`drop table if exists \`agenda_item\`;`);
  }

}
