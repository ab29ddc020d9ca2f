/**
 * `baton status` (issue 5): the plain-text board pinned by a snapshot, the `--json` schema,
 * colours only for a terminal.
 */
import {describe, expect, it} from 'vitest'
import {mkdirSync, utimesSync, writeFileSync} from 'node:fs'
import {join} from 'node:path'
import {cliEnv, runCliSync, tempDir} from './helpers.ts'
import {renderStatus} from '../src/core/status-render.ts'
import {encodeProjectPath} from '../src/core/memory/encode.ts'

const NOW = Date.parse('2026-11-21T18:00:00.000Z')
const ago = (min: number): Date => new Date(NOW - min * 60_000)

/** A home with four registered sessions, handoffs for two projects and three MEMORY.md files. */
function world(): {home: string; env: Record<string, string>} {
  const home = tempDir()
  const claude = join(home, '.claude')
  const blog = join(home, 'code', 'blog')
  const api = join(home, 'code', 'api')
  const sessions = join(claude, 'baton', 'sessions')
  mkdirSync(sessions, {recursive: true})
  const session = (
    id: string,
    project: string,
    branch: string,
    startedMin: number,
    seenMin: number,
    extra: Record<string, unknown> = {}
  ): void => {
    const file = join(sessions, `${id}.json`)
    // Another host: its pids are not judged here, so the board does not depend on this machine.
    writeFileSync(
      file,
      JSON.stringify({
        baton: 1,
        session: id,
        pid: 1000 + startedMin,
        pidStart: 0,
        host: 'desk',
        project,
        worktree: project,
        branch,
        started: ago(startedMin).toISOString(),
        heartbeat: ago(seenMin).toISOString(),
        claims: [],
        ...extra
      })
    )
    utimesSync(file, ago(seenMin), ago(seenMin))
  }
  session('0b7d2c1e-aaaa-4bbb-8ccc-000000000001', blog, 'main', 190, 0, {
    claims: [
      {path: join(claude, 'projects', encodeProjectPath(blog), 'memory', 'MEMORY.md'), at: ago(20).toISOString()}
    ]
  })
  session('5f1e9a03-aaaa-4bbb-8ccc-000000000002', blog, 'feat/rss', 75, 14, {worktree: join(home, 'code', 'blog-rss')})
  session('9c44e0d7-aaaa-4bbb-8ccc-000000000003', api, 'fix/auth', 12, 2)
  session('deadbeef-aaaa-4bbb-8ccc-000000000004', api, 'main', 300, 45) // no heartbeat for 45 min: pruned

  const handoffs = join(claude, 'handoffs')
  mkdirSync(handoffs, {recursive: true})
  const handoff = (name: string, project: string, createdMin: number, consumedMin?: number): void => {
    const consumed =
      consumedMin === undefined ? '' : `consumed:\n  at: '${ago(consumedMin).toISOString()}'\n  by: 'abc'\n`
    const file = join(handoffs, name)
    writeFileSync(
      file,
      `---\nbaton: 1\ncreated: '${ago(createdMin).toISOString()}'\nsession: x\nproject: ${project}\nbranch: ` +
        `main\ncommit: ''\ndirty: 0\nhost: desk\n${consumed}---\n\n## Session summary\nx\n`
    )
    utimesSync(file, ago(consumedMin ?? createdMin), ago(consumedMin ?? createdMin))
  }
  handoff('2026-11-20_160000_blog-a.md', blog, 26 * 60)
  handoff('2026-11-21_150000_blog-b.md', blog, 180)
  handoff('2026-11-21_170000_api.md', api, 60)
  handoff('2026-11-21_120000_blog-c_done.md', blog, 360, 120)
  handoff('2026-11-18_120000_blog-old_done.md', blog, 5000, 4000) // consumed days ago: not counted

  const memory = (folder: string, lines: number): void => {
    mkdirSync(join(claude, 'projects', folder, 'memory'), {recursive: true})
    writeFileSync(
      join(claude, 'projects', folder, 'memory', 'MEMORY.md'),
      Array.from({length: lines}, (_, i) => `- fact ${i + 1}`).join('\n') + '\n'
    )
  }
  memory(encodeProjectPath(blog), 42)
  memory(encodeProjectPath(api), 230)
  memory('-srv-legacy-tool', 3)
  return {home, env: cliEnv(home, {BATON_NOW: new Date(NOW).toISOString()})}
}

