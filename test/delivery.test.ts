/**
 * What reaches the reader (issue 8, items 10 and 16), with real processes: the
 * SessionStart context is bounded for any number of pending notes, and a
 * reader that closes the pipe early gets its undelivered notes put back.
 */
import {describe, expect, it} from 'vitest'
import {spawn, spawnSync} from 'node:child_process'
import {readdirSync, readFileSync, rmSync, writeFileSync} from 'node:fs'
import {join} from 'node:path'
import fc from 'fast-check'
import {renderResume} from '../src/core/resume.ts'
import {CLI, ROOT, body, cliEnv, runCliSync, tempDir} from './helpers.ts'

/** Claude Code's limit, less the margin the hook keeps (see src/hooks/session-start.ts). */
const CONTEXT_LIMIT = 9_500

/** `n` pending notes, token `tok-<i>` in each, oldest first by name; made from one CLI-written note. */
function pending(home: string, n: number, filler = 200): string {
  const dir = join(home, '.claude', 'handoffs')
  const first = runCliSync(['handoff', 'write', '--slug', 'tpl'], {
    env: cliEnv(home),
    input: body('TEMPLATE', 'f'.repeat(filler))
  })
  expect(first.code, first.stderr).toBe(0)
  const template = readFileSync(first.stdout.trim(), 'utf8')
  rmSync(first.stdout.trim())
  for (let i = 0; i < n; i++) {
    const s = String(i).padStart(5, '0')
    // Same second for all, so the name orders them: note-00000 is the oldest.
    writeFileSync(
      join(dir, `2026-11-20_101010_note-${s}.md`),
      template.replace(/TEMPLATE/g, `tok-${s}`).replace(/^created: .*$/m, "created: '2026-11-20T10:10:10.000Z'"),
      {mode: 0o600}
    )
  }
  return dir
}

/** Where each token is: shown (whole or as its gist, whose summary names it), listed by path, or still pending. */
function account(dir: string, context: string, n: number) {
  const shown = [...context.matchAll(/Worked on (tok-\d+)\./g)].map((m) => m[1]!)
  const listedPaths = context
    .split('\n')
    .filter((l) => l.startsWith(`- ${dir}/`))
    .map((l) => l.slice(2))
  const listed = listedPaths.map((p) => /marker=(tok-\d+)/.exec(readFileSync(p, 'utf8'))![1]!)
  const names = readdirSync(dir)
  const stillPending = names
    .filter((f) => f.endsWith('.md') && !f.includes('_done'))
    .map((f) => /note-(\d+)/.exec(f)![1]!)
    .map((s) => `tok-${s}`)
  const consumed = names.filter((f) => f.includes('_done'))
  const all = [...shown, ...listed, ...stillPending]
  return {
    shown,
    listed,
    stillPending,
    consumed,
    holds: names.filter((f) => f.startsWith('.baton-')),
    missing: n - new Set(all).size,
    duplicated: all.length - new Set(all).size
  }
}

