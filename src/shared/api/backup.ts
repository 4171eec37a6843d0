import { z } from 'zod'
import { noInput, say } from './common.ts'
import { mutation, query } from './procedure.ts'

export type BackupKind = 'automatic' | 'manual' | 'beforeUpdate' | 'beforeRestore'

export interface BackupDto {
  fileName: string
  path: string
  kind: BackupKind
  /** ISO instant (UTC). */
  takenAt: string
  sizeBytes: number
}

export interface BackupOverviewDto {
  folder: string
  defaultFolder: string
  databasePath: string
  backups: BackupDto[]
  lastAutomatic: string | null
}

/** A restore the secretary confirmed in main's dialog, or one she cancelled there (nothing changed). */
export type RestoreResultDto =
  | {
      restored: string
      /** The database as it was before the restore: restore this one to undo. */
      keptAside: BackupDto
    }
  | { restored: null; keptAside: null }

const backupFileName = z
  .string(say('backup.choose'))
  .min(1, say('backup.choose'))
  .max(255)
  .refine((name) => !/[\\/]/.test(name) && name !== '..' && name.endsWith('.sqlite'), {
    ...say('backup.choose'),
  })

export const backupApi = {
  'backup.list': query<BackupOverviewDto>()(
    noInput,
    'Säkerhetskopiorna, nyast först, och mappen där de sparas.',
  ),
  'backup.backUpNow': mutation<BackupDto>()(
    noInput,
    'Ta en säkerhetskopia nu (kontrolleras med integrity_check).',
  ),
  // No procedure takes a folder or a file path: the page could name any place on the disk (or a
  // UNC share). The folder is chosen in main's own dialog, a restore is confirmed there too.
  'backup.chooseFolder': mutation<BackupOverviewDto>()(
    noInput,
    'Välj mapp för säkerhetskopior i programmets egen dialog (t.ex. en nätverksenhet eller USB-disk). Befintliga kopior flyttas inte.',
  ),
  'backup.useDefaultFolder': mutation<BackupOverviewDto>()(
    noInput,
    'Spara säkerhetskopiorna i standardmappen bredvid databasen igen.',
  ),
  'backup.restore': mutation<RestoreResultDto>({ transactional: false })(
    z.strictObject({ fileName: backupFileName }),
    'Återställ databasen från en säkerhetskopia i listan, efter en bekräftelse i programmets egen dialog. Den nuvarande databasen sparas först som en kopia, så återställningen kan ångras.',
  ),
}
