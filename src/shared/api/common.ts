import { z } from 'zod'
import { parseSwedishNumber, type NumberKind } from '../domain/numbers.ts'
import { cleanText } from '../domain/text.ts'

// Swedish messages for every schema, in main (where validation counts) and in the renderer.
z.config(z.locales.sv())

export const id = z.number({ error: 'Ogiltigt id.' }).int().positive().max(Number.MAX_SAFE_INTEGER)
export const byId = z.strictObject({ id })
export const noInput = z.strictObject({}).optional().default({})

/**
 * Every text from any door: characters that XML 1.0 forbids (control characters, U+FFFE/U+FFFF,
 * lone surrogates) are removed before validation, or one of them would make every Word and Excel
 * file with that text unreadable. Line endings become \n. Still a ZodString (overwrite).
 */
export const text = (error?: string) => z.string(error ? { error } : undefined).overwrite(cleanText)

/** A required one-line text: trimmed, not empty, bounded. */
export const requiredText = (label: string, max = 200) =>
  text(`${label} måste vara text.`)
    .trim()
    .min(1, { error: `${label} får inte vara tomt.` })
    .max(max, { error: `${label} får vara högst ${max} tecken.` })

/** An optional text: empty becomes null. */
export const optionalText = (label: string, max = 200) =>
  text(`${label} måste vara text.`)
    .trim()
    .max(max, { error: `${label} får vara högst ${max} tecken.` })
    .nullish()
    .transform((value) => (value ? value : null))

export const longText = (label: string, max = 200_000) =>
  text(`${label} måste vara text.`).max(max, {
    error: `${label} är för långt (högst ${max} tecken).`,
  })

export const email = z
  .string()
  .trim()
  .max(254, { error: 'E-postadressen är för lång.' })
  .nullish()
  .transform((value) => (value ? value : null))
  .refine((value) => value === null || z.email().safeParse(value).success, {
    error: 'Ogiltig e-postadress. Skriv den som namn@exempel.se.',
  })

export const phone = z
  .string()
  .trim()
  .max(40, { error: 'Telefonnumret är för långt.' })
  .nullish()
  .transform((value) => (value ? value : null))
  .refine((value) => value === null || /^[+0-9 ()-]{5,40}$/.test(value), {
    error: 'Ogiltigt telefonnummer. Använd siffror, mellanslag, + och -.',
  })

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

export const isoDate = (label = 'Datumet') =>
  z
    .string({ error: `${label} saknas.` })
    .trim()
    .refine(isValidIsoDate, { error: `${label} måste vara ett riktigt datum, t.ex. 2026-02-10.` })

export const optionalIsoDate = (label = 'Datumet') =>
  z
    .string()
    .trim()
    .nullish()
    .transform((value) => (value ? value : null))
    .refine((value) => value === null || isValidIsoDate(value), {
      error: `${label} måste vara ett riktigt datum, t.ex. 2026-02-10.`,
    })

/** HH:MM, 24-hour clock. */
export const clockTime = (label = 'Tiden') =>
  z
    .string()
    .trim()
    .regex(/^([01]\d|2[0-3])[:.][0-5]\d$/, { error: `${label} skrivs som TT:MM, t.ex. 13:15.` })
    .transform((value) => value.replace('.', ':'))

/**
 * A number from any door: a number passes on to `then`; text is read as Swedish ("37 000 kr",
 * "1,21") by the same parser as the forms, and anything else is refused with its message.
 */
export const swedishNumber = <T extends z.ZodType>(
  label: string,
  kind: NumberKind,
  then: T,
  options: { negative?: boolean } = {},
) =>
  z
    .unknown()
    .transform((value, context) => {
      if (typeof value !== 'string') return value
      const parsed = parseSwedishNumber(value, label, kind, options)
      if (parsed.ok) return parsed.value ?? undefined
      context.addIssue({ code: 'custom', message: parsed.message })
      return z.NEVER
    })
    .pipe(then)

export const year = z
  .number()
  .int()
  .min(1900, { error: 'Året måste vara 1900 eller senare.' })
  .max(2100, { error: 'Året måste vara 2100 eller tidigare.' })

/** An uploaded file, base64-encoded, with a hard size bound (the renderer cannot be trusted). */
export const MAX_UPLOAD_BYTES = 10 * 1024 * 1024
export const uploadedFile = z.strictObject({
  fileName: requiredText('Filnamnet', 255),
  base64: z
    .string()
    .max(Math.ceil((MAX_UPLOAD_BYTES * 4) / 3) + 4, { error: 'Filen är för stor (högst 10 MB).' })
    .regex(/^[A-Za-z0-9+/=]*$/, { error: 'Filen kunde inte läsas.' }),
})
