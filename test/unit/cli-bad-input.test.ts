import { beforeAll, afterAll, describe, expect, it } from 'vitest'
import { spawnSync, execFileSync } from 'node:child_process'
import { existsSync, mkdtempSync, rmSync, writeFileSync, truncateSync, mkdirSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { findRepo } from '../security/corpus'
import { ARTICLE_PARAGRAPHS, articlePage } from '../security/payloads'

const repo = findRepo(import.meta.url)
const cli = path.join(repo, 'dist/cli.js')
let dir = ''

interface CliRun {
  status: number | null
  stdout: string
  stderr: string
}

function runCli(...args: string[]): CliRun {
  const result = spawnSync(process.execPath, [cli, ...args], { encoding: 'utf8', timeout: 60_000 })
  return { status: result.status, stdout: result.stdout, stderr: result.stderr }
}

/** Exit 2, nothing on stdout, exactly one line on stderr, and no stack trace. */
function expectRefusal(run: CliRun): void {
  expect(run.status).toBe(2)
  expect(run.stdout).toBe('')
  const lines = run.stderr.split('\n').filter((line) => line.trim() !== '')
  expect(lines).toHaveLength(1)
  expect(run.stderr).not.toMatch(/^\s+at /m)
  expect(run.stderr).not.toMatch(/Error:|node:internal/)
}

function file(name: string, content: string | Buffer): string {
  const target = path.join(dir, name)
  writeFileSync(target, content)
  return target
}

beforeAll(() => {
  if (!existsSync(cli)) execFileSync('npm', ['run', 'build'], { cwd: repo, stdio: 'ignore' })
  dir = mkdtempSync(path.join(tmpdir(), 'klartext-cli-'))
}, 180_000)

afterAll(() => {
  if (dir) rmSync(dir, { recursive: true, force: true })
})

describe('CLI refuses bad input with exit 2 and one clear line', () => {
  it('a missing file', () => {
    const run = runCli(path.join(dir, 'does-not-exist.html'))
    expectRefusal(run)
    expect(run.stderr).toContain('does-not-exist.html')
  })

  it('a directory', () => {
    const sub = path.join(dir, 'a-directory.html')
    mkdirSync(sub, { recursive: true })
    expectRefusal(runCli(sub))
  })

  it('a binary file (PNG)', () => {
    const png = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52, ...Array(200).fill(7)])
    expectRefusal(runCli(file('picture.html', png)))
  })

  it('a binary file without a known signature', () => {
    const bytes = Buffer.alloc(4096)
    for (let i = 0; i < bytes.length; i++) bytes[i] = (i * 7919) % 256
    expectRefusal(runCli(file('random.bin', bytes)))
  })

  it('a file over the size limit stated by --help', () => {
    const help = runCli('--help')
    expect(help.status).toBe(0)
    const mb = Number(/(\d+)\s*MB/.exec(help.stdout)?.[1])
    expect(mb).toBeGreaterThan(0)
    const big = path.join(dir, 'big.html')
    writeFileSync(big, '<html><body><p>')
    truncateSync(big, mb * 1024 * 1024 + 1) // sparse: costs no disk
    const run = runCli(big)
    expectRefusal(run)
    expect(run.stderr).toMatch(/limit|MB/)
  })

  it('an unknown flag', () => {
    const page = file('ok.html', articlePage([]))
    const run = runCli(page, '--frobnicate')
    expectRefusal(run)
    expect(run.stderr).toContain('--frobnicate')
  })

  it('a flag without its value, and a bad value', () => {
    const page = file('ok2.html', articlePage([]))
    expectRefusal(runCli(page, '--url'))
    expectRefusal(runCli(page, '--url', 'not a url'))
    expectRefusal(runCli(page, '--sentences', '9'))
    expectRefusal(runCli(page, '--url', '--json'))
    const valued = runCli(page, '--json=yes')
    expectRefusal(valued)
    expect(valued.stderr).toContain('--json')
  })

  it('accepts --name=value and -h as the usual spellings', () => {
    const page = file('ok4.html', articlePage([]))
    const run = runCli(page, '--sentences=2', '--json', '--url=https://www.it-boltwise.de/modell.html')
    expect(run.stderr).toBe('')
    expect(run.status).toBe(0)
    const analysis = JSON.parse(run.stdout) as { url: string; summary: string[] }
    expect(analysis.url).toBe('https://www.it-boltwise.de/modell.html')
    expect(analysis.summary).toHaveLength(2)
    expect(runCli('-h').stdout).toMatch(/^usage:/)
  })

  it('no file at all, and two files', () => {
    expectRefusal(runCli())
    const page = file('ok3.html', articlePage([]))
    expectRefusal(runCli(page, page))
  })
})

