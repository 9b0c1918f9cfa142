/** Small numeric and machine helpers shared by the bench scripts. */
import { execFileSync } from 'node:child_process'
import os from 'node:os'

export interface Stat {
  median: number
  min: number
  max: number
  runs: number[]
}

export function summarize(runs: number[]): Stat {
  return { median: median(runs), min: Math.min(...runs), max: Math.max(...runs), runs }
}

export function median(values: readonly number[]): number {
  if (values.length === 0) return NaN
  const sorted = [...values].sort((a, b) => a - b)
  const mid = Math.floor(sorted.length / 2)
  return round(sorted.length % 2 ? (sorted[mid] as number) : ((sorted[mid - 1] as number) + (sorted[mid] as number)) / 2)
}

export function round(value: number): number {
  return Math.round(value * 100) / 100
}

export function fmt(value: number): string {
  return Number.isFinite(value) ? value.toFixed(2) : '-'
}

/** One line of a floor: figure, reference, their ratio, and whether the ratio is within `limit` (none: reported only). */
export interface Floor {
  what: string
  figure: number
  reference: number
  ratio: number
  limit: number | null
  met: boolean | null
}

export function floor(what: string, figure: number, reference: number, limit: number | null): Floor {
  const ratio = round(figure / reference)
  return { what, figure, reference, ratio, limit, met: limit === null || !Number.isFinite(ratio) ? null : ratio <= limit }
}

export function floorLine(f: Floor): string {
  const verdict = f.met === null ? 'reported' : f.met ? 'met' : 'MISSED'
  const limit = f.limit === null ? '' : ` <= ${f.limit}x`
  return `${verdict.padEnd(8)} ${f.what}: ${fmt(f.figure)} vs reference ${fmt(f.reference)} = ${Number.isFinite(f.ratio) ? f.ratio.toFixed(2) : '-'}x${limit}`
}

/** The load average says how much else ran meanwhile: on a shared 2-core machine it inflates every figure. */
export function loadAverage(): number[] {
  return os.loadavg().map((l) => round(l))
}

export function machine(browserExecutable?: string) {
  let browser = ''
  if (browserExecutable) {
    try {
      browser = execFileSync(browserExecutable, ['--version'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim()
    } catch {
      // the version is informative only
    }
  }
  return { cpu: os.cpus()[0]?.model ?? 'unknown', cores: os.cpus().length, loadAverage: loadAverage(), node: process.version, platform: `${os.platform()} ${os.release()}`, browser }
}

export function argValue(name: string): string | undefined {
  const index = process.argv.indexOf(name)
  return index >= 0 ? process.argv[index + 1] : undefined
}
