import {
  AlignmentType,
  BorderStyle,
  Footer,
  HeadingLevel,
  Paragraph,
  Table,
  TableCell,
  TableRow,
  TextRun,
  WidthType,
  type ISectionOptions,
} from 'docx'
import type { MinutesDto, ParagraphDto, SituationDto } from '../../shared/api/minutes.ts'
import type { PresenceEntry } from '../../shared/api/presence.ts'
import { formatLongDate, swedishList, timeRange } from '../../shared/domain/format.ts'
import {
  ACTION_STATUS_SV,
  formatParagraphs,
  presenceParagraphs,
} from '../../shared/domain/minutes.ts'
import { ROLE_SV } from '../../shared/domain/register.ts'
import {
  pageNumberParagraph,
  runningHeader,
  textParagraphs,
  unbrokenDates,
  wordBuffer,
  wordDocument,
} from './word.ts'

/** What only the documents show (computed by the export service). */
export interface MinutesFacts {
  /** "2/2026": the protocol's number in the body's calendar year. */
  protocolNumber: string
  /** "10 av 11 platser besatta; beslutsfört." (null for a body without seats). */
  quorumLine: string | null
  /** The day the document is written (the extract's certification date). */
  today: string
}

const thin = { style: BorderStyle.SINGLE, size: 4, color: '666666' }
const none = { style: BorderStyle.NONE, size: 0, color: 'FFFFFF' }
const boxed = { top: thin, bottom: thin, left: thin, right: thin }
const open = { top: none, bottom: none, left: none, right: none }
const MARGINS = { top: 1134, bottom: 1134, left: 1247, right: 1247, footer: 500 }

const line = (
  text: string,
  options: {
    bold?: boolean
    italics?: boolean
    size?: number
    after?: number
    indent?: number
    keepNext?: boolean
    keepLines?: boolean
  } = {},
) =>
  new Paragraph({
    spacing: { after: options.after ?? 60 },
    indent: options.indent ? { left: options.indent } : undefined,
    keepNext: options.keepNext,
    keepLines: options.keepLines,
    children: [
      new TextRun({
        children: unbrokenDates(text),
        bold: options.bold,
        italics: options.italics,
        size: options.size,
      }),
    ],
  })

/** The small box in every page's footer where the adjusters put their initials (or the extract's certification). */
function signatureFooter(label: string): Footer {
  const cellWidth = 1500
  return new Footer({
    children: [
      new Table({
        alignment: AlignmentType.RIGHT,
        width: { size: cellWidth * 3, type: WidthType.DXA },
        columnWidths: [cellWidth, cellWidth, cellWidth],
        rows: [
          new TableRow({
            children: [
              new TableCell({
                borders: boxed,
                columnSpan: 3,
                children: [
                  new Paragraph({
                    spacing: { after: 0 },
                    children: [new TextRun({ text: label, size: 16 })],
                  }),
                ],
              }),
            ],
          }),
          new TableRow({
            height: { value: 500, rule: 'atLeast' },
            children: [0, 1, 2].map(
              () =>
                new TableCell({
                  borders: boxed,
                  width: { size: cellWidth, type: WidthType.DXA },
                  children: [new Paragraph('')],
                }),
            ),
          }),
        ],
      }),
      pageNumberParagraph(),
    ],
  })
}

/** "Stadshuset, 2026-11-03" (done) or "senast 2026-11-03" (still to come), as decided at Val av justerare. */
function adjustmentPlaceAndTime(minutes: MinutesDto): string {
  const time =
    minutes.adjustedOn ?? (minutes.adjustBy ? `senast ${minutes.adjustBy}` : 'bestäms senare')
  return minutes.adjustPlace ? `${minutes.adjustPlace}, ${time}` : time
}

