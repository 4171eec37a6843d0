import { readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import type { Page } from '@playwright/test'
import type { AxeResults, RunOptions } from 'axe-core'

/** WCAG 2.1 A and AA, and axe's best practices: what every screen and dialog is held to. */
export const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice']

const AXE_SOURCE = readFileSync(
  createRequire(import.meta.url).resolve('axe-core/axe.min.js'),
  'utf8',
)

/**
 * axe's findings, one line per rule (id, impact, help, the nodes), on the whole page or only inside
 * `scope` (a dialog). axe is put in the page once and run there: @axe-core/playwright injects it and
 * finishes in a new page on every call, seconds per screen on two cores. The mouse leaves the menu
 * first: a hovered link's colours are not the screen's.
 */
export async function axeViolations(page: Page, scope?: string): Promise<string[]> {
  await page.mouse.move(700, 5)
  // Strings, as the tests compile without the DOM's types.
  if (!(await page.evaluate<boolean>("'axe' in window"))) await page.evaluate(AXE_SOURCE)
  const options: RunOptions = {
    runOnly: { type: 'tag', values: AXE_TAGS },
    resultTypes: ['violations'],
  }
  const { violations } = await page.evaluate<AxeResults>(
    `axe.run(${scope ? JSON.stringify(scope) : 'document'}, ${JSON.stringify(options)})`,
  )
  return violations.map(
    (violation) =>
      `${violation.id} (${violation.impact}): ${violation.help} – ${violation.nodes
        .map((node) => node.target.join(' '))
        .join(', ')}`,
  )
}

/** Only what blocks or badly hinders someone (axe's serious and critical), for the older screens' checks. */
export const seriousOnly = (violations: string[]): string[] =>
  violations.filter((line) => /^\S+ \((serious|critical)\)/.test(line))
