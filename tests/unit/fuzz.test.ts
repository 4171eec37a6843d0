/**
 * Hostile input: every procedure of the contract, through the same dispatcher the UI uses, with
 * arbitrary input. No crash (never INTERNAL), every rejection typed (VALIDATION, or NOT_FOUND /
 * CONFLICT for input the schema accepts), and no change to the database on rejection.
 * RADSRUM_FUZZ_RUNS=10000 npx vitest run tests/unit/fuzz.test.ts for the long run.
 */
import fc from 'fast-check'
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest'
import type { z } from 'zod'
import { contract, procedureNames } from '../../src/shared/api/index.ts'
import {
  checkErrorSaysKnownKey,
  createTestDatabase,
  type TestDatabase,
} from '../support/testDatabase.ts'
import { fingerprint } from '../support/fingerprint.ts'

const RUNS = Number(process.env.RADSRUM_FUZZ_RUNS ?? 300)
// Plausible input reaches the writes and documents, which cost milliseconds each: fewer of those.
const PLAUSIBLE_RUNS = Number(
  process.env.RADSRUM_FUZZ_PLAUSIBLE_RUNS ?? Math.max(30, Math.ceil(RUNS / 50)),
)
const SEED = Number(process.env.RADSRUM_FUZZ_SEED ?? 20261125)

type Def = {
  type: string
  innerType?: z.ZodType
  in?: z.ZodType
  shape?: Record<string, z.ZodType>
  entries?: Record<string, string>
}
const defOf = (schema: z.ZodType) => (schema as unknown as { _zod: { def: Def } })._zod.def

/** Strips optional/default/pipe wrappers down to the object schema (if there is one). */
function unwrap(schema: z.ZodType): z.ZodType {
  let current = schema
  for (let depth = 0; depth < 10; depth++) {
    const def = defOf(current)
    if (def.innerType) current = def.innerType
    else if (def.type === 'pipe' && def.in) current = def.in
    else break
  }
  return current
}

const hostileText = fc.constantFrom(
  '',
  ' ',
  '<script>alert(1)</script>',
  '<img src=x onerror=alert(1)>',
  "'; drop table person; --",
  '%',
  '_',
  '\u0000',
  '\u202e',
  '=HYPERLINK("http://x")',
  'a@b.se',
  '2026-11-25',
  '2026-02-30',
  '13:15',
  'x'.repeat(300),
  '__proto__',
  'constructor',
)
const small = fc.oneof(
  fc.constant(null),
  fc.constant(undefined),
  fc.boolean(),
  fc.integer({ min: -2, max: 40 }),
  fc.double(),
  fc.string({ maxLength: 20 }),
  hostileText,
  fc.array(fc.integer({ min: 0, max: 20 }), { maxLength: 3 }),
  fc.dictionary(fc.string({ maxLength: 5 }), fc.integer(), { maxKeys: 2 }),
)

/** Ids that exist in the example database, by table, read once before the runs. */
type Ids = Map<string, number[]>
const camel = (table: string) => table.replace(/_(.)/g, (_, c: string) => c.toUpperCase())
/** Words in field and procedure names that mean another table's id. */
const ALIASES: Record<string, string> = {
  item: 'agenda_item',
  fromItem: 'agenda_item',
  toItem: 'agenda_item',
  afterItem: 'agenda_item',
  paragraph: 'minutes_paragraph',
  action: 'action_item',
  document: 'goal_document',
  section: 'goal_section',
  version: 'goal_version',
  council: 'body',
  group: 'body',
  localGroup: 'body',
  servingFor: 'person',
  guest: 'attendance',
  line: 'budget_line',
  value: 'indicator_value',
  signatory: 'report_signatory',
  rule: 'quorum_rule',
  phrase: 'standard_phrase',
  report: 'final_report',
  deputyFor: 'membership',
  member: 'membership',
  template: 'agenda_template_item',
}
/** The table an id field names: the longest table (or alias) the name ends with ('ownerPersonId' → person). */
function tableFor(name: string, ids: Ids): string | undefined {
  const lower = name.toLowerCase()
  const candidates = [
    ...[...ids.keys()].map((table) => [camel(table), table] as const),
    ...Object.entries(ALIASES),
  ].filter(([word]) => lower.endsWith(word.toLowerCase()))
  return candidates.sort((a, b) => b[0].length - a[0].length)[0]?.[1]
}
const idTable = (key: string, procedure: string, ids: Ids): string | undefined => {
  const [area, verb] = procedure.split('.') as [string, string]
  // A bare `id` is the id of what the procedure names (register.updatePerson → person), or of its
  // area (meetings.markCalled → meeting).
  return key === 'id'
    ? (tableFor(verb.replace(/^[a-z]+/, ''), ids) ?? tableFor(area.replace(/s$/, ''), ids))
    : tableFor(key.replace(/Ids?$/, ''), ids)
}
const idsFor = (key: string, procedure: string, ids: Ids): number[] => {
  const table = idTable(key, procedure, ids)
  const found = table ? ids.get(table) : undefined
  return found && found.length > 0 ? found : [1, 2, 3]
}

