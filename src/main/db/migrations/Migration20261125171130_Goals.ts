import { Migration } from '@mikro-orm/migrations';

export class Migration20261125171130_Goals extends Migration {

  override name = 'Migration20261125171130_Goals';

  override up(): void | Promise<void> {
    this.addSql(`create table \`goal_document\` (\`id\` integer not null primary key autoincrement, \`body_id\` integer not null, \`title\` text not null, \`status\` text not null, \`version\` integer not null default 1, \`created_at\` datetime not null, \`updated_at\` datetime not null, constraint \`goal_document_body_id_foreign\` foreign key (\`body_id\`) references \`body\` (\`id\`));`);
    this.addSql(`create index \`goal_document_body_id_index\` on \`goal_document\` (\`body_id\`);`);

    this.addSql(`create table \`goal_section\` (\`id\` integer not null primary key autoincrement, \`document_id\` integer not null, \`position\` integer not null, \`heading\` text not null, \`text\` text not null, \`version\` integer not null default 1, \`updated_at\` datetime not null, constraint \`goal_section_document_id_foreign\` foreign key (\`document_id\`) references \`goal_document\` (\`id\`));`);
    this.addSql(`create index \`goal_section_document_id_index\` on \`goal_section\` (\`document_id\`);`);

    this.addSql(`create table \`goal_version\` (\`id\` integer not null primary key autoincrement, \`document_id\` integer not null, \`number\` integer not null, \`comment\` text not null, \`author\` text not null, \`created_at\` datetime not null, \`word_count\` integer not null, \`adopted_at\` text null, \`adopted_reference\` text null, constraint \`goal_version_document_id_foreign\` foreign key (\`document_id\`) references \`goal_document\` (\`id\`));`);
    this.addSql(`create index \`goal_version_document_id_index\` on \`goal_version\` (\`document_id\`);`);
    this.addSql(`create unique index \`goal_version_document_id_number_unique\` on \`goal_version\` (\`document_id\`, \`number\`);`);

    this.addSql(`create table \`goal_version_section\` (\`id\` integer not null primary key autoincrement, \`version_id\` integer not null, \`section_key\` integer not null, \`position\` integer not null, \`heading\` text not null, \`text\` text not null, constraint \`goal_version_section_version_id_foreign\` foreign key (\`version_id\`) references \`goal_version\` (\`id\`));`);
    this.addSql(`create index \`goal_version_section_version_id_index\` on \`goal_version_section\` (\`version_id\`);`);

    this.addSql(`create table \`idea\` (\`id\` integer not null primary key autoincrement, \`body_id\` integer not null, \`text\` text not null, \`category\` text not null, \`status\` text not null, \`source\` text null, \`source_date\` text null, \`position\` integer not null, \`created_at\` datetime not null, \`updated_at\` datetime not null, constraint \`idea_body_id_foreign\` foreign key (\`body_id\`) references \`body\` (\`id\`));`);
    this.addSql(`create index \`idea_body_id_index\` on \`idea\` (\`body_id\`);`);

    this.addSql(`create table \`idea_link\` (\`id\` integer not null primary key autoincrement, \`idea_id\` integer not null, \`section_id\` integer not null, constraint \`idea_link_idea_id_foreign\` foreign key (\`idea_id\`) references \`idea\` (\`id\`) on delete cascade, constraint \`idea_link_section_id_foreign\` foreign key (\`section_id\`) references \`goal_section\` (\`id\`) on delete cascade);`);
    this.addSql(`create index \`idea_link_idea_id_index\` on \`idea_link\` (\`idea_id\`);`);
    this.addSql(`create index \`idea_link_section_id_index\` on \`idea_link\` (\`section_id\`);`);
    this.addSql(`create unique index \`idea_link_idea_id_section_id_unique\` on \`idea_link\` (\`idea_id\`, \`section_id\`);`);
  }

  override down(): void | Promise<void> {

    this.addSql(`drop table if exists \`goal_document\`;`);
    this.addSql(`drop table if exists \`goal_section\`;`);
    this.addSql(`drop table if exists \`goal_version\`;`);
    this.addSql(`drop table if exists \`goal_version_section\`;`);
    this.addSql(`drop table if exists \`idea\`;`);
    this.addSql(`drop table if exists \`idea_link\`;`);
  }

}
