import { existsSync } from 'node:fs'
import { extname, resolve } from 'node:path'
import { parseArgs } from 'node:util'
import { z } from 'zod'
import { contract, procedureNames } from '../shared/api/index.ts'
import type { Result } from '../shared/api/errors.ts'
import { backupManager, listBackups } from './backup/backups.ts'
import { restoreDatabaseFile } from './backup/restore.ts'
import { backupFolderFor } from './backup/settings.ts'
import { CLI_EXPORTS } from './cliExports.ts'
import { systemClock, type Host } from './context.ts'
import { backupDatabase, DatabaseOpenError, openDatabase } from './db/open.ts'
import { writeFileAtomic } from './files.ts'
import { defaultUserDataDir, resolveDatabasePath } from './paths.ts'
import { openSession } from './db/session.ts'
import { createDispatcher } from './registry.ts'

const USAGE = `Användning: radsrum [--db FIL] KOMMANDO

Kommandon:
  procedures                    alla procedurer med indata som JSON Schema
  call NAMN [JSON]              anropa en procedur; svaret som JSON på stdout
  demo                          ladda exempeldata i en tom databas
  export SLAG [--flagga värde] --out FIL
                                skriv ett dokument (${Object.keys(CLI_EXPORTS).join(', ')})
  import-members FIL            importera personer från en .xlsx-fil
  backup [--out FIL]            säkerhetskopiera databasen (SQLites backup-API, kontrollerad);
                                utan --out till mappen för säkerhetskopior
  backups                       lista säkerhetskopiorna, nyast först
  restore FIL                   återställ databasen från en säkerhetskopia; den nuvarande
                                sparas först i mappen för säkerhetskopior (ångra: restore den)
                                Vägras medan programmet (eller ett annat radsrum-kommando)
                                har databasen öppen.

Databasen: --db FIL, annars miljövariabeln RADSRUM_DB, annars programmets datamapp.`

class UsageError extends Error {}

function fail(error: unknown): never {
  process.stderr.write(
    `${JSON.stringify({ ok: false, error: { message: (error as Error).message } }, null, 2)}\n`,
  )
  process.exit(error instanceof UsageError ? 2 : 1)
}

async function withDispatcher<T>(
  path: string,
  out: string | null,
  work: (call: (name: string, input: unknown) => Promise<Result<unknown>>) => Promise<T>,
) {
  const database = await openSession(path)
  const host: Host = {
    async saveDocument(file) {
      const target = resolve(out ?? file.fileName)
      writeFileAtomic(target, file.data)
      return { saved: true, fileName: file.fileName, path: target }
    },
    async openFile() {
      return false
    },
  }
  const dispatcher = createDispatcher({
    orm: () => database.orm,
    session: database,
    clock: systemClock,
    host,
    app: { appVersion: process.env.npm_package_version ?? '0.1.0', databasePath: path },
    log: (message, error) =>
      process.stderr.write(`${message}: ${(error as Error)?.stack ?? String(error)}\n`),
  })
  try {
    return await work((name, input) => dispatcher.call(name, input))
  } finally {
    await database.close()
  }
}

function answer(result: Result<unknown>): void {
  if (result.ok) {
    process.stdout.write(`${JSON.stringify(result.value, null, 2)}\n`)
  } else {
    process.stderr.write(`${JSON.stringify(result, null, 2)}\n`)
    process.exitCode = 1
  }
}

