import { Migration } from '@mikro-orm/migrations';

export class Migration20261125165647_Register extends Migration {

  override name = 'Migration20261125165647_Register';

  override up(): void | Promise<void> {
    this.addSql(`create table \`body\` (\`id\` integer not null primary key autoincrement, \`name\` text not null, \`kind\` text not null, \`area\` text null, \`parent_id\` integer null, \`created_at\` datetime not null, \`updated_at\` datetime not null, constraint \`body_parent_id_foreign\` foreign key (\`parent_id\`) references \`body\` (\`id\`) on delete set null);`);
    this.addSql(`create unique index \`body_name_unique\` on \`body\` (\`name\`);`);
    this.addSql(`create index \`body_parent_id_index\` on \`body\` (\`parent_id\`);`);

    this.addSql(`create table \`organisation\` (\`id\` integer not null primary key autoincrement, \`name\` text not null, \`kind\` text not null, \`contact\` text null, \`created_at\` datetime not null, \`updated_at\` datetime not null);`);
    this.addSql(`create unique index \`organisation_name_unique\` on \`organisation\` (\`name\`);`);

    this.addSql(`create table \`person\` (\`id\` integer not null primary key autoincrement, \`name\` text not null, \`title\` text null, \`organisation_id\` integer null, \`email\` text null, \`phone\` text null, \`created_at\` datetime not null, \`updated_at\` datetime not null, constraint \`person_organisation_id_foreign\` foreign key (\`organisation_id\`) references \`organisation\` (\`id\`) on delete set null);`);
    this.addSql(`create index \`person_name_index\` on \`person\` (\`name\`);`);
    this.addSql(`create index \`person_organisation_id_index\` on \`person\` (\`organisation_id\`);`);

    this.addSql(`create table \`seat\` (\`id\` integer not null primary key autoincrement, \`body_id\` integer not null, \`organisation_id\` integer not null, \`label\` text not null, \`position\` integer not null default 0, constraint \`seat_body_id_foreign\` foreign key (\`body_id\`) references \`body\` (\`id\`), constraint \`seat_organisation_id_foreign\` foreign key (\`organisation_id\`) references \`organisation\` (\`id\`));`);
    this.addSql(`create index \`seat_body_id_index\` on \`seat\` (\`body_id\`);`);
    this.addSql(`create index \`seat_organisation_id_index\` on \`seat\` (\`organisation_id\`);`);

    this.addSql(`create table \`membership\` (\`id\` integer not null primary key autoincrement, \`body_id\` integer not null, \`person_id\` integer not null, \`role\` text not null, \`seat_id\` integer null, \`deputy_for_id\` integer null, \`from_date\` text not null, \`to_date\` text null, \`created_at\` datetime not null, constraint \`membership_body_id_foreign\` foreign key (\`body_id\`) references \`body\` (\`id\`), constraint \`membership_person_id_foreign\` foreign key (\`person_id\`) references \`person\` (\`id\`), constraint \`membership_seat_id_foreign\` foreign key (\`seat_id\`) references \`seat\` (\`id\`) on delete set null, constraint \`membership_deputy_for_id_foreign\` foreign key (\`deputy_for_id\`) references \`membership\` (\`id\`) on delete set null);`);
    this.addSql(`create index \`membership_body_id_index\` on \`membership\` (\`body_id\`);`);
    this.addSql(`create index \`membership_person_id_index\` on \`membership\` (\`person_id\`);`);
    this.addSql(`create index \`membership_seat_id_index\` on \`membership\` (\`seat_id\`);`);
    this.addSql(`create index \`membership_deputy_for_id_index\` on \`membership\` (\`deputy_for_id\`);`);
  }

  override down(): void | Promise<void> {

    this.addSql(`drop table if exists \`body\`;`);
    this.addSql(`drop table if exists \`organisation\`;`);
    this.addSql(`drop table if exists \`person\`;`);
    this.addSql(`drop table if exists \`seat\`;`);
    this.addSql(`drop table if exists \`membership\`;`);
  }

}
