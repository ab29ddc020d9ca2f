/**
 * The shared-file guard (issue 5): PreToolUse as real processes, claims racing across sessions,
 * baton claim/release.
 */
import {afterAll, describe, expect, it} from 'vitest'
import {mkdirSync, readdirSync, readFileSync, statSync, utimesSync, writeFileSync, symlinkSync} from 'node:fs'
import {spawnSync} from 'node:child_process'
import {join} from 'node:path'
import {ROOT, cliEnv, gitRepo, runCliSync, tempDir} from './helpers.ts'
import {startHolder, type Holder} from './session-holder.ts'
import {denyReason, guardedKind} from '../src/core/guard.ts'

const holders: Holder[] = []
afterAll(async () => {
  await Promise.all(holders.map((h) => h.kill()))
})
const holder = (env: Record<string, string>, cwd: string): Holder => {
  const h = startHolder(env, cwd)
  holders.push(h)
  return h
}
const edit = (session: string, file: string, cwd: string, tool = 'Edit') => ({
  session_id: session,
  cwd,
  hook_event_name: 'PreToolUse',
  tool_name: tool,
  tool_input: {file_path: file}
})
const claimsOf = (home: string): Record<string, string[]> => {
  const dir = join(home, '.claude', 'baton', 'sessions')
  return Object.fromEntries(
    readdirSync(dir)
      .filter((n) => n.endsWith('.json'))
      .map((n) => {
        const e = JSON.parse(readFileSync(join(dir, n), 'utf8'))
        return [e.session, e.claims.map((c: {path: string}) => c.path)]
      })
  )
}
const memory = (home: string): string => join(home, '.claude', 'projects', '-p', 'memory', 'MEMORY.md')

describe('which files the guard covers', () => {
  it(
    'covers settings, CLAUDE.md, auto memory, skills, agents ' + "and commands; not Baton's state or per-session files",
    () => {
      expect(
        [
          'settings.json',
          'settings.local.json',
          'CLAUDE.md',
          'projects/-p/memory/MEMORY.md',
          'projects/-p/memory/topic.md',
          'skills/INDEX.md',
          'skills/x/SKILL.md',
          'agents/a.md',
          'commands/c.md'
        ].map(guardedKind)
      ).toEqual(['settings', 'settings', 'instructions', 'memory', 'memory', 'skills', 'skills', 'agents', 'commands'])
      for (const rel of [
        'baton/config.json',
        'handoffs/x.md',
        'projects/-p/abc.jsonl',
        'plans/p.md',
        'todos/t.json',
        'skills',
        '../etc/passwd',
        ''
      ])
        expect(guardedKind(rel), rel).toBeUndefined()
    }
  )

  it('names the holder and the alternatives in a denial', () => {
    const reason = denyReason(
      '/h/.claude/settings.json',
      {
        session: 'abc',
        project: '/p',
        branch: 'main',
        pid: 7,
        host: 'box',
        claims: [{path: '/h/.claude/settings.json', at: '2026-11-21T10:00:00Z'}]
      },
      new Date('2026-11-21T10:05:00Z')
    )
    expect(reason).toContain(
      'claimed by another live Claude Code session, abc (/p, branch main, pid 7 on box), since 5 min ago'
    )
    expect(reason).toContain("baton index add '/h/.claude/settings.json'")
    expect(reason).toContain('baton memory ns')
  })
})

