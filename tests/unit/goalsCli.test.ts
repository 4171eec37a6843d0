import { mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import JSZip from 'jszip'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { runRadsrum } from '../support/cli.ts'

let dir: string
const radsrum = async (...args: string[]) => {
  const result = await runRadsrum(join(dir, 'x.sqlite'), ...args)
  if (result.code !== 0) throw new Error(`radsrum ${args.join(' ')}: ${result.stderr}`)
  return result
}

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'radsrum-goals-cli-'))
})
afterAll(() => rmSync(dir, { recursive: true, force: true }))

describe('radsrum export goal-document / goal-comparison', () => {
  it('writes the goal document and the comparison with tracked changes from the command line', async () => {
    await radsrum('demo')
    const comparison = join(dir, 'jamforelse.docx')
    const written = JSON.parse(
      (
        await radsrum(
          'export',
          'goal-comparison',
          '--document',
          '1',
          '--from',
          '1',
          '--to',
          '2',
          '--out',
          comparison,
        )
      ).stdout,
    )
    expect(written).toMatchObject({
      saved: true,
      fileName: 'Måldokument för Trygghetsrådet jämförelse version 1-2.docx',
      path: comparison,
    })
    const xml = await (
      await JSZip.loadAsync(readFileSync(comparison))
    )
      .file('word/document.xml')!
      .async('string')
    expect(xml).toContain('<w:ins ')
    expect(xml).toContain('<w:delText')

    const version = join(dir, 'version1.docx')
    await radsrum('export', 'goal-document', '--document', '1', '--version', '1', '--out', version)
    const text = await (
      await JSZip.loadAsync(readFileSync(version))
    )
      .file('word/document.xml')!
      .async('string')
    expect(text).toContain('Rådet följer upp målen en gång om året.')

    const same = await runRadsrum(
      join(dir, 'x.sqlite'),
      'export',
      'goal-comparison',
      '--document',
      '1',
      '--from',
      '2',
      '--to',
      '2',
      '--out',
      join(dir, 'x.docx'),
    )
    expect(same.code).toBe(1)
    expect(JSON.parse(same.stderr).error.message).toBe('Välj två olika versioner att jämföra.')
  }, 120_000)
})
