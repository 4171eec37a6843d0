import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { diffBlocks, diffSections, diffText, sideText } from '../../src/shared/domain/goals.ts'
import { textBlocks } from '../../src/shared/domain/text.ts'

const words = fc.constantFrom(
  'trygghet',
  'rådet',
  'mål',
  'och',
  'i',
  'kommunen',
  'ska',
  'öka',
  'Sundsvall',
  ',',
  '.',
  '1,21',
  'för',
  'alla',
)
const sentence = fc
  .array(words, { minLength: 0, maxLength: 14 })
  .map((list) => list.join(' ').replace(/ ([,.])/g, '$1'))
const text = fc
  .array(
    fc.tuple(
      fc.boolean(),
      sentence.filter((line) => line.trim() !== ''),
    ),
    { maxLength: 8 },
  )
  .map((lines) => lines.map(([bullet, line]) => (bullet ? `- ${line}` : line)).join('\n'))

const blocksOf = (paragraphs: ReturnType<typeof diffBlocks>, side: 'before' | 'after') =>
  paragraphs
    .filter((paragraph) =>
      side === 'before' ? paragraph.kind !== 'added' : paragraph.kind !== 'removed',
    )
    .map((paragraph) => sideText(paragraph.spans, side))

describe('goal document comparison', () => {
  it('marks added and removed words inside a paragraph', () => {
    const spans = diffText(
      'Sundsvall är en trygg kommun.',
      'Sundsvall är en trygg och välkomnande kommun.',
    )
    expect(spans).toEqual([
      { kind: 'same', text: 'Sundsvall är en trygg ' },
      { kind: 'added', text: 'och välkomnande ' },
      { kind: 'same', text: 'kommun.' },
    ])
  })

  it('reads plain text as paragraphs and bullet points, never as markup', () => {
    expect(textBlocks('Inledning\n\n- första\n* andra\n<b>fet</b>')).toEqual([
      { kind: 'paragraph', text: 'Inledning' },
      { kind: 'bullet', level: 0, text: 'första' },
      { kind: 'bullet', level: 0, text: 'andra' },
      { kind: 'paragraph', text: '<b>fet</b>' },
    ])
  })

  it('rebuilds both versions exactly from the difference (any texts)', () => {
    fc.assert(
      fc.property(sentence, sentence, (before, after) => {
        const spans = diffText(before, after)
        expect(sideText(spans, 'before')).toBe(before)
        expect(sideText(spans, 'after')).toBe(after)
      }),
      { numRuns: 300 },
    )
    fc.assert(
      fc.property(text, text, (before, after) => {
        const paragraphs = diffBlocks(before, after)
        expect(blocksOf(paragraphs, 'before')).toEqual(
          textBlocks(before).map((block) => block.text),
        )
        expect(blocksOf(paragraphs, 'after')).toEqual(textBlocks(after).map((block) => block.text))
      }),
      { numRuns: 300 },
    )
  })

  it('matches renamed sections by key and places removed sections where they stood', () => {
    const { sections, summary } = diffSections(
      [
        { key: 1, heading: 'Vision', text: 'En trygg kommun.' },
        { key: 2, heading: 'Mål', text: '- Färre inbrott' },
        { key: 3, heading: 'Uppföljning', text: 'Varje år.' },
      ],
      [
        { key: 1, heading: 'Vision för Sundsvall', text: 'En trygg kommun.' },
        { key: 3, heading: 'Uppföljning', text: 'Varje år.' },
        { key: 4, heading: 'Strategier', text: '- Trygghetsvandringar' },
      ],
    )
    expect(sections.map((section) => [section.key, section.kind])).toEqual([
      [1, 'changed'],
      [2, 'removed'],
      [3, 'same'],
      [4, 'added'],
    ])
    expect(sections[0]!.heading).toEqual([
      { kind: 'same', text: 'Vision' },
      { kind: 'added', text: ' för Sundsvall' },
    ])
    expect(summary).toEqual({ addedWords: 4, removedWords: 3, changedSections: 3 })
  })

  it('shows a rewritten paragraph as removed and added rather than a shower of small changes', () => {
    const paragraphs = diffBlocks(
      'Rådet möts fyra gånger om året.',
      'Kommunikationsplanen tas fram under våren av sekretariatet.',
    )
    expect(paragraphs.map((paragraph) => paragraph.kind)).toEqual(['removed', 'added'])
  })

  it('compares 100 pages in well under a blink', () => {
    const page = Array.from(
      { length: 30 },
      (_, line) =>
        `- Punkt ${line}: trygghetsarbetet i kommunen ska samordnas med polisen och föreningarna.`,
    ).join('\n')
    const before = Array.from({ length: 100 }, (_, n) => `Sida ${n}\n${page}`).join('\n')
    expect(before.length).toBeGreaterThan(250_000)
    const after = before
      .replace('Sida 50\n', 'Sida 50 (reviderad)\n')
      .replace('Punkt 7:', 'Punkt sju:')
    const paragraphs = diffBlocks(before, after)
    expect(paragraphs.filter((paragraph) => paragraph.kind === 'changed')).toHaveLength(2)
    expect(blocksOf(paragraphs, 'after').join('\n')).toBe(
      textBlocks(after)
        .map((block) => block.text)
        .join('\n'),
    )
  })
})