const sample = <T>(values: T[]) => fc.constantFrom(...values.slice(0, 400))
const plausibleText = fc.constantFrom(
  'Anna Berg',
  'Trygghetsvandring i Centrum',
  'Lägesbild från polisen',
  'Rådet beslutar att godkänna förslaget.',
)

/**
 * A value the schema may well accept, taken from the example database (existing ids, dates in its
 * range, its enums), so that the writes are reached and not only their validation.
 */
function plausible(
  key: string,
  schema: z.ZodType,
  procedure: string,
  ids: Ids,
): fc.Arbitrary<unknown> {
  const def = defOf(schema) as Def & {
    element?: z.ZodType
    options?: z.ZodType[]
    values?: unknown[]
  }
  if (def.innerType) {
    const inner = plausible(key, def.innerType, procedure, ids)
    return def.type === 'nullable' || def.type === 'optional'
      ? fc.oneof({ arbitrary: inner, weight: 4 }, { arbitrary: fc.constant(null), weight: 1 })
      : inner
  }
  if (def.type === 'pipe' && def.in) return plausible(key, def.in, procedure, ids)
  if (def.entries) return fc.constantFrom(...Object.values(def.entries))
  if (def.type === 'literal' && def.values) return fc.constantFrom(...def.values)
  if (def.type === 'union' && def.options)
    return fc.oneof(...def.options.map((option) => plausible(key, option, procedure, ids)))
  if (def.type === 'boolean') return fc.boolean()
  if (def.type === 'array' && def.element)
    return fc.array(plausible(key, def.element, procedure, ids), { maxLength: 3 })
  if (def.type === 'object' && def.shape) return plausibleObject(def.shape, procedure, ids)
  if (def.type === 'number') {
    if (/(^id|Ids?)$/.test(key)) return sample(idsFor(key, procedure, ids))
    if (/year/i.test(key)) return fc.constantFrom(2025, 2026, 2027)
    if (/version/i.test(key)) return fc.integer({ min: 1, max: 6 }) // the example's rows are at 1–5
    if (/minutes|duration/i.test(key)) return fc.constantFrom(5, 15, 30)
    if (/amount|cost|sek|total|grant|value|target|baseline/i.test(key))
      return fc.constantFrom(0, 5000, 120_000)
    return fc.integer({ min: 0, max: 12 })
  }
  if (def.type === 'string') {
    if (/time$|^(start|end)s?$/i.test(key)) return fc.constantFrom('09:00', '13:15', '15:00')
    if (/date|on$|^(from|to|until|since|day)$/i.test(key))
      return fc.constantFrom('2026-01-15', '2026-06-10', '2026-11-25', '2027-02-09')
    if (/email/i.test(key)) return fc.constantFrom('anna.berg@exempel.se', '')
    if (/phone/i.test(key)) return fc.constantFrom('070-123 45 67', '')
    if (/week/i.test(key)) return fc.constantFrom('2026-W48')
    return plausibleText
  }
  return small
}

function plausibleObject(
  shape: Record<string, z.ZodType>,
  procedure: string,
  ids: Ids,
): fc.Arbitrary<unknown> {
  const fields: Record<string, fc.Arbitrary<unknown>> = {}
  for (const [key, field] of Object.entries(shape))
    fields[key] = plausible(key, field, procedure, ids)
  const required = Object.entries(shape)
    .filter(([, field]) => !field.safeParse(undefined).success)
    .map(([key]) => key)
  const record = fc.record(fields, { requiredKeys: required })
  // A `version` beside the id is mostly the row's current one, so the optimistic lock lets it through.
  const table = idTable('id', procedure, ids)
  if (!('version' in shape) || !('id' in shape) || !table || !currentVersion) return record
  const read = currentVersion
  return fc
    .tuple(record, fc.boolean())
    .map(([value, stale]) =>
      stale ? value : { ...value, version: read(table, (value as { id?: unknown }).id) ?? 1 },
    )
}

/** The current version of a row (set per procedure from the live database), or undefined. */
let currentVersion: ((table: string, id: unknown) => number | undefined) | undefined

/** Input shaped like the schema (its keys, its enum values) with hostile values, or anything at all. */
function inputFor(schema: z.ZodType): fc.Arbitrary<unknown> {
  const anything = fc.anything({
    maxDepth: 2,
    maxKeys: 4,
    withBigInt: true,
    withDate: true,
    withMap: true,
    withSet: true,
    withTypedArray: true,
    withNullPrototype: true,
  })
  const object = unwrap(schema)
  const shape = defOf(object).shape
  if (!shape) return fc.oneof(anything, small)
  // No fields: {} is the one valid input; try it sometimes, hostile values mostly.
  if (Object.keys(shape).length === 0)
    return fc.oneof(
      { arbitrary: fc.constant({}), weight: 1 },
      { arbitrary: anything, weight: 4 },
      { arbitrary: small, weight: 2 },
    )
  const fields: Record<string, fc.Arbitrary<unknown>> = {}
  for (const [key, field] of Object.entries(shape)) {
    const entries = defOf(unwrap(field)).entries
    fields[key] = entries ? fc.oneof(fc.constantFrom(...Object.values(entries)), small) : small
  }
  const shaped = fc.record(fields, { requiredKeys: [] })
  const withExtra = fc
    .tuple(shaped, fc.string({ maxLength: 6 }), small)
    .map(([value, key, extra]) => ({ ...value, [key]: extra }))
  return fc.oneof(
    { arbitrary: shaped, weight: 3 },
    { arbitrary: withExtra, weight: 1 },
    { arbitrary: anything, weight: 1 },
  )
}

