/**
 * Hostile input: every procedure of the contract, through the same dispatcher the UI uses, with
 * arbitrary input. No crash (never INTERNAL), every rejection typed (VALIDATION, or NOT_FOUND /
 * CONFLICT for input the schema accepts), and no change to the database on rejection.
 * RADSRUM_FUZZ_RUNS=10000 npx vitest run tests/unit/fuzz.test.ts for the long run.
 */
import fc from 'fast-check'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { z } from 'zod'
import { contract, procedureNames } from '../../src/shared/api/index.ts'
import { createTestDatabase, type TestDatabase } from '../support/testDatabase.ts'
import { fingerprint } from '../support/fingerprint.ts'

const RUNS = Number(process.env.RADSRUM_FUZZ_RUNS ?? 1000)
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

describe(`every procedure under arbitrary input (${RUNS} runs each, seed ${SEED})`, () => {
  let db: TestDatabase
  beforeAll(async () => {
    db = await createTestDatabase()
    await db.call('system.loadExampleData')
  }, 60_000)
  afterAll(() => db.close())

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
    await fc.assert(
      fc.asyncProperty(inputFor(procedure.input), async (raw) => {
        const input = raw
        if (stale) {
          known = fingerprint(await native())
          stale = false
        }
        if (noFields && succeededOnce && procedure.input.safeParse(input).success) {
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
        expect(
          ['VALIDATION', 'NOT_FOUND', 'CONFLICT'],
          `${name}: ${result.error.message}`,
        ).toContain(result.error.code)
        expect(typeof result.error.message).toBe('string')
        if (result.error.code !== 'VALIDATION')
          expect(
            procedure.input.safeParse(input).success,
            `${name}: ${result.error.code} for input the schema rejects`,
          ).toBe(true)
        // Rejected: the database is unchanged (cheap check first; a rolled-back write shows in total_changes, so then compare checksums).
        if ((await totalChanges()) !== changesBefore)
          expect(fingerprint(await native())).toBe(known)
      }),
      { numRuns: RUNS, seed: SEED, endOnFailure: true },
    )
    console.log(`fuzz ${name}: ${JSON.stringify(outcomes)} in ${Date.now() - started} ms`)
  })
})
