import type Database from 'better-sqlite3'
import { contract } from '../../src/shared/api/index.ts'
import { time, type Figure } from './figures.ts'
import type { BenchServices } from './services.ts'
import { BENCH_TODAY, LAST_YEAR } from './shape.ts'

/** The rows the inputs point at: the council, its latest held meeting, the next one, and so on. */
export interface BenchIds {
  councilId: number
  groupId: number
  heldMeetingId: number
  /** A § number in the held meeting's minutes (for the protokollsutdrag). */
  heldParagraphNumber: number
  nextMeetingId: number
  memberPersonId: number
  goalDocumentId: number
  goalVersions: number
  grantId: number
}

export function lookUpIds(raw: Database.Database): BenchIds {
  const one = <T>(sql: string, ...params: unknown[]): T => raw.prepare(sql).get(...params) as T
  const councilId = one<{ id: number }>(`select id from body where kind = 'council'`).id
  const heldMeetingId = one<{ id: number }>(
    `select id from meeting where body_id = ? and date < ? order by date desc limit 1`,
    councilId,
    BENCH_TODAY,
  ).id
  const goal = one<{ id: number; versions: number }>(
    `select d.id, count(v.id) as versions from goal_document d join goal_version v on v.document_id = d.id where d.body_id = ? group by d.id`,
    councilId,
  )
  return {
    councilId,
    groupId: one<{ id: number }>(
      `select id from body where kind = 'localGroup' order by id limit 1`,
    ).id,
    heldMeetingId,
    heldParagraphNumber: one<{ number: number }>(
      `select p.number from minutes_paragraph p join minutes m on m.id = p.minutes_id where m.meeting_id = ? order by p.position limit 1`,
      heldMeetingId,
    ).number,
    nextMeetingId: one<{ id: number }>(
      `select id from meeting where body_id = ? and date >= ? order by date limit 1`,
      councilId,
      BENCH_TODAY,
    ).id,
    memberPersonId: one<{ id: number }>(
      `select person_id as id from membership where body_id = ? and role = 'member' and to_date is null order by id limit 1`,
      councilId,
    ).id,
    goalDocumentId: goal.id,
    goalVersions: goal.versions,
    grantId: one<{ id: number }>(`select id from "grant" order by from_year desc limit 1`).id,
  }
}

const yearRule = {
  weekday: 2,
  weeks: [6, 12, 19, 38, 44, 50],
  startTime: '13:15',
  endTime: '15:00',
  place: 'Stadshuset',
  noticeDaysBefore: 10,
  replyDaysBefore: 3,
  holidayPolicy: 'nextWorkday',
}

/**
 * What the screens ask for when the secretary opens them (the renderer's default inputs), per read
 * procedure. A read procedure missing here fails the bench, so a new one cannot go unmeasured.
 */
export function readInputs(ids: BenchIds): Record<string, unknown> {
  return {
    'system.info': {},
    'register.listOrganisations': {},
    'register.listPeople': {},
    'register.listBodies': {},
    'register.getBody': { id: ids.councilId },
    'goals.listDocuments': {},
    'goals.getDocument': { id: ids.goalDocumentId },
    'goals.getVersion': { documentId: ids.goalDocumentId, number: ids.goalVersions },
    'goals.compareVersions': { documentId: ids.goalDocumentId, from: 1, to: ids.goalVersions },
    'goals.listIdeas': { bodyId: ids.councilId },
    'budget.listGrants': {},
    'budget.listActivities': { year: LAST_YEAR },
    'budget.overview': {},
    'budget.yearTables': { year: LAST_YEAR, grantId: null },
    'indicators.list': {},
    'reports.getFinalReport': { grantId: ids.grantId },
    'meetings.list': {},
    'meetings.get': { id: ids.nextMeetingId },
    'meetings.getTemplate': { bodyId: ids.councilId },
    'meetings.previewYearPlan': { bodyId: ids.councilId, year: LAST_YEAR + 1, rule: yearRule },
    'meetings.rotation': { councilId: ids.councilId },
    'backup.list': {},
    'attendance.get': { meetingId: ids.nextMeetingId },
    'attendance.deputyProposal': {
      meetingId: ids.nextMeetingId,
      memberPersonId: ids.memberPersonId,
    },
    'attendance.statistics': { bodyId: ids.councilId, fromYear: null, toYear: null },
    'minutes.get': { meetingId: ids.heldMeetingId },
    'minutes.listActions': { filter: 'open' },
    'minutes.listDecisions': {},
    'minutes.adjustmentsDue': {},
    'minutes.situationHistory': { bodyId: ids.councilId },
    'minutes.getPhrases': { bodyId: ids.councilId },
    'minutes.search': { query: 'trafiksituationen skolorna' },
  }
}

/** Read procedures that do not read the data set; each is measured elsewhere, as the reason says. */
export const NOT_ON_THE_DATA_SET: Record<string, string> = {
  'register.previewMemberImport':
    'parses an uploaded workbook; its limits are in tests/unit/importCorpus.test.ts',
}

/**
 * Replays the exact SQL a procedure sent, in order, straight on better-sqlite3: the floor under the
 * ORM, the dispatcher and the DTOs. Prepared each time, as MikroORM does, since a statement may
 * use a temporary table an earlier one created.
 */
export function replay(raw: Database.Database, sqls: string[]): void {
  for (const sql of sqls) {
    const statement = raw.prepare(sql)
    if (statement.reader) statement.all()
    else statement.run()
  }
}

async function rawFloor(services: BenchServices, sqls: string[]): Promise<number> {
  return (await time(() => replay(services.raw, sqls))).median
}

export async function procedureFigures(services: BenchServices, ids: BenchIds): Promise<Figure[]> {
  const inputs = readInputs(ids)
  const reads = Object.entries(contract)
    .filter(([, procedure]) => procedure.kind === 'query')
    .map(([name]) => name)
  const unmeasured = reads.filter((name) => !(name in inputs) && !(name in NOT_ON_THE_DATA_SET))
  if (unmeasured.length > 0) throw new Error(`Bench has no input for: ${unmeasured.join(', ')}`)

  const figures: Figure[] = []
  for (const name of reads.filter((read) => read in inputs)) {
    const input = inputs[name]
    const sqls = await services.capture(() => services.call(name, input))
    const timing = await time(() => services.call(name, input))
    const floor = sqls.length > 0 ? await rawFloor(services, sqls) : 0
    figures.push({
      name: `${name} (${sqls.length} SQL)`,
      median: timing.median,
      p95: timing.p95,
      ...(floor > 0 ? { ratio: timing.median / floor } : {}),
      target: 'p95 ≤ 10 ms',
      met: timing.p95 <= 10,
    })
  }
  return figures
}
