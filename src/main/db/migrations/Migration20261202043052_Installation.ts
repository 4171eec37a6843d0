import { Migration } from '@mikro-orm/migrations';

/** The database's own identity (one random id, made when first needed) for calendar UIDs. */
export class Migration20261202043052_Installation extends Migration {

  override name = 'Migration20261202043052_Installation';

  override up(): void | Promise<void> {
    this.addSql(`create table \`installation\` (\`id\` text not null primary key, \`created_at\` datetime not null);`);
  }

  override down(): void | Promise<void> {
    this.addSql(`drop table if exists \`installation\`;`);
  }

}
