import type { OrganisationKind } from '../../shared/domain/register.ts'

/**
 * Sundsvall's safety council as the seed describes it (2012–2013): the organisations the seed
 * names and fourteen local groups. Every person is fictional.
 */
export const EXAMPLE_ORGANISATIONS: {
  key: string
  name: string
  kind: OrganisationKind
  contact?: string
}[] = [
  {
    key: 'bou',
    name: 'Barn- och utbildningsförvaltningen',
    kind: 'municipalDepartment',
    contact: 'Sundsvalls kommun, växel 060-19 10 00',
  },
  {
    key: 'kof',
    name: 'Kultur- och fritidsförvaltningen',
    kind: 'municipalDepartment',
    contact: 'Sundsvalls kommun, växel 060-19 10 00',
  },
  {
    key: 'soc',
    name: 'Socialtjänsten',
    kind: 'municipalDepartment',
    contact: 'Sundsvalls kommun, växel 060-19 10 00',
  },
  { key: 'sbk', name: 'Stadsbyggnadskontoret', kind: 'municipalDepartment' },
  { key: 'sak', name: 'Säkerhetsavdelningen', kind: 'municipalDepartment' },
  { key: 'rtj', name: 'Räddningstjänsten', kind: 'rescueService' },
  { key: 'pol', name: 'Polisen', kind: 'police', contact: 'Lokalpolisområde Sundsvall' },
  { key: 'reg', name: 'Landstinget Västernorrland', kind: 'region' },
  { key: 'kyr', name: 'Svenska kyrkan i Sundsvall', kind: 'faithCommunity' },
  { key: 'bos', name: 'Bostadsbolaget Mittbo', kind: 'housingCompany' },
  { key: 'for', name: 'Grannsamverkan Sundsvall', kind: 'association' },
  { key: 'nar', name: 'Företagarföreningen i Sundsvall', kind: 'business' },
  { key: 'fsk', name: 'Handlingsverket', kind: 'research' },
]

export const COUNCIL = { name: 'Trygghetsrådet', area: 'Sundsvalls kommun' }

/** The council's seats, each with its holder and (optionally) a personal deputy and a deputy for the seat. */
export const COUNCIL_SEATS: {
  organisation: string
  holder: [string, string]
  role?: 'chair' | 'viceChair'
  personalDeputy?: [string, string]
  seatDeputy?: [string, string]
}[] = [
  {
    organisation: 'kof',
    holder: ['Maria Lindqvist', 'Förvaltningschef'],
    role: 'chair',
    personalDeputy: ['Jonas Berglund', 'Enhetschef fritid'],
  },
  {
    organisation: 'pol',
    holder: ['Anders Holm', 'Kommunpolis'],
    role: 'viceChair',
    personalDeputy: ['Sara Nyberg', 'Områdespolis'],
  },
  {
    organisation: 'bou',
    holder: ['Karin Sjöberg', 'Skolchef'],
    personalDeputy: ['Erik Wallin', 'Rektor'],
  },
  {
    organisation: 'soc',
    holder: ['Helena Forsberg', 'Socialchef'],
    seatDeputy: ['Mikael Öberg', 'Enhetschef'],
  },
  { organisation: 'sbk', holder: ['Per Sundström', 'Planarkitekt'] },
  {
    organisation: 'sak',
    holder: ['Lena Åkerlund', 'Säkerhetschef'],
    personalDeputy: ['Tobias Hedlund', 'Säkerhetssamordnare'],
  },
  {
    organisation: 'rtj',
    holder: ['Johan Strand', 'Räddningschef'],
    seatDeputy: ['Emma Dahlberg', 'Brandinspektör'],
  },
  { organisation: 'reg', holder: ['Anna Bergström', 'Folkhälsostrateg'] },
  {
    organisation: 'kyr',
    holder: ['Mats Olofsson', 'Kyrkoherde'],
    seatDeputy: ['Ingrid Norberg', 'Diakon'],
  },
  { organisation: 'bos', holder: ['Lars Ekström', 'Bosocial samordnare'] },
  { organisation: 'nar', holder: ['Camilla Westin', 'Ordförande, företagarföreningen'] },
]

export const COUNCIL_OTHERS: {
  name: string
  title: string
  organisation: string
  role: 'secretary' | 'researcher' | 'coopted'
}[] = [
  { name: 'Eva Marklund', title: 'Trygghetssamordnare', organisation: 'kof', role: 'secretary' },
  { name: 'Birgitta Falk', title: 'Fil. dr, socionom', organisation: 'fsk', role: 'researcher' },
  {
    name: 'Nils Engström',
    title: 'Samordnare grannsamverkan',
    organisation: 'for',
    role: 'coopted',
  },
]

/** A member who left the council in 2013, so the history is not empty. */
export const COUNCIL_FORMER = {
  organisation: 'sbk',
  name: 'Gunnar Persson',
  title: 'Stadsarkitekt',
  from: '2012-01-01',
  to: '2012-12-31',
}

export const LOCAL_GROUP_AREAS = [
  'Alnö',
  'Bosvedjan',
  'Centrum',
  'Granloholm',
  'Haga',
  'Kvissleby',
  'Matfors',
  'Nacksta',
  'Njurunda',
  'Skönsberg',
  'Skönsmon',
  'Stöde',
  'Sundsbruk',
  'Indal-Liden',
]

/** Fictional names for the local groups, combined deterministically. */
export const FIRST_NAMES = [
  'Åsa',
  'Björn',
  'Cecilia',
  'David',
  'Elin',
  'Fredrik',
  'Gun',
  'Henrik',
  'Ida',
  'Jan',
  'Kristina',
  'Leif',
  'Malin',
  'Niklas',
  'Olle',
  'Pia',
  'Rasmus',
  'Susanne',
  'Ulf',
  'Viktoria',
]
export const LAST_NAMES = [
  'Andersson',
  'Bäckström',
  'Eriksson',
  'Grahn',
  'Hägglund',
  'Jonsson',
  'Lundgren',
  'Modin',
  'Nordin',
  'Pålsson',
  'Rönnqvist',
  'Sandberg',
  'Törnqvist',
  'Viklund',
  'Zetterberg',
  'Öhman',
]

/** Which organisations sit in a local group besides the police and the municipality: it varies by area. */
export const LOCAL_EXTRA = ['bos', 'kyr', 'for', 'nar', 'rtj', 'bou']
