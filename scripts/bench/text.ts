import type { Random } from './random.ts'

/** Sentences assembled from parts, so the full-text index sees a realistic spread of words. */
const SUBJECTS = [
  'Polisen',
  'Socialtjänsten',
  'Fältassistenterna',
  'Räddningstjänsten',
  'Bostadsbolaget',
  'Skolan',
  'Fritidsgården',
  'Föreningen',
  'Kyrkan',
  'Nattvandrarna',
  'Trafikkontoret',
  'Gruppen',
]
const VERBS = [
  'redogjorde för',
  'rapporterade om',
  'föreslog åtgärder mot',
  'följer upp',
  'har kartlagt',
  'planerar insatser mot',
  'informerade om',
  'tar fram underlag om',
]
const OBJECTS = [
  'skadegörelsen vid centrumhuset',
  'ungdomar som samlas vid köpcentret sena kvällar',
  'trafiksituationen vid skolorna',
  'belysningen längs gång- och cykelvägen',
  'inbrotten i förråd och källare',
  'nedskräpningen vid busshållplatsen',
  'otryggheten i parken efter mörkrets inbrott',
  'klotter på fasaderna vid torget',
  'bränder i soprum och containrar',
  'narkotikaförsäljningen nära idrottsplatsen',
  'grannsamverkan i villaområdet',
  'trygghetsvandringen i våras',
]
const TAILS = [
  'sedan förra mötet',
  'under sommaren',
  'i samverkan med kommunen',
  'enligt medborgardialogen',
  'efter trygghetsmätningen',
  'inför hösten',
  'tillsammans med föreningslivet',
  '',
]

export function sentence(random: Random): string {
  const tail = random.pick(TAILS)
  return `${random.pick(SUBJECTS)} ${random.pick(VERBS)} ${random.pick(OBJECTS)}${tail ? ` ${tail}` : ''}.`
}

export function paragraph(random: Random, sentences: number): string {
  return Array.from({ length: sentences }, () => sentence(random)).join(' ')
}

export function bullets(random: Random, count: number): string {
  return Array.from(
    { length: count },
    () => `- ${random.pick(OBJECTS).replace(/^./, (first) => first.toUpperCase())}`,
  ).join('\n')
}

export const TOPIC_TITLES = [
  'Trygghetsvandring',
  'Trafiksäkerhet vid skolorna',
  'Belysning i området',
  'Medborgardialog',
  'Sommarlovsaktiviteter',
  'Grannsamverkan',
  'Trygghetsmätningen',
  'Skadegörelse och klotter',
  'Föreningarnas nattvandringar',
  'Budget och bidrag från Brå',
  'Måldokumentet',
  'Information från polisen',
  'Samverkan med bostadsbolagen',
  'Brandsäkerhet',
]

export const ACTION_DESCRIPTIONS = [
  'Kontakta skolorna om trafiksituationen',
  'Beställa ny belysning längs gångvägen',
  'Sammanställa trygghetsvandringens iakttagelser',
  'Bjuda in bostadsbolaget till nästa möte',
  'Ta fram förslag till sommarlovsaktiviteter',
  'Skicka lägesbilden till frånvarande ledamöter',
  'Följa upp klottersaneringen vid torget',
  'Kontakta trafikkontoret om hastigheten',
]

export const DECISION_TEXTS = [
  'att godkänna förslaget',
  'att lägga informationen till handlingarna',
  'att uppdra åt sekreteraren att ta fram ett underlag till nästa möte',
  'att genomföra en trygghetsvandring under hösten',
  'att ansöka om medel från Brå',
  'att skicka förslaget på remiss till de lokala trygghetsgrupperna',
]
