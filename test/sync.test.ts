/**
 * Sync across machines (design.md §14): init, sync, status, project identity
 * across clone paths, exactly-once resume through the remote, and clear errors.
 */
import {describe, expect, it} from 'vitest'
import {spawnSync} from 'node:child_process'
import {chmodSync, existsSync, readFileSync, renameSync, writeFileSync} from 'node:fs'
import {join} from 'node:path'
import {claimVerdict, normaliseRemote, parseLsTree, readTree} from '../src/core/sync.ts'
import {belongsTo} from '../src/core/handoff-meta.ts'
import {body} from './helpers.ts'
import {delivered, ok, pendingNames, remoteTree, world, write, type Machine} from './sync-world.ts'

describe('sync: pure rules', () => {
  it('normalises remote URLs so every clone agrees', () => {
    const same = [
      'git@github.com:Me/app.git',
      'ssh://git@github.com/Me/app',
      'https://user@GitHub.com/Me/app/',
      'ssh://git@github.com:22/Me/app.git'
    ]
    expect(new Set(same.map(normaliseRemote))).toEqual(new Set(['github.com/Me/app']))
    expect(normaliseRemote('/srv/git/app.git/')).toBe('/srv/git/app')
    expect(normaliseRemote('file:///srv/git/app.git')).toBe('/srv/git/app')
  })

  it('a note with a remote belongs to every clone of it; without one, to its path', () => {
    const meta = {project: '/home/a/src/app', remote: 'github.com/me/app'}
    expect(belongsTo(meta, '/home/b/work/app', 'github.com/me/app')).toBe(true)
    expect(belongsTo(meta, '/home/b/work/app', 'github.com/me/other')).toBe(false)
    expect(belongsTo(meta, '/home/b/work/app')).toBe(false)
    expect(belongsTo({project: '/p'}, '/p', 'github.com/me/app')).toBe(true)
  })

  it('reads a tree as data: links, gitlinks, nested and odd paths are ignored', () => {
    const sha = 'a'.repeat(40)
    const out = [
      `100644 blob ${sha}     10\t2026-01-01_000000_ok.md`,
      `120000 blob ${sha}     11\t2026-01-01_000000_link.md`,
      `160000 commit ${sha}       -\t2026-01-01_000000_sub.md`,
      `100644 blob ${sha}     10\t2026-01-01_000000_ok_done.md`,
      `100644 blob ${sha}     10\tdeep/2026-01-01_000000_x.md`,
      `100644 blob ${sha}     10\t.gitattributes`,
      `100644 blob ${sha}     40\tclaims/2026-01-01_000000_ok.md/m1-abc`,
      `120000 blob ${sha}     40\tclaims/2026-01-01_000000_ok.md/m2-abc`
    ].join('\0')
    const tree = readTree(parseLsTree(`${out}\0`))
    expect([...tree.notes.keys()]).toEqual(['2026-01-01_000000_ok.md'])
    expect(tree.claims.get('2026-01-01_000000_ok.md')).toEqual(['m1-abc'])
    expect(tree.ignored).toHaveLength(6)
    expect(claimVerdict(tree, '2026-01-01_000000_ok.md', 'm1-abc')).toBe('mine')
    expect(claimVerdict(tree, '2026-01-01_000000_ok.md', 'm9-abc')).toBe('lost')
    expect(claimVerdict(tree, '2026-01-01_000000_no.md', 'm9-abc')).toBe('gone')
  })
})

