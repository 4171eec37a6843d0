/**
 * Numbers as a Swedish secretary types or pastes them: "37 000", "37 000 kr", "1,21". The text is
 * either read exactly or refused with a message saying how to write it; no character is ever
 * dropped or guessed at (a browser number field once made "37000,50" into 3 700 050 kr).
 */

/** kronor: whole kronor, "kr" may follow; integer: a count or a year; decimal: comma decimals. */
export type NumberKind = 'kronor' | 'integer' | 'decimal'

export type ParsedNumber = { ok: true; value: number | null } | { ok: false; message: string }

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
  label: string,
  kind: NumberKind,
  { negative = false }: { negative?: boolean } = {},
): ParsedNumber {
  const refuse = (message: string): ParsedNumber => ({ ok: false, message })
  let rest = text.trim()
  if (rest === '') return { ok: true, value: null }
  if (kind === 'kronor') rest = rest.replace(/\s*kr\.?$/i, '').trimEnd()
  let sign = 1
  if (/^[-−–]/.test(rest)) {
    if (!negative) return refuse(`${label} kan inte vara negativt.`)
    sign = -1
    rest = rest.slice(1).trimStart()
  }
  const [whole = '', decimals, ...more] = rest.split(',')
  if (/[.]/.test(rest)) {
    return refuse(
      kind === 'decimal'
        ? `Skriv ${label.toLowerCase()} med decimalkomma, t.ex. ${EXAMPLE.decimal} (inte punkt).`
        : `Skriv ${label.toLowerCase()} med mellanslag mellan tusentalen, t.ex. ${EXAMPLE[kind]} (inte punkt).`,
    )
  }
  if (more.length > 0 || !WHOLE.test(whole) || (decimals !== undefined && !/^\d+$/.test(decimals)))
    return refuse(`${label} ska skrivas med siffror, t.ex. ${EXAMPLE[kind]}.`)
  if (decimals !== undefined && kind !== 'decimal') {
    return refuse(
      kind === 'kronor'
        ? `${label} skrivs i hela kronor, utan ören, t.ex. ${EXAMPLE.kronor}.`
        : `${label} ska vara ett heltal, t.ex. ${EXAMPLE.integer}.`,
    )
  }
  const digits = whole.replace(SPACES, '')
  if (digits.replace(/^0+/, '').length + (decimals?.length ?? 0) > MAX_DIGITS)
    return refuse(`${label} har för många siffror.`)
  const value = sign * Number(decimals === undefined ? digits : `${digits}.${decimals}`)
  return { ok: true, value: Object.is(value, -0) ? 0 : value }
}
