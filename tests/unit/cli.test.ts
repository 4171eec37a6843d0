import { existsSync, mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import ExcelJS from 'exceljs'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { runRadsrum } from '../support/cli.ts'

let dir: string
let db: string

const radsrum = (...args: string[]) => runRadsrum(db, ...args)

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'radsrum-cli-'))
  db = join(dir, 'x.sqlite')
})
afterAll(() => rmSync(dir, { recursive: true, force: true }))

// Each case starts Node processes; on a loaded machine that takes seconds, so allow minutes.
describe('radsrum CLI', { timeout: 180_000 }, () => {
  it('loads the example, lists procedures with JSON Schema, and calls them', async () => {
    expect(JSON.parse((await radsrum('demo')).stdout)).toEqual({ loaded: true })

    const procedures = JSON.parse((await radsrum('procedures')).stdout) as {
      name: string
      input: { type?: string; properties?: Record<string, unknown> }
    }[]
    const createPerson = procedures.find((procedure) => procedure.name === 'register.createPerson')!
    expect(createPerson.input.type).toBe('object')
    expect(Object.keys(createPerson.input.properties!)).toEqual(
      expect.arrayContaining(['name', 'email', 'organisationId']),
    )

    const bodies = JSON.parse((await radsrum('call', 'register.listBodies')).stdout) as {
      name: string
    }[]
    expect(bodies).toHaveLength(15)
    const created = JSON.parse(
      (
        await radsrum(
          'call',
          'register.createPerson',
          '{"name":"Rut Sjölander","email":"rut@exempel.se"}',
        )
      ).stdout,
    )
    expect(created).toMatchObject({ name: 'Rut Sjölander', email: 'rut@exempel.se' })
  })

  it('writes errors as JSON on stderr with exit code 1', async () => {
    const bad = await radsrum('call', 'register.createPerson', '{"name":"Rut","email":"rut@"}')
    expect(bad.code).toBe(1)
    expect(bad.stdout).toBe('')
    expect(JSON.parse(bad.stderr)).toMatchObject({
      ok: false,
      error: {
        code: 'VALIDATION',
        message: 'Ogiltig e-postadress. Skriv den som namn@exempel.se.',
      },
    })
    const unknown = await radsrum('call', 'register.nothing')
    expect(unknown.code).toBe(1)
    expect(JSON.parse(unknown.stderr).error.code).toBe('NOT_FOUND')
  })

  it('exports the register and takes a backup', async () => {
    const out = join(dir, 'register.xlsx')
    expect((await radsrum('export', 'register', '--out', out)).code).toBe(0)
    const book = new ExcelJS.Workbook()
    await book.xlsx.readFile(out)
    expect(book.worksheets.map((sheet) => sheet.name)).toEqual([
      'Aktörer',
      'Personer',
      'Organ',
      'Uppdrag',
    ])
    expect(book.getWorksheet('Organ')!.getCell('A2').value).toBe('Trygghetsrådet')
    expect(book.getWorksheet('Personer')!.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 })

    const copy = join(dir, 'kopia.sqlite')
    expect((await radsrum('backup', '--out', copy)).code).toBe(0)
    expect(existsSync(copy)).toBe(true)
    const fromCopy = JSON.parse((await runRadsrum(copy, 'call', 'register.listBodies')).stdout)
    expect(fromCopy).toHaveLength(15)
  })

  it('exports a notice and a year plan, choosing .ics by the file extension', async () => {
    const meetings = JSON.parse(
      (await radsrum('call', 'meetings.list', '{"from":"2026-12-01"}')).stdout,
    ) as { id: number; date: string }[]
    const notice = join(dir, 'kallelse.docx')
    const saved = await radsrum(
      'export',
      'notice',
      '--meeting',
      String(meetings[0]!.id),
      '--out',
      notice,
    )
    expect(JSON.parse(saved.stdout)).toMatchObject({
      saved: true,
      fileName: 'Kallelse Trygghetsrådet 2026-12-08.docx',
    })
    expect(existsSync(notice)).toBe(true)
    const calendar = join(dir, 'plan.ics')
    expect(
      (await radsrum('export', 'year-plan', '--body', '1', '--year', '2013', '--out', calendar))
        .code,
    ).toBe(0)
    const { readFileSync } = await import('node:fs')
    expect(readFileSync(calendar, 'utf8').match(/BEGIN:VEVENT/g)).toHaveLength(6)
    const plan = join(dir, 'plan.xlsx')
    expect(
      (await radsrum('export', 'year-plan', '--body', '1', '--year', '2026', '--out', plan)).code,
    ).toBe(0)
    const book = new ExcelJS.Workbook()
    await book.xlsx.readFile(plan)
    expect(book.worksheets[0]!.name).toBe('Sammanträdesplan 2026')
  })
})