export async function runCli(argv: string[]): Promise<void> {
  const { values, positionals } = parseArgs({
    args: argv,
    options: {
      db: { type: 'string' },
      out: { type: 'string' },
      help: { type: 'boolean', short: 'h' },
      // Every export's flags take a value (`--document 3`), so they must be declared as strings.
      ...Object.fromEntries(
        Object.values(CLI_EXPORTS)
          .flatMap((spec) => Object.keys(spec.flags))
          .map((flag) => [flag, { type: 'string' as const }]),
      ),
    },
    allowPositionals: true,
    strict: false,
  })
  const [command, ...rest] = positionals
  if (!command || values.help) {
    process.stdout.write(`${USAGE}\n`)
    return
  }
  const dbPath = resolve(resolveDatabasePath(argv, defaultUserDataDir()))
  const out = typeof values.out === 'string' ? values.out : null

  switch (command) {
    case 'procedures': {
      const list = procedureNames.map((name) => ({
        name,
        kind: contract[name].kind,
        description: contract[name].description,
        input: z.toJSONSchema(contract[name].input, { io: 'input', unrepresentable: 'any' }),
      }))
      process.stdout.write(`${JSON.stringify(list, null, 2)}\n`)
      return
    }
    case 'call': {
      const [name, json] = rest
      if (!name) throw new UsageError('Ange procedurens namn: radsrum call NAMN [JSON]')
      let input: unknown = {}
      if (json) {
        try {
          input = JSON.parse(json)
        } catch {
          throw new UsageError(`Indata är inte giltig JSON: ${json.slice(0, 80)}`)
        }
      }
      await withDispatcher(dbPath, out, async (call) => answer(await call(name, input)))
      return
    }
    case 'demo':
      await withDispatcher(dbPath, null, async (call) =>
        answer(await call('system.loadExampleData', {})),
      )
      return
    case 'import-members': {
      const [file] = rest
      if (!file) throw new UsageError('Ange filen: radsrum import-members FIL.xlsx')
      const { readFileSync } = await import('node:fs')
      const base64 = readFileSync(file).toString('base64')
      await withDispatcher(dbPath, null, async (call) =>
        answer(await call('register.applyMemberImport', { file: { fileName: file, base64 } })),
      )
      return
    }
    case 'export': {
      const [kind] = rest
      const spec = kind ? CLI_EXPORTS[kind] : undefined
      if (!spec)
        throw new UsageError(`Ange vad som ska exporteras: ${Object.keys(CLI_EXPORTS).join(', ')}`)
      if (!out) throw new UsageError('Ange filen att skriva: --out FIL')
      const input: Record<string, unknown> = {}
      for (const [flag, field] of Object.entries(spec.flags)) {
        const value = values[flag]
        if (typeof value === 'string') input[field] = /^-?\d+$/.test(value) ? Number(value) : value
      }
      const procedure = spec.byExtension?.[extname(out).toLowerCase()] ?? spec.procedure
      await withDispatcher(dbPath, out, async (call) => answer(await call(procedure, input)))
      return
    }
    case 'backup': {
      const database = await openDatabase({ path: dbPath, backupDir: backupFolderFor(dbPath) })
      await database.close()
      if (out) {
        await backupDatabase(dbPath, resolve(out))
        answer({ ok: true, value: { path: resolve(out) } })
      } else {
        answer({ ok: true, value: await backupManager(dbPath).backUp('manual') })
      }
      return
    }
    case 'backups':
      answer({
        ok: true,
        value: { folder: backupFolderFor(dbPath), backups: listBackups(backupFolderFor(dbPath)) },
      })
      return
    case 'restore': {
      const [file] = rest
      if (!file) throw new UsageError('Ange säkerhetskopian: radsrum restore FIL')
      const backupPath = resolve(file)
      if (!existsSync(backupPath)) throw new UsageError(`Filen finns inte: ${backupPath}`)
      const result = await restoreDatabaseFile({
        databasePath: dbPath,
        backupPath,
        backupFolder: backupFolderFor(dbPath),
        now: new Date(),
      })
      const database = await openDatabase({ path: dbPath, backupDir: backupFolderFor(dbPath) })
      await database.close()
      answer({
        ok: true,
        value: { restored: backupPath, database: dbPath, keptAside: result.keptAside },
      })
      return
    }
    default:
      throw new UsageError(`Okänt kommando ”${command}”.\n\n${USAGE}`)
  }
}

export async function main(argv = process.argv.slice(2)): Promise<void> {
  try {
    await runCli(argv)
  } catch (error) {
    if (error instanceof DatabaseOpenError || error instanceof UsageError) fail(error)
    fail(error)
  }
}