function masthead(minutes: MinutesDto, title: string): Paragraph[] {
  const facts: [string, string][] = [
    ['Datum', formatLongDate(minutes.date)],
    ['Tid', `kl. ${timeRange(minutes.startTime, minutes.endTime)}`],
    ['Plats', minutes.place],
    ['Justeringens plats och tid', adjustmentPlaceAndTime(minutes)],
  ]
  return [
    new Paragraph({
      spacing: { after: 60 },
      children: [
        new TextRun({
          text: minutes.bodyName.toUpperCase(),
          bold: true,
          color: '1F3864',
          size: 20,
        }),
      ],
    }),
    new Paragraph({ heading: HeadingLevel.TITLE, children: [new TextRun(title)] }),
    ...facts.map(
      ([label, value]) =>
        new Paragraph({
          spacing: { after: 40 },
          indent: { left: 2600, hanging: 2600 },
          tabStops: [{ type: 'left', position: 2600 }],
          children: [
            new TextRun({ text: `${label}:`, bold: true }),
            new TextRun({ children: ['\t', ...unbrokenDates(value)] }),
          ],
        }),
    ),
  ]
}

/** "Anna Berg, Polisen (ordförande) §§ 3–7" */
function presenceLine(entry: PresenceEntry, items: MinutesDto['agenda'], note?: string): Paragraph {
  const role =
    entry.role === 'chair' || entry.role === 'viceChair' ? ROLE_SV[entry.role].toLowerCase() : null
  const remarks = [role, entry.servingForName ? `för ${entry.servingForName}` : null, note ?? null]
    .filter(Boolean)
    .join(', ')
  const range = presenceParagraphs(items, entry.fromItemId, entry.toItemId)
  return new Paragraph({
    spacing: { after: 20 },
    indent: { left: 360 },
    children: [
      new TextRun(entry.name),
      new TextRun(entry.organisationName ? `, ${entry.organisationName}` : ''),
      new TextRun({ text: remarks ? ` (${remarks})` : '', italics: true }),
      new TextRun({ text: range ? `  ${range}` : '', bold: true }),
    ],
  })
}

function presenceList(minutes: MinutesDto, quorumLine: string | null): Paragraph[] {
  const { presence, agenda } = minutes
  const groups: [string, Paragraph[]][] = [
    ['Ledamöter', presence.members.map((entry) => presenceLine(entry, agenda))],
    [
      'Tjänstgörande ersättare',
      presence.servingDeputies.map((entry) => presenceLine(entry, agenda)),
    ],
    ['Ersättare', presence.deputies.map((entry) => presenceLine(entry, agenda))],
    [
      'Övriga närvarande',
      presence.others.map((entry) =>
        presenceLine(
          entry,
          agenda,
          entry.role === 'guest' ? 'gäst' : ROLE_SV[entry.role].toLowerCase(),
        ),
      ),
    ],
    [
      'Frånvarande',
      presence.absent.map((entry) =>
        presenceLine(
          { ...entry, fromItemId: null, toItemId: null },
          agenda,
          entry.apologies ? 'anmält förhinder' : undefined,
        ),
      ),
    ],
  ]
  const out: Paragraph[] = [
    new Paragraph({ heading: HeadingLevel.HEADING_1, children: [new TextRun('Närvarande')] }),
  ]
  if (quorumLine)
    out.push(
      new Paragraph({
        children: [new TextRun({ text: 'Beslutsförhet: ', bold: true }), new TextRun(quorumLine)],
      }),
    )
  for (const [label, lines] of groups) {
    if (lines.length === 0) continue
    out.push(
      new Paragraph({ heading: HeadingLevel.HEADING_2, children: [new TextRun(label)] }),
      ...lines,
    )
  }
  // The secretary is named once: among övriga närvarande when the roll call has them, else on a line of their own.
  const secretaryListed = presence.others.some((entry) => entry.name === minutes.secretaryName)
  if (minutes.secretaryName && !secretaryListed) {
    out.push(
      new Paragraph({ heading: HeadingLevel.HEADING_2, children: [new TextRun('Sekreterare')] }),
      line(minutes.secretaryName, { indent: 360 }),
    )
  }
  return out
}

