import { Migration } from '@mikro-orm/migrations';

/**
 * The meeting's state machine (shared/domain/meetingCycle.ts) adds "protokoll påbörjat" and
 * "inställt", and only adjusting the minutes makes a meeting adjusted. Existing meetings take the
 * state their minutes show: adjusted minutes → adjusted, begun minutes → begun; a meeting marked
 * adjusted by the old one-click status without adjusted minutes goes back to held.
 */
export class Migration20261201203000_MeetingCycle extends Migration {

  override name = 'Migration20261201203000_MeetingCycle';

  override up(): void | Promise<void> {
    this.addSql(`update \`meeting\` set \`status\` = 'minutesAdjusted' where \`id\` in (select \`meeting_id\` from \`minutes\` where \`adjusted_on\` is not null);`);
    this.addSql(`update \`meeting\` set \`status\` = 'minutesBegun' where \`id\` in (select \`meeting_id\` from \`minutes\` where \`adjusted_on\` is null);`);
    this.addSql(`update \`meeting\` set \`status\` = 'held' where \`status\` = 'minutesAdjusted' and \`id\` not in (select \`meeting_id\` from \`minutes\`);`);
  }

  override down(): void | Promise<void> {
    this.addSql(`update \`meeting\` set \`status\` = 'held' where \`status\` = 'minutesBegun';`);
    this.addSql(`update \`meeting\` set \`status\` = 'planned' where \`status\` = 'cancelled';`);
  }

}
