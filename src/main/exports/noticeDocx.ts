import {
  AlignmentType,
  BorderStyle,
  HeadingLevel,
  Paragraph,
  Table,
  TableCell,
  TableRow,
  TextRun,
  Footer,
  WidthType,
} from 'docx'
import type { MeetingDto } from '../../shared/api/meetings.ts'
import { AGENDA_KIND_SV } from '../../shared/domain/meetings.ts'
import { formatLongDate, swedishTime, timeRange } from '../../shared/domain/format.ts'
import {
  pageNumberParagraph,
  runningHeader,
  unbrokenDates,
  wordBuffer,
  wordDocument,
} from './word.ts'

export interface CalledPerson {
  name: string
  organisation: string | null
  /** "ordförande", "personlig ersättare för Maria Lindqvist" … */
  note: string | null
  email: string | null
}

export interface NoticeData {
  meeting: MeetingDto
  secretary: { name: string; email: string | null; phone: string | null } | null
  members: CalledPerson[]
  deputies: CalledPerson[]
  others: CalledPerson[]
  /** Open action items from earlier meetings, one line each (Uppföljning av uppdrag). */
  followUp: string[]
  /** Handlingar sent with the notice, e.g. "Protokoll 2026-10-27 (§§ 30–42)". */
  documents: string[]
  /** The day the notice is written and sent. */
  sentOn: string
}

export const DEPUTIES_LINE = 'för kännedom — tjänstgör vid förhinder'

const thin = { style: BorderStyle.SINGLE, size: 4, color: '999999' }
const borders = { top: thin, bottom: thin, left: thin, right: thin }

function cell(children: Paragraph[], width: number, header = false) {
  return new TableCell({
    borders,
    width: { size: width, type: WidthType.PERCENTAGE },
    shading: header ? { fill: 'E7ECF4' } : undefined,
    children,
  })
}
const plain = (
  text: string,
  options: { bold?: boolean; right?: boolean; size?: number; italics?: boolean } = {},
) =>
  new Paragraph({
    spacing: { after: 0 },
    alignment: options.right ? AlignmentType.RIGHT : AlignmentType.LEFT,
    children: [
      new TextRun({
        children: unbrokenDates(text),
        bold: options.bold,
        size: options.size,
        italics: options.italics,
      }),
    ],
  })

/** The numbered agenda as a table whose first row is a real, repeating header row. */
function agendaTable(meeting: MeetingDto): Table {
  const widths = [7, 10, 58, 25]
  const header = new TableRow({
    tableHeader: true,
    children: ['Nr', 'Tid', 'Ärende', 'Föredragande'].map((text, index) =>
      cell([plain(text, { bold: true })], widths[index]!, true),
    ),
  })
  const rows = meeting.items.map(
    (item) =>
      new TableRow({
        cantSplit: true,
        children: [
          cell([plain(`${item.number}.`, { right: true })], widths[0]!),
          cell([plain(swedishTime(item.startTime))], widths[1]!),
          cell(
            [
              plain(item.title, { bold: true }),
              ...(item.description
                ? item.description.split(/\r?\n/).map((line) => plain(line, { size: 20 }))
                : []),
              plain(
                `${AGENDA_KIND_SV[item.kind]}${item.plannedMinutes > 0 ? `, ${item.plannedMinutes} min` : ''}`,
                { size: 18, italics: true },
              ),
            ],
            widths[2]!,
          ),
          cell([plain(item.presenter ?? '')], widths[3]!),
        ],
      }),
  )
  return new Table({ width: { size: 100, type: WidthType.PERCENTAGE }, rows: [header, ...rows] })
}

const personLine = (person: CalledPerson) =>
  new Paragraph({
    bullet: { level: 0 },
    spacing: { after: 40 },
    children: [
      new TextRun({ text: person.name, bold: true }),
      new TextRun(person.organisation ? `, ${person.organisation}` : ''),
      new TextRun({ text: person.note ? ` (${person.note})` : '', italics: true }),
    ],
  })

