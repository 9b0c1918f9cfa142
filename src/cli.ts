/**
 * The core over saved files, for users and for evaluation.
 *   node dist/cli.js PAGE.html [--url URL] [--json] [--sentences N]
 *   node dist/cli.js TEXT.txt --text [--json] [--sentences N]
 * Exit 0 on success; 2 with one line on stderr for bad input; 1 if the analysis itself fails.
 */
import { readFileSync, statSync } from 'node:fs'
import { parseArgs } from 'node:util'
import { pathToFileURL } from 'node:url'
import path from 'node:path'
import { JSDOM, VirtualConsole } from 'jsdom'
import sniffHTMLEncoding from 'html-encoding-sniffer'
import { legacyHookDecode } from '@exodus/bytes/encoding.js'
import { analyze, analyzeText } from './shared/analysis'
import type { Analysis } from './core/types'

export const MAX_INPUT_BYTES = 20 * 1024 * 1024

const USAGE = `usage: klartext PAGE.html [--url URL] [--json] [--sentences N]
       klartext TEXT.txt --text [--json] [--sentences N]

Analyses a saved web page (or plain article text with --text): title, summary, people,
and the clutter the site rules hide. Files up to ${MAX_INPUT_BYTES / 1024 / 1024} MB.

  --url URL        the page's address (default: its canonical or og:url link); picks the site rules
  --json           print the Analysis as JSON instead of a report
  --text           the file is plain text (paragraphs on their own lines): summary and people only
  --sentences N    summary length, 1-5 (default 3)
  -h, --help       this help`

class UsageError extends Error {}

interface CliOptions {
  file: string
  url: string | null
  json: boolean
  text: boolean
  sentences: number | undefined
}

const OPTIONS = {
  url: { type: 'string' },
  json: { type: 'boolean' },
  text: { type: 'boolean' },
  sentences: { type: 'string' },
  help: { type: 'boolean', short: 'h' },
} as const

function parseCommandLine(argv: readonly string[]): CliOptions | 'help' {
  let parsed
  try {
    parsed = parseArgs({ args: [...argv], options: OPTIONS, allowPositionals: true, strict: true })
  } catch (error) {
    throw new UsageError(argumentErrorMessage(error))
  }
  const { values, positionals } = parsed
  if (values.help) return 'help'
  if (positionals.length !== 1) throw new UsageError(positionals.length === 0 ? 'no input file given (see --help)' : `one input file expected, got ${positionals.length}`)
  return {
    file: positionals[0] as string,
    url: values.url === undefined ? null : parseUrl(values.url),
    json: values.json ?? false,
    text: values.text ?? false,
    sentences: values.sentences === undefined ? undefined : parseSentences(values.sentences),
  }
}

/** parseArgs' messages run to several sentences with advice about `--`; the user gets one short line. */
function argumentErrorMessage(error: unknown): string {
  const code = (error as NodeJS.ErrnoException).code
  const message = error instanceof Error ? error.message : String(error)
  const option = /'(-[^' ]+)/.exec(message)?.[1] ?? ''
  if (code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION') return `unknown option ${option} (see --help)`
  if (code === 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE') {
    return OPTIONS[option.replace(/^--/, '') as keyof typeof OPTIONS]?.type === 'boolean' ? `${option} takes no value` : `${option} needs a value`
  }
  return `${message.split('\n')[0]} (see --help)`
}

function parseUrl(value: string): string {
  try {
    return new URL(value).href
  } catch {
    throw new UsageError(`--url: not a URL: ${value}`)
  }
}

function parseSentences(value: string): number {
  const n = Number(value)
  if (!Number.isInteger(n) || n < 1 || n > 5) throw new UsageError(`--sentences: expected a whole number from 1 to 5, got ${value}`)
  return n
}

/** Read the input, refusing what is not a readable text file of reasonable size. */
function readInput(file: string): Buffer {
  let stats
  try {
    stats = statSync(file)
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code
    throw new UsageError(code === 'ENOENT' ? `${file}: no such file` : `${file}: cannot read (${code ?? 'error'})`)
  }
  if (stats.isDirectory()) throw new UsageError(`${file}: is a directory, expected a file`)
  if (!stats.isFile()) throw new UsageError(`${file}: not a regular file`)
  if (stats.size > MAX_INPUT_BYTES) throw new UsageError(`${file}: ${(stats.size / 1024 / 1024).toFixed(1)} MB is over the ${MAX_INPUT_BYTES / 1024 / 1024} MB limit`)
  try {
    return readFileSync(file)
  } catch (error) {
    throw new UsageError(`${file}: cannot read (${(error as NodeJS.ErrnoException).code ?? 'error'})`)
  }
}

const BINARY_SIGNATURES: readonly [string, number[]][] = [
  ['PNG image', [0x89, 0x50, 0x4e, 0x47]],
  ['JPEG image', [0xff, 0xd8, 0xff]],
  ['GIF image', [0x47, 0x49, 0x46, 0x38]],
  ['PDF document', [0x25, 0x50, 0x44, 0x46]],
  ['ZIP archive', [0x50, 0x4b, 0x03, 0x04]],
  ['gzip archive', [0x1f, 0x8b]],
  ['executable', [0x7f, 0x45, 0x4c, 0x46]],
]

