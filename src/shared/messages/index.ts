import { common as enCommon, words as enWords } from './en/common.ts'
import {
  formatMessage,
  placeholderNames,
  type Catalogue,
  type Language,
  type Message,
  type MessageParam,
} from './format.ts'
import { common as svCommon, neuterWords, words as svWords } from './sv/common.ts'
import { attendance as enAttendance } from './en/attendance.ts'
import { attendance as svAttendance } from './sv/attendance.ts'
import { register as enRegister } from './en/register.ts'
import { register as svRegister } from './sv/register.ts'
import { meetings as enMeetings } from './en/meetings.ts'
import { meetings as svMeetings } from './sv/meetings.ts'
import { minutes as enMinutes } from './en/minutes.ts'
import { minutes as svMinutes } from './sv/minutes.ts'
import { goals as enGoals } from './en/goals.ts'
import { goals as svGoals } from './sv/goals.ts'
import { budget as enBudget } from './en/budget.ts'
import { budget as svBudget } from './sv/budget.ts'
import { system as enSystem } from './en/system.ts'
import { system as svSystem } from './sv/system.ts'
import { dialogs as enDialogs } from './en/dialogs.ts'
import { dialogs as svDialogs } from './sv/dialogs.ts'

export type { Language, Message, MessageParam, MessageParams } from './format.ts'
export { decodeMessage, encodeMessage, placeholderNames } from './format.ts'

/** Every Swedish message, by key: the source of the keys and of each message's parameters. */
const svTexts = {
  ...svCommon,
  ...svWords,
  ...svAttendance,
  ...svRegister,
  ...svMeetings,
  ...svMinutes,
  ...svGoals,
  ...svBudget,
  ...svSystem,
  ...svDialogs,
}

export type MessageKey = keyof typeof svTexts
export type WordKey = keyof typeof svWords
export type FieldKey =
  Extract<WordKey, `field.${string}`> extends `field.${infer Name}` ? Name : never
export type ChooseKey =
  Extract<WordKey, `choose.${string}`> extends `choose.${infer Name}` ? Name : never
export type ThingKey =
  Extract<WordKey, `thing.${string}`> extends `thing.${infer Name}` ? Name : never

const enTexts: Record<MessageKey, string> = {
  ...enCommon,
  ...enWords,
  ...enAttendance,
  ...enRegister,
  ...enMeetings,
  ...enMinutes,
  ...enGoals,
  ...enBudget,
  ...enSystem,
  ...enDialogs,
}

export const catalogues: Record<Language, Catalogue> = {
  sv: { language: 'sv', texts: svTexts, neuter: neuterWords },
  en: { language: 'en', texts: enTexts },
}

type NameOf<P extends string> = P extends `${infer Name}:${string}`
  ? Name
  : P extends `${infer Name}?${string}`
    ? Name
    : P
type Names<S extends string> = S extends `${string}{${infer P}}${infer Rest}`
  ? NameOf<P> | Names<Rest>
  : never

/** The parameters a message takes, read from its Swedish text: none, or one per placeholder. */
export type ParamsOf<K extends MessageKey> = [Names<(typeof svTexts)[K]>] extends [never]
  ? []
  : [params: Record<Names<(typeof svTexts)[K]>, MessageParam>]

/** A message by key, with exactly the parameters its text names. */
export const m = <K extends MessageKey>(key: K, ...params: ParamsOf<K>): Message =>
  params[0] ? { key, params: params[0] } : { key }

/** A field's name as a parameter ("Namnet" / "The name"). */
export const field = (name: FieldKey): { key: string } => ({ key: `field.${name}` })
/** A thing's name as a parameter ("Personen" / "The person"). */
export const thing = (name: ThingKey): { key: string } => ({ key: `thing.${name}` })

/** In Swedish: the text for the CLI, the logs and the documents. */
export const swedish = (message: Message): string => formatMessage(catalogues.sv, message)

export const render = (message: Message, language: Language): string =>
  formatMessage(catalogues[language], message)

/** Why a message cannot be said in both languages (unknown key, missing parameter), or null. */
export function messageProblem(message: Message): string | null {
  for (const language of ['sv', 'en'] as const) {
    const texts = catalogues[language].texts
    const template = texts[message.key]
    if (template === undefined) return `no ${language} text for ${message.key}`
    for (const name of placeholderNames(template)) {
      const value = message.params?.[name]
      if (value === undefined) return `${message.key} lacks the parameter ${name}`
      if (typeof value === 'object' && texts[value.key] === undefined)
        return `no ${language} text for ${value.key} (in ${message.key})`
    }
  }
  return null
}
