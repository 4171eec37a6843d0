import { conflict } from '../../../shared/api/errors.ts'
import type { BackupOverviewDto } from '../../../shared/api/backup.ts'
import { defaultBackupFolder } from '../../backup/settings.ts'
import type { DatabaseSession } from '../../db/session.ts'
import type { ServiceContext } from '../../context.ts'
import { m } from '../../../shared/messages/index.ts'

/** The open database's session; backups are handled only where the program holds one. */
export function sessionOf(ctx: ServiceContext): DatabaseSession {
  if (!ctx.database) throw conflict(m('backup.notHere'))
  return ctx.database
}

export function overview(session: DatabaseSession): BackupOverviewDto {
  const backups = session.backups.list()
  return {
    folder: session.backups.folder(),
    defaultFolder: defaultBackupFolder(session.path),
    databasePath: session.path,
    backups,
    lastAutomatic: backups.find((backup) => backup.kind === 'automatic')?.takenAt ?? null,
  }
}
