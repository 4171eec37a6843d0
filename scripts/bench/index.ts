/**
 * npm run bench: builds the ten-year data set (fixed seed) and prints one figure per line:
 * name, median, p95, and where there is a floor the ratio to it, with the issue's target.
 * Figures, not assertions: a missed target is printed as MISS, and the bench still exits 0.
 *
 *   npm run bench                  everything (about five minutes on two cores)
 *   npm run bench -- --reuse       keep .bench/large.sqlite from an earlier run
 *   npm run bench -- --no-browser  skip the Chromium figures
 *   npm run bench -- --only=exports,memory,bundle   only these parts (start, procedures,
 *                                  statistics, search, documents, exports, memory, bundle, browser)
 */
import { existsSync, mkdirSync } from 'node:fs'
import { loadavg } from 'node:os'
import { resolve } from 'node:path'
import { documentFigures, exportFigures } from './documents.ts'
import { formatFigure, time, type Figure } from './figures.ts'
import { generateLargeDatabase } from './generate.ts'
import { memoryFigures } from './memory.ts'
import { lookUpIds, procedureFigures, replay } from './procedures.ts'
import { openBenchServices } from './services.ts'

const SEARCH_TERMS = [
  'trafiksituationen',
  'belysningen gångvägen',
  'klotter',
  'trygghetsvandring',
  'Brå',
]

const args = new Set(process.argv.slice(2))
const onlyArgument = [...args].find((arg) => arg.startsWith('--only='))
const only = onlyArgument ? new Set(onlyArgument.slice('--only='.length).split(',')) : null
const wants = (part: string) => only === null || only.has(part)
const folder = resolve('.bench')
const path = resolve(folder, 'large.sqlite')
mkdirSync(folder, { recursive: true })
// Timings on a shared machine: say how busy it was when they were taken.
console.log(
  `load average: ${loadavg()
    .map((load) => load.toFixed(2))
    .join(' ')} (1, 5, 15 min)`,
)

const print = (figure: Figure) => console.log(formatFigure(figure))
const figures: Figure[] = []
const report = (more: Figure[]) => {
  for (const figure of more) print(figure)
  figures.push(...more)
}

if (!args.has('--reuse') || !existsSync(path)) {
  const started = performance.now()
  const facts = await generateLargeDatabase(path)
  console.log(
    `data set: ${facts.meetings} meetings, ${facts.agendaItems} items, ${facts.attendanceRows} attendance rows, ${facts.paragraphs} §, ${facts.actions} actions, ${facts.people} people, ${facts.goalVersions} goal versions, ${facts.budgetLines} budget lines (seed ${facts.seed}, ${Math.round(performance.now() - started)} ms)`,
  )
}

if (wants('start')) {
  const opening = await time(async () => (await openBenchServices(path)).close(), 5, 1)
  report([
    { name: 'app start: open the ten-year database', median: opening.median, p95: opening.p95 },
  ])
}

const services = await openBenchServices(path)
try {
  const ids = lookUpIds(services.raw)
  if (wants('procedures')) report(await procedureFigures(services, ids))

  if (wants('statistics')) await statisticsFigures(ids)
  if (wants('search')) await searchFigures()
  if (wants('documents')) report(await documentFigures(services, ids))
  if (wants('exports')) report(await exportFigures(services, ids))
} finally {
  await services.close()
}

/** Attendance statistics against the same SQL run raw (all bodies ≤ 2; the council alone ≤ 1.5). */
async function statisticsFigures(ids: ReturnType<typeof lookUpIds>) {
  const cases = [
    { label: 'all bodies', bodyId: null, goal: 2 },
    { label: 'council', bodyId: ids.councilId, goal: 1.5 },
  ]
  for (const { label, bodyId, goal } of cases) {
    const input = { bodyId, fromYear: null, toYear: null }
    const statisticsSql = await services.capture(() =>
      services.call('attendance.statistics', input),
    )
    const orm = await time(() => services.call('attendance.statistics', input))
    const raw = await time(() => replay(services.raw, statisticsSql))
    report([
      { name: `attendance statistics, ${label} (raw SQL)`, median: raw.median, p95: raw.p95 },
      {
        name: `attendance statistics, ${label} (ORM)`,
        median: orm.median,
        p95: orm.p95,
        ratio: orm.median / raw.median,
        target: `ratio ≤ ${goal}`,
        met: orm.median / raw.median <= goal,
      },
    ])
  }
}

async function searchFigures() {
  let term = 0
  const search = await time(
    () => services.call('minutes.search', { query: SEARCH_TERMS[term++ % SEARCH_TERMS.length] }),
    50,
  )
  report([
    {
      name: `full-text search, ${SEARCH_TERMS.length} terms`,
      median: search.median,
      p95: search.p95,
      target: 'p95 ≤ 20 ms',
      met: search.p95 <= 20,
    },
  ])
}
if (wants('memory')) report(await memoryFigures(path))
if (wants('bundle')) {
  const { bundleFigures } = await import('./bundle.ts')
  report(await bundleFigures())
}

if (!args.has('--no-browser') && wants('browser')) {
  const { browserFigures } = await import('./browser.ts')
  report(await browserFigures(path))
}

const targeted = figures.filter((figure) => figure.target)
const missed = targeted.filter((figure) => !figure.met)
console.log(
  `\n${targeted.length - missed.length} of ${targeted.length} targets met${missed.length > 0 ? `; missed: ${missed.map((figure) => figure.name).join('; ')}` : ''}`,
)
