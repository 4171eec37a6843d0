import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { documentInputs } from '../../scripts/bench/documents.ts'
import { generateLargeDatabase } from '../../scripts/bench/generate.ts'
import { lookUpIds, NOT_ON_THE_DATA_SET, readInputs } from '../../scripts/bench/procedures.ts'
import { openBenchServices, type BenchServices } from '../../scripts/bench/services.ts'
import type { AttendanceStatsDto } from '../../src/shared/api/attendance.ts'
import { contract } from '../../src/shared/api/index.ts'
import type { MeetingSummaryDto } from '../../src/shared/api/meetings.ts'
import type { MinutesDto } from '../../src/shared/api/minutes.ts'
import type { GeneratedFacts } from '../../scripts/bench/shape.ts'

/**
 * The bench's ten-year data set is built against the real schema and answers every read
 * procedure and every document: a schema change that breaks `npm run bench` fails here.
 */
let dir: string
let facts: GeneratedFacts
let services: BenchServices

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'radsrum-bench-'))
  facts = await generateLargeDatabase(join(dir, 'large.sqlite'))
  services = await openBenchServices(join(dir, 'large.sqlite'))
}, 120_000)

afterAll(async () => {
  await services?.close()
  rmSync(dir, { recursive: true, force: true })
})

describe('the bench data set', () => {
  it('has ten years of meetings with attendance for everyone, from a fixed seed', () => {
    expect(facts).toMatchObject({
      bodies: 15,
      meetings: 3000,
      agendaItems: 45_000,
      attendanceRows: 200_800,
    })
    expect(facts.paragraphs).toBeGreaterThan(40_000)
  })

  it('answers every read procedure and writes every document on it', async () => {
    const ids = lookUpIds(services.raw)
    const reads = readInputs(ids)
    const documents = documentInputs(ids)
    for (const [name, procedure] of Object.entries(contract)) {
      if (procedure.kind === 'mutation' || name in NOT_ON_THE_DATA_SET) continue
      const input = procedure.kind === 'query' ? reads[name] : documents[name]
      expect(input, `bench input for ${name}`).toBeDefined()
      const result = await services.dispatcher.call(name, input)
      expect(result.ok ? 'ok' : `${result.error.code}: ${result.error.message}`, name).toBe('ok')
    }
  }, 120_000)

  it('gives the overview this year and last, minutes numbered per year and statistics over ten years', async () => {
    const ids = lookUpIds(services.raw)
    const recent = (await services.call('meetings.list', { yearsBack: 1 })) as MeetingSummaryDto[]
    expect(recent).toHaveLength(600)
    const minutes = (await services.call('minutes.get', {
      meetingId: ids.heldMeetingId,
    })) as MinutesDto
    expect(minutes.paragraphs).toHaveLength(15)
    expect(minutes.paragraphs.at(-1)!.number).toBe(minutes.paragraphs[0]!.number + 14)
    const statistics = (await services.call('attendance.statistics', {
      bodyId: ids.councilId,
      fromYear: null,
      toYear: null,
    })) as AttendanceStatsDto
    expect(statistics.byYear.map((period) => period.year)).toEqual([
      2017, 2018, 2019, 2020, 2021, 2022, 2023, 2024, 2025, 2026,
    ])
  })
})
