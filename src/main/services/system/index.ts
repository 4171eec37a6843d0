import { conflict } from '../../../shared/api/errors.ts'
import { Body, Organisation, Person } from '../../db/entities/register.ts'
import { migrationsList } from '../../db/migrations/index.ts'
import { loadExampleData } from '../../demo/index.ts'
import type { AreaHandlers } from '../types.ts'
import { emptyDatabase } from './emptyDatabase.ts'
import { readSettings, writeSettings } from '../../backup/settings.ts'
import { m } from '../../../shared/messages/index.ts'

export const systemHandlers: AreaHandlers<'system'> = {
  async 'system.info'({ em, clock, app }) {
    const counts = await Promise.all([em.count(Organisation), em.count(Person), em.count(Body)])
    return {
      appVersion: app.appVersion,
      databasePath: app.databasePath,
      schemaVersion: migrationsList.length,
      isEmpty: counts.every((count) => count === 0),
      today: clock.today(),
    }
  },
  async 'system.loadExampleData'(ctx) {
    const counts = await Promise.all([
      ctx.em.count(Organisation),
      ctx.em.count(Person),
      ctx.em.count(Body),
    ])
    if (counts.some((count) => count > 0)) {
      throw conflict(m('system.demoNeedsEmpty'))
    }
    await loadExampleData(ctx)
    return { loaded: true }
  },
  async 'system.startOver'(ctx) {
    if (!ctx.database) throw conflict(m('system.resetNotHere'))
    // The backup comes first and must succeed: emptying without one could lose everything.
    const backup = await ctx.database.backups.backUp('manual')
    await emptyDatabase(ctx.em)
    return { backup: backup.fileName }
  },
  async 'system.setLanguage'({ app, host }, { language }) {
    // Beside the database, like the backup folder: the next start's dialogs speak it before any page.
    writeSettings(app.databasePath, { ...readSettings(app.databasePath), language })
    host.languageChanged?.(language)
    return { language }
  },
  async 'system.openFile'({ host }, { path }) {
    return { opened: await host.openFile(path) }
  },
}
