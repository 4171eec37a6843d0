import {
  AlignmentType,
  BorderStyle,
  Footer,
  HeadingLevel,
  LineRuleType,
  Paragraph,
  Table,
  TableCell,
  TableRow,
  TextRun,
  WidthType,
} from 'docx'
import type { FinalReportDto } from '../../shared/api/reports.ts'
import { periodText } from '../../shared/domain/budget.ts'
import { indicatorChangeText } from '../../shared/domain/indicators.ts'
import { formatKronor, formatNumber, swedishList } from '../../shared/domain/format.ts'
import { cleanText } from '../../shared/domain/text.ts'
import {
  pageNumberParagraph,
  textParagraphs,
  unbrokenDates,
  wordBuffer,
  wordDocument,
} from './word.ts'

const NOT_FILLED = 'Ej ifyllt.'

const thin = { style: BorderStyle.SINGLE, size: 4, color: '999999' }
const none = { style: BorderStyle.NONE, size: 0, color: 'FFFFFF' }
const grid = { top: thin, bottom: thin, left: thin, right: thin }
const noBorders = {
  top: none,
  bottom: none,
  left: none,
  right: none,
  insideHorizontal: none,
  insideVertical: none,
}

const heading = (
  text: string,
  level: (typeof HeadingLevel)[keyof typeof HeadingLevel] = HeadingLevel.HEADING_1,
) =>
  new Paragraph({
    heading: level,
    keepNext: true,
    keepLines: true,
    children: [new TextRun(cleanText(text))],
  })

/** A table with a real header row, numbers right-aligned and an optional bold total row. */
function moneyTable(
  headers: string[],
  rows: string[][],
  total: string[] | null,
  widths: number[],
  rightFrom = 1,
): Table {
  const cell = (text: string, column: number, options: { header?: boolean; bold?: boolean } = {}) =>
    new TableCell({
      borders: grid,
      width: { size: widths[column] ?? 20, type: WidthType.PERCENTAGE },
      shading: options.header ? { fill: 'E7ECF4' } : undefined,
      children: [
        new Paragraph({
          spacing: { after: 0 },
          alignment: column >= rightFrom ? AlignmentType.RIGHT : AlignmentType.LEFT,
          children: [new TextRun({ text: cleanText(text), bold: options.header || options.bold })],
        }),
      ],
    })
  return new Table({
    width: { size: 100, type: WidthType.PERCENTAGE },
    rows: [
      new TableRow({
        tableHeader: true,
        cantSplit: true,
        children: headers.map((text, column) => cell(text, column, { header: true })),
      }),
      ...rows.map(
        (row) =>
          new TableRow({
            cantSplit: true,
            children: row.map((text, column) => cell(text, column)),
          }),
      ),
      ...(total
        ? [
            new TableRow({
              cantSplit: true,
              children: total.map((text, column) => cell(text, column, { bold: true })),
            }),
          ]
        : []),
    ],
  })
}

function indicatorRows(report: FinalReportDto): string[][] {
  return report.indicators
    .filter((indicator) => indicator.values.length > 0)
    .map((indicator) => {
      const unit = indicator.unit ? ` ${indicator.unit}` : ''
      const first = indicator.values[0]!
      const last = indicator.values[indicator.values.length - 1]!
      const trend = indicator.trend
      const change = trend ? indicatorChangeText(trend, indicator.unit) : '–'
      return [
        `${indicator.name}${indicator.lowerIsBetter ? ' (lägre är bättre)' : ''}`,
        indicator.source,
        `${formatNumber(first.value)}${unit} (${first.year})`,
        indicator.values.length > 1 ? `${formatNumber(last.value)}${unit} (${last.year})` : '–',
        change,
      ]
    })
}

