/**
 * The session registry with real hook processes (issue 5): concurrent registration, heartbeats,
 * stale detection, SessionEnd.
 */
import {afterAll, describe, expect, it} from 'vitest'
import {existsSync, mkdirSync, readdirSync, readFileSync, utimesSync, writeFileSync} from 'node:fs'
import {hostname} from 'node:os'
import {join} from 'node:path'
import {cliEnv, gitRepo, runCliSync, tempDir} from './helpers.ts'
import {startHolder, type Holder} from './session-holder.ts'
import {parseRecord, staleReason, STALE_AFTER_MS} from '../src/core/registry.ts'
import {tempName} from '../src/core/names.ts'
import {selfHolder} from '../src/io/toolkit/proc.ts'
import {spawnSync} from 'node:child_process'

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
  existsSync(sessions(home))
    ? readdirSync(sessions(home))
        .filter((n) => n.endsWith('.json'))
        .map((n) => JSON.parse(readFileSync(join(sessions(home), n), 'utf8')))
    : []
const status = (home: string, extra: Record<string, string> = {}): Record<string, any> => {
  const r = runCliSync(['status', '--json'], {env: cliEnv(home, extra)})
  expect(r.code, r.stderr).toBe(0)
  return JSON.parse(r.stdout)
}

describe('the session registry', () => {
  it(
    'registers 12 sessions started at once, each entry ' + 'whole and tied to its own process, through heartbeats',
    async () => {
      const home = tempDir()
      const repo = gitRepo()
      const env = cliEnv(home)
      const hs = Array.from({length: 12}, () => holder(env, repo))
      const input = (i: number, event: string) => ({
        session_id: `sess-${i}`,
        cwd: repo,
        hook_event_name: event,
        source: 'startup'
      })
      const started = await Promise.all(hs.map((h, i) => h.run('session-start', input(i, 'SessionStart'))))
      for (const r of started) expect([r.code, r.json]).toEqual([0, {}])
      // Every session heartbeats at once, several times, through both hooks.
      for (let round = 0; round < 3; round++) {
        const beats = await Promise.all(
          hs.flatMap((h, i) => [
            h.run('user-prompt-submit', input(i, 'UserPromptSubmit')),
            h.run('stop', input(i, 'Stop'))
          ])
        )
        for (const r of beats) expect([r.code, r.json], r.stderr).toEqual([0, {}])
      }
      const found = entries(home).sort((a, b) => a.session.localeCompare(b.session, 'en', {numeric: true}))
      expect(found.map((e) => e.session)).toEqual(hs.map((_, i) => `sess-${i}`))
      for (const [i, e] of found.entries()) {
        expect(e).toMatchObject({
          baton: 1,
          pid: hs[i]!.pid,
          host: hostname(),
          project: repo,
          worktree: repo,
          branch: 'main',
          claims: []
        })
        expect(parseRecord(JSON.stringify(e))).toBeDefined()
      }
      expect(readdirSync(sessions(home)).filter((n) => !n.endsWith('.json'))).toEqual([]) // no temp litter
      expect(status(home).sessions).toHaveLength(12)
    }
  )

  it('prunes the entries of killed sessions in baton status, and keeps the live ones', async () => {
    const home = tempDir()
    const repo = gitRepo()
    const hs = Array.from({length: 6}, () => holder(cliEnv(home), repo))
    await Promise.all(hs.map((h, i) => h.run('session-start', {session_id: `s${i}`, cwd: repo, source: 'startup'})))
    await Promise.all([hs[1]!.kill(), hs[4]!.kill()])
    const report = status(home)
    expect(report.sessions.map((s: {session: string}) => s.session).sort()).toEqual(['s0', 's2', 's3', 's5'])
    expect(report.pruned).toEqual(
      expect.arrayContaining([
        {session: 's1', reason: `process ${hs[1]!.pid} is gone`},
        {session: 's4', reason: `process ${hs[4]!.pid} is gone`}
      ])
    )
    expect(
      entries(home)
        .map((e) => e.session)
        .sort()
    ).toEqual(['s0', 's2', 's3', 's5'])
  })

  it(
    'keeps an idle session live while its process runs, ' + 'and counts one it cannot judge as stale after 30 minutes',
    async () => {
      const home = tempDir()
      const repo = gitRepo()
      const h = holder(cliEnv(home), repo)
      await h.run('session-start', {session_id: 'idle', cwd: repo, source: 'startup'})
      const file = join(sessions(home), 'idle.json')
      for (const later of [STALE_AFTER_MS + 60_000, 7 * 24 * 3_600_000]) {
        const report = status(home, {BATON_NOW: new Date(Date.now() + later).toISOString()})
        expect([report.sessions.length, report.pruned]).toEqual([1, []])
      }
      // The same entry from another pid namespace (a container sharing this home) cannot be judged by its pid.
      const entry = JSON.parse(readFileSync(file, 'utf8'))
      writeFileSync(file, JSON.stringify({...entry, pidNs: '1'}))
      expect(
        status(home, {BATON_NOW: new Date(Date.now() + STALE_AFTER_MS - 60_000).toISOString()}).sessions
      ).toHaveLength(1)
      expect(status(home, {BATON_NOW: new Date(Date.now() + STALE_AFTER_MS + 60_000).toISOString()}).pruned).toEqual([
        {session: 'idle', reason: expect.stringMatching(/^no heartbeat for 3\d min$/)}
      ])
      expect(existsSync(file)).toBe(false)
      // The session comes back: its next prompt registers it again.
      const r = await h.run('user-prompt-submit', {session_id: 'idle', cwd: repo})
      expect(r.json).toEqual({})
      expect(entries(home).map((e) => e.session)).toEqual(['idle'])
    }
  )

  it('judges a session by its process when it can, and by its heartbeat only when it cannot', () => {
    const now = new Date('2026-11-21T12:00:00Z')
    const e = parseRecord(
      JSON.stringify({
        baton: 1,
        session: 'x',
        pid: 4242,
        pidStart: 77,
        pidNs: '4026531836',
        boot: 'ab',
        host: 'box',
        started: '2026-11-21T11:00:00Z',
        heartbeat: '2026-11-21T11:00:00Z'
      })
    )!
    expect([e.pidNs, e.boot]).toEqual(['4026531836', 'ab'])
    const at = (verdict: 'alive' | 'dead' | 'unknown', idleMin: number) =>
      staleReason(e, {now, lastSeenMs: now.getTime() - idleMin * 60_000, judge: () => verdict})
    expect(at('alive', 24 * 60)).toBeUndefined() // a live session keeps its claims however long it idles
    expect(at('dead', 1)).toBe('process 4242 is gone')
    expect(at('unknown', 29)).toBeUndefined()
    expect(at('unknown', 31)).toBe('no heartbeat for 31 min')
    expect(at('unknown', -120)).toBeUndefined() // a heartbeat in the future is never old
    expect(parseRecord(JSON.stringify({baton: 1, session: 'old', started: 'x'}))).toMatchObject({pidNs: '', boot: ''})
  })

  it("removes the entry at SessionEnd, and never touches Claude Code's own sessions folder", async () => {
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
    expect(r.json.systemMessage).toMatch(
      /^baton: the session registry could not be updated \(.*\); `baton status` may miss this session\.$/
    )
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

  it("never sweeps the temp file of a live writer, whatever its age or the clock; a dead writer's goes at once", () => {
    const home = tempDir()
    mkdirSync(sessions(home), {recursive: true})
    const me = selfHolder()
    const live = join(sessions(home), tempName(me, 't1')) // this test process is the writer
    const dead = join(
      sessions(home),
      tempName({...me, pid: spawnSync(process.execPath, ['-e', '0']).pid!, start: 0}, 't2')
    )
    for (const f of [live, dead]) writeFileSync(f, '{"baton": 1')
    const old = new Date(Date.now() - 3_600_000)
    utimesSync(live, old, old)
    status(home, {BATON_NOW: new Date(Date.now() + 3 * 3_600_000).toISOString()})
    expect([existsSync(live), existsSync(dead)]).toEqual([true, false])
  })
})
