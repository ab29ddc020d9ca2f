/** The session registry with real hook processes (issue 5): concurrent registration, heartbeats, stale detection, SessionEnd. */
import {afterAll, describe, expect, it} from 'vitest'
import {existsSync, mkdirSync, readdirSync, readFileSync, utimesSync, writeFileSync} from 'node:fs'
import {hostname} from 'node:os'
import {join} from 'node:path'
import {cliEnv, gitRepo, runCliSync, tempDir} from './helpers.ts'
import {startHolder, type Holder} from './session-holder.ts'
import {parseEntry, staleReason, STALE_AFTER_MS} from '../src/core/registry.ts'

const holders: Holder[] = []
afterAll(async () => {
  await Promise.all(holders.map((h) => h.kill()))
})
const holder = (env: Record<string, string>, cwd: string): Holder => {
  const h = startHolder(env, cwd)
  holders.push(h)
  return h
}
const sessions = (home: string): string => join(home, '.claude', 'baton', 'sessions')
const entries = (home: string): Record<string, any>[] =>
  existsSync(sessions(home)) ? readdirSync(sessions(home)).filter((n) => n.endsWith('.json')).map((n) => JSON.parse(readFileSync(join(sessions(home), n), 'utf8'))) : []
const status = (home: string, extra: Record<string, string> = {}): Record<string, any> => {
  const r = runCliSync(['status', '--json'], {env: cliEnv(home, extra)})
  expect(r.code, r.stderr).toBe(0)
  return JSON.parse(r.stdout)
}

