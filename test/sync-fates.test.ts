/**
 * Sync across machines (design.md §14): a note's fate is decided by the
 * remote, never guessed. A never-pushed note that shares its name with another
 * machine's note (claimed or not) is told apart by its text and neither retired
 * nor lost; a synced note is never delivered as local when the remote cannot be
 * asked (the machine's sync lock busy); a push that lands after its `baton sync`
 * was SIGKILLed never makes a second delivery; a copied `~/.claude` gets a
 * machine id of its own.
 */
import {afterEach, beforeAll, describe, expect, it} from 'vitest'
import {spawn, spawnSync, type ChildProcess} from 'node:child_process'
import {chmodSync, existsSync, readFileSync, writeFileSync} from 'node:fs'
import {join} from 'node:path'
import {build} from 'esbuild'
import {body, CLI, ROOT, tempDir} from './helpers.ts'
import {copyMachine, delivered, drain, ok, pendingNames, remoteTree, world, write, type Machine} from './sync-world.ts'

let holderJs = ''
beforeAll(async () => {
  const dir = tempDir('baton-holder-')
  holderJs = join(dir, 'lock-holder.mjs')
  await build({
    entryPoints: {'lock-holder': join(ROOT, 'test/fixtures/memory/lock-holder.ts')},
    outdir: dir,
    outExtension: {'.js': '.mjs'},
    bundle: true,
    format: 'esm',
    platform: 'node',
    target: 'node20',
    logLevel: 'warning',
    define: {__filename: 'import.meta.url'},
    banner: {js: "import {createRequire as __r} from 'node:module';const require=__r(import.meta.url);"}
  })
})

const holders: ChildProcess[] = []
afterEach(() => {
  for (const h of holders.splice(0)) h.kill('SIGKILL')
})

/** A real process holding machine `m`'s sync lock until it is killed. */
function holdSyncLock(m: Machine): Promise<ChildProcess> {
  const child = spawn(process.execPath, [holderJs, join(m.handoffs, '.git')], {
    env: m.env,
    stdio: ['ignore', 'pipe', 'inherit']
  })
  holders.push(child)
  return new Promise((done, fail) => {
    child.stdout!.on('data', (d: Buffer) => (d.toString().includes('locked') ? done(child) : undefined))
    child.on('error', fail)
    child.on('exit', (code) => fail(new Error(`lock holder exited early (${code})`)))
  })
}

/** How many times each marker was delivered, for those delivered more than once. */
function twice(got: readonly string[]): string[] {
  return [...new Set(got.filter((m, i) => got.indexOf(m) !== i))]
}

const AT = {BATON_NOW: '2026-11-27T10:00:00.000Z'}
/** Writes a note named like every other machine's autosave of that second: same stamp, same slug. */
async function sameName(m: Machine, marker: string): Promise<void> {
  const r = await m.run(['handoff', 'write', '--slug', 'autosave'], {input: body(marker), env: AT})
  if (r.code !== 0) throw new Error(r.stderr)
}

describe("sync: a never-pushed note that shares its name with another machine's claimed note", () => {
  it('`baton sync` renames it and pushes it under -2: both notes delivered once', async () => {
    const {a, b, remote} = world()
    await ok(a, ['sync', 'init', remote])
    await ok(b, ['sync', 'init', remote])
    await sameName(a, 'name-from-a')
    await sameName(b, 'name-from-b')
    await ok(b, ['sync'])
    expect(delivered((await ok(b, ['handoff', 'resume'])).stdout)).toEqual(['name-from-b']) // claimed on the remote
    const s = JSON.parse((await ok(a, ['sync', '--json'])).stdout)
    expect(s.retired).toEqual([])
    expect(s.pushed).toEqual([expect.stringMatching(/_autosave-2\.md$/)])
    expect(remoteTree(remote).filter((p) => p.endsWith('.md'))).toHaveLength(2)
    await ok(b, ['sync'])
    const got = [...(await drain(b)), ...(await drain(a)), 'name-from-b']
    expect(got.sort()).toEqual(['name-from-a', 'name-from-b'])
  })

  it("a resumer that knows the other note's claim still delivers its own note, once", async () => {
    const {a, b, remote} = world()
    await ok(a, ['sync', 'init', remote])
    await ok(b, ['sync', 'init', remote])
    await sameName(a, 'mine-from-a')
    await sameName(b, 'mine-from-b')
    await ok(b, ['sync'])
    expect(delivered((await ok(b, ['handoff', 'resume'])).stdout)).toEqual(['mine-from-b'])
    await ok(a, ['sync', 'status']) // fetches: A now knows B's note of that name, and its claim
    const r = await ok(a, ['handoff', 'resume'])
    expect(delivered(r.stdout)).toEqual(['mine-from-a'])
    expect(r.stderr).not.toContain('consumed on another machine')
    for (const m of [a, b, a]) await ok(m, ['sync'])
    expect([...(await drain(a)), ...(await drain(b))]).toEqual([])
  })
})