describe('PreToolUse', () => {
  it('prints {} for a project file without touching the registry', () => {
    const home = tempDir()
    const repo = gitRepo()
    const r = spawnSync('sh', [join(ROOT, 'hooks', 'run.sh'), 'pre-tool-use'], {
      input: JSON.stringify(edit('s', join(repo, 'src/a.ts'), repo, 'Write')),
      env: cliEnv(home),
      encoding: 'utf8'
    })
    expect([r.status, r.stdout]).toEqual([0, '{}'])
    expect(readdirSync(home)).toEqual([]) // no $CLAUDE_HOME/baton created
  })

  it('claims a shared file for the first session and denies a second live session, until the first ends', async () => {
    const home = tempDir()
    const repo = gitRepo()
    const [a, b] = [holder(cliEnv(home), repo), holder(cliEnv(home), repo)]
    await a.run('session-start', {session_id: 'A', cwd: repo, source: 'startup'})
    await b.run('session-start', {session_id: 'B', cwd: repo, source: 'startup'})
    const file = memory(home)
    expect((await a.run('pre-tool-use', edit('A', file, repo))).json).toEqual({})
    expect((await a.run('pre-tool-use', edit('A', file, repo, 'MultiEdit'))).json).toEqual({}) // its own claim
    const denied = await b.run('pre-tool-use', edit('B', file, repo, 'Write'))
    expect(denied.code).toBe(0)
    expect(denied.json.hookSpecificOutput).toEqual({
      hookEventName: 'PreToolUse',
      permissionDecision: 'deny',
      permissionDecisionReason: expect.stringContaining(`session, A (${repo}, branch main, pid ${a.pid} on `)
    })
    expect(claimsOf(home)).toEqual({A: [file], B: []})
    await a.run('session-end', {session_id: 'A', cwd: repo, reason: 'other'})
    expect((await b.run('pre-tool-use', edit('B', file, repo))).json).toEqual({})
    expect(claimsOf(home)).toEqual({B: [file]})
  })

  it('ignores the claim of a killed session', async () => {
    const home = tempDir()
    const repo = gitRepo()
    const [a, b] = [holder(cliEnv(home), repo), holder(cliEnv(home), repo)]
    const file = join(home, '.claude', 'settings.json')
    await a.run('pre-tool-use', edit('A', file, repo)) // registers A on the fly
    expect(claimsOf(home).A).toEqual([file])
    await a.kill()
    expect((await b.run('pre-tool-use', edit('B', file, repo))).json).toEqual({})
  })

  it('never grants one file to two of 8 sessions racing for it, over 5 rounds', async () => {
    const home = tempDir()
    const repo = gitRepo()
    const hs = Array.from({length: 8}, () => holder(cliEnv(home), repo))
    await Promise.all(hs.map((h, i) => h.run('session-start', {session_id: `r${i}`, cwd: repo, source: 'startup'})))
    let won = 0
    for (let round = 0; round < 5; round++) {
      const file = join(home, '.claude', 'skills', `INDEX-${round}.md`)
      const runs = await Promise.all(hs.map((h, i) => h.run('pre-tool-use', edit(`r${i}`, file, repo))))
      for (const r of runs) expect(r.code, r.stderr).toBe(0)
      const granted = runs.filter((r) => r.json && !r.json.hookSpecificOutput && !r.json.systemMessage)
      const denied = runs.filter((r) => r.json?.hookSpecificOutput?.permissionDecision === 'deny')
      expect(granted.length).toBeLessThanOrEqual(1)
      expect(granted.length + denied.length).toBe(8)
      const holders = Object.entries(claimsOf(home)).filter(([, claims]) => claims.includes(file))
      expect(holders).toHaveLength(granted.length)
      // Afterwards the file is one session's: everyone but the holder is denied.
      const after = []
      for (const [i, h] of hs.entries()) after.push(await h.run('pre-tool-use', edit(`r${i}`, file, repo)))
      expect(after.filter((r) => !r.json.hookSpecificOutput)).toHaveLength(1)
      won += granted.length
    }
    expect(won).toBeGreaterThan(0) // the backoff settles most races at once
  })

  it('is off with BATON_GUARD=0 or "guard": false in config.json', async () => {
    const home = tempDir()
    const repo = gitRepo()
    const a = holder(cliEnv(home), repo)
    const file = memory(home)
    await a.run('pre-tool-use', edit('A', file, repo))
    const off = holder(cliEnv(home, {BATON_GUARD: '0'}), repo)
    expect((await off.run('pre-tool-use', edit('B', file, repo))).json).toEqual({})
    writeFileSync(join(home, '.claude', 'baton', 'config.json'), '{"guard": false}')
    expect((await holder(cliEnv(home), repo).run('pre-tool-use', edit('C', file, repo))).json).toEqual({})
  })

  it('sees through a symlinked $CLAUDE_HOME', async () => {
    const home = tempDir()
    const repo = gitRepo()
    const real = join(home, 'dotfiles-claude')
    mkdirSync(real)
    symlinkSync(real, join(home, '.claude'))
    const [a, b] = [holder(cliEnv(home), repo), holder(cliEnv(home), repo)]
    await a.run('pre-tool-use', edit('A', join(home, '.claude', 'CLAUDE.md'), repo))
    expect(
      (await b.run('pre-tool-use', edit('B', join(real, 'CLAUDE.md'), repo))).json.hookSpecificOutput
        ?.permissionDecision
    ).toBe('deny')
  })

  it(
    'sees through a symlink or symlinked folder elsewhere ' + 'that leads to a shared file, existing or not yet',
    async () => {
      const home = tempDir()
      const repo = gitRepo()
      const [a, b] = [holder(cliEnv(home), repo), holder(cliEnv(home), repo)]
      const claude = join(home, '.claude')
      mkdirSync(join(claude, 'skills'), {recursive: true})
      writeFileSync(join(claude, 'settings.json'), '{}')
      await a.run('pre-tool-use', edit('A', join(claude, 'settings.json'), repo))
      await a.run('pre-tool-use', edit('A', join(claude, 'skills', 'new.md'), repo))
      expect(claimsOf(home).A).toEqual([join(claude, 'settings.json'), join(claude, 'skills', 'new.md')])
      const elsewhere = tempDir()
      symlinkSync(join(claude, 'settings.json'), join(elsewhere, 'settings-link.json'))
      symlinkSync(join(claude, 'skills'), join(elsewhere, 'skills-dir'))
      symlinkSync(join(claude, 'skills', 'new.md'), join(elsewhere, 'dangling.md')) // points at a file not written yet
      for (const path of [
        join(elsewhere, 'settings-link.json'),
        join(elsewhere, 'skills-dir', 'new.md'),
        join(elsewhere, 'dangling.md'),
        'skills-dir/new.md'
      ]) {
        const r = await b.run('pre-tool-use', edit('B', path, elsewhere))
        expect([r.code, r.json.hookSpecificOutput?.permissionDecision], path).toEqual([0, 'deny'])
      }
      expect(claimsOf(home).B ?? []).toEqual([])
    }
  )

  it('keeps the claims of a live session however long it idles, and frees them once its process is gone', async () => {
    const home = tempDir()
    const repo = gitRepo()
    const [a, b] = [holder(cliEnv(home), repo), holder(cliEnv(home), repo)]
    await a.run('session-start', {session_id: 'A', cwd: repo, source: 'startup'})
    const file = memory(home)
    expect((await a.run('pre-tool-use', edit('A', file, repo))).json).toEqual({})
    // A idles for three hours: no heartbeat since.
    const entry = join(home, '.claude', 'baton', 'sessions', 'A.json')
    const idle = new Date(Date.now() - 3 * 3_600_000)
    writeFileSync(entry, JSON.stringify({...JSON.parse(readFileSync(entry, 'utf8')), heartbeat: idle.toISOString()}))
    utimesSync(entry, idle, idle)
    const denied = await b.run('pre-tool-use', edit('B', file, repo))
    expect(denied.json.hookSpecificOutput?.permissionDecision).toBe('deny')
    await a.kill()
    expect((await b.run('pre-tool-use', edit('B', file, repo))).json).toEqual({})
    expect(claimsOf(home).B).toEqual([file])
  })

  it('fails open with a systemMessage when the registry is unusable', async () => {
    const home = tempDir()
    const repo = gitRepo()
    mkdirSync(join(home, '.claude', 'baton'), {recursive: true})
    writeFileSync(join(home, '.claude', 'baton', 'sessions'), 'not a folder')
    const r = await holder(cliEnv(home), repo).run('pre-tool-use', edit('A', memory(home), repo))
    expect(r.code).toBe(0)
    expect(r.json.hookSpecificOutput).toBeUndefined()
    expect(r.json.systemMessage).toMatch(/^baton: the PreToolUse hook failed and was skipped/)
  })
})