function situationParagraphs(situation: SituationDto): Paragraph[] {
  const parts: [string, string][] = [
    ['Oroande områden', situation.concerns],
    ['Händelser sedan förra mötet', situation.events],
    ['Vad som görs', situation.measures],
  ]
  return parts
    .filter(([, text]) => text.trim() !== '')
    .flatMap(([label, text]) => [
      line(label, { bold: true, after: 20, keepNext: true }),
      ...textParagraphs(text),
    ])
}

/** One §: heading, account, decisions ("Beslut"), action items, reported items. */
export function paragraphBlock(
  minutes: MinutesDto,
  paragraph: ParagraphDto,
  heading: (typeof HeadingLevel)[keyof typeof HeadingLevel] = HeadingLevel.HEADING_2,
): Paragraph[] {
  const out: Paragraph[] = [
    new Paragraph({
      heading,
      keepNext: true,
      children: [new TextRun(`§ ${paragraph.number}  ${paragraph.title}`)],
    }),
    ...textParagraphs(paragraph.text, undefined, {
      keepLastWithNext:
        paragraph.decisions.length > 0 ||
        paragraph.actions.length > 0 ||
        paragraph.reported.length > 0,
    }),
  ]
  if (paragraph.standingKey === 'situation' && minutes.situation?.meetingId === minutes.meetingId)
    out.push(...situationParagraphs(minutes.situation))
  if (paragraph.reported.length > 0) {
    out.push(line('Rapporterat vid mötet', { bold: true, after: 20, keepNext: true }))
    for (const action of paragraph.reported) {
      out.push(
        new Paragraph({
          bullet: { level: 0 },
          spacing: { after: 40 },
          children: [
            new TextRun({
              children: unbrokenDates(
                `${action.description} (${action.owner}; beslutat ${action.decidedDate} § ${action.decidedParagraph}): `,
              ),
            }),
            new TextRun({ text: ACTION_STATUS_SV[action.status].toLowerCase(), bold: true }),
          ],
        }),
      )
    }
  }
  if (paragraph.decisions.length > 0) {
    out.push(
      new Paragraph({
        spacing: { before: 80, after: 20 },
        keepNext: true,
        children: [new TextRun({ text: 'Beslut', bold: true })],
      }),
    )
    // "beslutar" and every decision but the last keep with the next: a decision never stands alone.
    out.push(line(`${minutes.bodyName} beslutar`, { after: 20, indent: 360, keepNext: true }))
    paragraph.decisions.forEach((decision, index) =>
      out.push(
        line(decision.text, {
          indent: 360,
          keepLines: true,
          keepNext: index < paragraph.decisions.length - 1,
        }),
      ),
    )
  }
  if (paragraph.actions.length > 0) {
    out.push(line('Uppdrag', { bold: true, after: 20, keepNext: true }))
    for (const action of paragraph.actions) {
      out.push(
        new Paragraph({
          bullet: { level: 0 },
          spacing: { after: 40 },
          children: [
            new TextRun(action.description),
            new TextRun({
              children: unbrokenDates(
                ` — ansvarig: ${action.owner}, klart senast ${action.dueDate}`,
              ),
              color: '404040',
            }),
          ],
        }),
      )
    }
  }
  if (paragraph.immediate)
    out.push(line('Paragrafen förklarades omedelbart justerad.', { italics: true }))
  return out
}

const signatureCell = (role: string, name: string | null) =>
  new TableCell({
    borders: open,
    width: { size: 50, type: WidthType.PERCENTAGE },
    children: [
      new Paragraph({
        spacing: { before: 480, after: 0 },
        children: [new TextRun('……………………………………………')],
      }),
      new Paragraph({ spacing: { after: 0 }, children: [new TextRun(name ?? '')] }),
      new Paragraph({
        spacing: { after: 200 },
        children: [new TextRun({ text: role, italics: true, size: 18 })],
      }),
    ],
  })

