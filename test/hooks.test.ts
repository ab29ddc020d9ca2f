/** The hook entries as real processes (dist/hooks/*.cjs via hooks/run.sh): JSON only on stdout, always exit 0. */
import {describe, expect, it} from 'vitest'
import {spawnSync} from 'node:child_process'
import {
  appendFileSync,
  chmodSync,
  existsSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  utimesSync,
  writeFileSync
} from 'node:fs'
import {join} from 'node:path'
import {ROOT, body, cliEnv, gitRepo, runCliSync, succeeded, tempDir, hookOutput} from './helpers.ts'

/** Hooks that autosave, and so only in a session a person reads: run as the terminal UI runs them unless told. */
const AUTOSAVING = new Set(['stop', 'pre-compact', 'session-end'])

function hook(
  name: string,
  input: unknown,
  env: Record<string, string>,
  cwd?: string
): {code: number | null; json: Record<string, any>; stdout: string; stderr: string} {
  const r = spawnSync('sh', [join(ROOT, 'hooks', 'run.sh'), name], {
    input: typeof input === 'string' ? input : JSON.stringify(input),
    env: AUTOSAVING.has(name) ? {CLAUDE_CODE_ENTRYPOINT: 'cli', ...env} : env,
    cwd: cwd ?? env.HOME,
    encoding: 'utf8'
  })
  return {code: r.status, json: hookOutput(name, r.stdout), stdout: r.stdout, stderr: r.stderr}
}

/** A transcript in Claude Code's JSONL shape. */
function transcript(dir: string, steps: ({prompt: string} | {tool: string; input: Record<string, unknown>})[]): string {
  const lines = steps.map((s) =>
    'prompt' in s
      ? JSON.stringify({type: 'user', message: {role: 'user', content: s.prompt}}) + '\n'
      : JSON.stringify({
          type: 'assistant',
          message: {role: 'assistant', content: [{type: 'tool_use', id: 't', name: s.tool, input: s.input}]}
        }) +
        '\n' +
        succeeded('t')
  )
  const path = join(dir, `t-${Math.random().toString(36).slice(2)}.jsonl`)
  writeFileSync(path, lines.join(''))
  return path
}

const handoffs = (home: string): string[] => {
  const dir = join(home, '.claude', 'handoffs')
  return existsSync(dir)
    ? readdirSync(dir)
        .filter((n) => n.endsWith('.md'))
        .sort()
    : []
}