export function actorParagraphs(report: FinalReportDto): Paragraph[] {
  const { actors } = report
  const sentences: string[] = []
  if (actors.municipal.length > 0)
    sentences.push(
      `Från kommunen deltar ${swedishList(actors.municipal.map((name) => name.toLocaleLowerCase('sv')))}.`,
    )
  if (actors.others.length > 0) sentences.push(`Övriga aktörer är ${swedishList(actors.others)}.`)
  if (actors.localGroupCount > 0 && actors.inEveryLocalGroup.length > 0) {
    sentences.push(
      `${swedishList(actors.inEveryLocalGroup).replace(/^./, (letter) => letter.toLocaleUpperCase('sv'))} deltar i var och en av de ${actors.localGroupCount} lokala trygghetsgrupperna; i övrigt varierar aktörerna efter område.`,
    )
  }
  const paragraphs =
    sentences.length > 0 ? [new Paragraph({ children: [new TextRun(sentences.join(' '))] })] : []
  if (report.texts.actorsNote.trim())
    paragraphs.push(...textParagraphs(report.texts.actorsNote, NOT_FILLED))
  return paragraphs.length > 0 ? paragraphs : textParagraphs('', NOT_FILLED)
}

function signatureBlock(report: FinalReportDto): (Paragraph | Table)[] {
  const placeDate = [report.place, report.reportDate].filter(Boolean).join(' ')
  if (report.signatories.length === 0) {
    return placeDate
      ? [
          new Paragraph({
            spacing: { before: 480 },
            children: [new TextRun({ children: unbrokenDates(placeDate) })],
          }),
        ]
      : []
  }
  const width = Math.floor(100 / report.signatories.length)
  const column = (signatory: FinalReportDto['signatories'][number]) =>
    new TableCell({
      borders: noBorders,
      width: { size: width, type: WidthType.PERCENTAGE },
      children: [
        new Paragraph({
          spacing: { before: 600 },
          children: [new TextRun({ children: unbrokenDates(placeDate || ' ') })],
        }),
        new Paragraph({
          spacing: { before: 720, after: 0 },
          children: [new TextRun('______________________________')],
        }),
        new Paragraph({
          spacing: { after: 0 },
          children: [new TextRun({ text: cleanText(signatory.name), bold: true })],
        }),
        new Paragraph({ children: [new TextRun(cleanText(signatory.title ?? ''))] }),
      ],
    })
  return [
    new Table({
      width: { size: 100, type: WidthType.PERCENTAGE },
      borders: noBorders,
      rows: [new TableRow({ cantSplit: true, children: report.signatories.map(column) })],
    }),
  ]
}

/**
 * The final report to the grant giver in the seed's layout: title with project and case number;
 * Problembild, Åtgärder, Genomförande, Aktörer (from the register), Resultat (with the indicators),
 * Användning av det ekonomiska stödet (one table per year with SUMMA, from the budget); place, date
 * and signatures.
 */