function signatureBlock(minutes: MinutesDto): (Paragraph | Table)[] {
  const cells = [
    signatureCell('Sekreterare', minutes.secretaryName),
    signatureCell('Ordförande', minutes.chairName),
    ...minutes.adjusters.map((adjuster) => signatureCell('Justerare', adjuster.name)),
  ]
  if (minutes.adjusters.length === 0) cells.push(signatureCell('Justerare', null))
  if (cells.length % 2 === 1)
    cells.push(new TableCell({ borders: open, children: [new Paragraph('')] }))
  const rows: TableRow[] = []
  for (let index = 0; index < cells.length; index += 2)
    rows.push(new TableRow({ cantSplit: true, children: [cells[index]!, cells[index + 1]!] }))
  return [
    new Paragraph({
      heading: HeadingLevel.HEADING_1,
      keepNext: true,
      children: [new TextRun('Underskrifter')],
    }),
    new Paragraph({
      keepNext: true,
      children: [
        new TextRun({ text: 'Justeringsdatum: ', bold: true }),
        new TextRun({
          children: unbrokenDates(
            minutes.adjustedOn ??
              `……………… (senast ${minutes.adjustBy ?? '—'}${minutes.adjustPlace ? `, ${minutes.adjustPlace}` : ''})`,
          ),
        }),
      ],
    }),
    new Table({ width: { size: 100, type: WidthType.PERCENTAGE }, rows }),
  ]
}

const section = (
  children: (Paragraph | Table)[],
  footerLabel: string,
  header: string,
): ISectionOptions => ({
  properties: { page: { margin: MARGINS } },
  headers: { default: runningHeader(header) },
  footers: { default: signatureFooter(footerLabel) },
  children,
})

const names = (people: { name: string }[]) => swedishList(people.map((person) => person.name))

/** The minutes: header, presence list with § ranges, every §, signature block, initials box on every page. */
export async function buildMinutesDocx(
  minutes: MinutesDto,
  facts: MinutesFacts,
): Promise<Uint8Array> {
  const numbers = minutes.paragraphs.map((paragraph) => paragraph.number)
  const children: (Paragraph | Table)[] = [
    ...masthead(minutes, `Protokoll ${facts.protocolNumber}`),
    line(`Paragrafer: ${formatParagraphs(numbers)}`, { italics: true, after: 120 }),
    ...presenceList(minutes, facts.quorumLine),
    new Paragraph({ heading: HeadingLevel.HEADING_1, children: [new TextRun('Ärenden')] }),
    ...minutes.paragraphs.flatMap((paragraph) => paragraphBlock(minutes, paragraph)),
    ...signatureBlock(minutes),
  ]
  const title = `Protokoll ${facts.protocolNumber} ${minutes.bodyName} ${minutes.date}`
  return wordBuffer(
    wordDocument({
      title,
      author: minutes.secretaryName,
      subject: `${title}, ${formatParagraphs(numbers)}`,
      sections: [
        section(
          children,
          'Justerandes signatur',
          `${minutes.bodyName} · Protokoll ${facts.protocolNumber} · ${minutes.date}`,
        ),
      ],
    }),
  )
}

