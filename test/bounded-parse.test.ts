/**
 * Every parse of a note is bounded by its input, in real hook and CLI processes: a note built
 * to make micromark or the YAML reader slow (runs of `*_`, glob patterns, quotes nested on one
 * line, deep flow nesting in its front matter) is cleaned, searched and passed over at
 * SessionStart like any other note, each process answering (JSON from the hook) instead of
 * running until it is killed. Normal notes keep their sections.
 */
import {describe, expect, it} from 'vitest'
import {spawn} from 'node:child_process'
import {existsSync, mkdirSync, readFileSync, utimesSync, writeFileSync} from 'node:fs'
import {join} from 'node:path'
import {ROOT, cliEnv, runCli, tempDir, type Run} from './helpers.ts'
import {inspectSections, sectionSpans} from '../src/core/sections.ts'

/** Far more than any of these processes needs once its parse is bounded; the old code ran for minutes. */
const KILL_AFTER = 45_000
const KB = 1024

const CONSUMED = [
  '---',
  'baton: 1',
  "created: '2026-01-01T00:00:00.000Z'",
  'session: s',
  'project: /tmp',
  'consumed:',
  "  at: '2026-01-02T00:00:00.000Z'",
  '  by: x',
  '---',
  ''
].join('\n')

/** Hostile note bodies, each with `needle` in its summary. */
const HOSTILE: Record<string, (needle: string) => string> = {
  emphasis: (needle) => `${CONSUMED}\n## Session summary\n\n${needle} ${'*_'.repeat(100 * KB)}\n`,
  globs: (needle) =>
    `${CONSUMED}\n## Session summary\n\n${needle} ` +
    Array.from({length: (100 * KB) / 24}, (_, i) => `src/**/*.ts _x${i}_ **/`).join(' ') +
    '\n',
  quotes: (needle) => `${CONSUMED}\n## Session summary\n\n${needle}\n\n${'> '.repeat(100 * KB)}x\n`,
  flowYaml: (needle) =>
    `---\nbaton: 1\nx: ${'[{'.repeat(12 * KB)}${'}]'.repeat(12 * KB)}\n` +
    `consumed:\n  at: '2026-01-02T00:00:00.000Z'\n---\n\n## Session summary\n\n${needle}\n`
}

/** Spawns a hook as Claude Code does, with `input` on stdin. */
function runHook(hook: string, env: Record<string, string>, input: object): Promise<Run> {
  return new Promise((done, fail) => {
    const child = spawn(process.execPath, [join(ROOT, 'dist', 'hooks', `${hook}.cjs`)], {env, cwd: env.HOME})
    let stdout = ''
    let stderr = ''
    child.stdout.on('data', (d) => (stdout += d))
    child.stderr.on('data', (d) => (stderr += d))
    child.on('error', fail)
    child.stdin.on('error', () => {})
    const timer = setTimeout(() => child.kill('SIGKILL'), KILL_AFTER)
    child.on('close', (code, signal) => {
      clearTimeout(timer)
      done({code, signal, stdout, stderr})
    })
    child.stdin.end(JSON.stringify(input))
  })
}

/** A home whose handoff folder holds one consumed note, older than keepDays. */
function home(text: string): {env: Record<string, string>; note: string} {
  const dir = tempDir()
  const handoffs = join(dir, '.claude', 'handoffs')
  mkdirSync(handoffs, {recursive: true})
  const note = join(handoffs, '2026-01-01_000000_evil_done.md')
  writeFileSync(note, text)
  utimesSync(note, new Date('2026-01-02'), new Date('2026-01-02')) // old, should its front matter not say so
  return {env: cliEnv(dir, {BATON_NOW: '2026-06-01T00:00:00.000Z', CLAUDE_CODE_ENTRYPOINT: 'cli'}), note}
}

describe('a note built to slow the parsers', () => {
  for (const [kind, make] of Object.entries(HOSTILE)) {
    it(
      `(${kind}) is found by search, with and without --section`,
      async () => {
        const {env} = home(make('needle-1'))
        for (const extra of [[], ['--section', 'summary']]) {
          const r = await runCli(['handoff', 'search', 'needle-1', '--all', ...extra], {env, killAfterMs: KILL_AFTER})
          expect(r.signal, `search ${extra.join(' ')}`).toBeNull()
          expect(r.code).toBe(0)
          expect(r.stdout).toContain('2026-01-01_000000_evil_done.md')
        }
      },
      3 * KILL_AFTER
    )

    it(
      `(${kind}) is cleaned by SessionStart's daily retention, which answers with JSON`,
      async () => {
        const {env, note} = home(make('needle-2'))
        const input = {session_id: 's1', cwd: env.HOME, hook_event_name: 'SessionStart', source: 'startup'}
        const r = await runHook('session-start', env, input)
        expect(r.signal).toBeNull()
        expect(r.code).toBe(0)
        expect(() => JSON.parse(r.stdout)).not.toThrow()
        expect(existsSync(note)).toBe(false)
        const history = readFileSync(join(env.CLAUDE_CONFIG_DIR!, 'baton', 'history.jsonl'), 'utf8')
        expect(history).toContain('2026-01-01_000000_evil_done.md')
      },
      2 * KILL_AFTER
    )

    it(
      `(${kind}) is cleaned by \`handoff clean\``,
      async () => {
        const {env, note} = home(make('needle-3'))
        const r = await runCli(['handoff', 'clean'], {env, killAfterMs: KILL_AFTER})
        expect(r.signal).toBeNull()
        expect(r.code).toBe(0)
        expect(existsSync(note)).toBe(false)
      },
      2 * KILL_AFTER
    )
  }
})

describe('sections of bounded parses', () => {
  it('keep emphasis, links and code in a heading title, as written', () => {
    const spans = sectionSpans('## *Session* summary\n\ntext\n\n## [`What` changed](x)\n\nmore\n')
    expect(spans.map((s) => [s.title, s.key])).toEqual([
      ['*Session* summary', 'summary'],
      ['[`What` changed](x)', undefined]
    ])
  })

  it('read headings up to a line nested too deep; what follows is text of the section it is in', () => {
    const body = `## Session summary\n\nok\n\n${'> '.repeat(40)}x\n\n## What changed\n\ny\n`
    const spans = sectionSpans(body)
    expect(spans.map((s) => s.title)).toEqual(['Session summary'])
    expect(spans[0]!.end).toBe(body.length)
    // A nesting a person writes is read as before.
    expect(inspectSections(`## Session summary\n\n> > - > 1. quoted\n\n## What changed\n\ny\n`).missing).not.toContain(
      'changed'
    )
  })

  it('read headings in the first 64 KB of a long note; past it is text of the last section', () => {
    const filler = 'word '.repeat(16 * KB) + '\n'
    const body = `## Session summary\n\n${filler}\n## What changed\n\nx\n`
    expect(sectionSpans(body).map((s) => s.title)).toEqual(['Session summary'])
    const short = `## Session summary\n\nx\n\n## What changed\n\n${filler}`
    expect(sectionSpans(short).map((s) => s.title)).toEqual(['Session summary', 'What changed'])
  })
})
