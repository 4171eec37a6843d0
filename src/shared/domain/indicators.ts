/** Indicators from surveys followed over time (trygghetsindex, SKL Öppna jämförelser …). */

import { formatNumber } from './format.ts'

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

/**
 * The change as a reader of the report expects it: a share in per cent changes by
 * procentenheter (18,8 % − 22,4 % is −3,6 procentenheter, not −3,6 %), other units keep theirs.
 * "−3,6 procentenheter (bättre)", "−0,12 (bättre)", "±0 %".
 */
export function indicatorChangeText(trend: IndicatorTrend, unit: string | null): string {
  const sign = trend.change > 0 ? '+' : trend.change < 0 ? '−' : '±'
  const changeUnit = unit?.trim() === '%' ? ' procentenheter' : unit ? ` ${unit}` : ''
  const verdict = trend.improved === null ? '' : trend.improved ? ' (bättre)' : ' (sämre)'
  return `${sign}${formatNumber(Math.abs(trend.change))}${changeUnit}${verdict}`
}
