/**
 * A message is a key into the catalogues plus its parameters; the server sends it as data and each
 * side renders it in its language (the CLI, the logs and the documents in Swedish, the UI in the
 * UI language). Placeholders: `{name}` the value, `{name:lower}` lower-cased, and in Swedish
 * `{name?tom|tomt}` picks the en- or ett-form after the field named by the parameter.
 */

/** A parameter: text or a number as is, or another catalogue entry (a field's name) by key. */
export type MessageParam = string | number | { key: string }
export type MessageParams = Readonly<Record<string, MessageParam>>

export interface Message {
  key: string
  params?: MessageParams
}

export type Language = 'sv' | 'en'

export interface Catalogue {
  readonly language: Language
  readonly texts: Readonly<Record<string, string>>
  /** Swedish ett-words (neuter), for the `{field?tom|tomt}` choice. */
  readonly neuter?: ReadonlySet<string>
}

const PLACEHOLDER = /\{(\w+)(?::(lower|amount))?(?:\?([^|}]*)\|([^}]*))?\}/g

function paramText(catalogue: Catalogue, value: MessageParam | undefined, amount: boolean): string {
  if (value === undefined) return ''
  if (typeof value === 'object') return catalogue.texts[value.key] ?? value.key
  // Counts and limits group their thousands ("50 000", "50,000"); years and ids stay as written;
  // an `{x:amount}` is money and always grouped ("8 000 kr"), as the budget screen shows it.
  if (typeof value !== 'number' || (!amount && Math.abs(value) < 10_000)) return String(value)
  // Swedish with an ordinary space, as the messages always wrote amounts ("12 000 kr").
  return catalogue.language === 'sv'
    ? String(value).replace(/\B(?=(\d{3})+(?!\d))/g, ' ')
    : value.toLocaleString(LOCALE.en)
}

const LOCALE: Record<Language, string> = { sv: 'sv-SE', en: 'en-GB' }

export function formatMessage(catalogue: Catalogue, message: Message): string {
  const template = catalogue.texts[message.key]
  if (template === undefined) return message.key
  const params = message.params ?? {}
  return template.replace(
    PLACEHOLDER,
    (_match, name: string, modifier?: string, common?: string, neuter?: string) => {
      const value = params[name]
      if (common !== undefined) {
        const isNeuter = typeof value === 'object' && (catalogue.neuter?.has(value.key) ?? false)
        return isNeuter ? (neuter ?? '') : common
      }
      const text = paramText(catalogue, value, modifier === 'amount')
      return modifier === 'lower' ? text.toLocaleLowerCase(LOCALE[catalogue.language]) : text
    },
  )
}

/** The placeholder names of a template, for the test that both languages take the same parameters. */
export function placeholderNames(template: string): string[] {
  return [...new Set([...template.matchAll(PLACEHOLDER)].map((match) => match[1]!))].sort()
}

/**
 * Zod carries only a string per issue: a message travels through it encoded, and the dispatcher
 * decodes it again. The marker cannot be typed by a secretary (NUL-like control characters are
 * cleaned from every text).
 */
const MARKER = '\u0001msg'

export const encodeMessage = (message: Message): string => MARKER + JSON.stringify(message)

export function decodeMessage(text: string): Message | null {
  if (!text.startsWith(MARKER)) return null
  try {
    const parsed = JSON.parse(text.slice(MARKER.length)) as Message
    return typeof parsed.key === 'string' ? parsed : null
  } catch {
    return null
  }
}