/** `author`: the council's secretary, named in the file's properties. */
export async function buildFinalReportDocx(
  report: FinalReportDto,
  author: string | null,
): Promise<Uint8Array> {
  const { grant } = report
  const title = `Slutrapport av projektet ${cleanText(grant.projectName)}`
  const body: (Paragraph | Table)[] = [
    new Paragraph({
      heading: HeadingLevel.TITLE,
      spacing: { line: 240, lineRule: LineRuleType.AUTO, after: 200 },
      children: [new TextRun({ text: title, size: 36 })],
    }),
    new Paragraph({
      children: [
        new TextRun({
          text: 'Återrapportering av ekonomiskt stöd till lokalt brottsförebyggande projekt',
          italics: true,
        }),
      ],
    }),
    new Paragraph({
      children: [
        new TextRun({ text: 'Diarienummer: ', bold: true }),
        new TextRun(grant.caseNumber),
        new TextRun({ text: '   Beviljat: ', bold: true }),
        new TextRun(formatKronor(grant.amountGranted)),
        new TextRun({ text: '   Period: ', bold: true }),
        new TextRun(periodText(grant)),
      ],
    }),
    heading('Problembild'),
    ...textParagraphs(report.texts.problem, NOT_FILLED),
    heading('Åtgärder'),
    ...textParagraphs(report.texts.measures, NOT_FILLED),
    heading('Genomförande'),
    ...textParagraphs(report.texts.implementation, NOT_FILLED),
    heading('Aktörer'),
    ...actorParagraphs(report),
    heading('Resultat'),
    ...textParagraphs(report.texts.results, NOT_FILLED),
  ]
  const indicators = indicatorRows(report)
  if (indicators.length > 0) {
    body.push(
      heading('Uppföljning med indikatorer', HeadingLevel.HEADING_2),
      moneyTable(
        ['Indikator', 'Källa', 'Från', 'Till', 'Förändring'],
        indicators,
        null,
        // Källa is wide enough for "trygghetsundersökning" on one line.
        [24, 29, 12, 12, 23],
        2,
      ),
    )
  }
  body.push(heading('Användning av det ekonomiska stödet'))
  if (report.budget.length === 0)
    body.push(...textParagraphs('', 'Inga budgetrader är registrerade för bidraget.'))
  for (const year of report.budget) {
    body.push(
      heading(`Användning av det ekonomiska stödet ${year.year}`, HeadingLevel.HEADING_2),
      moneyTable(
        ['Aktivitet', 'Totalkostnad', 'Medel från Brå', 'Egen finans'],
        year.rows.map((row) => [
          row.name,
          formatKronor(row.totalCost),
          formatKronor(row.grantAmount),
          formatKronor(row.ownFinancing),
        ]),
        [
          'SUMMA',
          formatKronor(year.sums.totalCost),
          formatKronor(year.sums.grantAmount),
          formatKronor(year.sums.ownFinancing),
        ],
        [40, 20, 20, 20],
      ),
    )
  }
  if (report.budget.length > 1) {
    const total = report.budget.reduce(
      (sum, year) => ({
        t: sum.t + year.sums.totalCost,
        g: sum.g + year.sums.grantAmount,
        o: sum.o + year.sums.ownFinancing,
      }),
      { t: 0, g: 0, o: 0 },
    )
    body.push(
      heading(`Hela projektet ${periodText(grant)}`, HeadingLevel.HEADING_2),
      moneyTable(
        ['År', 'Totalkostnad', 'Medel från Brå', 'Egen finans'],
        report.budget.map((year) => [
          String(year.year),
          formatKronor(year.sums.totalCost),
          formatKronor(year.sums.grantAmount),
          formatKronor(year.sums.ownFinancing),
        ]),
        ['SUMMA', formatKronor(total.t), formatKronor(total.g), formatKronor(total.o)],
        [40, 20, 20, 20],
      ),
    )
  }
  body.push(
    new Paragraph({
      // Space after the table above is the paragraph's own, not an empty paragraph.
      spacing: { before: 240 },
      children: [
        new TextRun(
          `Beviljat från Brå: ${formatKronor(grant.use.granted)}. Använt enligt budgeten: ${formatKronor(grant.use.used)}.`,
        ),
      ],
    }),
  )
  for (const warning of grant.use.warnings)
    body.push(new Paragraph({ children: [new TextRun({ text: `Obs! ${warning}`, bold: true })] }))
  body.push(...signatureBlock(report))

  const document = wordDocument({
    title,
    author,
    subject: `Slutrapport dnr ${grant.caseNumber}`,
    sections: [
      {
        properties: { page: { margin: { top: 1200, bottom: 1200, left: 1300, right: 1300 } } },
        footers: {
          default: new Footer({
            children: [
              pageNumberParagraph(`Slutrapport dnr ${grant.caseNumber}`, AlignmentType.RIGHT),
            ],
          }),
        },
        children: body,
      },
    ],
  })
  return wordBuffer(document)
}
