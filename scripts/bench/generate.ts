/**
 * The large data set for `npm run bench`: ten years of a council and 14 local groups, about 20
 * meetings a year each, 15 items a meeting, attendance for everyone, minutes, actions, goal
 * versions and budget lines. A fixed seed makes it the same on every machine.
 *
 * The schema comes from the product's own migrations (openSession); the rows are written with
 * prepared statements in one transaction, because going through the services would take minutes
 * and measure the generator instead of the product. The FTS triggers fill the search index as the
 * product's own writes would.
 *
 *   node scripts/bench/generate.ts OUT.sqlite
 */
import { existsSync, rmSync } from 'node:fs'
import Database from 'better-sqlite3'
import { openSession } from '../../src/main/db/session.ts'
import { FIRST_NAMES, LAST_NAMES, LOCAL_GROUP_AREAS } from '../../src/main/demo/registerData.ts'
import { generateMeetings } from './generateMeetings.ts'
import { generateBudget, generateGoals } from './generatePlans.ts'
import { seededRandom } from './random.ts'
import {
  BENCH_SEED,
  STAMP,
  day,
  type BodyPlan,
  type GeneratedFacts,
  type Holder,
  type Insert,
  type Random,
} from './shape.ts'

const COUNCIL_SEATS = 40
const GROUP_SEATS = 33
const TERM_STARTS = ['2015-01-01', '2019-01-01', '2023-01-01']

const ORGANISATIONS: [string, string][] = [
  ['Polisen', 'police'],
  ['Socialtjänsten', 'municipalDepartment'],
  ['Kultur- och fritidsförvaltningen', 'municipalDepartment'],
  ['Barn- och utbildningsförvaltningen', 'municipalDepartment'],
  ['Stadsbyggnadskontoret', 'municipalDepartment'],
  ['Räddningstjänsten', 'rescueService'],
  ['Region Västernorrland', 'region'],
  ['Svenska kyrkan', 'faithCommunity'],
  ['Mitthem', 'housingCompany'],
  ['Riksbyggen', 'housingCompany'],
  ['Nattvandrarna', 'association'],
  ['Hyresgästföreningen', 'association'],
  ['Föreningen Vi Unga', 'association'],
  ['Företagarna', 'business'],
  ['Mittuniversitetet', 'research'],
  ['Fältassistenterna', 'municipalDepartment'],
  ['Grannsamverkan', 'association'],
  ['Idrottsföreningen', 'association'],
]