describe('CLI reads odd but valid input as a browser would', () => {
  it('an empty file is analysed: not an article, exit 0', () => {
    const run = runCli(file('empty.html', ''), '--json')
    expect(run.stderr).toBe('')
    expect(run.status).toBe(0)
    const analysis = JSON.parse(run.stdout) as { isArticle: boolean; paragraphs: string[] }
    expect(analysis.isArticle).toBe(false)
    expect(analysis.paragraphs).toEqual([])
  })

  it('invalid UTF-8 becomes replacement characters, and the article is analysed', () => {
    const html = Buffer.concat([
      Buffer.from('<!DOCTYPE html><html lang="de"><head><meta charset="utf-8"><title>Caf'),
      Buffer.from([0xe9, 0x20, 0xff, 0xfe]), // Latin-1 "é", then bytes that are never valid UTF-8
      Buffer.from(' Kaffee</title></head><body><article><h1>Caf'),
      Buffer.from([0xc3]), // a truncated two-byte sequence
      Buffer.from(`</h1>${ARTICLE_PARAGRAPHS.map((p) => `<p>${p}</p>`).join('')}</article></body></html>`),
    ])
    const run = runCli(file('latin1-in-utf8.html', html), '--json', '--url', 'https://example.org/kaffee')
    expect(run.stderr).toBe('')
    expect(run.status).toBe(0)
    const analysis = JSON.parse(run.stdout) as { title: string; isArticle: boolean; paragraphs: string[] }
    expect(analysis.title).toContain('Caf\ufffd')
    expect(analysis.isArticle).toBe(true)
    expect(analysis.paragraphs).toContain(ARTICLE_PARAGRAPHS[1])
  })

  it('a page with a malformed doctype is analysed like any page', () => {
    const run = runCli(file('bad-doctype.html', articlePage([]).replace('<!DOCTYPE html>', '<!DOCTYPE<html>')), '--json')
    expect(run.stderr).toBe('')
    expect(run.status).toBe(0)
    expect((JSON.parse(run.stdout) as { paragraphs: string[] }).paragraphs).toContain(ARTICLE_PARAGRAPHS[2])
  })
})

/** Windows-1252 bytes of `text`: Latin-1 plus the punctuation that code page puts at 0x80-0x9f. */
function windows1252(text: string): Buffer {
  const extra: Record<string, number> = { '€': 0x80, '„': 0x84, '–': 0x96, '—': 0x97, '“': 0x93, '”': 0x94 }
  return Buffer.from([...text].map((char) => extra[char] ?? (char.charCodeAt(0) < 256 ? char.charCodeAt(0) : 0x3f)))
}

function utf16(text: string, order: 'le' | 'be'): Buffer {
  const le = Buffer.from(`\ufeff${text}`, 'utf16le')
  return order === 'le' ? le : le.swap16()
}

function analyseBytes(name: string, bytes: Buffer): { title: string; paragraphs: string[] } {
  const run = runCli(file(name, bytes), '--json')
  expect(run.stderr).toBe('')
  expect(run.status).toBe(0)
  return JSON.parse(run.stdout) as { title: string; paragraphs: string[] }
}

describe('CLI decodes a page in the encoding it declares, as a browser would', () => {
  const page = articlePage([])
  const utf8Meta = '<meta charset="utf-8">'

  it('windows-1252 declared by <meta charset>', () => {
    const analysis = analyseBytes('cp1252.html', windows1252(page.replace(utf8Meta, '<meta charset="windows-1252">')))
    expect(analysis.paragraphs).toContain(ARTICLE_PARAGRAPHS[0]) // "MÜNCHEN (IT BOLTWISE) – …"
    expect(analysis.title).toContain('übertrifft')
  })

  it('ISO-8859-1 declared by <meta http-equiv> (read as windows-1252, as the HTML standard says)', () => {
    const declared = page.replace(utf8Meta, '<meta http-equiv="Content-Type" content="text/html; charset=ISO-8859-1">')
    const analysis = analyseBytes('latin1.html', windows1252(declared))
    expect(analysis.paragraphs).toContain(ARTICLE_PARAGRAPHS[0])
    expect(analysis.paragraphs).toContain(ARTICLE_PARAGRAPHS[2])
  })

  it('without a declaration, bytes are read as UTF-8: Latin-1 umlauts become U+FFFD', () => {
    const analysis = analyseBytes('undeclared.html', windows1252(page.replace(utf8Meta, '')))
    expect(analysis.paragraphs.join(' ')).toContain('M\ufffdNCHEN')
  })

  it('a UTF-16 byte order mark wins over a <meta charset> that says otherwise', () => {
    for (const order of ['le', 'be'] as const) {
      const analysis = analyseBytes(`utf16${order}.html`, utf16(page, order))
      expect(analysis.paragraphs).toContain(ARTICLE_PARAGRAPHS[0])
      expect(analysis.paragraphs).toContain(ARTICLE_PARAGRAPHS[4])
    }
  })
})
