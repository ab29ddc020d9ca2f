/**
 * `baton handoff resume` beyond claiming: `--peek` (nothing renamed), `--received`
 * (the notes this session already got, marked), the project of each note under
 * `--all`, and the line a person at a terminal gets. Real `dist/` processes.
 */
import {describe, expect, it} from 'vitest'
import {spawnSync} from 'node:child_process'
import {mkdirSync, readdirSync, readFileSync, writeFileSync} from 'node:fs'
import {join} from 'node:path'
import {ROOT, body, cliEnv, gitRepo, runCliSync, tempDir} from './helpers.ts'

const handoffDir = (home: string): string => join(home, '.claude', 'handoffs')
/** Every file in the handoff directory with its bytes: what "nothing renamed or changed" compares. */
const snapshot = (home: string): Record<string, string> =>
  Object.fromEntries(readdirSync(handoffDir(home)).map((n) => [n, readFileSync(join(handoffDir(home), n), 'latin1')]))
const write = (home: string, cwd: string, slug: string, text = body(slug)): string =>
  runCliSync(['handoff', 'write', '--slug', slug], {env: cliEnv(home), cwd, input: text}).stdout.trim()
const resume = (home: string, cwd: string, args: string[], env: Record<string, string> = {}) =>
  runCliSync(['handoff', 'resume', ...args], {env: cliEnv(home, env), cwd})

/** SessionStart of an interactive session `session` in `cwd`: it claims what is pending. */
function sessionStart(home: string, cwd: string, session: string): Record<string, any> {
  const r = spawnSync(process.execPath, [join(ROOT, 'dist', 'hooks', 'session-start.cjs')], {
    input: JSON.stringify({session_id: session, source: 'startup', cwd}),
    env: cliEnv(home, {CLAUDE_CODE_ENTRYPOINT: 'cli'}),
    cwd,
    encoding: 'utf8'
  })
  return JSON.parse(r.stdout)
}