/** The notice (kallelse): heading, when and where, the numbered agenda, apologies, and who is called. */
export async function buildNoticeDocx(data: NoticeData): Promise<Uint8Array> {
  const { meeting } = data
  const title = `Kallelse ${meeting.bodyName} ${meeting.date}`
  const facts: [string, string][] = [
    ['Datum', formatLongDate(meeting.date)],
    ['Tid', `kl. ${timeRange(meeting.startTime, meeting.endTime)}`],
    ['Plats', meeting.place],
  ]
  const contact = data.secretary
    ? [data.secretary.email, data.secretary.phone].filter(Boolean).join(', ')
    : ''
  const apologies = data.secretary
    ? `Anmäl förhinder till sekreteraren ${data.secretary.name}${contact ? ` (${contact})` : ''}${meeting.replyBy ? ` senast ${formatLongDate(meeting.replyBy)}` : ''}.`
    : `Anmäl förhinder till sekreteraren${meeting.replyBy ? ` senast ${formatLongDate(meeting.replyBy)}` : ''}.`
  const children: (Paragraph | Table)[] = [
    new Paragraph({
      spacing: { after: 60 },
      children: [
        new TextRun({
          text: meeting.bodyName.toUpperCase(),
          bold: true,
          color: '1F3864',
          size: 20,
        }),
      ],
    }),
    new Paragraph({
      heading: HeadingLevel.TITLE,
      children: [new TextRun('Kallelse till sammanträde')],
    }),
    ...facts.map(
      ([label, value]) =>
        new Paragraph({
          spacing: { after: 40 },
          tabStops: [{ type: 'left', position: 1200 }],
          children: [new TextRun({ text: `${label}:`, bold: true }), new TextRun(`\t${value}`)],
        }),
    ),
    new Paragraph({
      spacing: { before: 120, after: 0 },
      children: [
        new TextRun({ text: 'Kallelsen skickad: ', bold: true }),
        new TextRun({ children: unbrokenDates(data.sentOn) }),
      ],
    }),
    new Paragraph({
      spacing: { before: 200, after: 200 },
      children: [new TextRun({ text: apologies, bold: true })],
    }),
    new Paragraph({ heading: HeadingLevel.HEADING_1, children: [new TextRun('Dagordning')] }),
    agendaTable(meeting),
    ...(data.followUp.length > 0
      ? [
          new Paragraph({
            heading: HeadingLevel.HEADING_2,
            children: [new TextRun('Uppföljning av uppdrag')],
          }),
          ...data.followUp.map(
            (text) =>
              new Paragraph({
                bullet: { level: 0 },
                spacing: { after: 40 },
                children: [new TextRun({ children: unbrokenDates(text) })],
              }),
          ),
        ]
      : []),
    new Paragraph({ heading: HeadingLevel.HEADING_1, children: [new TextRun('Kallade')] }),
    new Paragraph({ heading: HeadingLevel.HEADING_2, children: [new TextRun('Ledamöter')] }),
    ...data.members.map(personLine),
  ]
  if (data.deputies.length > 0) {
    children.push(
      new Paragraph({ heading: HeadingLevel.HEADING_2, children: [new TextRun('Ersättare')] }),
      new Paragraph({
        children: [
          new TextRun({
            text: `Ersättarna kallas ${DEPUTIES_LINE} för ordinarie ledamot.`,
            italics: true,
          }),
        ],
      }),
      ...data.deputies.map(personLine),
    )
  }
  if (data.others.length > 0) {
    children.push(
      new Paragraph({ heading: HeadingLevel.HEADING_2, children: [new TextRun('Övriga')] }),
      ...data.others.map(personLine),
    )
  }
  if (data.documents.length > 0) {
    children.push(
      new Paragraph({ heading: HeadingLevel.HEADING_1, children: [new TextRun('Handlingar')] }),
      ...data.documents.map(
        (document) =>
          new Paragraph({
            bullet: { level: 0 },
            spacing: { after: 40 },
            children: [new TextRun({ children: unbrokenDates(document) })],
          }),
      ),
    )
  }
  if (data.secretary) {
    children.push(
      new Paragraph({ spacing: { before: 360, after: 0 }, children: [new TextRun('Välkomna!')] }),
      new Paragraph({
        spacing: { before: 240, after: 0 },
        children: [new TextRun(data.secretary.name)],
      }),
      new Paragraph({
        children: [
          new TextRun({
            text: `Sekreterare, ${meeting.bodyName}${contact ? `, ${contact}` : ''}`,
            italics: true,
          }),
        ],
      }),
    )
  }
  const document = wordDocument({
    title,
    author: data.secretary?.name ?? null,
    subject: `Kallelse och dagordning, ${meeting.bodyName} ${meeting.date}`,
    sections: [
      {
        properties: { page: { margin: { top: 1134, bottom: 1134, left: 1247, right: 1247 } } },
        headers: { default: runningHeader(`${meeting.bodyName} · Kallelse · ${meeting.date}`) },
        footers: { default: new Footer({ children: [pageNumberParagraph()] }) },
        children,
      },
    ],
  })
  return wordBuffer(document)
}
