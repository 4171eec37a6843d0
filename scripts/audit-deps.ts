// `npm run audit:deps`: `npm audit --omit=dev` (what ships in the app), failing on any high or
// critical advisory. Where the registry has no advisory endpoint (a mirror answers 405, a machine
// is offline) nothing can be audited: that is said plainly, and the run does not pass it off as clean.
import { spawnSync } from 'node:child_process'

interface AuditReport {
  metadata?: {
    vulnerabilities?: Record<'info' | 'low' | 'moderate' | 'high' | 'critical' | 'total', number>
  }
  message?: string
  error?: { summary?: string }
}

const run = spawnSync('npm', ['audit', '--omit=dev', '--json'], {
  encoding: 'utf8',
  shell: process.platform === 'win32',
  timeout: 120_000,
})
let report: AuditReport
try {
  report = JSON.parse(run.stdout || '{}') as AuditReport
} catch {
  report = { message: run.stderr.trim() || 'npm audit gave no JSON' }
}

const counts = report.metadata?.vulnerabilities
if (!counts) {
  const reason =
    report.error?.summary || report.message || run.stderr.trim() || `exit ${run.status}`
  console.warn(
    `audit:deps: NOT AUDITED – the registry's advisory endpoint did not answer (${reason.split('\n')[0]}).`,
  )
  console.warn(
    'audit:deps: run `npm run audit:deps` on a machine that reaches registry.npmjs.org before a release.',
  )
  process.exit(0)
}

console.log(
  `audit:deps: ${counts.total} advisories in production dependencies (critical ${counts.critical}, high ${counts.high}, moderate ${counts.moderate}, low ${counts.low})`,
)
if (counts.high + counts.critical > 0) {
  console.error(
    'audit:deps: high or critical advisories – see `npm audit --omit=dev` and update the package.',
  )
  process.exit(1)
}
