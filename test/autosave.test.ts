/**
 * The autosave is decided by what the session saved (issue 8, item 12): the
 * PreCompact and SessionEnd hooks as real processes, over transcripts shaped
 * like Claude Code's (every line has its ISO `timestamp`).
 */
import {describe, expect, it} from 'vitest'
import {spawnSync} from 'node:child_process'
import {appendFileSync, existsSync, readdirSync, readFileSync, utimesSync, writeFileSync} from 'node:fs'
import {join} from 'node:path'
import {ROOT, body, cliEnv, hookOutput, runCliSync, succeeded, tempDir} from './helpers.ts'

type Step = {tool: string; input: Record<string, unknown>} | {result: string; error?: boolean}

/** A transcript whose lines are one second apart, ending `endsAgoMs` before now. */
function transcript(dir: string, steps: Step[], endsAgoMs = 60_000): string {
  const start = Date.now() - endsAgoMs - steps.length * 1000
  const lines = steps.map((s, i) => {
    const timestamp = new Date(start + i * 1000).toISOString()
    return 'tool' in s
      ? {
          type: 'assistant',
          timestamp,
          message: {role: 'assistant', content: [{type: 'tool_use', id: `t${i}`, name: s.tool, input: s.input}]}
        }
      : {
          type: 'user',
          timestamp,
          message: {
            role: 'user',
            content: [{type: 'tool_result', tool_use_id: `t${i - 1}`, is_error: s.error === true, content: s.result}]
          }
        }
  })
  const path = join(dir, `t-${Math.random().toString(36).slice(2)}.jsonl`)
  writeFileSync(path, lines.map((l) => JSON.stringify(l)).join('\n') + '\n')
  return path
}

function hook(name: string, input: unknown, home: string): Record<string, any> {
  const r = spawnSync(process.execPath, [join(ROOT, 'dist', 'hooks', `${name}.cjs`)], {
    input: JSON.stringify(input),
    env: cliEnv(home, {CLAUDE_CODE_ENTRYPOINT: 'cli'}), // the terminal UI: a session a person reads
    cwd: home,
    encoding: 'utf8'
  })
  expect(r.status).toBe(0)
  return hookOutput(name, r.stdout)
}

const handoffs = (home: string): string[] => {
  const dir = join(home, '.claude', 'handoffs')
  return existsSync(dir)
    ? readdirSync(dir)
        .filter((n) => n.endsWith('.md'))
        .sort()
    : []
}
const autosaves = (home: string): string[] =>
  handoffs(home).filter((n) => readFileSync(join(home, '.claude', 'handoffs', n), 'utf8').includes('\nauto: true\n'))
const edit = {tool: 'Edit', input: {file_path: '/p/src/a.ts'}}

