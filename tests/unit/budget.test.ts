import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { createTestDatabase, type TestDatabase, errorOf, brief } from '../support/testDatabase.ts'

let db: TestDatabase
beforeEach(async () => {
  db = await createTestDatabase()
})
afterEach(async () => db.close())

const grantInput = {
  caseNumber: 'B3.3-0294/2011',
  projectName: 'Trygghetsprojektet',
  amountGranted: 50_000,
  fromYear: 2012,
  toYear: 2013,
}
const activity = (
  name: string,
  lines: { year: number; totalCost: number; grantAmount: number }[],
  grantId: number | null,
) => ({
  name,
  kind: 'safetyDay' as const,
  grantId,
  startDate: null,
  lines,
})

describe('activities and budget', () => {
  it('sums per year and over the project, with own financing derived', async () => {
    const grant = await db.call('budget.createGrant', grantInput)
    await db.call(
      'budget.createActivity',
      activity(
        'Trygghetsdag 1',
        [{ year: 2012, totalCost: 37_000, grantAmount: 10_000 }],
        grant.id,
      ),
    )
    await db.call(
      'budget.createActivity',
      activity('Trygghetsdag 2', [{ year: 2012, totalCost: 10_000, grantAmount: 0 }], grant.id),
    )
    const researcher = await db.call(
      'budget.createActivity',
      activity('Följeforskare', [{ year: 2013, totalCost: 69_000, grantAmount: 40_000 }], grant.id),
    )
    expect(researcher.lines[0]).toMatchObject({
      totalCost: 69_000,
      grantAmount: 40_000,
      ownFinancing: 29_000,
    })
    const overview = await db.call('budget.overview')
    expect(
      overview.years.map(({ year, totalCost, grantAmount, ownFinancing }) => [
        year,
        totalCost,
        grantAmount,
        ownFinancing,
      ]),
    ).toEqual([
      [2012, 47_000, 10_000, 37_000],
      [2013, 69_000, 40_000, 29_000],
    ])
    expect(overview.total).toEqual({
      totalCost: 116_000,
      grantAmount: 50_000,
      ownFinancing: 66_000,
    })
    expect(overview.grants[0]!.use).toMatchObject({
      granted: 50_000,
      used: 50_000,
      remaining: 0,
      warnings: [],
    })
    const only2012 = await db.call('budget.listActivities', { year: 2012 })
    expect(only2012.map((row) => row.name)).toEqual(['Trygghetsdag 1', 'Trygghetsdag 2'])
  })

  it('refuses negative, fractional, text amounts and a grant above the total, per field, saving nothing', async () => {
    const grant = await db.call('budget.createGrant', grantInput)
    const cases: [unknown, unknown, string, string][] = [
      [-5, 0, 'lines.0.totalCost', 'Totalkostnaden kan inte vara negativ.'],
      [1000.5, 0, 'lines.0.totalCost', 'Totalkostnaden skrivs i hela kronor, utan ören.'],
      [true, 0, 'lines.0.totalCost', 'Totalkostnaden måste vara ett belopp i hela kronor.'],
      ['1e3', 0, 'lines.0.totalCost', 'Totalkostnaden ska skrivas med siffror, t.ex. 37 000.'],
      [1000, -1, 'lines.0.grantAmount', 'Medel från Brå kan inte vara negativt.'],
      [
        10_000,
        12_000,
        'lines.0.grantAmount',
        'Medel från Brå (12 000 kr) kan inte vara större än totalkostnaden (10 000 kr).',
      ],
    ]
    for (const [totalCost, grantAmount, path, message] of cases) {
      const error = await errorOf(
        db.call(
          'budget.createActivity',
          activity('Fel', [{ year: 2012, totalCost, grantAmount } as never], grant.id),
        ),
      )
      expect(error.code).toBe('VALIDATION')
      expect(brief(error.issues)).toContainEqual({ path, message })
    }
    const twice = await errorOf(
      db.call(
        'budget.createActivity',
        activity(
          'Två rader samma år',
          [
            { year: 2012, totalCost: 1, grantAmount: 0 },
            { year: 2012, totalCost: 2, grantAmount: 0 },
          ],
          grant.id,
        ),
      ),
    )
    expect(brief(twice.issues)).toContainEqual({
      path: 'lines.1.year',
      message: 'Året 2012 finns redan på en annan budgetrad. Slå ihop raderna.',
    })
    const noGrant = await errorOf(
      db.call(
        'budget.createActivity',
        activity('Utan bidrag', [{ year: 2012, totalCost: 1000, grantAmount: 500 }], null),
      ),
    )
    expect(noGrant.message).toContain('hör inte till något bidrag')
    expect(await db.call('budget.listActivities')).toEqual([])
  })

  it('warns when the grant is overspent, and replaces lines when an activity is changed', async () => {
    const grant = await db.call('budget.createGrant', grantInput)
    const day = await db.call(
      'budget.createActivity',
      activity('Dag', [{ year: 2012, totalCost: 40_000, grantAmount: 30_000 }], grant.id),
    )
    await db.call('budget.updateActivity', {
      id: day.id,
      ...activity(
        'Dag',
        [
          { year: 2012, totalCost: 40_000, grantAmount: 40_000 },
          { year: 2014, totalCost: 20_000, grantAmount: 15_000 },
        ],
        grant.id,
      ),
    })
    const [listed] = await db.call('budget.listGrants')
    expect(listed!.use.used).toBe(55_000)
    expect(listed!.use.warnings).toEqual([
      'Medlen från Brå i budgeten (55 000 kr) är 5 000 kr mer än det beviljade beloppet (50 000 kr).',
      '2014 ligger utanför bidragsperioden 2012–2013 men har 15 000 kr i medel från Brå.',
    ])
    const [changed] = await db.call('budget.listActivities')
    expect(changed!.lines.map((line) => line.year)).toEqual([2012, 2014])
    const refused = await errorOf(db.call('budget.deleteGrant', { id: grant.id }))
    expect(refused).toMatchObject({
      code: 'CONFLICT',
      message: 'Bidraget B3.3-0294/2011 har 1 aktivitet(er). Flytta eller ta bort dem först.',
    })
    await db.call('budget.deleteActivity', { id: day.id })
    expect((await db.call('budget.overview')).total.totalCost).toBe(0)
  })

  it('refuses a duplicate case number and a period that ends before it starts', async () => {
    await db.call('budget.createGrant', grantInput)
    expect(await errorOf(db.call('budget.createGrant', grantInput))).toMatchObject({
      code: 'CONFLICT',
    })
    const period = await errorOf(
      db.call('budget.createGrant', {
        ...grantInput,
        caseNumber: 'X-1',
        fromYear: 2014,
        toYear: 2013,
      }),
    )
    expect(brief(period.issues)).toContainEqual({
      path: 'toYear',
      message: 'Bidragsperiodens sista år kan inte vara före det första.',
    })
    const amount = await errorOf(
      db.call('budget.createGrant', { ...grantInput, caseNumber: 'X-2', amountGranted: 49_999.5 }),
    )
    expect(brief(amount.issues)).toContainEqual({
      path: 'amountGranted',
      message: 'Det beviljade beloppet skrivs i hela kronor, utan ören.',
    })
  })
})