describe('baton status', () => {
  it('prints a plain board when piped', () => {
    const {env} = world()
    const r = runCliSync(['status'], {env})
    expect(r.code, r.stderr).toBe(0)
    expect(r.stdout).not.toContain('\u001B[')
    expect(r.stdout).toMatchInlineSnapshot(`
      "Sessions: 3 live, 1 stale removed
        SESSION   PROJECT                     BRANCH    AGE    ACTIVE   CLAIMS
        0b7d2c1e  ~/code/blog                 main      3h10m  now      MEMORY.md
        5f1e9a03  ~/code/blog-rss (worktree)  feat/rss  1h15m  14m ago  -
        9c44e0d7  ~/code/api                  fix/auth  12m    2m ago   -
        removed deadbeef: no heartbeat for 45 min

      Handoffs in ~/.claude/handoffs
        PROJECT      PENDING  OLDEST  DONE 24H
        ~/code/api   1        1h      0
        ~/code/blog  2        26h     1

      Memory: MEMORY.md per project
        PROJECT           LINES    CHARS
        -srv-legacy-tool  3/200    26/25,000     ok
        ~/code/api        230/200  2,421/25,000  OVER: Claude Code cuts it; run baton memory split
        ~/code/blog       42/200   410/25,000    ok
      "
    `)
  })

  it('prints the documented JSON schema with --json', () => {
    const {home, env} = world()
    const r = runCliSync(['status', '--json'], {env})
    expect(r.code, r.stderr).toBe(0)
    const report = JSON.parse(r.stdout)
    expect(Object.keys(report)).toEqual(['baton', 'now', 'sessions', 'pruned', 'handoffs', 'memory'])
    expect(report.baton).toBe(1)
    expect(report.now).toBe('2026-11-21T18:00:00.000Z')
    expect(report.sessions).toHaveLength(3)
    for (const s of report.sessions) {
      expect(Object.keys(s)).toEqual([
        'session',
        'pid',
        'host',
        'project',
        'worktree',
        'branch',
        'started',
        'lastSeen',
        'ageMs',
        'idleMs',
        'claims'
      ])
      expect(s).toMatchObject({
        session: expect.any(String),
        pid: expect.any(Number),
        host: 'desk',
        project: expect.any(String),
        branch: expect.any(String),
        ageMs: expect.any(Number),
        idleMs: expect.any(Number),
        claims: expect.any(Array)
      })
    }
    expect(report.sessions[0]).toMatchObject({ageMs: 190 * 60_000, idleMs: 0, lastSeen: '2026-11-21T18:00:00.000Z'})
    expect(report.sessions[0].claims).toEqual([
      {path: expect.stringMatching(/\/memory\/MEMORY\.md$/), at: '2026-11-21T17:40:00.000Z'}
    ])
    expect(report.pruned).toEqual([
      {session: 'deadbeef-aaaa-4bbb-8ccc-000000000004', reason: 'no heartbeat for 45 min'}
    ])
    expect(Object.keys(report.handoffs)).toEqual(['dir', 'projects', 'consumed24h'])
    expect(report.handoffs.dir).toBe(join(home, '.claude', 'handoffs'))
    expect(report.handoffs.projects).toEqual([
      {
        project: join(home, 'code', 'api'),
        pending: 1,
        oldest: '2026-11-21T17:00:00.000Z',
        oldestAgeMs: 3_600_000,
        consumed24h: 0
      },
      {
        project: join(home, 'code', 'blog'),
        pending: 2,
        oldest: '2026-11-20T16:00:00.000Z',
        oldestAgeMs: 26 * 3_600_000,
        consumed24h: 1
      }
    ])
    expect(report.handoffs.consumed24h).toEqual([
      {
        name: '2026-11-21_120000_blog-c_done.md',
        project: join(home, 'code', 'blog'),
        at: '2026-11-21T16:00:00.000Z',
        by: 'abc'
      }
    ])
    for (const m of report.memory)
      expect(Object.keys(m)).toEqual(['project', 'folder', 'file', 'lines', 'chars', 'maxLines', 'maxChars', 'fits'])
    expect(
      report.memory.map((m: {project: string | null; lines: number; fits: boolean}) => [m.project, m.lines, m.fits])
    ).toEqual([
      [null, 3, true],
      [join(home, 'code', 'api'), 230, false],
      [join(home, 'code', 'blog'), 42, true]
    ])
  })

  it('colours the board for a terminal only, and never with NO_COLOR', () => {
    const {env} = world()
    expect(runCliSync(['status'], {env: {...env, FORCE_COLOR: '1'}}).stdout).toContain('\u001B[1mSessions')
    expect(runCliSync(['status'], {env: {...env, FORCE_COLOR: '1', NO_COLOR: '1'}}).stdout).not.toContain('\u001B[')
  })

  it('says what is empty on a fresh machine', () => {
    const home = tempDir()
    const r = runCliSync(['status'], {env: cliEnv(home)})
    expect(r.code).toBe(0)
    expect(r.stdout).toContain('(none registered; sessions register at SessionStart)')
    expect(r.stdout).toContain('(none pending, none consumed in the last 24h)')
  })

  it('rejects unknown flags as a usage error', () => {
    const r = runCliSync(['status', '--bogus'], {env: cliEnv(tempDir())})
    expect(r.code).toBe(2)
    expect(r.stderr).toContain("Unknown option '--bogus'")
  })

  it('renders the same rows in colour and plain', () => {
    const report = {
      baton: 1 as const,
      now: '',
      sessions: [],
      pruned: [],
      handoffs: {dir: '/h', projects: [], consumed24h: []},
      memory: []
    }
    expect(renderStatus(report, {color: true}).replace(/\u001B\[\d+m/g, '')).toBe(renderStatus(report))
  })
})