describe('autosave decided by what this session saved', () => {
  it('still autosaves when a command only mentions "handoff write"', () => {
    const home = tempDir()
    const t = transcript(home, [
      edit,
      {result: 'ok'},
      {tool: 'Bash', input: {command: 'echo "next: baton handoff write --session s1"'}},
      {result: 'next: baton handoff write --session s1'}
    ])
    expect(
      hook('session-end', {session_id: 's1', transcript_path: t, cwd: home, reason: 'other'}, home).systemMessage
    ).toMatch(/autosaved this session's work/)
    expect(autosaves(home)).toHaveLength(1)
  })

  it('still autosaves after a handoff write that failed', () => {
    const home = tempDir()
    // The real failure: an empty body is refused (exit 1) and nothing is written.
    const failed = runCliSync(['handoff', 'write', '--session', 's2'], {env: cliEnv(home), input: ''})
    expect(failed.code).toBe(1)
    const t = transcript(
      home,
      [
        edit,
        {result: 'ok'},
        {tool: 'Bash', input: {command: 'baton handoff write --session s2 </dev/null'}},
        {result: failed.stderr, error: true}
      ],
      0
    )
    expect(
      hook('pre-compact', {session_id: 's2', transcript_path: t, cwd: home, trigger: 'auto'}, home).systemMessage
    ).toMatch(/autosaved/)
    expect(autosaves(home)).toHaveLength(1)
  })

  it('does not autosave after this session really saved one, pending or already consumed', () => {
    const home = tempDir()
    // The transcript's last edit was a minute ago; the handoff is written now.
    const t = transcript(home, [
      edit,
      {result: 'ok'},
      {tool: 'Bash', input: {command: 'baton handoff write --session s3 --slug real'}}
    ])
    const real = runCliSync(['handoff', 'write', '--session', 's3', '--slug', 'real'], {
      env: cliEnv(home),
      input: body('real')
    })
    expect(real.code, real.stderr).toBe(0)
    expect(hook('session-end', {session_id: 's3', transcript_path: t, cwd: home}, home)).toEqual({})
    expect(handoffs(home)).toEqual([expect.stringMatching(/_real\.md$/)])
    // Consumed by another session meanwhile: still this session's save.
    runCliSync(['handoff', 'resume', '--all'], {env: cliEnv(home)})
    expect(hook('pre-compact', {session_id: 's3', transcript_path: t, cwd: home}, home)).toEqual({})
    expect(autosaves(home)).toEqual([])
  })

  it("autosaves when the only save is older than the last edit, or is another session's", () => {
    const home = tempDir()
    runCliSync(['handoff', 'write', '--session', 's4', '--slug', 'early'], {env: cliEnv(home), input: body('early')})
    runCliSync(['handoff', 'write', '--session', 'other', '--slug', 'theirs'], {
      env: cliEnv(home),
      input: body('theirs')
    })
    // Edits after that write (the transcript ends in the future of the saves).
    const t = transcript(
      home,
      [{tool: 'Bash', input: {command: 'baton handoff write --session s4'}}, edit, {result: 'ok'}],
      -5_000
    )
    expect(hook('session-end', {session_id: 's4', transcript_path: t, cwd: home}, home).systemMessage).toMatch(
      /autosaved/
    )
    expect(autosaves(home)).toHaveLength(1)
  })

  it('without times in the transcript, counts only a save newer than the transcript itself', () => {
    const home = tempDir()
    const t = join(home, 'untimed.jsonl')
    writeFileSync(
      t,
      JSON.stringify({
        type: 'assistant',
        message: {
          role: 'assistant',
          content: [{type: 'tool_use', id: 't', name: 'Edit', input: {file_path: '/p/a.ts'}}]
        }
      }) +
        '\n' +
        succeeded('t')
    )
    const old = new Date(Date.now() - 60_000)
    utimesSync(t, old, old)
    runCliSync(['handoff', 'write', '--session', 's5', '--slug', 'real'], {env: cliEnv(home), input: body('real')})
    expect(hook('session-end', {session_id: 's5', transcript_path: t, cwd: home}, home)).toEqual({})
    // Touched after the save: the save may predate the last edit, so autosave.
    const now = new Date(Date.now() + 5_000)
    utimesSync(t, now, now)
    expect(hook('session-end', {session_id: 's5', transcript_path: t, cwd: home}, home).systemMessage).toMatch(
      /autosaved/
    )
  })
})

describe('Stop autosaves after edits, so SessionEnd is only the last resort', () => {
  const dir = (home: string): string => join(home, '.claude', 'handoffs')
  const text = (home: string, name: string): string => readFileSync(join(dir(home), name), 'utf8')
  /** A line like Claude Code's, timed `agoMs` before now. */
  const line = (step: Step, agoMs: number, i = 0): string =>
    JSON.stringify(
      'tool' in step
        ? {
            type: 'assistant',
            timestamp: new Date(Date.now() - agoMs).toISOString(),
            message: {role: 'assistant', content: [{type: 'tool_use', id: `a${i}`, name: step.tool, input: step.input}]}
          }
        : {type: 'user', timestamp: new Date(Date.now() - agoMs).toISOString(), message: {role: 'user', content: 'x'}}
    ) +
    '\n' +
    ('tool' in step ? succeeded(`a${i}`) : '')

  it('writes one autosave after edits, keeps it while nothing changes, replaces it after new edits', () => {
    const home = tempDir()
    const t = transcript(home, [edit, {result: 'ok'}])
    const first = hook('stop', {session_id: 'st1', transcript_path: t, cwd: home}, home)
    // Before: Stop only reminded, and nothing was on disk until SessionEnd.
    expect(autosaves(home)).toHaveLength(1)
    const [saved] = autosaves(home)
    expect(first.systemMessage).toMatch(/has not saved a handoff since/)
    expect(first.systemMessage).toContain(join(dir(home), saved!))
    expect(text(home, saved!)).toContain('session: st1')
    expect(text(home, saved!)).toContain('Autosaved by Baton at Stop')
    expect(text(home, saved!)).toContain('`/p/src/a.ts`')
    // Another turn with no edit: the same file, not rewritten, and no message.
    expect(hook('stop', {session_id: 'st1', transcript_path: t, cwd: home}, home)).toEqual({})
    expect(autosaves(home)).toEqual([saved])
    // New edits: the autosave is replaced, not joined by a second one.
    appendFileSync(t, line({tool: 'Write', input: {file_path: '/p/src/b.ts'}}, 0)) // made after that autosave
    expect(hook('stop', {session_id: 'st1', transcript_path: t, cwd: home}, home)).toEqual({})
    expect(autosaves(home)).toHaveLength(1)
    const [replaced] = autosaves(home)
    expect(replaced).not.toBe(saved)
    expect(text(home, replaced!)).toContain('`/p/src/b.ts`')
    // SessionEnd finds the work on disk already and writes nothing.
    expect(hook('session-end', {session_id: 'st1', transcript_path: t, cwd: home, reason: 'exit'}, home)).toEqual({})
    expect(handoffs(home)).toEqual([replaced])
  })

  it("does not write again on every Stop when the transcript's clock runs ahead of this one", () => {
    const home = tempDir()
    const t = join(home, 'ahead.jsonl')
    writeFileSync(t, line(edit, -10 * 60_000)) // an edit timed ten minutes from now
    hook('stop', {session_id: 'st5', transcript_path: t, cwd: home}, home)
    const first = autosaves(home)
    expect(first).toHaveLength(1)
    appendFileSync(t, line({result: 'a turn without edits'}, -10 * 60_000))
    expect(hook('stop', {session_id: 'st5', transcript_path: t, cwd: home}, home)).toEqual({})
    expect(autosaves(home)).toEqual(first)
  })

  it("a real handoff written later supersedes it, so the next session gets one note: the session's own", () => {
    const home = tempDir()
    const t = transcript(home, [edit, {result: 'ok'}])
    hook('stop', {session_id: 'st2', transcript_path: t, cwd: home}, home)
    expect(autosaves(home)).toHaveLength(1)
    const real = runCliSync(['handoff', 'write', '--session', 'st2', '--slug', 'real'], {
      env: cliEnv(home),
      input: body('real')
    })
    expect(real.code, real.stderr).toBe(0)
    expect(handoffs(home)).toEqual([expect.stringMatching(/_real\.md$/)])
    expect(hook('stop', {session_id: 'st2', transcript_path: t, cwd: home}, home)).toEqual({})
    expect(hook('session-end', {session_id: 'st2', transcript_path: t, cwd: home}, home)).toEqual({})
    const resumed = runCliSync(['handoff', 'resume', '--all', '--json'], {env: cliEnv(home)})
    const notes = JSON.parse(resumed.stdout).handoffs as {auto: boolean}[]
    expect(notes.map((n) => n.auto)).toEqual([false])
  })

  it('never touches a real handoff: edits made after it get an autosave beside it', () => {
    const home = tempDir()
    const t = join(home, 'session.jsonl')
    writeFileSync(t, line(edit, 60_000))
    const at = new Date(Date.now() - 30_000).toISOString()
    const real = runCliSync(['handoff', 'write', '--session', 'st3', '--slug', 'real'], {
      env: cliEnv(home, {BATON_NOW: at}),
      input: body('real')
    })
    expect(real.code, real.stderr).toBe(0)
    const [name] = handoffs(home)
    const before = text(home, name!)
    expect(hook('stop', {session_id: 'st3', transcript_path: t, cwd: home}, home)).toEqual({})
    expect(autosaves(home)).toEqual([])
    appendFileSync(t, line({tool: 'Edit', input: {file_path: '/p/src/later.ts'}}, 10_000))
    hook('stop', {session_id: 'st3', transcript_path: t, cwd: home}, home)
    expect(autosaves(home)).toHaveLength(1)
    expect(handoffs(home)).toHaveLength(2)
    expect(text(home, name!)).toBe(before)
  })

  it('follows the settings: autosave off, stopMode off, and no autosave on the Stop that blocks for a real one', () => {
    const home = tempDir()
    const t = transcript(home, [edit, {result: 'ok'}])
    const run = (session: string, env: Record<string, string>, extra: Record<string, unknown> = {}) => {
      const r = spawnSync(process.execPath, [join(ROOT, 'dist', 'hooks', 'stop.cjs')], {
        input: JSON.stringify({session_id: session, transcript_path: t, cwd: home, ...extra}),
        env: cliEnv(home, {CLAUDE_CODE_ENTRYPOINT: 'cli', ...env}),
        cwd: home,
        encoding: 'utf8'
      })
      expect(r.status).toBe(0)
      return JSON.parse(r.stdout) as Record<string, any>
    }
    expect(run('off1', {BATON_AUTOSAVE: 'false'}).systemMessage).not.toMatch(/autosave/)
    expect(run('off2', {BATON_STOP_MODE: 'off'})).toEqual({})
    expect(autosaves(home)).toEqual([])
    expect(run('blk', {BATON_STOP_MODE: 'block'}, {stop_hook_active: false}).decision).toBe('block')
    expect(autosaves(home)).toEqual([])
    // The model stopped again without writing one: now the autosave.
    expect(run('blk', {BATON_STOP_MODE: 'block'}, {stop_hook_active: true})).toEqual({})
    expect(autosaves(home)).toHaveLength(1)
  })
})

describe("SessionEnd's autosave within its 1.5 s", () => {
  it('replaces the pending autosave, and neither stats nor opens any of 300 consumed handoffs', () => {
    const home = tempDir()
    const dir = join(home, '.claude', 'handoffs')
    const t = transcript(home, [edit, {result: 'ok'}])
    // An earlier autosave of this session (PreCompact's), pending, and 300 consumed notes of other sessions.
    hook('pre-compact', {session_id: 'hp', transcript_path: t, cwd: home, trigger: 'auto'}, home)
    const [earlier] = autosaves(home)
    const consumed = (i: number): string =>
      `---\nbaton: 1\ncreated: '2026-01-01T00:00:00.000Z'\nsession: old-${i}\nproject: ${home}\nbranch: ''\n` +
      `commit: ''\ndirty: 0\nhost: h\nconsumed:\n  at: '2026-01-02T00:00:00.000Z'\n  by: x\n---\n\n${body('old')}`
    for (let i = 0; i < 300; i++)
      writeFileSync(join(dir, `2026-01-01_${String(100000 + i)}_old-${i}_done.md`), consumed(i))
    appendFileSync(
      t,
      JSON.stringify({
        type: 'assistant',
        timestamp: new Date().toISOString(),
        message: {
          role: 'assistant',
          content: [{type: 'tool_use', id: 'late', name: 'Write', input: {file_path: '/p/z.ts'}}]
        }
      }) +
        '\n' +
        succeeded('late')
    )
    // Another session saves just now: the folder holds a note as new as this session's last edit.
    runCliSync(['handoff', 'write', '--session', 'other', '--slug', 'theirs'], {env: cliEnv(home), input: body('x')})
    // Records, from inside the hook process, every stat or open of a handoff.
    const log = join(home, 'probe.log')
    const preload = join(home, 'probe.cjs')
    writeFileSync(
      preload,
      `const fs = require('fs'), log = ${JSON.stringify(log)}
for (const name of ['lstatSync', 'statSync', 'openSync', 'readFileSync']) {
  const real = fs[name]
  fs[name] = function (p, ...rest) {
    if (String(p).endsWith('.md')) fs.appendFileSync(log, name + ' ' + p + '\\n')
    return real.call(this, p, ...rest)
  }
}`
    )
    const r = spawnSync(process.execPath, ['-r', preload, join(ROOT, 'dist', 'hooks', 'session-end.cjs')], {
      input: JSON.stringify({session_id: 'hp', transcript_path: t, cwd: home, reason: 'exit'}),
      env: cliEnv(home, {CLAUDE_CODE_ENTRYPOINT: 'cli'}),
      cwd: home,
      encoding: 'utf8'
    })
    expect(r.status, r.stderr).toBe(0)
    expect(JSON.parse(r.stdout).systemMessage).toMatch(/autosaved/)
    expect(autosaves(home)).toHaveLength(1)
    expect(autosaves(home)).not.toContain(earlier)
    const seen = readFileSync(log, 'utf8').split('\n')
    expect(seen.some((l) => l.endsWith(earlier!))).toBe(true) // the probe sees what the hook opens
    expect(seen.filter((l) => l.endsWith('_done.md'))).toEqual([])
  })
})
