/** A benchmark figure: what `npm run bench` prints, one per line. */
export interface Figure {
  name: string
  /** Milliseconds, or the unit below. */
  median: number
  p95: number
  unit?: 'ms' | 'MB' | 'kB' | 'actions'
  /** Median over the median of its floor (raw SQL, the bare library, the empty data set). */
  ratio?: number
  /** The target from the issue, in words, e.g. "p95 ≤ 10 ms". */
  target?: string
  met?: boolean
}

export function quantile(sorted: number[], q: number): number {
  if (sorted.length === 0) return Number.NaN
  const index = Math.min(sorted.length - 1, Math.ceil(q * sorted.length) - 1)
  return sorted[Math.max(0, index)]!
}

export interface Timing {
  median: number
  p95: number
  samples: number[]
}

/**
 * Runs `work` a few times to warm up, then up to `runs` times, and reports median and p95 in ms.
 * Slow work stops after `budgetMs` (with at least five samples), so one slow procedure cannot
 * hold the whole bench for minutes.
 */
export async function time(
  work: () => unknown,
  runs = 30,
  warmup = 3,
  budgetMs = 5_000,
): Promise<Timing> {
  const warmupStart = performance.now()
  for (let i = 0; i < warmup && (i === 0 || performance.now() - warmupStart < budgetMs / 5); i++)
    await work()
  const samples: number[] = []
  const measureStart = performance.now()
  for (let i = 0; i < runs; i++) {
    if (samples.length >= 5 && performance.now() - measureStart > budgetMs) break
    const runStart = performance.now()
    await work()
    samples.push(performance.now() - runStart)
  }
  const sorted = [...samples].sort((a, b) => a - b)
  return { median: quantile(sorted, 0.5), p95: quantile(sorted, 0.95), samples }
}

const round = (value: number): string =>
  value >= 100 ? value.toFixed(0) : value >= 10 ? value.toFixed(1) : value.toFixed(2)

export function formatFigure(figure: Figure): string {
  const unit = figure.unit ?? 'ms'
  const parts = [
    figure.name.padEnd(44),
    `median ${round(figure.median)} ${unit}`.padEnd(20),
    `p95 ${round(figure.p95)} ${unit}`.padEnd(18),
  ]
  if (figure.ratio !== undefined) parts.push(`ratio ${figure.ratio.toFixed(2)}`.padEnd(12))
  if (figure.target) parts.push(`${figure.met ? 'ok  ' : 'MISS'} ${figure.target}`)
  return parts.join(' ').trimEnd()
}