describe(`every procedure under arbitrary input (${RUNS} hostile and ${PLAUSIBLE_RUNS} plausible runs each, seed ${SEED})`, () => {
  let db: TestDatabase
  const ids: Ids = new Map()
  const succeeded = new Map<string, number>()
  beforeAll(async () => {
    db = await createTestDatabase()
  }, 60_000)
  /** Before each procedure: the example again if a run emptied the database (system.startOver), and its ids. */
  beforeEach(async () => {
    if ((await db.call('system.info')).isEmpty) await db.call('system.loadExampleData')
    const native = await db.database.orm.em.getConnection().getNativeClient()
    const tables = native
      .prepare("select name from sqlite_master where type = 'table' and sql like '%`id` integer%'")
      .pluck()
      .all() as string[]
    currentVersion = (table, id) => {
      try {
        return native.prepare(`select version from \`${table}\` where id = ?`).pluck().get(id) as
          number | undefined
      } catch {
        return undefined // no version column, or an id SQLite cannot bind
      }
    }
    for (const table of tables)
      ids.set(
        table,
        native.prepare(`select id from \`${table}\` order by id`).pluck().all() as number[],
      )
  }, 60_000)
  afterAll(async () => {
    const mutations = procedureNames.filter((name) => contract[name].kind === 'mutation')
    const never = mutations.filter((name) => !succeeded.get(name))
    console.log(
      `fuzz: ${mutations.length - never.length} of ${mutations.length} mutations succeeded at least once; never: ${never.join(', ') || '–'}`,
    )
    await db.close()
  })

  it.each(procedureNames)('%s', { timeout: 600_000 }, async (name) => {
    const procedure = contract[name]
    const native = () => db.database.orm.em.getConnection().getNativeClient()
    const totalChanges = async () =>
      ((await native()).prepare('select total_changes() as n').get() as { n: number }).n
    let known = fingerprint(await native())
    let stale = false
    const outcomes: Record<string, number> = {}
    const started = Date.now()
    // A procedure without input fields accepts only what parses to {}: one real success covers them all
    // (building the register workbook or a backup a thousand times would only measure exceljs and the disk).
    const noFields =
      Object.keys(defOf(unwrap(procedure.input)).shape ?? { input: true }).length === 0
    let succeededOnce = false
    // Likewise a document or a query, after a few successes, only repeats the library's work; a write
    // still changes the data for the next run, so it runs more often.
    const repeatCap = procedure.kind === 'mutation' ? 40 : 5
    const check = async (raw: unknown) => {
      const input = raw
      if (stale) {
        known = fingerprint(await native())
        stale = false
      }
      const enough = noFields ? succeededOnce : (outcomes.ok ?? 0) >= repeatCap
      if (enough && procedure.input.safeParse(input).success) {
        outcomes.okRepeat = (outcomes.okRepeat ?? 0) + 1
        return
      }
      const changesBefore = await totalChanges()
      const result = await db.dispatcher.call(name, input)
      db.host.saved.length = 0
      const outcome = result.ok ? 'ok' : result.error.code
      outcomes[outcome] = (outcomes[outcome] ?? 0) + 1
      if (result.ok) {
        succeededOnce = true
        if (procedure.kind !== 'query') stale = true
        return
      }
      expect(['VALIDATION', 'NOT_FOUND', 'CONFLICT'], `${name}: ${result.error.message}`).toContain(
        result.error.code,
      )
      expect(typeof result.error.message).toBe('string')
      // Sayable in the English UI too: a key both catalogues know, with its parameters.
      checkErrorSaysKnownKey(result.error)
      if (result.error.code !== 'VALIDATION')
        expect(
          procedure.input.safeParse(input).success,
          `${name}: ${result.error.code} for input the schema rejects`,
        ).toBe(true)
      // Rejected: the database is unchanged (cheap check first; a rolled-back write shows in total_changes, so then compare checksums).
      if ((await totalChanges()) !== changesBefore) expect(fingerprint(await native())).toBe(known)
    }
    const options = { seed: SEED, endOnFailure: true }
    await fc.assert(fc.asyncProperty(inputFor(procedure.input), check), {
      ...options,
      numRuns: RUNS,
    })
    const shape = defOf(unwrap(procedure.input)).shape
    if (shape && !noFields)
      await fc.assert(fc.asyncProperty(plausibleObject(shape, name, ids), check), {
        ...options,
        numRuns: PLAUSIBLE_RUNS,
      })
    succeeded.set(name, outcomes.ok ?? 0)
    console.log(`fuzz ${name}: ${JSON.stringify(outcomes)} in ${Date.now() - started} ms`)
  })
})
