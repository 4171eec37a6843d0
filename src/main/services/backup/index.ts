import { join } from 'node:path'
import { conflict, notFound } from '../../../shared/api/errors.ts'
import type { AreaHandlers } from '../types.ts'
import { overview, sessionOf } from './overview.ts'
import { m } from '../../../shared/messages/index.ts'

export const backupHandlers: AreaHandlers<'backup'> = {
  async 'backup.list'(ctx) {
    return overview(sessionOf(ctx))
  },
  async 'backup.backUpNow'(ctx) {
    return sessionOf(ctx).backups.backUp('manual')
  },
  async 'backup.chooseFolder'(ctx) {
    const session = sessionOf(ctx)
    if (!ctx.host.chooseFolder) throw conflict(m('backup.folderInApp'))
    const chosen = await ctx.host.chooseFolder(session.backups.folder())
    if (chosen) session.backups.setFolder(chosen)
    return overview(session)
  },
  async 'backup.useDefaultFolder'(ctx) {
    const session = sessionOf(ctx)
    session.backups.useDefaultFolder()
    return overview(session)
  },
  async 'backup.restore'(ctx, { fileName }) {
    const session = sessionOf(ctx)
    if (!ctx.host.confirmRestore) throw conflict(m('backup.restoreInApp'))
    // Only a file in the folder main chose, by its name in the list: the page never names a path.
    const backup = session.backups
      .list()
      .find(
        (candidate) =>
          candidate.fileName === fileName.normalize('NFC') || candidate.fileName === fileName,
      )
    if (!backup) throw notFound('backup')
    if (!(await ctx.host.confirmRestore(backup))) return { restored: null, keptAside: null }
    const { keptAside } = await session.restore(join(session.backups.folder(), backup.fileName))
    const kept = session.backups.list().find((candidate) => candidate.path === keptAside)
    return { restored: backup.fileName, keptAside: kept! }
  },
}
