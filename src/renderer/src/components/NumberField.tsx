import { TextInput, type TextInputProps } from '@mantine/core'
import {
  parseSwedishNumber,
  type NumberKind,
  type ParsedNumber,
} from '../../../shared/domain/numbers.ts'
import { field, m, type FieldKey } from '../../../shared/messages/index.ts'
import { say } from '../api.ts'

/**
 * A number typed as text and kept exactly as typed: the shared Swedish parser reads it, and a
 * field that cannot be read shows why instead of a browser number field dropping characters.
 */
export function NumberField({ kind, ...props }: TextInputProps & { kind: NumberKind }) {
  return (
    <TextInput
      inputMode={kind === 'decimal' ? 'decimal' : 'numeric'}
      autoComplete="off"
      spellCheck={false}
      {...props}
    />
  )
}

interface RuleOptions {
  required?: boolean
  negative?: boolean
}

/** A Mantine form rule: the parser's message in the UI's language, or null when the text reads as a number. */
export const numberRule =
  (name: FieldKey, kind: NumberKind, { required = false, negative = false }: RuleOptions = {}) =>
  (value: unknown): string | null => {
    const parsed = parseSwedishNumber(String(value ?? ''), field(name), kind, { negative })
    if (!parsed.ok) return say(parsed.error)
    if (required && parsed.value === null) return say(m('number.missing', { field: field(name) }))
    return null
  }

/** The value of text a rule has accepted (null when empty). */
export function numberOf(text: unknown, kind: NumberKind): number | null {
  const parsed: ParsedNumber = parseSwedishNumber(String(text ?? ''), '', kind, { negative: true })
  return parsed.ok ? parsed.value : null
}
