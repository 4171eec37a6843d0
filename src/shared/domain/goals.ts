import { diffArrays, diffWordsWithSpace } from 'diff'
import { textBlocks, type TextBlock } from './text.ts'

/** The rules of the goal document and the idea bank: statuses, text blocks and the word-level comparison. */

export const GOAL_STATUSES = ['draft', 'consultation', 'adopted'] as const
export type GoalStatus = (typeof GOAL_STATUSES)[number]

export const IDEA_CATEGORIES = ['doMore', 'doBetter', 'doNew', 'rethink'] as const
export type IdeaCategory = (typeof IDEA_CATEGORIES)[number]

export const IDEA_STATUSES = ['new', 'takenForward', 'done', 'dismissed'] as const
export type IdeaStatus = (typeof IDEA_STATUSES)[number]

/** The sections a new goal document starts with; the secretary may rename, add, remove and reorder. */
export const DEFAULT_SECTIONS = ['Vision', 'Uppdrag', 'Mål', 'Strategier', 'Uppföljning'] as const

/** 100 pages of about 3 000 characters: the bound on one section's text (and what the messages say). */
export const MAX_SECTION_TEXT = 400_000

export const GOAL_STATUS_LABELS: Record<GoalStatus, string> = {
  draft: 'Utkast',
  consultation: 'På remiss',
  adopted: 'Antagen',
}

export const IDEA_CATEGORY_LABELS: Record<IdeaCategory, string> = {
  doMore: 'Gör mer',
  doBetter: 'Gör bättre',
  doNew: 'Gör nytt',
  rethink: 'Tänk om',
}

export const wordCount = (text: string): number => (text.match(/[\p{L}\p{N}]+/gu) ?? []).length

// ---------------------------------------------------------------------------------------------
// Comparison

export type SpanKind = 'same' | 'added' | 'removed'
export interface DiffSpan {
  kind: SpanKind
  text: string
}

/** One paragraph (or bullet) of the comparison: the same, changed word by word, or added/removed whole. */
export interface DiffParagraph {
  kind: 'same' | 'changed' | 'added' | 'removed'
  /** Whether it is a bullet point (in the newer version; in the older for a removed one). */
  bullet: boolean
  spans: DiffSpan[]
}

export interface SectionSnapshot {
  /** Stable across versions: the draft section it was saved from (so a renamed section still matches). */
  key: number
  heading: string
  text: string
}

export interface DiffSection {
  key: number
  kind: 'same' | 'changed' | 'added' | 'removed'
  heading: DiffSpan[]
  paragraphs: DiffParagraph[]
}

export interface DiffSummary {
  addedWords: number
  removedWords: number
  changedSections: number
}

/** Word-level difference of two texts (whitespace kept so that both texts can be rebuilt from the spans). */
export function diffText(before: string, after: string): DiffSpan[] {
  if (before === after) return before ? [{ kind: 'same', text: before }] : []
  // Whitespace is a token of its own, so both texts rebuild exactly from the spans.
  const raw = diffWordsWithSpace(before, after).map((change) => ({
    kind: (change.added ? 'added' : change.removed ? 'removed' : 'same') as SpanKind,
    text: change.value,
  }))
  // A lone space between two changes belongs to both: "a b" -> "x y" reads as one replacement.
  const isChange = (index: number) => raw[index] !== undefined && raw[index]!.kind !== 'same'
  const spans: DiffSpan[] = []
  let removed = ''
  let added = ''
  const flush = () => {
    if (removed) spans.push({ kind: 'removed', text: removed })
    if (added) spans.push({ kind: 'added', text: added })
    removed = ''
    added = ''
  }
  raw.forEach((span, index) => {
    if (span.kind === 'removed') removed += span.text
    else if (span.kind === 'added') added += span.text
    else if (/^[ \t]+$/.test(span.text) && isChange(index - 1) && isChange(index + 1)) {
      removed += span.text
      added += span.text
    } else {
      flush()
      const last = spans.at(-1)
      if (last?.kind === 'same') last.text += span.text
      else spans.push({ kind: 'same', text: span.text })
    }
  })
  flush()
  return spans
}

/** The share of words the two texts have in common, by the newer/older longest. */
const sharedShare = (spans: DiffSpan[], before: string, after: string) => {
  const same = spans
    .filter((span) => span.kind === 'same')
    .reduce((sum, span) => sum + wordCount(span.text), 0)
  return same / Math.max(1, wordCount(before), wordCount(after))
}

const blockKey = (block: TextBlock) =>
  `${block.kind === 'bullet' ? `bullet${block.level}` : 'paragraph'}:${block.text}`

/**
 * Compares two texts: first paragraph by paragraph (so 100 pages stay fast), then word by word
 * inside paragraphs that were edited. A paragraph that shares too little with the one it replaces
 * is shown as removed and added, which is easier to read than a shower of small changes.
 */