describe('the SessionStart budget is a bound', () => {
  it.each([0, 1, 150, 5000])(
    '%i pending: context under the limit, oldest shown (whole or as gists), the rest left pending and counted',
    (n) => {
      const home = tempDir()
      const dir = pending(home, n)
      const r = spawnSync(process.execPath, [join(ROOT, 'dist', 'hooks', 'session-start.cjs')], {
        input: JSON.stringify({session_id: 'budget', source: 'startup', cwd: home}),
        env: cliEnv(home, {CLAUDE_CODE_ENTRYPOINT: 'cli'}),
        cwd: home,
        encoding: 'utf8'
      })
      expect(r.status).toBe(0)
      const out = JSON.parse(r.stdout)
      const context: string = out.hookSpecificOutput?.additionalContext ?? ''
      expect(context.length).toBeLessThanOrEqual(CONTEXT_LIMIT)
      const a = account(dir, context, n)
      expect(a.missing).toBe(0)
      expect(a.duplicated).toBe(0)
      expect(a.holds).toEqual([])
      // Claimed exactly what the reader was given; nothing else.
      expect(a.consumed).toHaveLength(a.shown.length + a.listed.length)
      // Oldest first: shown, then listed, then pending, each a run of the order.
      const order = [...a.shown, ...a.listed, ...a.stillPending.sort()]
      expect(order).toEqual(Array.from({length: n}, (_, i) => `tok-${String(i).padStart(5, '0')}`))
      if (n > 0) expect(a.shown.length).toBeGreaterThan(0)
      if (a.stillPending.length > 0) {
        expect(context).toContain(`still-pending="${a.stillPending.length}"`)
        expect(context).toContain(`${a.stillPending.length} more handoff`)
        expect(context).toContain('/baton:handoff-resume')
        expect(out.systemMessage).toContain(`${a.stillPending.length} more left pending`)
      }
      console.info(
        `[figures] SessionStart with ${n} pending: context ${context.length} chars ` +
          `(limit ${CONTEXT_LIMIT}), ${a.shown.length} shown, ${a.listed.length} listed, ${a.stillPending.length} ` +
          `left pending, 0 lost`
      )
    }
  )

  it('handoff resume --max-chars follows the same rule, and repeated runs deliver everything once', () => {
    const home = tempDir()
    const dir = pending(home, 150)
    const seen: string[] = []
    let runs = 0
    for (let left = 150; left > 0 && runs < 150; runs++) {
      const r = runCliSync(['handoff', 'resume', '--max-chars', '4000'], {env: cliEnv(home)})
      expect(r.code, r.stderr).toBe(0)
      expect(r.stdout.length).toBeLessThanOrEqual(4000)
      const a = account(dir, r.stdout, 150)
      expect(seen.length + a.shown.length + a.listed.length + a.stillPending.length).toBe(150)
      seen.push(...a.shown, ...a.listed)
      expect(a.shown.length + a.listed.length).toBeGreaterThan(0)
      left = a.stillPending.length
      if (left > 0) expect(r.stdout).toContain(`still-pending="${left}"`)
    }
    expect(seen).toHaveLength(150)
    expect(new Set(seen).size).toBe(150)
    console.info(`[figures] resume --max-chars 4000 over 150 pending: ${runs} runs, 150/150 delivered once`)
  })

  it('refuses a --max-chars too small to hold even one path (exit 2), claiming nothing', () => {
    const home = tempDir()
    const dir = pending(home, 2)
    const r = runCliSync(['handoff', 'resume', '--max-chars', '500'], {env: cliEnv(home)})
    expect(r.code).toBe(2)
    expect(r.stderr).toContain('--max-chars takes a whole number >= 1000')
    expect(readdirSync(dir).filter((f) => f.includes('_done'))).toEqual([])
  })

  it('renders within any budget above the frame, shown then listed then unlisted, in order (property)', () => {
    const item = fc.record({file: fc.string({minLength: 1, maxLength: 120}), body: fc.string({maxLength: 3000})})
    fc.assert(
      fc.property(
        fc.array(item, {maxLength: 60}),
        fc.integer({min: 700, max: 20_000}),
        fc.nat(10_000),
        (items, maxChars, stillPending) => {
          const r = renderResume(items, {project: '/p', pendingElsewhere: 0, maxChars, stillPending})
          expect(r.text.length).toBeLessThanOrEqual(maxChars)
          expect([...r.shown, ...r.omitted, ...r.unlisted]).toEqual(items)
          expect(r.parts.map((p) => p.text).join('')).toBe(r.text)
          expect(r.stillPending).toBe(stillPending + r.unlisted.length)
        }
      ),
      {numRuns: 300}
    )
  })
})

