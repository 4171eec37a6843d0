import { describe, expect, it } from 'vitest'
import { AppError, invalid, notFound } from '../../src/shared/api/errors.ts'
import { GOAL_STATUSES } from '../../src/shared/domain/goals.ts'
import { MEETING_STATUSES, STEPS, stepResult } from '../../src/shared/domain/meetingCycle.ts'
import { ROLES } from '../../src/shared/domain/register.ts'
import {
  catalogues,
  field,
  m,
  messageProblem,
  placeholderNames,
  render,
  swedish,
} from '../../src/shared/messages/index.ts'

describe('the message catalogues', () => {
  it('have the same keys in Swedish and English, and the same placeholders in each', () => {
    const sv = catalogues.sv.texts
    const en = catalogues.en.texts
    expect(Object.keys(en).sort()).toEqual(Object.keys(sv).sort())
    const differing = Object.keys(sv).filter(
      (key) => placeholderNames(sv[key]!).join() !== placeholderNames(en[key]!).join(),
    )
    expect(differing).toEqual([])
  })

  it('leave no Swedish in the English texts and no empty text in either', () => {
    // å, ä and ö are Swedish letters; Rådsrum, Brå and öre are names the English text keeps.
    const swedishLeft = Object.entries(catalogues.en.texts).filter(([, text]) =>
      /[åäö]/i.test(text.replace(/Rådsrum|Brå|öre|Namn|Säkerhetskopior/g, '')),
    )
    expect(swedishLeft).toEqual([])
    const empty = Object.entries(catalogues.sv.texts).filter(
      ([key, text]) => text === '' && key !== 'none',
    )
    expect(empty).toEqual([])
  })

  it('has a text for every key the code builds from a status, a role or a step', () => {
    const keys = [
      ...MEETING_STATUSES.map((status) => `meetingStatus.${status}`),
      ...Object.keys(STEPS).map((step) => `meetingStep.${step}`),
      ...ROLES.map((role) => `role.${role}`),
      ...GOAL_STATUSES.map((status) => `goalStatus.${status}`),
    ]
    expect(keys.filter((key) => messageProblem({ key }) !== null)).toEqual([])
    for (const status of MEETING_STATUSES)
      for (const step of Object.keys(STEPS) as (keyof typeof STEPS)[]) {
        const result = stepResult(status, step)
        if (!result.ok) expect(messageProblem(result.message)).toBeNull()
      }
  })
})

describe('messages', () => {
  it('are said in Swedish for the CLI and the logs, and in English when the UI asks', () => {
    const error = invalid(m('text.empty', { field: field('place') }), 'place')
    // "Platsen" is an en-word: "tom", not "tomt"; "Namnet" is an ett-word.
    expect(error.message).toBe('Platsen får inte vara tom.')
    expect(swedish(m('text.empty', { field: field('name') }))).toBe('Namnet får inte vara tomt.')
    expect(render(error.said, 'en')).toBe('The place must not be empty.')
    expect(error.toBody()).toEqual({
      code: 'VALIDATION',
      message: 'Platsen får inte vara tom.',
      key: 'text.empty',
      params: { field: { key: 'field.place' } },
      issues: [
        {
          path: 'place',
          message: 'Platsen får inte vara tom.',
          key: 'text.empty',
          params: { field: { key: 'field.place' } },
        },
      ],
    })
    expect(AppError.fromBody(error.toBody()).said).toEqual(error.said)
  })

  it('name what is missing, and group the thousands of a limit in each language', () => {
    expect(notFound('person').message).toBe(
      'Personen finns inte (längre). Uppdatera listan och försök igen.',
    )
    expect(render(notFound('person').said, 'en')).toBe(
      'The person no longer exists. Refresh the list and try again.',
    )
    const long = m('text.tooLong', { field: field('text'), max: 200_000 })
    expect(swedish(long)).toBe('Texten är för lång (högst 200 000 tecken).')
    expect(render(long, 'en')).toBe('The text is too long (at most 200,000 characters).')
    expect(swedish(m('year.invalid', { min: 2000, max: 2099 }))).toBe(
      'Välj ett år mellan 2000 och 2099.',
    )
  })
})