describe('baton claim and release', () => {
  it('claims for the calling session, refuses a file another session holds, and releases', async () => {
    const home = tempDir()
    const repo = gitRepo()
    const a = holder(cliEnv(home), repo)
    await a.run('session-start', {session_id: 'A', cwd: repo, source: 'startup'})
    const file = join(home, '.claude', 'settings.json')
    const env = cliEnv(home, {BATON_SESSION_ID: 'A'})
    expect(runCliSync(['claim', file], {env, cwd: repo}).stdout).toBe(`claimed ${file} for session A\n`)
    const other = runCliSync(['claim', file, '--session', 'B'], {env: cliEnv(home), cwd: repo})
    expect(other.code).toBe(1)
    expect(other.stderr).toContain(`baton: error: ${file} is claimed by session A`)
    expect(other.stderr).toContain('baton index add')
    const json = runCliSync(['claim', file, '--session', 'B', '--json'], {env: cliEnv(home), cwd: repo})
    expect([json.code, JSON.parse(json.stdout).holder.session]).toEqual([1, 'A'])
    const notMine = runCliSync(['release', file, '--session', 'B'], {env: cliEnv(home), cwd: repo})
    expect(notMine.code).toBe(1)
    expect(notMine.stderr).toContain(`baton release '${file}' --force`)
    // Claiming again refreshes the heartbeat (a terminal's claim lasts while it is renewed).
    const entry = join(home, '.claude', 'baton', 'sessions', 'A.json')
    utimesSync(entry, new Date(Date.now() - 600_000), new Date(Date.now() - 600_000))
    expect(runCliSync(['claim', file], {env, cwd: repo}).code).toBe(0)
    expect(Date.now() - statSync(entry).mtimeMs).toBeLessThan(60_000)
    expect(runCliSync(['release', file], {env, cwd: repo}).stdout).toBe(`released ${file} (A)\n`)
    expect(claimsOf(home).A).toEqual([])
    expect(runCliSync(['release', file], {env, cwd: repo}).stdout).toBe(`${file} was not claimed\n`)
  })

  it('takes a claim away with --force', async () => {
    const home = tempDir()
    const repo = gitRepo()
    const a = holder(cliEnv(home), repo)
    const file = memory(home)
    await a.run('pre-tool-use', edit('A', file, repo))
    expect(runCliSync(['release', file, '--force'], {env: cliEnv(home), cwd: repo}).code).toBe(0)
    expect(claimsOf(home).A).toEqual([])
  })

  it('needs a PATH', () => {
    const r = runCliSync(['claim'], {env: cliEnv(tempDir())})
    expect(r.code).toBe(2)
  })
})
