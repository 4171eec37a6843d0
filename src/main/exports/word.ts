import {
  AlignmentType,
  Document,
  Header,
  LineRuleType,
  NoBreakHyphen,
  Packer,
  PageNumber,
  Paragraph,
  TextRun,
  type ISectionOptions,
} from 'docx'
import JSZip from 'jszip'
import { textBlocks } from '../../shared/domain/text.ts'

/**
 * The house style of every Word document: real heading styles with outline levels (screen readers,
 * Word's navigation pane and PDF bookmarks use them) that keep with what follows, Swedish as the
 * document language, title and author properties. The author is the secretary who sends it.
 */
export function wordDocument(options: {
  title: string
  /** The secretary's name; "Sekreteraren" when the body has none registered. */
  author: string | null
  subject?: string
  /** Turn on "Track changes" when the file is opened (for documents sent out for review). */
  trackRevisions?: boolean
  sections: ISectionOptions[]
}): Document {
  return new Document({
    title: options.title,
    subject: options.subject,
    creator: options.author ?? 'Sekreteraren',
    lastModifiedBy: options.author ?? 'Sekreteraren',
    description: 'Skapad med Rådsrum',
    features: options.trackRevisions ? { trackRevisions: true } : undefined,
    styles: {
      default: {
        document: {
          run: { font: 'Calibri', size: 22, language: { value: 'sv-SE' } },
          // lineRule auto: 276 = 1.15 lines. Without it LibreOffice reads an exact height and big text overlaps.
          paragraph: { spacing: { after: 120, line: 276, lineRule: LineRuleType.AUTO } },
        },
        title: {
          run: { font: 'Calibri', size: 40, bold: true, language: { value: 'sv-SE' } },
          // The title is the document's one top heading; Heading 1 follows it (no level skipped).
          paragraph: { spacing: { after: 240 } },
        },
        heading1: {
          run: {
            font: 'Calibri',
            size: 32,
            bold: true,
            color: '1F3864',
            language: { value: 'sv-SE' },
          },
          paragraph: { spacing: { before: 240, after: 120 }, outlineLevel: 0, keepNext: true },
        },
        heading2: {
          run: {
            font: 'Calibri',
            size: 26,
            bold: true,
            color: '1F3864',
            language: { value: 'sv-SE' },
          },
          paragraph: { spacing: { before: 200, after: 100 }, outlineLevel: 1, keepNext: true },
        },
        heading3: {
          run: { font: 'Calibri', size: 23, bold: true, language: { value: 'sv-SE' } },
          paragraph: { spacing: { before: 160, after: 80 }, outlineLevel: 2, keepNext: true },
        },
      },
    },
    sections: options.sections,
  })
}

/** The file, with the document's language (sv-SE) in its core properties, which docx does not write. */
export async function wordBuffer(document: Document): Promise<Uint8Array> {
  const zip = await JSZip.loadAsync(await Packer.toBuffer(document))
  const core = await zip.file('docProps/core.xml')!.async('string')
  zip.file(
    'docProps/core.xml',
    core.replace('</cp:coreProperties>', '<dc:language>sv-SE</dc:language></cp:coreProperties>'),
  )
  return zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE' })
}

/**
 * Plain text as the secretary wrote it (see textBlocks): lines as paragraphs, "- " lines as real Word
 * bullets, blank lines only separate. Never interpreted as markup. `empty` is shown when there is no text.
 */
export function textParagraphs(
  text: string,
  empty?: string,
  options: { keepLastWithNext?: boolean } = {},
): Paragraph[] {
  const blocks = textBlocks(text)
  if (blocks.length === 0)
    return empty
      ? [
          new Paragraph({
            children: [new TextRun({ text: empty, italics: true, color: '595959' })],
          }),
        ]
      : []
  return blocks.map((block, index) => {
    // The last line of an account stays with the "Beslut" or label that follows it.
    const keepNext = options.keepLastWithNext && index === blocks.length - 1 ? true : undefined
    const children = [new TextRun({ children: unbrokenDates(block.text) })]
    return block.kind === 'bullet'
      ? new Paragraph({
          bullet: { level: block.level },
          spacing: { after: 40 },
          keepNext,
          children,
        })
      : new Paragraph({ keepNext, children })
  })
}

/**
 * Text whose ISO dates never break at a hyphen (Word's non-breaking hyphen), so "2026-10-27" is never
 * split over two lines. For TextRun's `children`. Not for italic runs: Carlito has no U+2011, and
 * LibreOffice then draws the hyphen upright with a gap ("2026- 12- 30").
 */
export function unbrokenDates(text: string): (string | NoBreakHyphen)[] {
  const parts: (string | NoBreakHyphen)[] = []
  let rest = text
  for (let match = /\d{4}-\d{2}-\d{2}/.exec(rest); match; match = /\d{4}-\d{2}-\d{2}/.exec(rest)) {
    if (match.index > 0) parts.push(rest.slice(0, match.index))
    match[0].split('-').forEach((piece, index) => {
      if (index > 0) parts.push(new NoBreakHyphen())
      parts.push(piece)
    })
    rest = rest.slice(match.index + match[0].length)
  }
  if (rest) parts.push(rest)
  return parts
}

const small = { size: 16, color: '595959' }

/** The running header on every page: what the document is, for whom and when. */
export const runningHeader = (text: string): Header =>
  new Header({
    children: [
      new Paragraph({
        alignment: AlignmentType.RIGHT,
        spacing: { after: 0 },
        children: [new TextRun({ ...small, children: unbrokenDates(text) })],
      }),
    ],
  })

/** "Sida 2 av 5" (or "Slutrapport dnr … · sida 2 av 5" with a prefix), for a footer. */
export const pageNumberParagraph = (
  prefix = '',
  alignment: (typeof AlignmentType)[keyof typeof AlignmentType] = AlignmentType.CENTER,
): Paragraph =>
  new Paragraph({
    alignment,
    spacing: { before: 80, after: 0 },
    children: [
      new TextRun({
        ...small,
        children: [
          ...unbrokenDates(prefix ? `${prefix} · sida ` : 'Sida '),
          PageNumber.CURRENT,
          ' av ',
          PageNumber.TOTAL_PAGES,
        ],
      }),
    ],
  })