describe('SessionStart', () => {
  it("claims this project's pending handoffs on startup and injects them as additionalContext", () => {
    const home = tempDir()
    const repo = gitRepo()
    runCliSync(['handoff', 'write', '--slug', 'earlier'], {env: cliEnv(home), cwd: repo, input: body('from-earlier')})
    const envFile = join(home, 'env.sh')
    const r = hook(
      'session-start',
      {session_id: 'new-1', source: 'startup', cwd: repo, hook_event_name: 'SessionStart'},
      cliEnv(home, {CLAUDE_ENV_FILE: envFile, CLAUDE_CODE_ENTRYPOINT: 'cli'}),
      repo
    )
    expect(r.code).toBe(0)
    expect(r.json.hookSpecificOutput.hookEventName).toBe('SessionStart')
    expect(r.json.hookSpecificOutput.additionalContext).toContain('marker=from-earlier')
    expect(r.json.hookSpecificOutput.additionalContext).toMatch(/^<handoffs count="1"/)
    expect(r.json.systemMessage).toMatch(/resumed 1 handoff/)
    expect(handoffs(home)).toEqual([expect.stringMatching(/_earlier_done\.md$/)])
    expect(readFileSync(join(home, '.claude', 'handoffs', handoffs(home)[0]!), 'utf8')).toMatch(
      /consumed:\n {2}at: '.+'\n {2}by: 'new-1'/
    )
    expect(readFileSync(envFile, 'utf8')).toBe('export BATON_SESSION_ID=new-1\n')
  })

  it('claims nothing on resume, compact or fork, and notes what is pending in one line', () => {
    const home = tempDir()
    const repo = gitRepo()
    runCliSync(['handoff', 'write', '--slug', 'waiting'], {env: cliEnv(home), cwd: repo, input: body('w')})
    for (const source of ['resume', 'compact', 'fork']) {
      // In an interactive session, where `startup` would claim.
      const env = cliEnv(home, {CLAUDE_CODE_ENTRYPOINT: 'cli'})
      const r = hook('session-start', {session_id: 's', source, cwd: repo}, env, repo)
      expect(r.code).toBe(0)
      expect(r.json.hookSpecificOutput.additionalContext).toBe(
        'baton: 1 handoff(s) from other sessions are pending; run /baton:handoff-resume to read them.'
      )
    }
    expect(handoffs(home)).toEqual([expect.stringMatching(/_waiting\.md$/)])
  })

  describe('claims only where a person reads the session (claimIn: interactive, the default)', () => {
    const repo = gitRepo()
    /** One pending note in a fresh home, then SessionStart `startup` with `extra` in its environment. */
    const start = (extra: Record<string, string>) => {
      const home = tempDir()
      runCliSync(['handoff', 'write', '--slug', 'waiting'], {env: cliEnv(home), cwd: repo, input: body('kind')})
      const r = hook('session-start', {session_id: 'k', source: 'startup', cwd: repo}, cliEnv(home, extra), repo)
      expect(r.code).toBe(0)
      const [name] = handoffs(home)
      return {r, claimed: name!.endsWith('_done.md'), context: String(r.json.hookSpecificOutput?.additionalContext)}
    }
    const headless: [string, Record<string, string>][] = [
      ['claude -p (sdk-cli)', {CLAUDE_CODE_ENTRYPOINT: 'sdk-cli'}],
      ['the TypeScript SDK', {CLAUDE_CODE_ENTRYPOINT: 'sdk-ts'}],
      ['the Python SDK', {CLAUDE_CODE_ENTRYPOINT: 'sdk-py'}],
      ['claude mcp serve', {CLAUDE_CODE_ENTRYPOINT: 'mcp'}],
      ['the GitHub Action', {CLAUDE_CODE_ENTRYPOINT: 'claude-code-github-action'}],
      ['no entrypoint (a hook run by hand)', {}],
      ['an entrypoint this version does not know', {CLAUDE_CODE_ENTRYPOINT: 'some-new-surface'}],
      [
        'sdk-cli under an inherited SESSION_ATTENDED=1',
        {CLAUDE_CODE_ENTRYPOINT: 'sdk-cli', CLAUDE_CODE_SESSION_ATTENDED: '1'}
      ],
      [
        'cli with SESSION_ATTENDED=0 (a background session)',
        {CLAUDE_CODE_ENTRYPOINT: 'cli', CLAUDE_CODE_SESSION_ATTENDED: '0'}
      ]
    ]
    it.each(headless)('%s: claims nothing and says in one line how many are pending', (_, extra) => {
      const {r, claimed, context} = start(extra)
      expect(claimed).toBe(false)
      expect(context).toMatch(/^baton: 1 handoff\(s\) from other sessions are pending, left for an interactive session/)
      expect(context.split('\n')).toHaveLength(1)
      expect(context).toContain('/baton:handoff-resume')
      expect(r.json.systemMessage).toBe(context)
    })
    const attended: [string, Record<string, string>][] = [
      ['the terminal UI (cli)', {CLAUDE_CODE_ENTRYPOINT: 'cli'}],
      ['the VS Code extension', {CLAUDE_CODE_ENTRYPOINT: 'claude-vscode'}],
      ['the desktop app', {CLAUDE_CODE_ENTRYPOINT: 'claude-desktop'}],
      [
        'an unknown entrypoint that Claude Code says is attended',
        {CLAUDE_CODE_ENTRYPOINT: 'new', CLAUDE_CODE_SESSION_ATTENDED: '1'}
      ],
      ['claimIn all (BATON_CLAIM_IN) under claude -p', {CLAUDE_CODE_ENTRYPOINT: 'sdk-cli', BATON_CLAIM_IN: 'all'}],
      [
        'claimIn all (the plugin option) under claude -p',
        {CLAUDE_CODE_ENTRYPOINT: 'sdk-cli', CLAUDE_PLUGIN_OPTION_CLAIMIN: 'all'}
      ]
    ]
    it.each(attended)('%s: claims and delivers', (_, extra) => {
      const {claimed, context} = start(extra)
      expect(claimed).toBe(true)
      expect(context).toMatch(/^<handoffs count="1"/)
    })
    it('a bad claimIn fails open, naming the key', () => {
      const {r, claimed} = start({CLAUDE_CODE_ENTRYPOINT: 'cli', BATON_CLAIM_IN: 'sometimes'})
      expect(claimed).toBe(false)
      expect(r.json.systemMessage).toMatch(/failed and was skipped.*`claimIn` in BATON_CLAIM_IN/)
    })
  })

  it('tells Claude and the user when MEMORY.md is over its limit, after the handoffs', () => {
    const home = tempDir()
    const repo = gitRepo()
    const env = cliEnv(home, {CLAUDE_CODE_ENTRYPOINT: 'cli'})
    runCliSync(['handoff', 'write', '--slug', 'earlier'], {env, cwd: repo, input: body('with-memory')})
    const memory = runCliSync(['memory', 'path'], {env, cwd: repo}).stdout.trim()
    mkdirSync(join(memory, '..'), {recursive: true})
    writeFileSync(memory, Array.from({length: 230}, (_, i) => `- fact ${i}`).join('\n') + '\n')
    const r = hook('session-start', {session_id: 'm1', source: 'startup', cwd: repo}, env, repo)
    const context: string = r.json.hookSpecificOutput.additionalContext
    expect(context).toMatch(/^<handoffs count="1"/)
    expect(context.split('\n').at(-1)).toMatch(/^baton: MEMORY\.md is over the 200-line limit/)
    const lines = [/^baton: resumed 1 handoff/, /^baton: MEMORY\.md is over/].map((re) => expect.stringMatching(re))
    expect(r.json.systemMessage.split('\n')).toEqual(lines)
  })

  it('counts MEMORY.md as Claude Code does: front matter and HTML comments do not hide lines', () => {
    const home = tempDir()
    const repo = gitRepo()
    const env = cliEnv(home)
    const memory = runCliSync(['memory', 'path'], {env, cwd: repo}).stdout.trim()
    mkdirSync(join(memory, '..'), {recursive: true})
    const facts = (n: number): string => Array.from({length: n}, (_, i) => `- fact ${i}`).join('\n') + '\n'
    writeFileSync(memory, `---\nname: index\n---\n<!--\n${'a note to self\n'.repeat(40)}-->\n${facts(200)}`)
    const fits = hook('session-start', {session_id: 'm2', source: 'startup', cwd: repo}, env, repo)
    expect(fits.json.systemMessage ?? '').not.toMatch(/MEMORY\.md/) // 200 counted lines: all visible
    writeFileSync(memory, `<!--\n${'a note to self\n'.repeat(40)}-->\n${facts(201)}`)
    const over = hook('session-start', {session_id: 'm3', source: 'startup', cwd: repo}, env, repo)
    expect(over.json.systemMessage).toMatch(/Claude cannot see line 243 \(1 line\)/)
  })

  it('fails open with a systemMessage when the handoff directory is unusable', () => {
    const home = tempDir()
    mkdirSync(join(home, '.claude'), {recursive: true})
    writeFileSync(join(home, '.claude', 'handoffs'), 'a file where the directory should be')
    // Make it look like there is a pending legacy note to import, which needs the directory.
    writeFileSync(join(home, '.claude', 'context-handoff.md'), 'legacy note\n')
    const r = hook(
      'session-start',
      {session_id: 's', source: 'startup', cwd: home},
      cliEnv(home, {CLAUDE_CODE_ENTRYPOINT: 'cli'})
    )
    expect(r.code).toBe(0)
    expect(r.json.systemMessage).toMatch(
      /^baton: the SessionStart hook failed and was skipped \(your session is fine\)/
    )
    expect(r.json.systemMessage).toContain(join(home, '.claude', 'handoffs'))
    expect(readFileSync(join(home, '.claude', 'context-handoff.md'), 'utf8')).toBe('legacy note\n')
  })

  it('fails open on unreadable stdin', () => {
    const home = tempDir()
    const r = hook('session-start', '{not json', cliEnv(home))
    expect(r.code).toBe(0)
    expect(r.json.systemMessage).toMatch(/failed and was skipped/)
  })

  it('tells the user that Node is missing, without failing the session', () => {
    const home = tempDir()
    const r = spawnSync('/bin/sh', [join(ROOT, 'hooks', 'run.sh'), 'session-start'], {
      input: '{}',
      env: {PATH: '/nonexistent', HOME: home},
      encoding: 'utf8'
    })
    expect(r.status).toBe(0)
    expect(JSON.parse(r.stdout).systemMessage).toMatch(/Node\.js 20 or later is needed/)
    // PreCompact's stdout is shown as it is: the same sentence, not JSON.
    const compact = spawnSync('/bin/sh', [join(ROOT, 'hooks', 'run.sh'), 'pre-compact'], {
      input: '{}',
      env: {PATH: '/nonexistent', HOME: home},
      encoding: 'utf8'
    })
    expect(compact.stdout).toMatch(/^baton: Node\.js 20 or later is needed .* the pre-compact hook was skipped\. .*\n$/)
  })
})