describe('sync: the remote cannot be asked', () => {
  it("a synced note stays pending while the machine's sync lock is busy, then is delivered once", async () => {
    const {a, b, remote} = world()
    await ok(a, ['sync', 'init', remote])
    await ok(b, ['sync', 'init', remote])
    await write(a, 'busy-lock')
    await ok(a, ['sync'])
    await ok(b, ['sync'])
    const holder = await holdSyncLock(b)
    const r = await b.run(['handoff', 'resume'], {env: {BATON_SYNC_TIMEOUT_MS: '1500'}})
    expect(r.code).toBe(0)
    const got = delivered(r.stdout)
    expect(got).toEqual([])
    expect(r.stderr).toMatch(/1 synced handoff\(s\) stay pending: another sync holds the lock/)
    expect(pendingNames(b)).toHaveLength(1)
    holder.kill('SIGKILL')
    got.push(...(await drain(a)), ...(await drain(b, 8)))
    expect(got).toEqual(['busy-lock'])
    expect(twice(got)).toEqual([])
  })
})

/** Points `m`'s handoff remote at `remote` through a fake ssh that runs git here; a push waits `delayS` s first. */
function slowSsh(m: Machine, remote: string, root: string, delayS: number): string {
  const mark = join(root, `${m.name}-pushing`)
  const ssh = join(root, `${m.name}-ssh`)
  writeFileSync(
    ssh,
    '#!/bin/sh\nfor last; do :; done\n' +
      `case "$last" in *receive-pack*) touch '${mark}'; sleep ${delayS};; esac\n` +
      'exec sh -c "$(printf \'%s\' "$last" | sed \'s/^git-/git /\')"\n'
  )
  chmodSync(ssh, 0o755)
  const gitDir = join(m.handoffs, '.git')
  spawnSync('git', ['--git-dir', gitDir, 'config', 'core.sshCommand', ssh])
  spawnSync('git', ['--git-dir', gitDir, 'remote', 'set-url', 'origin', `ssh://fake${remote}`])
  return mark
}

