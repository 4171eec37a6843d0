import { ESLint } from 'eslint'
import { describe, expect, it } from 'vitest'

// The layer rules of eslint.config.js, tried on the imports a careless change would add.
const eslint = new ESLint({ cwd: process.cwd() })
const problems = async (filePath: string, code: string) => {
  const [result] = await eslint.lintText(code, { filePath })
  return result!.messages.map((message) => `${message.ruleId}: ${message.message}`)
}

describe('npm run lint keeps the layers apart', () => {
  it.each([
    ['src/shared/domain/probe.ts', "import '../../main/registry.ts'\n", 'imports only src/shared'],
    [
      'src/shared/api/probe.ts',
      "import Database from 'better-sqlite3'\nvoid Database\n",
      'no Node',
    ],
    ['src/main/services/meetings/probe.ts', "import '../../window.ts'\n", 'no Electron wiring'],
    ['src/main/db/probe.ts', "import '../electronHost.ts'\n", 'no Electron wiring'],
    ['src/main/exports/probe.ts', "import '../../renderer/src/App.tsx'\n", 'no renderer'],
    ['src/main/exports/probe.ts', "import '../services/meetings/load.ts'\n", 'no services'],
    [
      'src/renderer/src/meetings/Probe.tsx',
      "import { api } from '../api.ts'\nvoid api\n",
      'components/procedures.ts',
    ],
    ['src/renderer/src/meetings/Probe.tsx', 'export const now = new Date()\n', 'useToday'],
    ['src/renderer/src/meetings/Probe.tsx', "export const ok = window.confirm('?')\n", 'no-alert'],
    ['src/renderer/src/meetings/Probe.tsx', "alert('Sparat')\n", 'no-alert'],
  ])('%s: %j is refused', async (filePath, code, reason) => {
    const found = await problems(filePath, code)
    expect(found.join('\n')).toContain(reason)
  })

  it('lets the allowed imports through', async () => {
    expect(
      await problems(
        'src/renderer/src/meetings/Probe.tsx',
        "import { errorMessage } from '../api.ts'\nimport { useProcedure } from '../components/procedures.ts'\nvoid errorMessage\nvoid useProcedure\n",
      ),
    ).toEqual([])
    expect(
      await problems('src/main/exports/probe.ts', "import '../../shared/domain/format.ts'\n"),
    ).toEqual([])
  })
})
