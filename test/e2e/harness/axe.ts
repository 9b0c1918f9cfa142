/**
 * axe-core in a real page: the library is evaluated in the page's main world (node_modules/axe-core/
 * axe.min.js), then axe.run checks the given part of the document, descending into open shadow roots.
 */
import { readFileSync } from 'node:fs'
import path from 'node:path'
import type { E2EPage } from './browsers'
import { ROOT } from './browsers'

const AXE_SOURCE = readFileSync(path.join(ROOT, 'node_modules/axe-core/axe.min.js'), 'utf8')

export interface AxeFinding {
  id: string
  impact: string | null
  help: string
  targets: string[]
}

/** Violations of axe's default rule set (WCAG 2 A/AA and best practices) within `selector` (default: the page). */
export async function axeViolations(page: E2EPage, selector?: string): Promise<AxeFinding[]> {
  const loaded = await page.evaluate(() => typeof (window as unknown as { axe?: unknown }).axe === 'object')
  if (!loaded) await page.evaluateScript(AXE_SOURCE)
  return page.evaluate(async (within) => {
    type Result = { violations: { id: string; impact: string | null; help: string; nodes: { target: unknown[] }[] }[] }
    const axe = (window as unknown as { axe: { run(context: unknown, options: unknown): Promise<Result> } }).axe
    const context = within ? { include: [within] } : document
    const result = await axe.run(context, { resultTypes: ['violations'] })
    return result.violations.map((v) => ({
      id: v.id,
      impact: v.impact,
      help: v.help,
      targets: v.nodes.map((n) => JSON.stringify(n.target)).slice(0, 5),
    }))
  }, selector ?? null)
}

export function describeFindings(findings: AxeFinding[]): string[] {
  return findings.map((f) => `${f.id} (${f.impact ?? 'n/a'}): ${f.help} — ${f.targets.join(', ')}`)
}