describe('the session registry', () => {
  it('registers 12 sessions started at once, each entry whole and tied to its own process, through heartbeats', async () => {
    const home = tempDir()
    const repo = gitRepo()
    const env = cliEnv(home)
    const hs = Array.from({length: 12}, () => holder(env, repo))
    const input = (i: number, event: string) => ({session_id: `sess-${i}`, cwd: repo, hook_event_name: event, source: 'startup'})
    const started = await Promise.all(hs.map((h, i) => h.run('session-start', input(i, 'SessionStart'))))
    for (const r of started) expect([r.code, r.json]).toEqual([0, {}])
    // Every session heartbeats at once, several times, through both hooks.
    for (let round = 0; round < 3; round++) {
      const beats = await Promise.all(hs.flatMap((h, i) => [h.run('user-prompt-submit', input(i, 'UserPromptSubmit')), h.run('stop', input(i, 'Stop'))]))
      for (const r of beats) expect([r.code, r.json], r.stderr).toEqual([0, {}])
    }
    const found = entries(home).sort((a, b) => a.session.localeCompare(b.session, 'en', {numeric: true}))
    expect(found.map((e) => e.session)).toEqual(hs.map((_, i) => `sess-${i}`))
    for (const [i, e] of found.entries()) {
      expect(e).toMatchObject({baton: 1, pid: hs[i]!.pid, host: hostname(), project: repo, worktree: repo, branch: 'main', claims: []})
      expect(parseEntry(JSON.stringify(e))).toBeDefined()
    }
    expect(readdirSync(sessions(home)).filter((n) => !n.endsWith('.json'))).toEqual([]) // no temp litter
    expect(status(home).sessions).toHaveLength(12)
  })

  it('prunes the entries of killed sessions in baton status, and keeps the live ones', async () => {
    const home = tempDir()
    const repo = gitRepo()
    const hs = Array.from({length: 6}, () => holder(cliEnv(home), repo))
    await Promise.all(hs.map((h, i) => h.run('session-start', {session_id: `s${i}`, cwd: repo, source: 'startup'})))
    await Promise.all([hs[1]!.kill(), hs[4]!.kill()])
    const report = status(home)
    expect(report.sessions.map((s: {session: string}) => s.session).sort()).toEqual(['s0', 's2', 's3', 's5'])
    expect(report.pruned).toEqual(expect.arrayContaining([
      {session: 's1', reason: `process ${hs[1]!.pid} is gone`},
      {session: 's4', reason: `process ${hs[4]!.pid} is gone`}
    ]))
    expect(entries(home).map((e) => e.session).sort()).toEqual(['s0', 's2', 's3', 's5'])
  })

  it('counts a session as stale after 30 minutes without a heartbeat, even while its process lives', async () => {
    const home = tempDir()
    const repo = gitRepo()
    const h = holder(cliEnv(home), repo)
    await h.run('session-start', {session_id: 'idle', cwd: repo, source: 'startup'})
    const file = join(sessions(home), 'idle.json')
    const later = new Date(Date.now() + STALE_AFTER_MS + 60_000).toISOString()
    expect(status(home, {BATON_NOW: new Date(Date.now() + STALE_AFTER_MS - 60_000).toISOString()}).sessions).toHaveLength(1)
    expect(status(home, {BATON_NOW: later}).pruned).toEqual([{session: 'idle', reason: expect.stringMatching(/^no heartbeat for 3\d min$/)}])
    expect(existsSync(file)).toBe(false)
    // The session comes back: its next prompt registers it again.
    const r = await h.run('user-prompt-submit', {session_id: 'idle', cwd: repo})
    expect(r.json).toEqual({})
    expect(entries(home).map((e) => e.session)).toEqual(['idle'])
  })

  it('judges a pid only on its own host, and a reused pid as gone', () => {
    const now = new Date('2026-11-21T12:00:00Z')
    const e = parseEntry(JSON.stringify({baton: 1, session: 'x', pid: 4242, pidStart: 77, host: 'other-box', started: '2026-11-21T11:00:00Z', heartbeat: '2026-11-21T11:59:00Z'}))!
    const probe = {now, host: 'this-box', lastSeenMs: Date.parse(e.heartbeat), alive: () => false}
    expect(staleReason(e, probe)).toBeUndefined()
    expect(staleReason({...e, host: 'this-box'}, probe)).toBe('process 4242 is gone')
    expect(staleReason({...e, host: 'this-box'}, {...probe, alive: (_pid: number, start: number) => start === 77})).toBeUndefined()
  })

  it('removes the entry at SessionEnd, and never touches Claude Code\'s own sessions folder', async () => {
    const home = tempDir()
    const repo = gitRepo()
    const theirs = join(home, '.claude', 'sessions')
    mkdirSync(theirs, {recursive: true})
    writeFileSync(join(theirs, '123.json'), '{"pid":123}')
    const h = holder(cliEnv(home), repo)
    await h.run('session-start', {session_id: 'ends', cwd: repo, source: 'startup'})
    expect(entries(home).map((e) => e.session)).toEqual(['ends'])
    const r = await h.run('session-end', {session_id: 'ends', cwd: repo, reason: 'other'})
    expect([r.code, r.json]).toEqual([0, {}])
    expect(entries(home)).toEqual([])
    expect(readdirSync(theirs)).toEqual(['123.json'])
  })

  it('keeps the hook working and says so when the registry cannot be written', async () => {
    const home = tempDir()
    const repo = gitRepo()
    mkdirSync(join(home, '.claude', 'baton'), {recursive: true})
    writeFileSync(sessions(home), 'a file where the folder should be')
    const h = holder(cliEnv(home), repo)
    const r = await h.run('session-start', {session_id: 's', cwd: repo, source: 'startup'})
    expect(r.code).toBe(0)
    expect(r.json.systemMessage).toMatch(/^baton: the session registry could not be updated \(.*\); `baton status` may miss this session\.$/)
  })

  it('ignores torn and foreign files, and sweeps old ones', () => {
    const home = tempDir()
    mkdirSync(sessions(home), {recursive: true})
    const torn = join(sessions(home), 'torn.json')
    writeFileSync(torn, '{"baton": 1, "sess')
    const old = new Date(Date.now() - 120_000)
    utimesSync(torn, old, old)
    const report = status(home)
    expect(report.sessions).toEqual([])
    expect(existsSync(torn)).toBe(false)
  })
})