describe('Stop', () => {
  it('reminds once after the session edited files, and not again', () => {
    const home = tempDir()
    const t = transcript(home, [
      {prompt: 'fix it'},
      {tool: 'Edit', input: {file_path: '/p/a.ts'}},
      {tool: 'Write', input: {file_path: '/p/b.ts'}}
    ])
    const first = hook('stop', {session_id: 's1', transcript_path: t, stop_hook_active: false}, cliEnv(home))
    expect(first.code).toBe(0)
    expect(first.json.systemMessage).toMatch(/changed 2 file\(s\) and has not saved a handoff/)
    expect(first.json.decision).toBeUndefined()
    expect(hook('stop', {session_id: 's1', transcript_path: t}, cliEnv(home)).json).toEqual({})
  })

  it('stays quiet when nothing was edited, or a handoff was saved after the last edit', () => {
    const home = tempDir()
    const none = transcript(home, [{prompt: 'what is this?'}, {tool: 'Read', input: {file_path: '/p/a.ts'}}])
    expect(hook('stop', {session_id: 'a', transcript_path: none}, cliEnv(home)).json).toEqual({})
    const saved = transcript(home, [
      {tool: 'Edit', input: {file_path: '/p/a.ts'}},
      {tool: 'Bash', input: {command: 'node /x/dist/cli.js handoff write --session b <<EOF'}}
    ])
    // This transcript records no times: what counts is that it last changed before the save.
    const before = new Date(Date.now() - 60_000)
    utimesSync(saved, before, before)
    runCliSync(['handoff', 'write', '--session', 'b', '--slug', 'real'], {env: cliEnv(home), input: body('real')})
    expect(hook('stop', {session_id: 'b', transcript_path: saved}, cliEnv(home)).json).toEqual({})
  })

  it('decides "saved" from disk, as SessionEnd does: a command that only mentions handoff write saved nothing', () => {
    const home = tempDir()
    const echo = transcript(home, [
      {tool: 'Edit', input: {file_path: '/p/a.ts'}},
      {tool: 'Bash', input: {command: 'echo "later: baton handoff write --session c"'}}
    ])
    const before = new Date(Date.now() - 60_000)
    utimesSync(echo, before, before)
    const reminder = hook('stop', {session_id: 'c', transcript_path: echo}, cliEnv(home)).json
    expect(reminder.systemMessage).toMatch(/changed 1 file\(s\) and has not saved/)
    // Nor does a handoff another session saved.
    const other = transcript(home, [{tool: 'Edit', input: {file_path: '/p/a.ts'}}])
    utimesSync(other, before, before)
    runCliSync(['handoff', 'write', '--session', 'someone-else', '--slug', 'x'], {env: cliEnv(home), input: body('x')})
    const notMine = hook('stop', {session_id: 'd', transcript_path: other}, cliEnv(home)).json
    expect(notMine.systemMessage).toMatch(/has not saved a handoff/)
    // SessionEnd agrees: the session's work needed an autosave, which Stop already wrote.
    expect(reminder.systemMessage).toMatch(/Meanwhile a mechanical autosave is at .*_autosave(-\d+)?\.md\./)
    // Two autosaves in the same second are named _autosave.md and _autosave-2.md.
    const isAutosave = (n: string): boolean => /_autosave(-\d+)?\.md$/.test(n)
    const autosaved = handoffs(home).filter(isAutosave)
    expect(autosaved).toHaveLength(2) // sessions c and d
    expect(hook('session-end', {session_id: 'c', transcript_path: echo}, cliEnv(home)).json).toEqual({})
    expect(handoffs(home).filter(isAutosave)).toEqual(autosaved)
  })

  it('blocks once in block mode, and never while stop_hook_active is true', () => {
    const home = tempDir()
    const t = transcript(home, [{tool: 'Edit', input: {file_path: '/p/a.ts'}}])
    const env = cliEnv(home, {BATON_STOP_MODE: 'block'})
    const active = hook('stop', {session_id: 'x', transcript_path: t, stop_hook_active: true}, env)
    expect(active.json.decision).toBeUndefined()
    const home2 = tempDir()
    const env2 = cliEnv(home2, {BATON_STOP_MODE: 'block'})
    const blocked = hook('stop', {session_id: 'y', transcript_path: t, stop_hook_active: false}, env2)
    expect(blocked.json).toMatchObject({decision: 'block', reason: expect.stringMatching(/\/baton:handoff-write/)})
    expect(hook('stop', {session_id: 'y', transcript_path: t, stop_hook_active: true}, env2).json).toEqual({})
    expect(hook('stop', {session_id: 'y', transcript_path: t, stop_hook_active: false}, env2).json).toEqual({})
  })

  it('does nothing in off mode', () => {
    const home = tempDir()
    const t = transcript(home, [{tool: 'Edit', input: {file_path: '/p/a.ts'}}])
    expect(hook('stop', {session_id: 'o', transcript_path: t}, cliEnv(home, {BATON_STOP_MODE: 'off'})).json).toEqual({})
  })
})

