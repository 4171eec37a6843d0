import { z } from 'zod'
import { noInput } from './common.ts'
import { mutation, query } from './procedure.ts'

export interface SystemInfoDto {
  appVersion: string
  databasePath: string
  schemaVersion: number
  isEmpty: boolean
  today: string
}

export const systemApi = {
  'system.info': query<SystemInfoDto>()(
    noInput,
    'Programversion, databasfil och om databasen är tom.',
  ),
  'system.loadExampleData': mutation<{ loaded: true }>()(
    noInput,
    'Ladda exempeldata (Sundsvalls trygghetsråd med 14 lokala grupper) i en tom databas.',
  ),
  'system.startOver': mutation<{ backup: string }>({ transactional: false })(
    noInput,
    'Börja om med tom databas: tar först en säkerhetskopia (som kan återställas under Säkerhetskopior), tömmer sedan alla register, möten, protokoll och dokument.',
  ),
  'system.setLanguage': mutation<{ language: 'sv' | 'en' }>({ transactional: false })(
    z.strictObject({ language: z.enum(['sv', 'en']) }),
    'Programmets språk (sv eller en) för det programmet själv visar: dialogrutor och menyn. Dokumenten och kommandoraden är alltid på svenska.',
  ),
  'system.openFile': mutation<{ opened: boolean }>()(
    z.strictObject({ path: z.string().min(1).max(4096) }),
    'Öppna en fil som programmet just har sparat, i det program datorn använder för den filtypen.',
  ),
}
