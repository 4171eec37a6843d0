/** Indicators from surveys followed over time (trygghetsindex, SKL Öppna jämförelser …). */

export interface IndicatorPoint {
  year: number
  value: number
}

export interface IndicatorTrend {
  first: IndicatorPoint
  last: IndicatorPoint
  /** last − first, rounded to the indicator's precision. */
  change: number
  /** null when the value did not move. */
  improved: boolean | null
}

/** From the earliest to the latest value; null with fewer than two values. */
export function indicatorTrend(
  values: readonly IndicatorPoint[],
  lowerIsBetter: boolean,
): IndicatorTrend | null {
  if (values.length < 2) return null
  const sorted = [...values].sort((a, b) => a.year - b.year)
  const first = sorted[0]!
  const last = sorted[sorted.length - 1]!
  const change = Math.round((last.value - first.value) * 1e6) / 1e6
  const improved = change === 0 ? null : lowerIsBetter ? change < 0 : change > 0
  return { first, last, change, improved }
}