describe('PreCompact and SessionEnd autosave', () => {
  const work = (dir: string) =>
    transcript(dir, [
      {prompt: 'first ask'},
      {prompt: 'second ask'},
      {prompt: 'add the parser'},
      {prompt: 'and tests please'},
      {tool: 'Edit', input: {file_path: '/p/src/parser.ts'}},
      {tool: 'Bash', input: {command: 'npm test'}},
      {tool: 'Write', input: {file_path: '/p/test/parser.test.ts'}}
    ])

  it('saves one mechanical handoff, marked auto, with files, commands, the last 3 prompts and git state', () => {
    const home = tempDir()
    const repo = gitRepo()
    const t = work(home)
    const r = hook(
      'session-end',
      {session_id: 'e1', transcript_path: t, cwd: repo, reason: 'other'},
      cliEnv(home),
      repo
    )
    expect(r.code).toBe(0)
    expect(r.json.systemMessage).toMatch(/autosaved this session's work/)
    const files = handoffs(home)
    expect(files).toEqual([expect.stringMatching(/_autosave\.md$/)])
    const text = readFileSync(join(home, '.claude', 'handoffs', files[0]!), 'utf8')
    expect(text).toMatch(/\nauto: true\n/)
    expect(text).toContain('session: e1')
    for (const s of [
      '## Session summary',
      '## What changed',
      '## What still needs work',
      '## Key decisions',
      '## Active context'
    ])
      expect(text).toContain(s)
    expect(text).toContain('`/p/src/parser.ts`')
    expect(text).toContain('`npm test`')
    expect(text).toContain('"add the parser"')
    expect(text).not.toContain('"first ask"')
    expect(text).toMatch(/branch `main`/)
    // PreCompact then SessionEnd: still one autosave for the session.
    hook('pre-compact', {session_id: 'e1', transcript_path: t, cwd: repo, trigger: 'manual'}, cliEnv(home), repo)
    expect(handoffs(home)).toHaveLength(1)
  })

  it("is replaced by the session's own handoff, and skipped once one was saved", () => {
    const home = tempDir()
    const t = work(home)
    hook('pre-compact', {session_id: 'e2', transcript_path: t, trigger: 'auto'}, cliEnv(home))
    runCliSync(['handoff', 'write', '--session', 'e2', '--slug', 'real'], {env: cliEnv(home), input: body('real')})
    expect(handoffs(home)).toEqual([expect.stringMatching(/_real\.md$/)])
    const after = transcript(home, [
      {tool: 'Edit', input: {file_path: '/p/a.ts'}},
      {tool: 'Bash', input: {command: 'node x/dist/cli.js handoff write --session e2'}}
    ])
    // This transcript records no times: what counts is that it last changed before the save.
    const before = new Date(Date.now() - 60_000)
    utimesSync(after, before, before)
    expect(hook('session-end', {session_id: 'e2', transcript_path: after}, cliEnv(home)).json).toEqual({})
    expect(handoffs(home)).toHaveLength(1)
  })

  it('writes nothing for a session that did no work, or with autosave off', () => {
    const home = tempDir()
    const idle = transcript(home, [{prompt: 'hi'}])
    expect(hook('session-end', {session_id: 'i', transcript_path: idle}, cliEnv(home)).json).toEqual({})
    expect(
      hook('session-end', {session_id: 'j', transcript_path: work(home)}, cliEnv(home, {BATON_AUTOSAVE: 'false'})).json
    ).toEqual({})
    expect(handoffs(home)).toEqual([])
  })

  it('fails open when the handoff directory is read-only', () => {
    const home = tempDir()
    const dir = join(home, 'ro')
    mkdirSync(dir)
    writeFileSync(join(dir, 'handoffs'), 'not a directory')
    chmodSync(dir, 0o500)
    const r = hook(
      'session-end',
      {session_id: 'k', transcript_path: work(home)},
      cliEnv(home, {BATON_HANDOFF_DIR: join(dir, 'handoffs')})
    )
    chmodSync(dir, 0o700)
    expect(r.code).toBe(0)
    expect(r.json.systemMessage).toMatch(/SessionEnd hook failed and was skipped/)
  })
})

describe('Stop, later in the session', () => {
  it('does not remind a second time, even after more edits', () => {
    const home = tempDir()
    const first = transcript(home, [{tool: 'Edit', input: {file_path: '/p/a.ts'}}])
    expect(hook('stop', {session_id: 'm', transcript_path: first}, cliEnv(home)).json.systemMessage).toMatch(/baton:/)
    const more = transcript(home, [
      {tool: 'Edit', input: {file_path: '/p/a.ts'}},
      {tool: 'Edit', input: {file_path: '/p/b.ts'}}
    ])
    expect(hook('stop', {session_id: 'm', transcript_path: more}, cliEnv(home)).json).toEqual({})
  })
})

describe('hooks/hooks.json', () => {
  const config = JSON.parse(readFileSync(join(ROOT, 'hooks', 'hooks.json'), 'utf8')) as {
    hooks: Record<string, {matcher?: string; hooks: {command: string; timeout: number}[]}[]>
  }
  // PreToolUse has one entry per `if` condition, all with the same command: test each command once.
  const commands = Object.entries(config.hooks).flatMap(([event, groups]) => [
    ...new Map(groups.flatMap((g) => g.hooks.map((h) => [h.command, {event, ...h}] as const))).values()
  ])

  it('covers every event, each with a timeout (SessionEnd above its 1.5 s default)', () => {
    expect(Object.keys(config.hooks).sort()).toEqual([
      'PreCompact',
      'PreToolUse',
      'SessionEnd',
      'SessionStart',
      'Stop',
      'UserPromptSubmit'
    ])
    for (const c of commands) expect(c.timeout, c.event).toBeGreaterThanOrEqual(5)
  })

  it.each(commands.map((c) => [c.event, c.command] as const))(
    '%s: the command as written prints only its output (PreCompact a sentence, else JSON) and exits 0, node or not',
    (event, command) => {
      const name = event === 'PreCompact' ? 'pre-compact' : event
      const home = tempDir()
      const withNode = spawnSync('sh', ['-c', command], {
        input: '{}',
        env: {...cliEnv(home), CLAUDE_PLUGIN_ROOT: ROOT, BATON_STOP_MODE: 'off'},
        cwd: home,
        encoding: 'utf8'
      })
      expect(withNode.status).toBe(0)
      expect(() => hookOutput(name, withNode.stdout)).not.toThrow()
      const noNode = spawnSync('/bin/sh', ['-c', command], {
        input: '{}',
        env: {PATH: '/nonexistent', HOME: home, CLAUDE_PLUGIN_ROOT: ROOT},
        cwd: home,
        encoding: 'utf8'
      })
      expect(noNode.status).toBe(0)
      expect(hookOutput(name, noNode.stdout).systemMessage).toMatch(/Node\.js 20 or later is needed/)
    }
  )
})

describe('Stop reads the transcript incrementally', () => {
  const line = (s: {prompt: string} | {tool: string; input: Record<string, unknown>}): string =>
    JSON.stringify(
      'prompt' in s
        ? {type: 'user', message: {role: 'user', content: s.prompt}}
        : {
            type: 'assistant',
            message: {role: 'assistant', content: [{type: 'tool_use', id: 't', name: s.tool, input: s.input}]}
          }
    ) +
    '\n' +
    ('prompt' in s ? '' : succeeded('t'))

  it('sees an edit appended after an earlier Stop, and a handoff saved after it', () => {
    const home = tempDir()
    const t = join(home, 'growing.jsonl')
    writeFileSync(t, line({prompt: 'look around'}))
    expect(hook('stop', {session_id: 'g', transcript_path: t}, cliEnv(home)).json).toEqual({})
    appendFileSync(
      t,
      line({tool: 'Edit', input: {file_path: '/p/a.ts'}}) +
        line({tool: 'Bash', input: {command: 'node x/dist/cli.js handoff write --session g'}})
    )
    const before = new Date(Date.now() - 60_000)
    utimesSync(t, before, before)
    runCliSync(['handoff', 'write', '--session', 'g', '--slug', 'mid'], {env: cliEnv(home), input: body('mid')})
    expect(hook('stop', {session_id: 'g', transcript_path: t}, cliEnv(home)).json).toEqual({})
    appendFileSync(t, line({tool: 'Write', input: {file_path: '/p/b.ts'}}) + '{"type":"assistant","partial')
    const third = hook('stop', {session_id: 'g', transcript_path: t}, cliEnv(home)).json
    expect(third.systemMessage).toMatch(/changed 2 file\(s\)/)
    // It read up to the last whole line, and will start there next time.
    const state = JSON.parse(readFileSync(join(home, '.claude', 'baton', 'state', 'g.json'), 'utf8'))
    expect(state.scanned).toBe(readFileSync(t).length - '{"type":"assistant","partial'.length)
  })
})
