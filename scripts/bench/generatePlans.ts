import { ACTIVITY_KINDS } from '../../src/shared/domain/budget.ts'
import { DEFAULT_SECTIONS, IDEA_CATEGORIES, IDEA_STATUSES } from '../../src/shared/domain/goals.ts'
import { paragraph, sentence, TOPIC_TITLES } from './text.ts'
import {
  FIRST_YEAR,
  LAST_YEAR,
  STAMP,
  type GeneratedFacts,
  type Insert,
  type Random,
} from './shape.ts'

const ACTIVITIES_PER_YEAR = 40
const INDICATORS = [
  'Andel som känner sig trygga ute sent en kväll',
  'Anmälda fall av skadegörelse',
  'Andel som avstått aktivitet av oro för brott',
  'Bränder i soprum',
  'Andel som litar på polisen',
  'Anmälda inbrott i bostad',
  'Deltagare i trygghetsvandringar',
  'Andel som upplever ordningsstörningar',
]

/** One goal document per body, revised a few times a year in the council and now and then in the groups. */
export function generateGoals(
  random: Random,
  insert: Insert,
  bodyId: number,
  isCouncil: boolean,
  facts: GeneratedFacts,
): void {
  const documentId = insert('goal_document', {
    body_id: bodyId,
    title: `Måldokument ${FIRST_YEAR}–${LAST_YEAR}`,
    status: 'consultation',
    version: 1,
    created_at: STAMP,
    updated_at: STAMP,
  })
  const sections = DEFAULT_SECTIONS.map((heading) => ({ heading, text: paragraph(random, 12) }))
  const sectionIds = sections.map((section, position) =>
    insert('goal_section', {
      document_id: documentId,
      position,
      heading: section.heading,
      text: section.text,
      version: 1,
      updated_at: STAMP,
    }),
  )
  const versions = isCouncil ? 12 : 4
  for (let number = 1; number <= versions; number++) {
    const changed = random.int(0, sections.length - 1)
    sections[changed]!.text = `${sections[changed]!.text} ${sentence(random)}`
    const words = sections.reduce((sum, section) => sum + section.text.split(/\s+/).length, 0)
    const versionId = insert('goal_version', {
      document_id: documentId,
      number,
      comment: `Version ${number}`,
      author: 'Sekreteraren',
      created_at: STAMP,
      word_count: words,
      adopted_at: null,
      adopted_reference: null,
    })
    for (const [position, section] of sections.entries()) {
      insert('goal_version_section', {
        version_id: versionId,
        section_key: sectionIds[position],
        position,
        heading: section.heading,
        text: section.text,
      })
    }
    facts.goalVersions++
  }
  for (let position = 0; position < 20; position++) {
    insert('idea', {
      body_id: bodyId,
      text: sentence(random),
      category: random.pick(IDEA_CATEGORIES),
      status: random.pick(IDEA_STATUSES),
      source: 'Workshop',
      source_date: `${random.int(FIRST_YEAR, LAST_YEAR)}-05-20`,
      position,
      created_at: STAMP,
      updated_at: STAMP,
    })
  }
}

/** A grant from Brå a year, 40 activities a year (some over two years) and the survey indicators. */
export function generateBudget(
  random: Random,
  insert: Insert,
  bodyIds: number[],
  facts: GeneratedFacts,
): void {
  for (let year = FIRST_YEAR; year <= LAST_YEAR; year++) {
    const grantId = insert('grant', {
      case_number: `Brå ${year}-${1000 + (year % 100)}`,
      project_name: `Trygghetsarbete ${year}`,
      amount_granted: random.int(20, 50) * 10_000,
      from_year: year,
      to_year: year,
      decision_date: `${year - 1}-12-15`,
      created_at: STAMP,
      updated_at: STAMP,
    })
    for (let index = 0; index < ACTIVITIES_PER_YEAR; index++) {
      const kind = random.pick(ACTIVITY_KINDS)
      const activityId = insert('activity', {
        name: `${random.pick(TOPIC_TITLES)} ${year}`,
        kind,
        body_id: random.pick(bodyIds),
        grant_id: random.chance(0.6) ? grantId : null,
        start_date: `${year}-0${random.int(1, 9)}-01`,
        end_date: null,
        description: sentence(random),
        participants: random.int(5, 200),
        created_at: STAMP,
        updated_at: STAMP,
      })
      const years = year < LAST_YEAR && random.chance(0.2) ? [year, year + 1] : [year]
      for (const lineYear of years) {
        const total = random.int(5, 150) * 1_000
        insert('budget_line', {
          activity_id: activityId,
          year: lineYear,
          total_cost: total,
          grant_amount: Math.round(total * random.pick([0, 0.4, 0.5, 1])),
        })
        facts.budgetLines++
      }
    }
  }
  for (const [index, name] of INDICATORS.entries()) {
    const indicatorId = insert('indicator', {
      name,
      source: 'Trygghetsmätningen',
      unit: name.startsWith('Andel') ? '%' : 'st',
      lower_is_better: index % 2,
      description: null,
      created_at: STAMP,
    })
    for (let year = FIRST_YEAR; year <= LAST_YEAR; year++)
      insert('indicator_value', { indicator_id: indicatorId, year, value: random.int(5, 80) })
  }
}
