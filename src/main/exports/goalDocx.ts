import {
  AlignmentType,
  DeletedTextRun,
  Footer,
  HeadingLevel,
  InsertedTextRun,
  Paragraph,
  TextRun,
  type IParagraphOptions,
  type ParagraphChild,
} from 'docx'
import { type DiffParagraph, type DiffSpan } from '../../shared/domain/goals.ts'
import type { GoalComparisonDto } from '../../shared/api/goals.ts'
import {
  pageNumberParagraph,
  textParagraphs,
  unbrokenDates,
  wordBuffer,
  wordDocument,
} from './word.ts'

export interface GoalDocumentData {
  title: string
  bodyName: string
  /** e.g. "Version 2, sparad 2026-11-20" or "Utkast, 2026-11-25". */
  stateLine: string
  adoptedLine: string | null
  sections: { heading: string; text: string }[]
  /** The body's secretary: the file's author. */
  author: string | null
}

const footer = (label: string) =>
  new Footer({ children: [pageNumberParagraph(label, AlignmentType.RIGHT)] })

export async function buildGoalDocumentDocx(data: GoalDocumentData): Promise<Uint8Array> {
  const children: Paragraph[] = [
    new Paragraph({ heading: HeadingLevel.TITLE, children: [new TextRun(data.title)] }),
    new Paragraph({
      children: [
        new TextRun({
          children: unbrokenDates(`${data.bodyName} · ${data.stateLine}`),
          color: '444444',
        }),
      ],
    }),
  ]
  if (data.adoptedLine)
    children.push(
      new Paragraph({
        children: [new TextRun({ children: unbrokenDates(data.adoptedLine), bold: true })],
      }),
    )
  for (const section of data.sections) {
    children.push(
      new Paragraph({ heading: HeadingLevel.HEADING_1, children: [new TextRun(section.heading)] }),
    )
    children.push(...textParagraphs(section.text))
  }
  const document = wordDocument({
    title: data.title,
    author: data.author,
    subject: `${data.bodyName}: ${data.stateLine}`,
    sections: [
      {
        footers: { default: footer(`${data.title}, ${data.stateLine.toLocaleLowerCase('sv')}`) },
        children,
      },
    ],
  })
  return wordBuffer(document)
}

/**
 * The comparison as a Word document with real tracked changes: the older version's text with
 * w:ins / w:del revisions (author and date of the newer version), so that "Accept all" in Word
 * gives the newer version and "Reject all" the older. Whole paragraphs that were added or removed
 * also carry an inserted/deleted paragraph mark, so accepting or rejecting leaves no empty lines.
 */
export async function buildGoalComparisonDocx(
  comparison: GoalComparisonDto,
  labels: { from: string; to: string },
  /** The body's secretary, who sends the file (the revisions carry the newer version's author). */
  author: string | null,
): Promise<Uint8Array> {
  let revisionId = 1
  const stamp = {
    author: comparison.to.author,
    date: comparison.to.createdAt.replace(/\.\d{3}Z$/, 'Z'),
  }
  const revision = () => ({ id: revisionId++, ...stamp })

  const runs = (spans: DiffSpan[]): ParagraphChild[] =>
    spans
      .filter((span) => span.text !== '')
      .map((span) =>
        span.kind === 'added'
          ? new InsertedTextRun({ text: span.text, ...revision() })
          : span.kind === 'removed'
            ? new DeletedTextRun({ text: span.text, ...revision() })
            : new TextRun(span.text),
      )

  const paragraph = (
    kind: DiffParagraph['kind'],
    spans: DiffSpan[],
    options: Partial<IParagraphOptions>,
  ) =>
    new Paragraph({
      ...options,
      // The paragraph mark itself is tracked for paragraphs that were added or removed whole.
      run:
        kind === 'added'
          ? { insertion: revision() }
          : kind === 'removed'
            ? { deletion: revision() }
            : undefined,
      children: runs(spans),
    })

  const intro = [
    new Paragraph({ heading: HeadingLevel.TITLE, children: [new TextRun(comparison.title)] }),
    new Paragraph({
      children: [
        new TextRun({
          children: unbrokenDates(`Jämförelse mellan ${labels.from} och ${labels.to}.`),
          bold: true,
        }),
      ],
    }),
    new Paragraph({
      children: [
        new TextRun(
          `Ändringarna är spårade med författare och datum. Granska dem i Word under Granska: Godkänn eller Avvisa. ` +
            `Godkänner du alla får du version ${comparison.to.number}; avvisar du alla får du version ${comparison.from.number}.`,
        ),
      ],
    }),
    new Paragraph({
      children: [
        new TextRun({
          text: `${comparison.summary.addedWords} ord tillagda, ${comparison.summary.removedWords} ord borttagna, ${comparison.summary.changedSections} avsnitt ändrade.`,
          color: '444444',
        }),
      ],
    }),
  ]
  const body: Paragraph[] = []
  for (const section of comparison.sections) {
    const headingKind =
      section.kind === 'added' || section.kind === 'removed' ? section.kind : 'same'
    body.push(paragraph(headingKind, section.heading, { heading: HeadingLevel.HEADING_1 }))
    for (const item of section.paragraphs) {
      const kind = item.kind === 'changed' ? 'same' : item.kind
      body.push(
        paragraph(
          kind,
          item.spans,
          item.bullet ? { bullet: { level: 0 }, spacing: { after: 60 } } : {},
        ),
      )
    }
  }
  const document = wordDocument({
    title: `${comparison.title} – jämförelse version ${comparison.from.number} och ${comparison.to.number}`,
    author: author ?? comparison.to.author,
    subject: 'Jämförelse med spårade ändringar',
    trackRevisions: true,
    sections: [
      {
        footers: {
          default: footer(`Jämförelse version ${comparison.from.number}–${comparison.to.number}`),
        },
        children: [...intro, ...body],
      },
    ],
  })
  return wordBuffer(document)
}