describe('sync: two machines and a bare remote', () => {
  it('init keeps and pushes existing handoffs; the other machine receives them at another path', async () => {
    const {a, b, remote} = world()
    await write(a, 'before-init')
    const init = await ok(a, ['sync', 'init', remote])
    expect(init.stdout).toContain('1 pushed')
    expect(init.stdout).toContain('must be private')
    expect(pendingNames(a)).toHaveLength(1) // kept, still pending here
    expect(remoteTree(remote).filter((p) => p.endsWith('_before-init.md'))).toHaveLength(1)
    await ok(b, ['sync', 'init', remote])
    expect(pendingNames(b)).toHaveLength(1)
    // B's clone is at another path: the note is still this project's, by its origin URL.
    const r = await ok(b, ['handoff', 'resume'])
    expect(delivered(r.stdout)).toEqual(['before-init'])
    expect(remoteTree(remote).some((p) => p.startsWith('claims/'))).toBe(true)
    // A syncs: its pending copy is retired, never delivered twice.
    const s = await ok(a, ['sync', '--json'])
    expect(JSON.parse(s.stdout).retired).toHaveLength(1)
    expect(delivered((await ok(a, ['handoff', 'resume'])).stdout)).toEqual([])
    expect(pendingNames(a)).toEqual([])
  })

  it('a resumer that lost the race to another machine does not deliver, and says so', async () => {
    const {a, b, remote} = world()
    await ok(a, ['sync', 'init', remote])
    await ok(b, ['sync', 'init', remote])
    await write(a, 'contested')
    await ok(a, ['sync'])
    await ok(b, ['sync'])
    expect(delivered((await ok(b, ['handoff', 'resume'])).stdout)).toEqual(['contested'])
    // A has not synced since: its copy is pending, and only the remote knows it is taken.
    expect(pendingNames(a)).toHaveLength(1)
    const r = await ok(a, ['handoff', 'resume'])
    expect(delivered(r.stdout)).toEqual([])
    expect(r.stderr).toContain('consumed on another machine first')
  })

  it('status reports the remote, last sync, ahead/behind and pending notes per project and machine', async () => {
    const {a, remote, origin} = world()
    await ok(a, ['sync', 'init', remote])
    await write(a, 'st-1')
    await write(a, 'st-2')
    await ok(a, ['sync'])
    const s = JSON.parse((await ok(a, ['sync', 'status', '--json'])).stdout)
    expect(s).toMatchObject({remote, settingsRemote: remote, remoteDiffers: false, reachable: true})
    expect(s.lastSync).toEqual(expect.any(String))
    expect({ahead: s.ahead, behind: s.behind}).toEqual({ahead: 0, behind: 0})
    expect(s.pending).toEqual([expect.objectContaining({pending: 2, synced: 2})])
    expect(s.pending[0].project).toBe(normaliseRemote(origin))
  })

  it('status shows the remote git actually uses after a manual `git remote set-url`, and says it differs', async () => {
    const {a, remote, root} = world()
    await ok(a, ['sync', 'init', remote])
    const moved = join(root, 'moved.git')
    spawnSync('git', ['clone', '-q', '--bare', remote, moved])
    spawnSync('git', ['--git-dir', join(a.handoffs, '.git'), 'remote', 'set-url', 'origin', moved])
    await write(a, 'after-move')
    const synced = JSON.parse((await ok(a, ['sync', '--json'])).stdout)
    expect(synced.remote).toBe(moved)
    expect(remoteTree(moved).some((p) => p.endsWith('_after-move.md'))).toBe(true)
    const s = JSON.parse((await ok(a, ['sync', 'status', '--json'])).stdout)
    expect(s).toMatchObject({remote: moved, settingsRemote: remote, remoteDiffers: true, reachable: true})
    const text = (await ok(a, ['sync', 'status'])).stdout
    expect(text).toContain(`remote:    ${moved}\n`)
    expect(text).toContain(`baton-sync.json says ${remote}`)
  })

  it('clear errors: a remote that does not exist, a non-remote, sync before init; nothing left behind', async () => {
    const {a, root} = world()
    const missing = await a.run(['sync', 'init', join(root, 'nope.git')])
    expect(missing.code).toBe(1)
    expect(missing.stderr).toMatch(/fetching from the remote failed/)
    expect(existsSync(join(a.handoffs, '.git'))).toBe(false)
    const ext = await a.run(['sync', 'init', 'ext::sh -c touch% /tmp/x'])
    expect(ext.code).toBe(2)
    const before = await a.run(['sync'])
    expect(before.code).toBe(1)
    expect(before.stderr).toContain('sync init')
  })

  it("an ssh remote: the user's core.sshCommand is kept, with batch mode and a connect timeout added", async () => {
    const {a, remote, root} = world()
    await ok(a, ['sync', 'init', remote])
    const fakeSsh = join(root, 'fake-ssh')
    writeFileSync(fakeSsh, `#!/bin/sh\necho "$@" > ${root}/ssh-args\nexit 255\n`)
    chmodSync(fakeSsh, 0o755)
    const gitDir = join(a.handoffs, '.git')
    spawnSync('git', ['--git-dir', gitDir, 'config', 'core.sshCommand', fakeSsh])
    spawnSync('git', ['--git-dir', gitDir, 'remote', 'set-url', 'origin', 'ssh://git@example.invalid/x.git'])
    const r = await a.run(['sync'])
    expect(r.code).toBe(1)
    expect(r.stderr).toContain('fetching from the remote failed')
    expect(readFileSync(join(root, 'ssh-args'), 'utf8')).toMatch(
      /-o BatchMode=yes -o ConnectTimeout=\d+ .*example\.invalid/
    )
  })

  it('git missing: a clear error naming git', async () => {
    const {a, remote} = world()
    const r = await a.run(['sync', 'init', remote], {env: {PATH: '/nonexistent'}})
    expect(r.code).toBe(1)
    expect(r.stderr).toContain('no `git` command was found')
  })

  it('retention: a note consumed more than keepDays ago leaves the remote; its claim stays as the ledger', async () => {
    const {a, b, remote} = world()
    await ok(a, ['sync', 'init', remote])
    await ok(b, ['sync', 'init', remote])
    await write(a, 'old')
    await ok(a, ['sync'])
    await ok(b, ['sync'])
    expect(delivered((await ok(b, ['handoff', 'resume'])).stdout)).toEqual(['old'])
    const later = new Date(Date.now() + 9 * 86_400_000).toISOString()
    // A still holds a pending copy: the first sync retires it, and the note is deleted once none is left.
    await a.run(['sync'], {env: {BATON_NOW: later}})
    await a.run(['sync'], {env: {BATON_NOW: later}})
    const tree = remoteTree(remote)
    expect(tree.filter((p) => p.endsWith('_old.md'))).toEqual([])
    expect(tree.filter((p) => p.startsWith('claims/'))).toHaveLength(1)
    // B syncs later: nothing comes back to life.
    await ok(b, ['sync'])
    expect(pendingNames(b)).toEqual([])
    expect(pendingNames(a)).toEqual([])
  })

  it('offline: synced notes stay pending with one line why, then are delivered once the remote is back', async () => {
    const {a, b, remote} = world()
    await ok(a, ['sync', 'init', remote])
    await ok(b, ['sync', 'init', remote])
    await write(a, 'while-away')
    await ok(a, ['sync'])
    await ok(b, ['sync'])
    renameSync(remote, `${remote}.away`)
    const r = await ok(b, ['handoff', 'resume'])
    expect(delivered(r.stdout)).toEqual([])
    expect(r.stderr).toMatch(/1 synced handoff\(s\) stay pending: .*fetching from the remote failed/)
    expect(pendingNames(b)).toHaveLength(1)
    const status = JSON.parse((await ok(b, ['sync', 'status', '--json'])).stdout)
    expect(status.reachable).toBe(false)
    renameSync(`${remote}.away`, remote)
    expect(delivered((await ok(b, ['handoff', 'resume'])).stdout)).toEqual(['while-away'])
    expect(delivered((await ok(a, ['handoff', 'resume'])).stdout)).toEqual([])
  })
})

