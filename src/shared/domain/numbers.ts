/**
 * Numbers as a Swedish secretary types or pastes them: "37 000", "37 000 kr", "1,21". The text is
 * either read exactly or refused with a message saying how to write it; no character is ever
 * dropped or guessed at (a browser number field once made "37000,50" into 3 700 050 kr).
 */
import { m, type Message, type MessageParam } from '../messages/index.ts'

/** kronor: whole kronor, "kr" may follow; integer: a count or a year; decimal: comma decimals. */
export type NumberKind = 'kronor' | 'integer' | 'decimal'

export type ParsedNumber = { ok: true; value: number | null } | { ok: false; error: Message }

/** Ordinary, non-breaking, narrow non-breaking and thin spaces all separate thousands. */
const SPACE = '[ \\u00a0\\u202f\\u2009]'
const WHOLE = new RegExp(`^(\\d{1,3}(?:${SPACE}\\d{3})+|\\d+)$`)
const SPACES = new RegExp(SPACE, 'g')
/** Beyond 15 digits a double no longer holds every whole number exactly. */
const MAX_DIGITS = 15

const EXAMPLE: Record<NumberKind, string> = {
  kronor: '37 000',
  integer: '12',
  decimal: '1,21',
}

/**
 * Reads `text` as a Swedish number of the given kind. Empty text is `null` (the field decides
 * whether it is required). `negative` allows a leading minus sign (indicator values).
 */
export function parseSwedishNumber(
  text: string,
  label: MessageParam,
  kind: NumberKind,
  { negative = false }: { negative?: boolean } = {},
): ParsedNumber {
  const refuse = (error: Message): ParsedNumber => ({ ok: false, error })
  const about = { field: label, example: EXAMPLE[kind] }
  let rest = text.trim()
  if (rest === '') return { ok: true, value: null }
  if (kind === 'kronor') rest = rest.replace(/\s*kr\.?$/i, '').trimEnd()
  let sign = 1
  if (/^[-−–]/.test(rest)) {
    if (!negative) return refuse(m('number.negative', { field: label }))
    sign = -1
    rest = rest.slice(1).trimStart()
  }
  const [whole = '', decimals, ...more] = rest.split(',')
  if (/[.]/.test(rest)) {
    return refuse(m(kind === 'decimal' ? 'number.decimalPoint' : 'number.thousandsPoint', about))
  }
  if (more.length > 0 || !WHOLE.test(whole) || (decimals !== undefined && !/^\d+$/.test(decimals)))
    return refuse(m('number.digits', about))
  if (decimals !== undefined && kind !== 'decimal') {
    return refuse(m(kind === 'kronor' ? 'number.wholeKronor' : 'number.integer', about))
  }
  const digits = whole.replace(SPACES, '')
  if (digits.replace(/^0+/, '').length + (decimals?.length ?? 0) > MAX_DIGITS)
    return refuse(m('number.tooManyDigits', { field: label }))
  const value = sign * Number(decimals === undefined ? digits : `${digits}.${decimals}`)
  return { ok: true, value: Object.is(value, -0) ? 0 : value }
}
