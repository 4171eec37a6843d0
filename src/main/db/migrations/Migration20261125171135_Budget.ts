import { Migration } from '@mikro-orm/migrations';

export class Migration20261125171135_Budget extends Migration {

  override name = 'Migration20261125171135_Budget';

  override up(): void | Promise<void> {
    this.addSql(`create table \`grant\` (\`id\` integer not null primary key autoincrement, \`case_number\` text not null, \`project_name\` text not null, \`amount_granted\` integer not null, \`from_year\` integer not null, \`to_year\` integer not null, \`decision_date\` text null, \`created_at\` datetime not null, \`updated_at\` datetime not null);`);
    this.addSql(`create unique index \`grant_case_number_unique\` on \`grant\` (\`case_number\`);`);

    this.addSql(`create table \`final_report\` (\`id\` integer not null primary key autoincrement, \`grant_id\` integer not null, \`problem\` text not null default '', \`measures\` text not null default '', \`implementation\` text not null default '', \`actors_note\` text not null default '', \`results\` text not null default '', \`place\` text null, \`report_date\` text null, \`version\` integer not null default 1, \`saved_at\` datetime null, constraint \`final_report_grant_id_foreign\` foreign key (\`grant_id\`) references \`grant\` (\`id\`) on delete cascade);`);
    this.addSql(`create unique index \`final_report_grant_id_unique\` on \`final_report\` (\`grant_id\`);`);

    this.addSql(`create table \`activity\` (\`id\` integer not null primary key autoincrement, \`name\` text not null, \`kind\` text not null, \`body_id\` integer null, \`grant_id\` integer null, \`start_date\` text null, \`end_date\` text null, \`description\` text null, \`participants\` integer null, \`created_at\` datetime not null, \`updated_at\` datetime not null, constraint \`activity_body_id_foreign\` foreign key (\`body_id\`) references \`body\` (\`id\`) on delete set null, constraint \`activity_grant_id_foreign\` foreign key (\`grant_id\`) references \`grant\` (\`id\`) on delete set null);`);
    this.addSql(`create index \`activity_body_id_index\` on \`activity\` (\`body_id\`);`);
    this.addSql(`create index \`activity_grant_id_index\` on \`activity\` (\`grant_id\`);`);

    this.addSql(`create table \`budget_line\` (\`id\` integer not null primary key autoincrement, \`activity_id\` integer not null, \`year\` integer not null, \`total_cost\` integer not null, \`grant_amount\` integer not null, constraint \`budget_line_activity_id_foreign\` foreign key (\`activity_id\`) references \`activity\` (\`id\`) on delete cascade);`);
    this.addSql(`create index \`budget_line_activity_id_index\` on \`budget_line\` (\`activity_id\`);`);
    this.addSql(`create index \`budget_line_year_index\` on \`budget_line\` (\`year\`);`);
    this.addSql(`create unique index \`budget_line_activity_id_year_unique\` on \`budget_line\` (\`activity_id\`, \`year\`);`);

    this.addSql(`create table \`indicator\` (\`id\` integer not null primary key autoincrement, \`name\` text not null, \`source\` text not null, \`unit\` text null, \`lower_is_better\` integer not null, \`description\` text null, \`created_at\` datetime not null);`);
    this.addSql(`create unique index \`indicator_name_unique\` on \`indicator\` (\`name\`);`);

    this.addSql(`create table \`indicator_value\` (\`id\` integer not null primary key autoincrement, \`indicator_id\` integer not null, \`year\` integer not null, \`value\` double not null, constraint \`indicator_value_indicator_id_foreign\` foreign key (\`indicator_id\`) references \`indicator\` (\`id\`) on delete cascade);`);
    this.addSql(`create index \`indicator_value_indicator_id_index\` on \`indicator_value\` (\`indicator_id\`);`);
    this.addSql(`create unique index \`indicator_value_indicator_id_year_unique\` on \`indicator_value\` (\`indicator_id\`, \`year\`);`);

    this.addSql(`create table \`report_signatory\` (\`id\` integer not null primary key autoincrement, \`report_id\` integer not null, \`position\` integer not null, \`name\` text not null, \`title\` text null, constraint \`report_signatory_report_id_foreign\` foreign key (\`report_id\`) references \`final_report\` (\`id\`) on delete cascade);`);
    this.addSql(`create index \`report_signatory_report_id_index\` on \`report_signatory\` (\`report_id\`);`);
  }

  override down(): void | Promise<void> {

    this.addSql(`drop table if exists \`grant\`;`);
    this.addSql(`drop table if exists \`final_report\`;`);
    this.addSql(`drop table if exists \`activity\`;`);
    this.addSql(`drop table if exists \`budget_line\`;`);
    this.addSql(`drop table if exists \`indicator\`;`);
    this.addSql(`drop table if exists \`indicator_value\`;`);
    this.addSql(`drop table if exists \`report_signatory\`;`);
  }

}
