import { Migration } from '@mikro-orm/migrations';

export class Migration20261125172304_Minutes extends Migration {

  override name = 'Migration20261125172304_Minutes';

  override up(): void | Promise<void> {
    this.addSql(`create table \`minutes\` (\`id\` integer not null primary key autoincrement, \`meeting_id\` integer not null, \`adjuster1_id\` integer null, \`adjuster2_id\` integer null, \`adjust_by\` text null, \`adjust_place\` text null, \`adjusted_on\` text null, \`version\` integer not null default 1, \`created_at\` datetime not null, \`updated_at\` datetime not null, constraint \`minutes_meeting_id_foreign\` foreign key (\`meeting_id\`) references \`meeting\` (\`id\`) on delete cascade, constraint \`minutes_adjuster1_id_foreign\` foreign key (\`adjuster1_id\`) references \`person\` (\`id\`) on delete set null, constraint \`minutes_adjuster2_id_foreign\` foreign key (\`adjuster2_id\`) references \`person\` (\`id\`) on delete set null);`);
    this.addSql(`create index \`minutes_meeting_id_index\` on \`minutes\` (\`meeting_id\`);`);
    this.addSql(`create unique index \`minutes_meeting_id_unique\` on \`minutes\` (\`meeting_id\`);`);
    this.addSql(`create index \`minutes_adjuster1_id_index\` on \`minutes\` (\`adjuster1_id\`);`);
    this.addSql(`create index \`minutes_adjuster2_id_index\` on \`minutes\` (\`adjuster2_id\`);`);

    this.addSql(`create table \`minutes_paragraph\` (\`id\` integer not null primary key autoincrement, \`minutes_id\` integer not null, \`body_id\` integer not null, \`year\` integer not null, \`number\` integer not null, \`position\` integer not null, \`agenda_item_id\` integer null, \`standing_key\` text null, \`title\` text not null, \`text\` text not null default '', \`immediate\` integer not null default false, \`version\` integer not null default 1, \`updated_at\` datetime not null, constraint \`minutes_paragraph_minutes_id_foreign\` foreign key (\`minutes_id\`) references \`minutes\` (\`id\`) on delete cascade, constraint \`minutes_paragraph_body_id_foreign\` foreign key (\`body_id\`) references \`body\` (\`id\`), constraint \`minutes_paragraph_agenda_item_id_foreign\` foreign key (\`agenda_item_id\`) references \`agenda_item\` (\`id\`) on delete set null);`);
    this.addSql(`create index \`minutes_paragraph_minutes_id_index\` on \`minutes_paragraph\` (\`minutes_id\`);`);
    this.addSql(`create index \`minutes_paragraph_body_id_index\` on \`minutes_paragraph\` (\`body_id\`);`);
    this.addSql(`create index \`minutes_paragraph_agenda_item_id_index\` on \`minutes_paragraph\` (\`agenda_item_id\`);`);
    this.addSql(`create unique index \`minutes_paragraph_body_id_year_number_unique\` on \`minutes_paragraph\` (\`body_id\`, \`year\`, \`number\`);`);

    this.addSql(`create table \`decision\` (\`id\` integer not null primary key autoincrement, \`paragraph_id\` integer not null, \`position\` integer not null, \`text\` text not null, constraint \`decision_paragraph_id_foreign\` foreign key (\`paragraph_id\`) references \`minutes_paragraph\` (\`id\`) on delete cascade);`);
    this.addSql(`create index \`decision_paragraph_id_index\` on \`decision\` (\`paragraph_id\`);`);

    this.addSql(`create table \`action_item\` (\`id\` integer not null primary key autoincrement, \`paragraph_id\` integer not null, \`body_id\` integer not null, \`description\` text not null, \`owner_person_id\` integer null, \`owner_organisation_id\` integer null, \`due_date\` text not null, \`status\` text not null, \`reported_in_id\` integer null, \`version\` integer not null default 1, \`created_at\` datetime not null, \`updated_at\` datetime not null, constraint \`action_item_paragraph_id_foreign\` foreign key (\`paragraph_id\`) references \`minutes_paragraph\` (\`id\`) on delete cascade, constraint \`action_item_body_id_foreign\` foreign key (\`body_id\`) references \`body\` (\`id\`), constraint \`action_item_owner_person_id_foreign\` foreign key (\`owner_person_id\`) references \`person\` (\`id\`) on delete set null, constraint \`action_item_owner_organisation_id_foreign\` foreign key (\`owner_organisation_id\`) references \`organisation\` (\`id\`) on delete set null, constraint \`action_item_reported_in_id_foreign\` foreign key (\`reported_in_id\`) references \`minutes_paragraph\` (\`id\`) on delete set null);`);
    this.addSql(`create index \`action_item_paragraph_id_index\` on \`action_item\` (\`paragraph_id\`);`);
    this.addSql(`create index \`action_item_body_id_index\` on \`action_item\` (\`body_id\`);`);
    this.addSql(`create index \`action_item_owner_person_id_index\` on \`action_item\` (\`owner_person_id\`);`);
    this.addSql(`create index \`action_item_owner_organisation_id_index\` on \`action_item\` (\`owner_organisation_id\`);`);
    this.addSql(`create index \`action_item_due_date_index\` on \`action_item\` (\`due_date\`);`);
    this.addSql(`create index \`action_item_status_index\` on \`action_item\` (\`status\`);`);
    this.addSql(`create index \`action_item_reported_in_id_index\` on \`action_item\` (\`reported_in_id\`);`);

    this.addSql(`create table \`situation_report\` (\`id\` integer not null primary key autoincrement, \`body_id\` integer not null, \`meeting_id\` integer not null, \`concerns\` text not null default '', \`events\` text not null default '', \`measures\` text not null default '', \`version\` integer not null default 1, \`updated_at\` datetime not null, constraint \`situation_report_body_id_foreign\` foreign key (\`body_id\`) references \`body\` (\`id\`), constraint \`situation_report_meeting_id_foreign\` foreign key (\`meeting_id\`) references \`meeting\` (\`id\`) on delete cascade);`);
    this.addSql(`create index \`situation_report_body_id_index\` on \`situation_report\` (\`body_id\`);`);
    this.addSql(`create index \`situation_report_meeting_id_index\` on \`situation_report\` (\`meeting_id\`);`);
    this.addSql(`create unique index \`situation_report_meeting_id_unique\` on \`situation_report\` (\`meeting_id\`);`);

    this.addSql(`create table \`standard_phrase\` (\`id\` integer not null primary key autoincrement, \`body_id\` integer not null, \`position\` integer not null, \`text\` text not null, constraint \`standard_phrase_body_id_foreign\` foreign key (\`body_id\`) references \`body\` (\`id\`));`);
    this.addSql(`create index \`standard_phrase_body_id_index\` on \`standard_phrase\` (\`body_id\`);`);
  }

  override down(): void | Promise<void> {

    this.addSql(`drop table if exists \`minutes\`;`);
    this.addSql(`drop table if exists \`minutes_paragraph\`;`);
    this.addSql(`drop table if exists \`decision\`;`);
    this.addSql(`drop table if exists \`action_item\`;`);
    this.addSql(`drop table if exists \`situation_report\`;`);
    this.addSql(`drop table if exists \`standard_phrase\`;`);
  }

}