describe('the example data', () => {
  it('holds the seed’s activities, amounts, grant, indicators and report', async () => {
    await db.call('system.loadExampleData')
    const tables = await db.call('budget.yearTables')
    expect(
      tables.map((year) => [
        year.year,
        year.rows.map((row) => [row.name, row.totalCost, row.grantAmount, row.ownFinancing]),
      ]),
    ).toEqual([
      [
        2012,
        [
          ['Trygghetsdag 1', 37_000, 10_000, 27_000],
          ['Trygghetsdag 2', 10_000, 0, 10_000],
          ['Trygghetsdag 3', 21_500, 0, 21_500],
        ],
      ],
      [
        2013,
        [
          ['Följeforskare', 69_000, 40_000, 29_000],
          ['Trygghetsdag 1', 19_000, 0, 19_000],
          ['Trygghetsdag 2', 7_000, 0, 7_000],
        ],
      ],
    ])
    const overview = await db.call('budget.overview')
    expect(overview.total).toEqual({
      totalCost: 163_500,
      grantAmount: 50_000,
      ownFinancing: 113_500,
    })
    expect(
      overview.grants.map((grant) => [
        grant.caseNumber,
        grant.amountGranted,
        grant.fromYear,
        grant.toYear,
      ]),
    ).toEqual([['B3.3-0294/2011', 50_000, 2012, 2013]])
    const indicators = await db.call('indicators.list')
    expect(indicators[0]).toMatchObject({
      name: 'Trygghetsindex',
      lowerIsBetter: true,
      values: [
        { year: 2010, value: 1.33 },
        { year: 2013, value: 1.21 },
      ],
    })
    const report = await db.call('reports.getFinalReport', {
      grantId: overview.grants[0]!.id,
    })
    expect(report.signatories).toEqual([
      { name: 'Maria Lindqvist', title: 'Direktör, Kultur & Fritid' },
      { name: 'Annika Holmgren', title: 'Ekonom, Kultur & Fritid' },
    ])
    expect([report.place, report.reportDate]).toEqual(['Sundsvall', '2014-01-07'])
    expect(report.texts.problem).toMatch(/^Projektet ska arbeta för att utveckla arbetssätt/)
    expect(report.actors.inEveryLocalGroup).toEqual(['Polisen', 'kommunen'])
    expect(report.actors.localGroupCount).toBe(14)
    // Fictional people only.
    expect(JSON.stringify(report)).not.toMatch(/Näsman|Strandin|Edvall|Elefalk|Otterström/)
  })
})

