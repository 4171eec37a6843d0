import { execFile } from 'node:child_process'
import { promisify } from 'node:util'

const run = promisify(execFile)

export interface CliResult {
  stdout: string
  stderr: string
  code: number
}

/** Runs bin/radsrum.js against a database file as a user would; never throws, answers the exit code. */
export async function runRadsrum(db: string, ...args: string[]): Promise<CliResult> {
  try {
    const { stdout, stderr } = await run(process.execPath, ['bin/radsrum.js', '--db', db, ...args])
    return { stdout, stderr, code: 0 }
  } catch (error) {
    const failed = error as { stdout: string; stderr: string; code: number }
    return { stdout: failed.stdout, stderr: failed.stderr, code: failed.code }
  }
}
