import { z } from 'zod'
import { parseSwedishNumber, type NumberKind } from '../domain/numbers.ts'
import { cleanText } from '../domain/text.ts'
import {
  encodeMessage,
  field,
  m,
  type FieldKey,
  type MessageKey,
  type ParamsOf,
  type ChooseKey,
} from '../messages/index.ts'

// Swedish messages for zod's own checks (the dispatcher gives them keys by issue code).
z.config(z.locales.sv())

/** A message as a zod error: the dispatcher decodes it back into key and parameters. */
export const say = <K extends MessageKey>(key: K, ...params: ParamsOf<K>) => ({
  error: encodeMessage(m(key, ...params)),
})

export const id = z
  .number(say('input.missingId', { what: field('id') }))
  .int()
  .positive()
  .max(Number.MAX_SAFE_INTEGER)
/** The id of something the secretary chooses: a missing one says what to choose ("Välj ett organ först"). */
export const idOf = (what: ChooseKey) =>
  z
    .number(say('input.missingId', { what: { key: `choose.${what}` } }))
    .int()
    .positive()
    .max(Number.MAX_SAFE_INTEGER)
export const byId = z.strictObject({ id })
export const noInput = z.strictObject({}).optional().default({})

/**
 * Every text from any door: characters that XML 1.0 forbids (control characters, U+FFFE/U+FFFF,
 * lone surrogates) are removed before validation, or one of them would make every Word and Excel
 * file with that text unreadable. Line endings become \n. Still a ZodString (overwrite).
 */
export const text = (label?: FieldKey) =>
  z.string(label ? say('text.notText', { field: field(label) }) : undefined).overwrite(cleanText)

/** A required one-line text: trimmed, not empty, bounded. */
export const requiredText = (label: FieldKey, max = 200) =>
  text(label)
    .trim()
    .min(1, say('text.empty', { field: field(label) }))
    .max(max, say('text.max', { field: field(label), max }))

/** An optional text: empty becomes null. */
export const optionalText = (label: FieldKey, max = 200) =>
  text(label)
    .trim()
    .max(max, say('text.max', { field: field(label), max }))
    .nullish()
    .transform((value) => (value ? value : null))

export const longText = (label: FieldKey, max = 200_000) =>
  text(label).max(max, say('text.tooLong', { field: field(label), max }))

export const email = z
  .string()
  .trim()
  .max(254, say('email.tooLong', { max: 254 }))
  .nullish()
  .transform((value) => (value ? value : null))
  .refine((value) => value === null || z.email().safeParse(value).success, say('email.invalid'))

export const phone = z
  .string()
  .trim()
  .max(40, say('phone.tooLong', { max: 40 }))
  .nullish()
  .transform((value) => (value ? value : null))
  .refine((value) => value === null || /^[+0-9 ()-]{5,40}$/.test(value), say('phone.invalid'))

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/

/** Is this a real calendar date written YYYY-MM-DD between 1900 and 2100? */
export function isValidIsoDate(value: string): boolean {
  const match = ISO_DATE.exec(value)
  if (!match) return false
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])]
  if (year < 1900 || year > 2100) return false
  const date = new Date(Date.UTC(year, month - 1, day))
  return (
    date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day
  )
}

export const isoDate = (label: FieldKey = 'date') =>
  z
    .string(say('date.missing', { field: field(label) }))
    .trim()
    .refine(isValidIsoDate, say('date.invalid', { field: field(label) }))

export const optionalIsoDate = (label: FieldKey = 'date') =>
  z
    .string()
    .trim()
    .nullish()
    .transform((value) => (value ? value : null))
    .refine(
      (value) => value === null || isValidIsoDate(value),
      say('date.invalid', { field: field(label) }),
    )

/** HH:MM, 24-hour clock. */
export const clockTime = (label: FieldKey = 'minutes') =>
  z
    .string()
    .trim()
    .regex(/^([01]\d|2[0-3])[:.][0-5]\d$/, say('time.invalid', { field: field(label) }))
    .transform((value) => value.replace('.', ':'))

/**
 * A number from any door: a number passes on to `then`; text is read as Swedish ("37 000 kr",
 * "1,21") by the same parser as the forms, and anything else is refused with its message.
 */
export const swedishNumber = <T extends z.ZodType>(
  label: FieldKey,
  kind: NumberKind,
  then: T,
  options: { negative?: boolean } = {},
) =>
  z
    .unknown()
    .transform((value, context) => {
      if (typeof value !== 'string') return value
      const parsed = parseSwedishNumber(value, field(label), kind, options)
      if (parsed.ok) return parsed.value ?? undefined
      context.addIssue({ code: 'custom', message: encodeMessage(parsed.error) })
      return z.NEVER
    })
    .pipe(then)

export const year = z
  .number()
  .int()
  .min(1900, say('year.invalid', { min: 1900, max: 2100 }))
  .max(2100, say('year.invalid', { min: 1900, max: 2100 }))

/** An uploaded file, base64-encoded, with a hard size bound (the renderer cannot be trusted). */
export const MAX_UPLOAD_BYTES = 10 * 1024 * 1024
export const uploadedFile = z.strictObject({
  fileName: requiredText('fileName', 255),
  base64: z
    .string()
    .max(Math.ceil((MAX_UPLOAD_BYTES * 4) / 3) + 4, say('file.tooLarge', { max: 10 }))
    .regex(/^[A-Za-z0-9+/=]*$/, say('file.unreadable')),
})