describe('the final report draft', () => {
  it('saves continuously, keeps odd characters out, and refuses a stale version', async () => {
    const grant = await db.call('budget.createGrant', grantInput)
    const empty = await db.call('reports.getFinalReport', { grantId: grant.id })
    expect(empty.version).toBe(0)
    const texts = {
      problem: 'Första\u0007 raden\r\n- punkt',
      measures: '',
      implementation: '',
      actorsNote: '',
      results: '',
    }
    const saved = await db.call('reports.saveFinalReport', {
      grantId: grant.id,
      version: 0,
      texts,
      place: 'Sundsvall',
      reportDate: '2014-01-07',
      signatories: [],
    })
    expect(saved.texts.problem).toBe('Första raden\n- punkt')
    expect(saved.savedAt).not.toBeNull()
    const again = await db.call('reports.saveFinalReport', {
      grantId: grant.id,
      version: saved.version,
      texts: { ...texts, results: 'Bra' },
      place: 'Sundsvall',
      reportDate: null,
      signatories: [{ name: 'Maria Lindqvist', title: 'Direktör' }],
    })
    expect(again.version).toBeGreaterThan(saved.version)
    expect(again.signatories).toEqual([{ name: 'Maria Lindqvist', title: 'Direktör' }])
    const stale = await errorOf(
      db.call('reports.saveFinalReport', {
        grantId: grant.id,
        version: saved.version,
        texts,
        place: null,
        reportDate: null,
        signatories: [],
      }),
    )
    expect(stale.code).toBe('CONFLICT')
    expect((await db.call('reports.getFinalReport', { grantId: grant.id })).texts.results).toBe(
      'Bra',
    )
    const tooLong = await errorOf(
      db.call('reports.saveFinalReport', {
        grantId: grant.id,
        version: again.version,
        texts: { ...texts, problem: 'x'.repeat(200_001) },
        place: null,
        reportDate: null,
        signatories: [],
      }),
    )
    expect(tooLong.issues?.[0]).toMatchObject({
      path: 'texts.problem',
      message: expect.stringContaining('Problembilden är för lång ('),
    })
  })
})