/**
 * Decode as a browser would, with jsdom's own sniffer and decoder (the HTML standard's algorithm): a
 * BOM, then a <meta charset> in the first 1024 bytes, else UTF-8 rather than the standard's
 * windows-1252, since saved pages and text files today are UTF-8 (invalid bytes become U+FFFD).
 * Not Node's TextDecoder: Node 20 reads windows-1252 as Latin-1 (0x96 is no dash there).
 */
function decode(file: string, bytes: Buffer, expectHtml: boolean): string {
  const hasUtf16Bom = (bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)
  const binary = BINARY_SIGNATURES.find(([, magic]) => magic.every((byte, i) => bytes[i] === byte))
  if (binary) throw new UsageError(`${file}: is a ${binary[0]}, not ${expectHtml ? 'an HTML page' : 'text'}`)
  if (!hasUtf16Bom && bytes.subarray(0, 8192).includes(0)) throw new UsageError(`${file}: is a binary file, not ${expectHtml ? 'an HTML page' : 'text'}`)
  const text = legacyHookDecode(bytes, sniffHTMLEncoding(bytes, { defaultEncoding: 'UTF-8' }))
  if (expectHtml && text.trim() !== '' && !/<[a-z!?/]/i.test(text)) {
    throw new UsageError(`${file}: does not look like HTML (no tags); use --text for plain text`)
  }
  return text
}

function analyzeFile(options: CliOptions): Analysis {
  const bytes = readInput(options.file)
  const text = decode(options.file, bytes, !options.text)
  if (options.text) return analyzeText(text, { summarySentences: options.sentences })
  const fileUrl = pathToFileURL(path.resolve(options.file)).href
  const dom = new JSDOM(text, { url: options.url ?? fileUrl, virtualConsole: new VirtualConsole() })
  const doc = dom.window.document
  const url = options.url ?? pageUrl(doc) ?? fileUrl
  try {
    return analyze(doc, url, { summarySentences: options.sentences })
  } finally {
    dom.window.close()
  }
}

/** The address the page gives itself: canonical link, then og:url. */
function pageUrl(doc: Document): string | null {
  const candidates = [
    doc.querySelector('link[rel~="canonical"]')?.getAttribute('href'),
    doc.querySelector('meta[property="og:url"]')?.getAttribute('content'),
  ]
  for (const candidate of candidates) {
    if (!candidate) continue
    try {
      const url = new URL(candidate.trim())
      if (url.protocol === 'http:' || url.protocol === 'https:') return url.href
    } catch {
      // not an absolute URL: try the next signal
    }
  }
  return null
}

export function formatReport(analysis: Analysis): string {
  const lines: string[] = []
  lines.push(analysis.title ?? '(no title)')
  const facts = [
    analysis.site ?? 'unknown site',
    analysis.isArticle ? 'article' : 'not an article',
    analysis.lang,
    analysis.readingMinutes ? `${analysis.readingMinutes} min read` : null,
    analysis.published,
    analysis.byline ? `by ${analysis.byline}` : null,
  ]
  lines.push(facts.filter(Boolean).join(' · '))
  if (analysis.url) lines.push(analysis.url)
  section(lines, 'Summary', analysis.summary.map((s) => s))
  section(lines, 'People', analysis.people.map((p) => `${p.name}${p.role ? ` (${p.role})` : ''}: ${p.mentions} mention${p.mentions === 1 ? '' : 's'}`))
  section(lines, `Hidden by the site rules (${analysis.hidden.length})`, analysis.hidden.map((h) => `${h.rule} [${h.kind}]: ${truncate(h.text, 90)}`))
  lines.push('', `${analysis.paragraphs.length} paragraphs in the reader view.`)
  return lines.join('\n')
}

function section(lines: string[], heading: string, items: string[]): void {
  lines.push('', heading)
  if (items.length === 0) lines.push('  (none)')
  for (const item of items) lines.push(`  • ${item}`)
}

function truncate(text: string, max: number): string {
  return text.length <= max ? text : `${text.slice(0, max - 1)}…`
}

export function main(argv: readonly string[]): number {
  try {
    const options = parseCommandLine(argv)
    if (options === 'help') {
      process.stdout.write(`${USAGE}\n`)
      return 0
    }
    const analysis = analyzeFile(options)
    process.stdout.write(options.json ? `${JSON.stringify(analysis, null, 2)}\n` : `${formatReport(analysis)}\n`)
    return 0
  } catch (error) {
    if (error instanceof UsageError) {
      process.stderr.write(`klartext: ${error.message}\n`)
      return 2
    }
    process.stderr.write(`klartext: analysis failed: ${error instanceof Error ? error.message : String(error)}\n`)
    return 1
  }
}

process.exitCode = main(process.argv.slice(2))
