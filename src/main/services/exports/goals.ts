import { GOAL_STATUS_LABELS } from '../../../shared/domain/goals.ts'
import { safeFileName } from '../../../shared/domain/format.ts'
import { isoDayInSweden } from '../../../shared/domain/dates.ts'
import type { GoalVersionSummaryDto } from '../../../shared/api/goals.ts'
import { buildDocument } from '../../workers/buildDocument.ts'
import { draftSections, findDocument } from '../goals/documents.ts'
import { compare, loadVersion } from '../goals/versions.ts'
import type { AreaHandlers } from '../types.ts'
import { secretaryContact } from './secretary.ts'

const day = (iso: string) => isoDayInSweden(new Date(iso))
const versionLabel = (version: GoalVersionSummaryDto) =>
  `version ${version.number} (${day(version.createdAt)}, ${version.author})`

export const goalExportHandlers: Pick<
  AreaHandlers<'exports'>,
  'exports.goalDocumentDocx' | 'exports.goalComparisonDocx'
> = {
  async 'exports.goalDocumentDocx'({ em, clock }, { documentId, version }) {
    const document = await findDocument(em, documentId)
    if (version) {
      const saved = await loadVersion(em, document, version)
      return {
        fileName: safeFileName(`${document.title} version ${version}.docx`),
        data: buildDocument('goalDocumentDocx', {
          title: document.title,
          bodyName: document.body.name,
          stateLine: `Version ${version}, sparad ${day(saved.createdAt)}`,
          adoptedLine: saved.adoptedAt
            ? `Antagen ${saved.adoptedAt}, ${saved.adoptedReference}`
            : null,
          sections: saved.sections,
          author: (await secretaryContact(em, document.body.id, clock.today()))?.name ?? null,
        }),
      }
    }
    const sections = await draftSections(em, documentId)
    return {
      fileName: safeFileName(`${document.title} utkast ${clock.today()}.docx`),
      data: buildDocument('goalDocumentDocx', {
        title: document.title,
        bodyName: document.body.name,
        stateLine: `${GOAL_STATUS_LABELS[document.status === 'adopted' ? 'adopted' : 'draft']}, ${clock.today()}`,
        adoptedLine: null,
        sections,
        author: (await secretaryContact(em, document.body.id, clock.today()))?.name ?? null,
      }),
    }
  },
  async 'exports.goalComparisonDocx'({ em, clock }, { documentId, from, to }) {
    const document = await findDocument(em, documentId)
    const comparison = await compare(em, document, from, to)
    return {
      fileName: safeFileName(`${document.title} jämförelse version ${from}-${to}.docx`),
      data: buildDocument(
        'goalComparisonDocx',
        comparison,
        {
          from: versionLabel(comparison.from),
          to: versionLabel(comparison.to),
        },
        (await secretaryContact(em, document.body.id, clock.today()))?.name ?? null,
      ),
    }
  },
}