describe('sync: two machines pick the same note name (same second, same slug)', () => {
  const at = '2026-11-27T10:00:00.000Z'
  const same = async (m: Machine, marker: string): Promise<void> => {
    const r = await m.run(['handoff', 'write', '--slug', 'same'], {input: body(marker), env: {BATON_NOW: at}})
    expect(r.code).toBe(0)
  }

  it('sync renames the later one before pushing: both delivered once', async () => {
    const {a, b, remote} = world()
    await ok(a, ['sync', 'init', remote])
    await ok(b, ['sync', 'init', remote])
    await same(a, 'same-from-a')
    await same(b, 'same-from-b')
    expect(pendingNames(a)).toEqual(pendingNames(b))
    for (const m of [a, b, a]) await ok(m, ['sync'])
    expect(remoteTree(remote).filter((p) => p.endsWith('.md'))).toHaveLength(2)
    const got = [...delivered((await ok(b, ['handoff', 'resume'])).stdout)]
    got.push(...delivered((await ok(a, ['handoff', 'resume'])).stdout))
    expect(got.sort()).toEqual(['same-from-a', 'same-from-b'])
  })

  it('a resumer that saw the other note on the remote still delivers its own, local, note', async () => {
    const {a, b, remote} = world()
    await ok(a, ['sync', 'init', remote])
    await ok(b, ['sync', 'init', remote])
    await same(a, 'mine-a')
    await ok(a, ['sync'])
    await same(b, 'mine-b')
    await ok(b, ['sync', 'status']) // fetches: B now knows A's note of the same name
    expect(delivered((await ok(b, ['handoff', 'resume'])).stdout)).toEqual(['mine-b'])
    await ok(b, ['sync'])
    expect(delivered((await ok(a, ['handoff', 'resume'])).stdout)).toEqual(['mine-a'])
  })
})

