import type { EntityManager } from '@mikro-orm/sqlite'
import type { ActorsDto, FinalReportDto } from '../../../shared/api/reports.ts'
import { ACTOR_GROUP, type OrganisationKind } from '../../../shared/domain/register.ts'
import { queryRows, sql } from '../../db/sqlWhere.ts'
import {
  FinalReport,
  ReportSignatory,
  type IFinalReport,
  type IGrant,
} from '../../db/entities/budget.ts'
import { budgetYears } from '../budget/activities.ts'
import { findGrant, grantDtos } from '../budget/grants.ts'
import { listIndicators } from '../indicators/indicators.ts'
import type { AreaHandlers } from '../types.ts'
import { checkVersion } from '../version.ts'

const collator = new Intl.Collator('sv-SE')

/**
 * Aktörer from the register: the municipality's own, the others, and who sits in every local group.
 * Which kind counts where is the domain's ACTOR_GROUP.
 */
export async function actorsFromRegister(em: EntityManager): Promise<ActorsDto> {
  // Plain rows: hydrating every local group's seats with its organisation took most of the
  // final report's 14 ms over the ten-year data set (npm run bench).
  const organisations = await queryRows<{ id: number; name: string; kind: OrganisationKind }>(
    em,
    sql`select id, name, kind from organisation`,
  )
  const group = (organisation: { kind: OrganisationKind }) => ACTOR_GROUP[organisation.kind]
  const names = (list: typeof organisations) =>
    list.map((organisation) => organisation.name).sort(collator.compare)
  const [{ groups }] = (await queryRows<{ groups: number }>(
    em,
    sql`select count(*) as groups from body where kind = 'localGroup'`,
  )) as [{ groups: number }]
  const seats = await queryRows<{ bodyId: number; organisationId: number; kind: OrganisationKind }>(
    em,
    sql`select distinct s.body_id as bodyId, s.organisation_id as organisationId, o.kind
          from seat s join body b on b.id = s.body_id join organisation o on o.id = s.organisation_id
         where b.kind = 'localGroup'`,
  )
  const inEveryLocalGroup: string[] = []
  if (groups > 0) {
    const groupsWith = (match: (seat: (typeof seats)[number]) => boolean) =>
      new Set(seats.filter(match).map((seat) => seat.bodyId)).size
    for (const organisation of organisations.filter((candidate) => group(candidate) === 'other')) {
      if (groupsWith((seat) => seat.organisationId === organisation.id) === groups)
        inEveryLocalGroup.push(organisation.name)
    }
    if (groupsWith((seat) => group(seat) === 'municipal') === groups)
      inEveryLocalGroup.push('kommunen')
  }
  return {
    municipal: names(organisations.filter((organisation) => group(organisation) === 'municipal')),
    others: names(organisations.filter((organisation) => group(organisation) === 'other')),
    inEveryLocalGroup,
    localGroupCount: groups,
  }
}

async function reportFor(em: EntityManager, grant: IGrant): Promise<IFinalReport> {
  const existing = await em.findOne(FinalReport, { grant: grant.id })
  if (existing) return existing
  const created = em.create(FinalReport, { grant, place: null, reportDate: null, savedAt: null })
  await em.flush()
  return created
}

export async function finalReportDto(em: EntityManager, grantId: number): Promise<FinalReportDto> {
  const grant = await findGrant(em, grantId)
  const report = await em.findOne(FinalReport, { grant: grant.id })
  const signatories = report
    ? await em.find(ReportSignatory, { report: report.id }, { orderBy: { position: 'asc' } })
    : []
  return {
    grant: (await grantDtos(em, [grant]))[0]!,
    texts: {
      problem: report?.problem ?? '',
      measures: report?.measures ?? '',
      implementation: report?.implementation ?? '',
      actorsNote: report?.actorsNote ?? '',
      results: report?.results ?? '',
    },
    place: report?.place ?? null,
    reportDate: report?.reportDate ?? null,
    signatories: signatories.map((signatory) => ({
      name: signatory.name,
      title: signatory.title ?? null,
    })),
    version: report?.version ?? 0,
    savedAt: report?.savedAt ? report.savedAt.toISOString() : null,
    actors: await actorsFromRegister(em),
    indicators: await listIndicators(em),
    budget: await budgetYears(em, { year: null, grantId: grant.id }),
  }
}

export const finalReportHandlers: AreaHandlers<'reports'> = {
  async 'reports.getFinalReport'({ em }, { grantId }) {
    return finalReportDto(em, grantId)
  },
  async 'reports.saveFinalReport'({ em, clock }, input) {
    const grant = await findGrant(em, input.grantId)
    const existing = await em.findOne(FinalReport, { grant: grant.id })
    checkVersion(existing ?? { version: 0 }, input.version, 'finalReport')
    const report = existing ?? (await reportFor(em, grant))
    em.assign(report, {
      ...input.texts,
      place: input.place,
      reportDate: input.reportDate,
      savedAt: clock.now(),
    })
    await em.nativeDelete(ReportSignatory, { report: report.id })
    input.signatories.forEach((signatory, position) =>
      em.create(ReportSignatory, {
        report,
        position,
        name: signatory.name,
        title: signatory.title,
      }),
    )
    await em.flush()
    return finalReportDto(em, grant.id)
  },
}