/** Runs `baton handoff resume` with stdout a pipe that is destroyed after `bytes` bytes. */
function closedEarly(
  home: string,
  args: string[],
  bytes: number
): Promise<{code: number | null; signal: string | null; stderr: string; got: string}> {
  return new Promise((done) => {
    const child = spawn(process.execPath, [CLI, 'handoff', 'resume', ...args], {
      env: cliEnv(home),
      cwd: home,
      stdio: ['ignore', 'pipe', 'pipe']
    })
    let got = ''
    let stderr = ''
    child.stdout.on('data', (d: Buffer) => {
      got += d.toString()
      if (got.length >= bytes) child.stdout.destroy()
    })
    child.stderr.on('data', (d) => (stderr += d))
    child.on('close', (code, signal) => done({code, signal, stderr, got}))
  })
}

describe('a reader that goes away', () => {
  it('puts back at once what did not reach the pipe, with no stack trace, exit 1 and a line that says so', async () => {
    const home = tempDir()
    const dir = pending(home, 60, 20_000)
    const r = await closedEarly(home, ['--max-chars', '100000000'], 10)
    expect(r.signal).toBeNull()
    expect(r.code).toBe(1)
    expect(r.stderr).not.toMatch(/at |EPIPE|node:/)
    const m = /^baton: output closed after (\d+) of 60 notes; (\d+) put back as pending\n$/.exec(r.stderr)
    expect(m, r.stderr).not.toBeNull()
    const [sent, back] = [Number(m![1]), Number(m![2])]
    expect(sent + back).toBe(60)
    expect(back).toBeGreaterThan(0)
    // No holds left for a later run: what was written is consumed, the rest is pending again.
    const names = readdirSync(dir)
    expect(names.filter((f) => f.startsWith('.baton-'))).toEqual([])
    expect(names.filter((f) => f.includes('_done'))).toHaveLength(sent)
    expect(names.filter((f) => f.endsWith('.md') && !f.includes('_done'))).toHaveLength(back)
    // What came back is delivered by the next run, each note once in all.
    const next = runCliSync(['handoff', 'resume', '--max-chars', '100000000'], {env: cliEnv(home)})
    expect(next.code, next.stderr).toBe(0)
    expect(account(dir, next.stdout, 60).shown).toHaveLength(back)
    console.info(
      `[figures] resume piped into a reader that left after 10 bytes: exit ${r.code}, ${sent}/60 written before ` +
        `EPIPE, ${back} put back as pending at once, 0 holds left`
    )
  })

  it('puts back the whole JSON answer when it did not get through, and the SessionStart hook its notes', async () => {
    const home = tempDir()
    const dir = pending(home, 30, 20_000)
    const r = await closedEarly(home, ['--json', '--max-chars', '100000000'], 10)
    expect(r.code).toBe(1)
    expect(r.stderr).toBe('baton: output closed after 0 of 30 notes; 30 put back as pending\n')
    expect(readdirSync(dir).filter((f) => !f.endsWith('.md') || f.includes('_done'))).toEqual([])
    // The hook's reader is gone before it writes: its claims go back too.
    const hook = await new Promise<{code: number | null; stderr: string}>((done) => {
      const child = spawn(process.execPath, [join(ROOT, 'dist', 'hooks', 'session-start.cjs')], {
        env: cliEnv(home, {CLAUDE_CODE_ENTRYPOINT: 'cli'}),
        cwd: home,
        stdio: ['pipe', 'pipe', 'pipe']
      })
      child.stdout.destroy()
      let stderr = ''
      child.stderr.on('data', (d) => (stderr += d))
      child.on('close', (code) => done({code, stderr}))
      child.stdin.end(JSON.stringify({session_id: 'gone', source: 'startup', cwd: home}))
    })
    expect(hook.code).toBe(0)
    expect(hook.stderr).toBe('')
    const names = readdirSync(dir)
    expect(names.filter((f) => f.includes('_done') || f.startsWith('.baton-'))).toEqual([])
    expect(names).toHaveLength(30)
  })
})
