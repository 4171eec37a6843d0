import { z } from 'zod'
import { noInput } from './common.ts'
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

export interface RestoreResultDto {
  restored: string
  /** The database as it was before the restore: restore this one to undo. */
  keptAside: BackupDto
}

const backupFileName = z
  .string({ error: 'Välj en säkerhetskopia i listan.' })
  .min(1, { error: 'Välj en säkerhetskopia i listan.' })
  .max(255)
  .refine((name) => !/[\\/]/.test(name) && name !== '..' && name.endsWith('.sqlite'), {
    error: 'Välj en säkerhetskopia i listan.',
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
  'backup.setFolder': mutation<BackupOverviewDto>()(
    z.strictObject({
      folder: z
        .string({ error: 'Ange en mapp.' })
        .trim()
        .min(1, { error: 'Ange en mapp.' })
        .max(1000, { error: 'Sökvägen är för lång.' }),
    }),
    'Byt mapp för säkerhetskopior (t.ex. en nätverksenhet eller USB-disk). Befintliga kopior flyttas inte.',
  ),
  'backup.chooseFolder': mutation<BackupOverviewDto>()(
    noInput,
    'Välj mapp för säkerhetskopior i en dialog.',
  ),
  'backup.restore': mutation<RestoreResultDto>({ transactional: false })(
    z.strictObject({ fileName: backupFileName }),
    'Återställ databasen från en säkerhetskopia. Den nuvarande databasen sparas först som en kopia, så återställningen kan ångras.',
  ),
}