describe('sync: the SessionStart hook', () => {
  it('claims through the remote within its budget and never fails the session offline', async () => {
    const {a, b, remote} = world()
    await ok(a, ['sync', 'init', remote])
    await ok(b, ['sync', 'init', remote])
    await write(a, 'hooked')
    await ok(a, ['sync'])
    await ok(b, ['sync'])
    const hook = (env: Record<string, string>): {code: number | null; out: Record<string, unknown>} => {
      const r = spawnSync(process.execPath, [join(import.meta.dirname, '..', 'dist', 'hooks', 'session-start.cjs')], {
        env: {...env, CLAUDE_CODE_ENTRYPOINT: 'cli'}, // a session a person reads: it claims at start
        input: JSON.stringify({session_id: 's1', source: 'startup', cwd: b.project}),
        cwd: b.project,
        encoding: 'utf8'
      })
      return {code: r.status, out: JSON.parse(r.stdout) as Record<string, unknown>}
    }
    renameSync(remote, `${remote}.away`)
    const off = hook(b.env)
    expect(off.code).toBe(0)
    expect(JSON.stringify(off.out)).toContain('stay pending')
    expect(JSON.stringify(off.out)).not.toContain('end=hooked')
    renameSync(`${remote}.away`, remote)
    const on = hook(b.env)
    expect(JSON.stringify(on.out)).toContain('end=hooked')
    expect(readFileSync(join(b.handoffs, '.git', 'baton-sync.json'), 'utf8')).toContain(remote)
  })

  it("Stop and SessionEnd start a background sync that pushes this machine's notes", async () => {
    for (const hookName of ['stop', 'session-end']) {
      const {a, remote} = world()
      await ok(a, ['sync', 'init', remote])
      await write(a, `bg-${hookName}`)
      const r = spawnSync(process.execPath, [join(import.meta.dirname, '..', 'dist', 'hooks', `${hookName}.cjs`)], {
        env: a.env,
        input: JSON.stringify({session_id: 's-bg', cwd: a.project, transcript_path: ''}),
        cwd: a.project,
        encoding: 'utf8'
      })
      expect(r.status).toBe(0)
      expect(JSON.parse(r.stdout)).toEqual(expect.any(Object))
      // The hook has returned; the detached sync finishes on its own.
      const deadline = Date.now() + 30_000
      while (!remoteTree(remote).some((p) => p.endsWith(`_bg-${hookName}.md`)) && Date.now() < deadline)
        await new Promise((done) => setTimeout(done, 100))
      expect(remoteTree(remote).filter((p) => p.endsWith(`_bg-${hookName}.md`))).toHaveLength(1)
    }
  })
})