export function diffBlocks(before: string, after: string): DiffParagraph[] {
  const old = textBlocks(before)
  const next = textBlocks(after)
  const changes = diffArrays(old.map(blockKey), next.map(blockKey))
  const result: DiffParagraph[] = []
  let oldIndex = 0
  let newIndex = 0
  let pendingRemoved: TextBlock[] = []

  const flushRemoved = () => {
    for (const block of pendingRemoved)
      result.push({
        kind: 'removed',
        bullet: block.kind === 'bullet',
        spans: [{ kind: 'removed', text: block.text }],
      })
    pendingRemoved = []
  }

  for (const change of changes) {
    const count = change.value.length
    if (change.removed) {
      pendingRemoved.push(...old.slice(oldIndex, oldIndex + count))
      oldIndex += count
    } else if (change.added) {
      const added = next.slice(newIndex, newIndex + count)
      newIndex += count
      for (const block of added) {
        const partner = pendingRemoved.shift()
        if (partner) {
          const spans = diffText(partner.text, block.text)
          if (sharedShare(spans, partner.text, block.text) >= 1 / 3) {
            result.push({ kind: 'changed', bullet: block.kind === 'bullet', spans })
            continue
          }
          result.push({
            kind: 'removed',
            bullet: partner.kind === 'bullet',
            spans: [{ kind: 'removed', text: partner.text }],
          })
        }
        result.push({
          kind: 'added',
          bullet: block.kind === 'bullet',
          spans: [{ kind: 'added', text: block.text }],
        })
      }
      flushRemoved()
    } else {
      flushRemoved()
      for (const block of next.slice(newIndex, newIndex + count)) {
        result.push({
          kind: 'same',
          bullet: block.kind === 'bullet',
          spans: [{ kind: 'same', text: block.text }],
        })
      }
      oldIndex += count
      newIndex += count
    }
  }
  flushRemoved()
  return result
}

/**
 * Compares two versions section by section. Sections match on their key (so renaming a section
 * shows as a changed heading); the newer version's order wins, and removed sections appear where
 * they stood in the older version.
 */
export function diffSections(
  before: SectionSnapshot[],
  after: SectionSnapshot[],
): { sections: DiffSection[]; summary: DiffSummary } {
  const oldByKey = new Map(before.map((section) => [section.key, section]))
  const newKeys = new Set(after.map((section) => section.key))
  const sections: DiffSection[] = []
  // Walk the newer order; slot each removed section in after the older section that preceded it.
  const placed = new Set<number>()
  const pushRemoved = (section: SectionSnapshot) => {
    placed.add(section.key)
    sections.push({
      key: section.key,
      kind: 'removed',
      heading: [{ kind: 'removed', text: section.heading }],
      paragraphs: textBlocks(section.text).map((block) => ({
        kind: 'removed',
        bullet: block.kind === 'bullet',
        spans: [{ kind: 'removed', text: block.text }],
      })),
    })
  }
  for (let index = 0; index < before.length && !newKeys.has(before[index]!.key); index += 1)
    pushRemoved(before[index]!)
  for (const section of after) {
    const previous = oldByKey.get(section.key)
    if (!previous) {
      sections.push({
        key: section.key,
        kind: 'added',
        heading: [{ kind: 'added', text: section.heading }],
        paragraphs: textBlocks(section.text).map((block) => ({
          kind: 'added',
          bullet: block.kind === 'bullet',
          spans: [{ kind: 'added', text: block.text }],
        })),
      })
      continue
    }
    const heading = diffText(previous.heading, section.heading)
    const paragraphs = diffBlocks(previous.text, section.text)
    const changed =
      previous.heading !== section.heading ||
      paragraphs.some((paragraph) => paragraph.kind !== 'same')
    sections.push({ key: section.key, kind: changed ? 'changed' : 'same', heading, paragraphs })
    // Removed sections that followed this one in the older version come right after it.
    const oldIndex = before.findIndex((candidate) => candidate.key === section.key)
    for (
      let next = oldIndex + 1;
      next < before.length && !newKeys.has(before[next]!.key);
      next += 1
    ) {
      if (!placed.has(before[next]!.key)) pushRemoved(before[next]!)
    }
  }
  for (const section of before)
    if (!newKeys.has(section.key) && !placed.has(section.key)) pushRemoved(section)

  let addedWords = 0
  let removedWords = 0
  for (const section of sections) {
    for (const span of [
      ...section.heading,
      ...section.paragraphs.flatMap((paragraph) => paragraph.spans),
    ]) {
      if (span.kind === 'added') addedWords += wordCount(span.text)
      if (span.kind === 'removed') removedWords += wordCount(span.text)
    }
  }
  return {
    sections,
    summary: {
      addedWords,
      removedWords,
      changedSections: sections.filter((section) => section.kind !== 'same').length,
    },
  }
}

/** The text of one side of a comparison, rebuilt from the spans (used by tests and the Word check). */
export function sideText(spans: DiffSpan[], side: 'before' | 'after'): string {
  const skip: SpanKind = side === 'before' ? 'added' : 'removed'
  return spans
    .filter((span) => span.kind !== skip)
    .map((span) => span.text)
    .join('')
}
