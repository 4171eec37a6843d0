import { execFile } from 'node:child_process'
import { existsSync, mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { promisify } from 'node:util'
import ExcelJS from 'exceljs'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

const run = promisify(execFile)
let dir: string
let db: string

/** Runs bin/radsrum.js as a user would; resolves with stdout/stderr and the exit code. */
async function radsrum(...args: string[]) {
  try {
    const { stdout, stderr } = await run(process.execPath, ['bin/radsrum.js', '--db', db, ...args])
    return { stdout, stderr, code: 0 }
  } catch (error) {
    const failed = error as { stdout: string; stderr: string; code: number }
    return { stdout: failed.stdout, stderr: failed.stderr, code: failed.code }
  }
}

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'radsrum-cli-'))
  db = join(dir, 'x.sqlite')
})
afterAll(() => rmSync(dir, { recursive: true, force: true }))

// Each case starts Node processes; on a loaded machine that takes seconds, so allow minutes.
describe('radsrum CLI', { timeout: 180_000 }, () => {
  it('loads the example, lists procedures with JSON Schema, and calls them', async () => {
    expect(JSON.parse((await radsrum('demo')).stdout)).toEqual({ loaded: true })

    const procedures = JSON.parse((await radsrum('procedures')).stdout) as { name: string; input: { type?: string; properties?: Record<string, unknown> } }[]
    const createPerson = procedures.find((procedure) => procedure.name === 'register.createPerson')!
    expect(createPerson.input.type).toBe('object')
    expect(Object.keys(createPerson.input.properties!)).toEqual(expect.arrayContaining(['name', 'email', 'organisationId']))

    const bodies = JSON.parse((await radsrum('call', 'register.listBodies')).stdout) as { name: string }[]
    expect(bodies).toHaveLength(15)
    const created = JSON.parse((await radsrum('call', 'register.createPerson', '{"name":"Rut Sjölander","email":"rut@exempel.se"}')).stdout)
    expect(created).toMatchObject({ name: 'Rut Sjölander', email: 'rut@exempel.se' })
  })

  it('writes errors as JSON on stderr with exit code 1', async () => {
    const bad = await radsrum('call', 'register.createPerson', '{"name":"Rut","email":"rut@"}')
    expect(bad.code).toBe(1)
    expect(bad.stdout).toBe('')
    expect(JSON.parse(bad.stderr)).toMatchObject({ ok: false, error: { code: 'VALIDATION', message: 'Ogiltig e-postadress. Skriv den som namn@exempel.se.' } })
    const unknown = await radsrum('call', 'register.nothing')
    expect(unknown.code).toBe(1)
    expect(JSON.parse(unknown.stderr).error.code).toBe('NOT_FOUND')
  })

  it('exports the register and takes a backup', async () => {
    const out = join(dir, 'register.xlsx')
    expect((await radsrum('export', 'register', '--out', out)).code).toBe(0)
    const book = new ExcelJS.Workbook()
    await book.xlsx.readFile(out)
    expect(book.worksheets.map((sheet) => sheet.name)).toEqual(['Aktörer', 'Personer', 'Organ', 'Uppdrag'])
    expect(book.getWorksheet('Organ')!.getCell('A2').value).toBe('Trygghetsrådet')
    expect(book.getWorksheet('Personer')!.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 })

    const copy = join(dir, 'kopia.sqlite')
    expect((await radsrum('backup', '--out', copy)).code).toBe(0)
    expect(existsSync(copy)).toBe(true)
    const fromCopy = JSON.parse((await run(process.execPath, ['bin/radsrum.js', '--db', copy, 'call', 'register.listBodies'])).stdout)
    expect(fromCopy).toHaveLength(15)
  })
})