export async function generateLargeDatabase(
  path: string,
  seed = BENCH_SEED,
): Promise<GeneratedFacts> {
  for (const suffix of ['', '-wal', '-shm']) if (existsSync(path + suffix)) rmSync(path + suffix)
  const session = await openSession(path, () => new Date(STAMP))
  await session.close()

  const random = seededRandom(seed)
  const db = new Database(path)
  db.pragma('journal_mode = WAL')
  const statements = new Map<string, Database.Statement>()
  const insert = (table: string, row: Record<string, unknown>): number => {
    const columns = Object.keys(row)
    const key = `${table}:${columns.join(',')}`
    let statement = statements.get(key)
    if (!statement) {
      statement = db.prepare(
        `insert into \`${table}\` (${columns.map((c) => `\`${c}\``).join(', ')}) values (${columns.map(() => '?').join(', ')})`,
      )
      statements.set(key, statement)
    }
    return Number(statement.run(...columns.map((c) => row[c])).lastInsertRowid)
  }
  const facts: GeneratedFacts = {
    seed,
    bodies: 0,
    people: 0,
    meetings: 0,
    agendaItems: 0,
    attendanceRows: 0,
    paragraphs: 0,
    actions: 0,
    goalVersions: 0,
    budgetLines: 0,
    councilId: 0,
  }

  db.transaction(() => {
    const organisationIds = ORGANISATIONS.map(([name, kind]) =>
      insert('organisation', { name, kind, contact: null, created_at: STAMP, updated_at: STAMP }),
    )
    const newPerson = (organisationId: number): number => {
      facts.people++
      const name = `${random.pick(FIRST_NAMES)} ${random.pick(LAST_NAMES)}`
      const email = `${name
        .toLowerCase()
        .normalize('NFD')
        .replace(/[\u0300-\u036f]/g, '')
        .replace(/[^a-z]+/g, '.')}.${facts.people}@exempel.se`
      return insert('person', {
        name,
        title: null,
        organisation_id: organisationId,
        email,
        phone: null,
        created_at: STAMP,
        updated_at: STAMP,
      })
    }
    const secretaryId = newPerson(organisationIds[1]!)

    const councilId = insert('body', {
      name: 'Trygghetsrådet',
      kind: 'council',
      area: 'Kommunen',
      parent_id: null,
      created_at: STAMP,
      updated_at: STAMP,
    })
    facts.councilId = councilId
    const bodies: BodyPlan[] = [{ id: councilId, kind: 'council', seats: COUNCIL_SEATS }]
    for (const area of LOCAL_GROUP_AREAS) {
      bodies.push({
        id: insert('body', {
          name: `Trygghetsgrupp ${area}`,
          kind: 'localGroup',
          area,
          parent_id: councilId,
          created_at: STAMP,
          updated_at: STAMP,
        }),
        kind: 'localGroup',
        seats: GROUP_SEATS,
      })
    }
    facts.bodies = bodies.length

    for (const body of bodies) {
      insert('membership', {
        body_id: body.id,
        person_id: secretaryId,
        role: 'secretary',
        seat_id: null,
        deputy_for_id: null,
        from_date: TERM_STARTS[0],
        to_date: null,
        created_at: STAMP,
      })
      const seatHolders = generateSeats(random, insert, newPerson, body, organisationIds)
      generateMeetings(
        random,
        insert,
        body,
        seatHolders,
        organisationIds,
        bodies.slice(1).map((b) => b.id),
        facts,
      )
      generateGoals(random, insert, body.id, body.kind === 'council', facts)
    }
    generateBudget(
      random,
      insert,
      bodies.map((b) => b.id),
      facts,
    )
  })()
  db.close()
  return facts
}

function generateSeats(
  random: Random,
  insert: Insert,
  newPerson: (organisationId: number) => number,
  body: { id: number; seats: number },
  organisationIds: number[],
): Holder[][] {
  const seats: Holder[][] = []
  for (let position = 0; position < body.seats; position++) {
    const organisationId = organisationIds[position % organisationIds.length]!
    const seatId = insert('seat', {
      body_id: body.id,
      organisation_id: organisationId,
      label: `Plats ${position + 1}`,
      position,
    })
    const turnout = random.chance(0.6) ? 0.9 : random.chance(0.6) ? 0.7 : 0.3
    const starts = TERM_STARTS.filter((_, term) => term === 0 || random.chance(0.35))
    const role = position === 0 ? 'chair' : position === 1 ? 'viceChair' : 'member'
    seats.push(
      starts.map((from, index) => {
        const next = starts[index + 1]
        const to = next ? day(next, -1) : null
        const personId = newPerson(organisationId)
        const membershipId = insert('membership', {
          body_id: body.id,
          person_id: personId,
          role,
          seat_id: seatId,
          deputy_for_id: null,
          from_date: from,
          to_date: to,
          created_at: STAMP,
        })
        const deputyPersonId = newPerson(organisationId)
        insert('membership', {
          body_id: body.id,
          person_id: deputyPersonId,
          role: 'deputy',
          seat_id: null,
          deputy_for_id: membershipId,
          from_date: from,
          to_date: to,
          created_at: STAMP,
        })
        return { personId, membershipId, deputyPersonId, from, to, turnout }
      }),
    )
  }
  return seats
}

if (import.meta.main) {
  const out = process.argv[2]
  if (!out) {
    console.error('Användning: node scripts/bench/generate.ts UT.sqlite')
    process.exit(2)
  }
  const started = performance.now()
  const facts = await generateLargeDatabase(out)
  console.log(JSON.stringify(facts), `${Math.round(performance.now() - started)} ms`)
}