/** A protokollsutdrag of one §, certified as a true extract. */
export async function buildExtractDocx(
  minutes: MinutesDto,
  paragraph: ParagraphDto,
  facts: MinutesFacts,
): Promise<Uint8Array> {
  const adjusters = names(minutes.adjusters)
  const adjustment = minutes.adjustedOn
    ? `Protokollet justerades ${minutes.adjustedOn}${adjusters ? ` av ordföranden och ${adjusters}` : ''}.`
    : paragraph.immediate
      ? 'Paragrafen justerades omedelbart vid mötet.'
      : `Protokollet är ännu inte justerat${adjusters ? ` (justerare: ${adjusters})` : ''}.`
  // Sent to those who got an action item in the §: the owners, or their organisations.
  const recipients = [...new Set(paragraph.actions.map((action) => action.owner).filter(Boolean))]
  const children: (Paragraph | Table)[] = [
    ...masthead(minutes, `Protokollsutdrag, protokoll ${facts.protocolNumber}`),
    line(adjustment, { after: 200 }),
    ...paragraphBlock(minutes, paragraph, HeadingLevel.HEADING_1),
  ]
  if (recipients.length > 0)
    children.push(
      new Paragraph({
        spacing: { before: 200 },
        children: [
          new TextRun({ text: 'Expedieras till: ', bold: true }),
          new TextRun(recipients.join(', ')),
        ],
      }),
    )
  children.push(
    new Paragraph({
      heading: HeadingLevel.HEADING_1,
      spacing: { before: 480 },
      keepNext: true,
      children: [new TextRun('Utdragsbestyrkande')],
    }),
    line(`Rätt utdraget intygar, ${facts.today}:`, { after: 0, keepNext: true }),
    new Paragraph({
      spacing: { before: 480, after: 0 },
      keepNext: true,
      children: [new TextRun('……………………………………………')],
    }),
    line(minutes.secretaryName ?? 'Namnförtydligande: ………………………………', {
      after: 0,
      keepNext: true,
    }),
    line(`Sekreterare, ${minutes.bodyName}`, { italics: true, size: 18 }),
  )
  const title = `Protokollsutdrag ${minutes.bodyName} ${minutes.date} § ${paragraph.number}`
  return wordBuffer(
    wordDocument({
      title,
      author: minutes.secretaryName,
      subject: `${title} ${paragraph.title}`,
      sections: [
        section(
          children,
          'Utdragsbestyrkande',
          `${minutes.bodyName} · Protokollsutdrag § ${paragraph.number} · protokoll ${facts.protocolNumber} · ${minutes.date}`,
        ),
      ],
    }),
  )
}

/** The situation picture on one page, for members who were not at the meeting. */
export async function buildSituationDocx(
  minutes: MinutesDto,
  situation: SituationDto,
  previousDate: string | null,
): Promise<Uint8Array> {
  const parts: [string, string][] = [
    ['Oroande områden', situation.concerns],
    ['Händelser sedan förra mötet', situation.events],
    ['Vad som görs', situation.measures],
  ]
  const children: Paragraph[] = [
    new Paragraph({
      spacing: { after: 60 },
      children: [
        new TextRun({
          text: minutes.bodyName.toUpperCase(),
          bold: true,
          color: '1F3864',
          size: 20,
        }),
      ],
    }),
    new Paragraph({ heading: HeadingLevel.TITLE, children: [new TextRun('Lägesbild')] }),
    line(
      `Som den såg ut efter mötet ${formatLongDate(situation.date)}${previousDate ? ` (föregående lägesbild: ${previousDate})` : ''}.`,
      { after: 200 },
    ),
    ...parts.flatMap(([label, text]) => [
      new Paragraph({ heading: HeadingLevel.HEADING_1, children: [new TextRun(label)] }),
      ...textParagraphs(text, 'Inget antecknat.'),
    ]),
    line(
      minutes.secretaryName
        ? `Frågor om lägesbilden besvaras av ${minutes.secretaryName}, sekreterare.`
        : 'Frågor om lägesbilden besvaras av sekreteraren.',
      { italics: true, size: 18 },
    ),
  ]
  const title = `Lägesbild ${minutes.bodyName} ${situation.date}`
  return wordBuffer(
    wordDocument({
      title,
      author: minutes.secretaryName,
      sections: [
        {
          properties: { page: { margin: MARGINS } },
          headers: {
            default: runningHeader(`${minutes.bodyName} · Lägesbild · ${situation.date}`),
          },
          footers: { default: new Footer({ children: [pageNumberParagraph()] }) },
          children,
        },
      ],
    }),
  )
}