async function until(test: () => boolean, what: string, ms = 60_000): Promise<void> {
  const deadline = Date.now() + ms
  while (!test()) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`)
    await new Promise((done) => setTimeout(done, 50))
  }
}

describe('sync: a `baton sync` SIGKILLed while its push is under way', () => {
  it('the push lands later: the note is delivered once, never as local meanwhile', async () => {
    const {a, b, remote, root} = world({BATON_LOCK_STALE_MS: '2000'})
    await ok(a, ['sync', 'init', remote])
    await ok(b, ['sync', 'init', remote])
    await write(a, 'late-push')
    const mark = slowSsh(a, remote, root, 6)
    const sync = spawn(process.execPath, [CLI, 'sync'], {env: a.env, cwd: a.project, stdio: 'ignore'})
    await until(() => existsSync(mark), 'the push to start')
    sync.kill('SIGKILL') // its git push, in its own process group, goes on and lands later
    const r = await ok(a, ['handoff', 'resume'])
    const got = delivered(r.stdout)
    expect(got).toEqual([])
    expect(r.stderr).toMatch(/stay pending: their push has not reached the remote yet/)
    await until(() => remoteTree(remote).some((p) => p.endsWith('_late-push.md')), 'the orphan push to land')
    await ok(b, ['sync'])
    got.push(...(await drain(b)), ...(await drain(a)))
    for (const m of [a, b, a]) await ok(m, ['sync'])
    got.push(...(await drain(a)), ...(await drain(b)))
    expect(got).toEqual(['late-push'])
  })
})

describe('sync: a note written under the name of a note held for its push', () => {
  it('the pushed note keeps its name; the new one moves to the next: each delivered once', async () => {
    const {a, b, remote, root} = world()
    await ok(a, ['sync', 'init', remote])
    await ok(b, ['sync', 'init', remote])
    await sameName(a, 'held-for-push')
    const mark = slowSsh(a, remote, root, 3)
    const sync = a.run(['sync'])
    await until(() => existsSync(mark), 'the push to start')
    await sameName(a, 'written-meanwhile') // the held note's name looks free to the writer
    expect((await sync).code).toBe(0)
    for (const m of [a, b, a, b]) await ok(m, ['sync'])
    const got = [...(await drain(b)), ...(await drain(a))] // the other machine first: it claims what it received
    expect(got.sort()).toEqual(['held-for-push', 'written-meanwhile'])
    expect(remoteTree(remote).filter((p) => p.endsWith('.md'))).toHaveLength(2)
  })

  it('a sync SIGKILLed mid-push: its note keeps its name once swept back, the new one takes the next', async () => {
    const {a, b, remote, root} = world({BATON_LOCK_STALE_MS: '2000'})
    await ok(a, ['sync', 'init', remote])
    await ok(b, ['sync', 'init', remote])
    await sameName(a, 'killed-mid-push')
    const mark = slowSsh(a, remote, root, 2)
    const sync = spawn(process.execPath, [CLI, 'sync'], {env: a.env, cwd: a.project, stdio: 'ignore'})
    await until(() => existsSync(mark), 'the push to start')
    sync.kill('SIGKILL') // its hold is left; its git push, in its own process group, lands later
    await sameName(a, 'written-after-kill') // the dead sync's held note keeps its name: this one takes the next
    await until(() => remoteTree(remote).some((p) => p.endsWith('_autosave.md')), 'the orphan push to land')
    for (const m of [a, b, a, b]) await ok(m, ['sync']) // the first sweeps the dead hold back
    const got = [...(await drain(b)), ...(await drain(a))]
    for (const m of [a, b, a, b]) await ok(m, ['sync'])
    got.push(...(await drain(b)), ...(await drain(a)))
    expect(got.sort()).toEqual(['killed-mid-push', 'written-after-kill'])
  })
})

describe('sync: two pushes race for one name', () => {
  it("the note whose push lost is not taken for the winner's though `main` holds it: each delivered once", async () => {
    const {a, b, remote, root} = world({BATON_LOCK_STALE_MS: '2000'})
    await ok(a, ['sync', 'init', remote])
    await ok(b, ['sync', 'init', remote])
    await sameName(a, 'race-from-a')
    await sameName(b, 'race-from-b')
    const mark = slowSsh(b, remote, root, 2)
    const sync = spawn(process.execPath, [CLI, 'sync'], {env: b.env, cwd: b.project, stdio: 'ignore'})
    await until(() => existsSync(mark), "B's push to start") // B's main holds its note under the shared name
    sync.kill('SIGKILL')
    await ok(a, ['sync']) // A's note lands first under that name: B's orphan push is refused
    await new Promise((done) => setTimeout(done, 3000)) // the orphan push over, the dead sync's lock stale
    const got = [...(await drain(b)), ...(await drain(a))]
    for (const m of [a, b, a, b]) await ok(m, ['sync'])
    got.push(...(await drain(a)), ...(await drain(b)))
    expect(got.sort()).toEqual(['race-from-a', 'race-from-b'])
  })
})

describe('sync: a copied home', () => {
  it('gets a machine id of its own: a note claimed by the original is not delivered by the copy', async () => {
    const {a, b, remote, root} = world()
    await ok(a, ['sync', 'init', remote])
    await ok(b, ['sync', 'init', remote])
    await ok(a, ['sync', 'status']) // A's id is in use before the copy
    const c = copyMachine(root, a, 'c') // a disk cloned, or ~/.claude copied to another machine
    await write(b, 'cloned-id')
    for (const m of [b, a, c]) await ok(m, ['sync'])
    const idOf = (m: Machine): string =>
      JSON.parse(readFileSync(join(m.handoffs, '.git', 'baton-sync.json'), 'utf8')).machine as string
    expect(idOf(c)).toBe(idOf(a)) // the copy carries A's settings...
    const got = [...delivered((await ok(a, ['handoff', 'resume'])).stdout)]
    const r = await ok(c, ['handoff', 'resume'])
    got.push(...delivered(r.stdout))
    expect(r.stderr).toContain('consumed on another machine first')
    got.push(...(await drain(b)), ...(await drain(c)), ...(await drain(a)))
    expect(got).toEqual(['cloned-id'])
    const status = (m: Machine): Promise<string> =>
      ok(m, ['sync', 'status', '--json']).then((r) => JSON.parse(r.stdout).machine as string)
    expect(await status(c)).not.toBe(await status(a)) // ...but not A's identity
  })
})

describe('sync: clocks and rewritten remotes', () => {
  const DAY = 86_400_000
  const at = (days: number): Record<string, string> => ({BATON_NOW: new Date(Date.now() + days * DAY).toISOString()})

  it('a clock 100 days ahead prunes early: copies held 60 and 20 days are not delivered or pushed again', async () => {
    const {a, b, remote} = world()
    await ok(a, ['sync', 'init', remote])
    await ok(b, ['sync', 'init', remote])
    for (const [marker, days] of [
      ['held-60', -60],
      ['held-20', -20]
    ] as const) {
      const r = await a.run(['handoff', 'write', '--slug', marker], {input: body(marker), env: at(days)})
      expect(r.code).toBe(0)
    }
    await ok(a, ['sync'])
    await ok(b, ['sync']) // B holds both, pending
    expect(pendingNames(b)).toHaveLength(2)
    const got = delivered((await ok(a, ['handoff', 'resume'])).stdout)
    expect(got.sort()).toEqual(['held-20', 'held-60'])
    // A's clock is 100 days ahead: retention deletes both notes, then the ledger prunes their claims.
    for (let i = 0; i < 2; i++) await a.run(['sync'], {env: at(100)})
    expect(remoteTree(remote).filter((p) => p.endsWith('.md') || p.startsWith('claims/'))).toEqual([])
    const r = await ok(b, ['handoff', 'resume'])
    expect(delivered(r.stdout)).toEqual([])
    const s = JSON.parse((await ok(b, ['sync', '--json'])).stdout)
    expect(s.pushed).toEqual([])
    expect(remoteTree(remote).filter((p) => p.endsWith('.md'))).toEqual([])
    got.push(...(await drain(b)), ...(await drain(a)))
    expect(got.sort()).toEqual(['held-20', 'held-60'])
  })

  it('a remote force-pushed back past an unclaimed note held by both machines: delivered once', async () => {
    const {a, b, remote} = world()
    await ok(a, ['sync', 'init', remote])
    await ok(b, ['sync', 'init', remote])
    await write(b, 'seed')
    await ok(b, ['sync'])
    const before = spawnSync('git', ['--git-dir', remote, 'rev-parse', 'main'], {encoding: 'utf8'}).stdout.trim()
    await write(a, 'rewritten')
    await ok(a, ['sync'])
    await ok(b, ['sync']) // both machines hold it, pending
    spawnSync('git', ['--git-dir', remote, 'update-ref', 'refs/heads/main', before]) // as a force push does
    // Both machines' resumers find it gone from the remote, unclaimed: neither delivers it as its own.
    const got: string[] = []
    for (const m of [a, b]) got.push(...delivered((await ok(m, ['handoff', 'resume'])).stdout))
    expect(got.filter((m) => m === 'rewritten')).toEqual([])
    await Promise.all([a.run(['sync']), b.run(['sync'])]) // both send it again: one push lands
    for (const m of [a, b]) await ok(m, ['sync'])
    got.push(...(await drain(a)), ...(await drain(b)))
    expect(got.sort()).toEqual(['rewritten', 'seed'])
  })

  it('a force push that removed its claim: the machine that consumed it claims it again when it syncs', async () => {
    const {a, b, remote} = world()
    await ok(a, ['sync', 'init', remote])
    await ok(b, ['sync', 'init', remote])
    await write(a, 'claimed')
    await ok(a, ['sync'])
    const before = spawnSync('git', ['--git-dir', remote, 'rev-parse', 'main'], {encoding: 'utf8'}).stdout.trim()
    await ok(b, ['sync'])
    const got = [...(await drain(a))] // A's claim lands; B has not seen it
    expect(got).toEqual(['claimed'])
    spawnSync('git', ['--git-dir', remote, 'update-ref', 'refs/heads/main', before]) // the claim is gone
    await ok(a, ['sync']) // A claims it again
    got.push(...(await drain(b)), ...(await drain(a)))
    expect(got).toEqual(['claimed'])
  })
})