describe('resume --peek', () => {
  it('shows the pending notes without claiming, importing or sweeping anything, and says so', () => {
    const home = tempDir()
    const repo = gitRepo()
    write(home, repo, 'first')
    write(home, repo, 'second')
    // A legacy note waiting to be imported and a dead claimer's hold: a claiming resume would change both.
    writeFileSync(join(home, '.claude', 'context-handoff.md'), 'legacy note\n')
    // (an old-style hold name: once it is an hour old, by the clock below, a sweep puts it back as pending)
    writeFileSync(join(handoffDir(home), '.baton-claim-host-1-abc-2026-01-01_000000_held.md'), body('held'))
    const later = {BATON_NOW: new Date(Date.now() + 2 * 3600_000).toISOString()}
    const before = snapshot(home)
    const r = resume(home, repo, ['--peek'], later)
    expect(r.code, r.stderr).toBe(0)
    expect(r.stdout).toMatch(/^<handoffs count="2" [^>]*peek="true">\n/)
    expect(r.stdout).toContain('shown without claiming them (peek): none was renamed, all stay pending')
    expect(r.stdout).toContain('marker=first')
    expect(r.stdout).toContain('marker=second')
    expect(r.stdout).not.toContain('_done.md')
    expect(snapshot(home)).toEqual(before)
    expect(readFileSync(join(home, '.claude', 'context-handoff.md'), 'utf8')).toBe('legacy note\n')
    const json = JSON.parse(resume(home, repo, ['--peek', '--json'], later).stdout)
    expect(json).toMatchObject({peek: true, count: 2, stillPending: 0})
    expect(json.handoffs.map((h: {file: string}) => h.file)).toEqual(
      Object.keys(before)
        .filter((n) => n.endsWith('.md') && !n.startsWith('.'))
        .sort()
        .map((n) => join(handoffDir(home), n))
    )
    expect(snapshot(home)).toEqual(before)
    // A claiming resume afterwards imports, sweeps and claims: both notes, the legacy one and the held one.
    const claimed = resume(home, repo, [], later).stdout
    expect(claimed).toMatch(/^<handoffs count="4"/)
    expect(claimed).toContain('marker=held')
  })

  it('over its budget shows gists, lists pending paths as not claimed and counts the rest, renaming nothing', () => {
    const home = tempDir()
    const repo = gitRepo()
    for (let i = 0; i < 40; i++) write(home, repo, `big-${i}`, body(`big-${i}`, 'x'.repeat(3000)))
    const before = snapshot(home)
    const r = resume(home, repo, ['--peek', '--max-chars', '8000'])
    expect(r.code, r.stderr).toBe(0)
    expect(r.stdout.length).toBeLessThanOrEqual(8000)
    expect(r.stdout).toMatch(/<handoff [^>]*gist="true">\n## Session summary\nWorked on big-0\./)
    expect(r.stdout).toContain('These pending handoffs are not shown here (not claimed)')
    const head = /^<handoffs count="(\d+)" [^>]*omitted="(\d+)"(?: still-pending="(\d+)")?/.exec(r.stdout)
    expect(head, r.stdout.slice(0, 300)).not.toBeNull()
    expect(Number(head![1])).toBeGreaterThan(0)
    expect(Number(head![1]) + Number(head![2]) + Number(head![3] ?? 0)).toBe(40)
    expect(snapshot(home)).toEqual(before)
  })
})

describe('resume --received', () => {
  it('shows the notes this session got at start, marked, with the new ones it claims now', () => {
    const home = tempDir()
    const repo = gitRepo()
    write(home, repo, 'at-start-1')
    write(home, repo, 'at-start-2')
    const start = sessionStart(home, repo, 'sess-A')
    expect(start.hookSpecificOutput.additionalContext).toMatch(/^<handoffs count="2"/)
    // Another session's claim is not this session's.
    write(home, repo, 'someone-elses')
    sessionStart(home, repo, 'sess-B')
    write(home, repo, 'late')
    // Without --received: only the new note (as before).
    const plainHome = tempDir()
    write(plainHome, repo, 'only')
    sessionStart(plainHome, repo, 'sess-C')
    expect(resume(plainHome, repo, ['--session', 'sess-C']).stdout).toMatch(/^<handoffs count="0"/)

    const r = resume(home, repo, ['--session', 'sess-A', '--received'])
    expect(r.code, r.stderr).toBe(0)
    expect(r.stdout).toMatch(/^<handoffs count="3" [^>]*already-received="2">\n/)
    expect(r.stdout).toContain('Notes marked already-received were delivered to this session earlier')
    const tags = r.stdout.match(/<handoff [^>]*>/g)!
    expect(tags).toHaveLength(3)
    // The new note first (it had the budget first), then the received ones, oldest first.
    expect(tags[0]).toMatch(/_late_done\.md"/)
    expect(tags[0]).not.toContain('already-received')
    expect(tags[1]).toMatch(/_at-start-1_done\.md" already-received="\d{4}-\d\d-\d\dT[^"]+"/)
    expect(tags[2]).toMatch(/_at-start-2_done\.md" already-received="/)
    expect(r.stdout).not.toContain('marker=someone-elses')
    expect(readdirSync(handoffDir(home)).filter((n) => !n.includes('_done'))).toEqual([])
    const json = JSON.parse(resume(home, repo, ['--session', 'sess-A', '--received', '--json']).stdout)
    expect(json).toMatchObject({count: 3, alreadyReceived: 3})
    expect(json.handoffs.every((h: {receivedAt: string | null}) => typeof h.receivedAt === 'string')).toBe(true)
  })

  it('gives the budget to new notes first, so a full session still claims what is pending', () => {
    const home = tempDir()
    const repo = gitRepo()
    for (let i = 0; i < 8; i++) write(home, repo, `old-${i}`, body(`old-${i}`, 'y'.repeat(3000)))
    // Eight big notes received at start (some whole, the rest as gists: the hook's budget).
    sessionStart(home, repo, 'full')
    write(home, repo, 'new-one')
    const r = resume(home, repo, ['--session', 'full', '--received', '--max-chars', '5000'])
    expect(r.code, r.stderr).toBe(0)
    expect(r.stdout).toContain('marker=new-one')
    expect(r.stdout).not.toContain('still-pending')
    // The received notes share what is left, as gists (then paths, then a count, were there more).
    expect(r.stdout).toMatch(
      /<handoff [^>]*already-received="[^"]+"[^>]*gist="true">\n## Session summary\nWorked on old-0/
    )
    expect(r.stdout).toMatch(/^<handoffs count="9" [^>]*already-received="8" gist="8">/)
    expect(readdirSync(handoffDir(home)).filter((n) => !n.includes('_done'))).toEqual([])
  })

  it('shows nothing received without a session id', () => {
    const home = tempDir()
    const repo = gitRepo()
    write(home, repo, 'x')
    resume(home, repo, []) // claimed by no session: consumed.by ''
    expect(resume(home, repo, ['--received']).stdout).toMatch(/^<handoffs count="0"/)
  })
})

describe('resume --all names each note’s project', () => {
  it('in the text and in --json; a single-project resume does not repeat its own project', () => {
    const home = tempDir()
    const a = gitRepo()
    const b = gitRepo()
    write(home, a, 'in-a')
    write(home, b, 'in-b')
    const peek = resume(home, a, ['--all', '--peek']).stdout
    expect(peek).toMatch(new RegExp(`<handoff file="[^"]*_in-a\\.md" project="${a}"`))
    expect(peek).toMatch(new RegExp(`<handoff file="[^"]*_in-b\\.md" project="${b}"`))
    expect(resume(home, a, []).stdout).not.toMatch(/<handoff [^>]*project=/)
    const json = JSON.parse(resume(home, a, ['--all', '--json']).stdout)
    expect(json.project).toBe('*')
    expect(Object.fromEntries(json.handoffs.map((h: {body: string; project: string}) => [h.project, h.body]))).toEqual({
      [b]: expect.stringContaining('marker=in-b')
    })
    // the note of project a was claimed by the plain resume above; b's by --all
    expect(JSON.parse(resume(home, a, ['--all', '--json']).stdout).count).toBe(0)
  })
})

describe('resume at a terminal', () => {
  /** Runs resume with stdout a pseudo-terminal (util-linux `script`); stderr is kept apart in a file. */
  function atTerminal(home: string, cwd: string, args: string[]): {out: string; err: string} {
    const errFile = join(tempDir(), 'stderr')
    const cmd = [process.execPath, join(ROOT, 'dist', 'cli.js'), 'handoff', 'resume', ...args]
      .map((a) => `'${a}'`)
      .join(' ')
    const r = spawnSync('script', ['-qec', `${cmd} 2>'${errFile}'`, '/dev/null'], {
      env: cliEnv(home),
      cwd,
      encoding: 'utf8'
    })
    expect(r.status, r.stderr).toBe(0)
    return {out: r.stdout, err: readFileSync(errFile, 'utf8')}
  }

  it('says on stderr how many notes it claimed and how to see them again; piped, or peeking, it does not', () => {
    const home = tempDir()
    const repo = gitRepo()
    mkdirSync(handoffDir(home), {recursive: true})
    write(home, repo, 'one')
    write(home, repo, 'two')
    const peek = atTerminal(home, repo, ['--peek'])
    expect(peek.out).toContain('marker=one')
    expect(peek.err).toBe('')
    const tty = atTerminal(home, repo, [])
    expect(tty.out).toContain('marker=two')
    expect(tty.err).toBe(
      'baton: claimed 2 handoffs: renamed to *_done.md, so no other session will get them. To see them again: ' +
        `\`baton handoff list --consumed\`, then \`baton handoff show NAME\` (in ${handoffDir(home)}).\n`
    )
    write(home, repo, 'three')
    const piped = resume(home, repo, [])
    expect(piped.stdout).toContain('marker=three')
    expect(piped.stderr).toBe('')
  })
})
