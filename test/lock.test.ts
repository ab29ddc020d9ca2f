/**
 * DESIGN §4.6 with real OS processes: concurrent `baton index add` runs lose no
 * update, a lock left by a SIGKILLed holder is recovered once stale, and a
 * holder SIGSTOPped past the stale time, after its read or at its very rename,
 * loses no acknowledged update when it resumes.
 */
import {describe, expect, it, beforeAll} from 'vitest'
import {spawn, type ChildProcess} from 'node:child_process'
import {existsSync, readdirSync, readFileSync, utimesSync, writeFileSync} from 'node:fs'
import {createHash} from 'node:crypto'
import {join} from 'node:path'
import {build} from 'esbuild'
import {cliEnv, ROOT, runCli, tempDir} from './helpers.ts'

let holderJs = ''
let stallJs = ''
beforeAll(async () => {
  const dir = tempDir('baton-holder-')
  holderJs = join(dir, 'lock-holder.mjs')
  stallJs = join(dir, 'stall-writer.mjs')
  await build({
    entryPoints: {
      'lock-holder': join(ROOT, 'test/fixtures/memory/lock-holder.ts'),
      'stall-writer': join(ROOT, 'test/fixtures/memory/stall-writer.ts')
    },
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

const sha = (text: string): string => createHash('sha256').update(text).digest('hex')

interface Stalled {
  child: ChildProcess
  out: () => string
  err: () => string
  done: Promise<number | null>
}

/**
 * Starts a stall-writer, stopped (SIGSTOP) as soon as it has read under the lock (it is then computing for
 * 4 s), or with `at: 'rename'` by itself at its rename, after its last check.
 */
function stalledWriter(args: string[], env: Record<string, string>, at: 'read' | 'rename' = 'read'): Promise<Stalled> {
  const child = spawn(process.execPath, [stallJs, at === 'read' ? '4000' : '0', ...args], {
    env: at === 'read' ? env : {...env, STALL_AT_RENAME: '1'},
    stdio: ['ignore', 'pipe', 'pipe']
  })
  const signal = at === 'read' ? 'read 1' : 'renaming'
  let out = ''
  let err = ''
  child.stderr!.on('data', (d: Buffer) => (err += d.toString()))
  const done = new Promise<number | null>((resolve) => child.on('close', (code) => resolve(code)))
  return new Promise((resolve, fail) => {
    child.stdout!.on('data', (d: Buffer) => {
      const first = !out.includes(signal)
      out += d.toString()
      if (first && out.includes(signal)) {
        if (at === 'read') child.kill('SIGSTOP')
        resolve({child, out: () => out, err: () => err, done})
      }
    })
    child.on('error', fail)
    void done.then((code) => fail(new Error(`stall writer exited before its read (${code}): ${err}`)))
  })
}

/** Starts a lock holder and resolves once it holds the lock. */
function holdLock(target: string, env: Record<string, string>, holdMs?: number): Promise<ChildProcess> {
  const child = spawn(process.execPath, [holderJs, target, ...(holdMs === undefined ? [] : [String(holdMs)])], {
    env,
    stdio: ['ignore', 'pipe', 'inherit']
  })
  return new Promise((done, fail) => {
    child.stdout!.on('data', (d: Buffer) => (d.toString().includes('locked') ? done(child) : undefined))
    child.on('error', fail)
    child.on('exit', (code) => fail(new Error(`lock holder exited early (${code})`)))
  })
}

const entries = (text: string): string[] => text.split('\n').filter((l) => l.startsWith('- ['))

describe('locked index updates', () => {
  it('loses no update when 24 processes each add 10 entries to one index', async () => {
    const home = tempDir()
    const index = join(home, 'skills', '_index.md')
    const env = cliEnv(home)
    const started = Date.now()
    const codes: number[] = []
    await Promise.all(
      Array.from({length: 24}, async (_, w) => {
        for (let j = 0; j < 10; j++) {
          const r = await runCli(
            ['index', 'add', index, '--entry', `- [w${w}-${j}](w${w}-${j}.md) — update ${j} of worker ${w}`],
            {env}
          )
          if (r.code !== 0) throw new Error(r.stderr)
          codes.push(r.code)
        }
      })
    )
    const ms = Date.now() - started
    const lines = entries(readFileSync(index, 'utf8'))
    expect(lines).toHaveLength(240)
    expect(new Set(lines).size).toBe(240)
    console.info(`[figures] 24 processes x 10 index updates: ${ms} ms wall, 240/240 entries kept`)
  }, 300_000) // 240 processes that each parse the index with remark: 15-45 s on 2 cores, over 120 s when loaded

  it('recovers a lock whose holder was killed with SIGKILL once it goes stale', async () => {
    const home = tempDir()
    const index = join(home, 'MEMORY.md')
    const env = cliEnv(home, {BATON_LOCK_STALE_MS: '2000'})
    const holder = await holdLock(index, env)
    holder.kill('SIGKILL')
    const killed = Date.now()
    const waiters = await Promise.all(
      Array.from({length: 6}, (_, i) =>
        runCli(['index', 'add', index, '--entry', `- [after ${i}](a${i}.md) — written after the kill`], {env})
      )
    )
    const ms = Date.now() - killed
    for (const r of waiters) expect(r.code, r.stderr).toBe(0)
    expect(entries(readFileSync(index, 'utf8'))).toHaveLength(6)
    expect(ms).toBeGreaterThan(900) // the lock was refreshed at most 1 s (stale/2) before the kill
    expect(ms).toBeLessThan(8000)
    console.info(
      `[figures] stale lock (stale=2000 ms) recovered ${ms} ms after SIGKILL of its holder; 6/6 waiters wrote`
    )
  })

  it("keeps a live holder's lock: a waiter gives up with ELOCKED after its wait, loudly", async () => {
    const home = tempDir()
    const index = join(home, 'MEMORY.md')
    // The holder keeps the lock until it is killed, and refreshes it well inside a stale time
    // that a loaded machine cannot outrun: the waiter's wait is what ends, whatever its start-up costs.
    const env = cliEnv(home, {BATON_LOCK_STALE_MS: '10000'})
    const holder = await holdLock(index, env, 60_000)
    const r = await runCli(['index', 'add', index, '--entry', '- [x](x.md)'], {
      env: {...env, BATON_LOCK_WAIT_MS: '2500'}
    })
    holder.kill('SIGKILL')
    expect(r.code).toBe(1)
    expect(r.stderr).toMatch(/is locked by another process/)
    expect(r.stderr).toMatch(/what to do:/)
  })
})

describe('a holder stopped past the stale time (SIGSTOP, laptop sleep)', () => {
  for (const at of ['read', 'rename'] as const)
    it(`loses no acknowledged index update: a holder stopped ${
      at === 'read' ? 'after its read' : 'between its last check and its rename'
    } starts over on the fresh file when it resumes`, async () => {
      const home = tempDir()
      const index = join(home, 'MEMORY.md')
      writeFileSync(index, '# Memory\n')
      const env = cliEnv(home, {BATON_LOCK_STALE_MS: '2000'})
      const entryA = '- [A](a.md) — from the stopped holder'
      const holder = await stalledWriter(['index', index, entryA], env, at)
      const entryB = '- [B](b.md) — from the waiter that took over'
      const waiter = await runCli(['index', 'add', index, '--entry', entryB], {env})
      expect(waiter.code, waiter.stderr).toBe(0)
      expect(readFileSync(index, 'utf8')).not.toContain('[A]') // the holder really was stopped before its commit
      holder.child.kill('SIGCONT')
      const code = await holder.done
      const text = readFileSync(index, 'utf8')
      const acknowledged = [waiter.code === 0 && '[B]', code === 0 && '[A]'].filter(
        (x): x is string => typeof x === 'string'
      )
      const lost = acknowledged.filter((a) => !text.includes(a))
      expect(lost).toEqual([])
      // it retried (at its rename: its temp was gone, removed by the waiter): its own update is there too
      expect(code, holder.err()).toBe(0)
      expect(holder.out()).toContain('read 2')
      expect(entries(text)).toEqual([entryB, entryA])
      console.info(
        `[figures] index holder SIGSTOPped at its ${at}: ${acknowledged.length} acknowledged updates, ` +
          `${lost.length} lost (before the fix: 1 of 2 lost)`
      )
    })

  for (const at of ['read', 'rename'] as const)
    it(`keeps lock-write --expect-sha256: a holder stopped at its ${at} refuses (ECONFLICT) on resuming`, async () => {
      const home = tempDir()
      const target = join(home, 'notes.md')
      writeFileSync(target, 'v1\n')
      const env = cliEnv(home, {BATON_LOCK_STALE_MS: '2000'})
      const holder = await stalledWriter(['lock-write', target, 'holder v2\n', sha('v1\n')], env, at)
      const waiter = await runCli(['lock-write', target, '--expect-sha256', sha('v1\n')], {env, input: 'waiter v2\n'})
      expect(waiter.code, waiter.stderr).toBe(0)
      holder.child.kill('SIGCONT')
      const code = await holder.done
      expect(code).toBe(1)
      expect(holder.err()).toMatch(/^ECONFLICT: .* changed since you read it/)
      expect(readFileSync(target, 'utf8')).toBe('waiter v2\n')
    })

  it("leaves the new holder's lock in place when the stopped one resumes and finds its own lock gone", async () => {
    const home = tempDir()
    const index = join(home, 'MEMORY.md')
    const env = cliEnv(home, {BATON_LOCK_STALE_MS: '2000', BATON_LOCK_WAIT_MS: '1500'})
    const stalled = await stalledWriter(['index', index, '- [A](a.md)'], env)
    // takes the lock over once it is stale, and keeps it
    const taker = await holdLock(index, {...env, BATON_LOCK_WAIT_MS: '20000'})
    const locks = join(home, '.claude', 'baton', 'locks')
    const held = readdirSync(locks).filter((n) => n.endsWith('.lock'))
    expect(held).toHaveLength(1)
    stalled.child.kill('SIGCONT')
    const code = await stalled.done
    expect(code).toBe(1)
    expect(stalled.err()).toMatch(/^ELOCKED: /) // it started over and waited for the new holder
    expect(existsSync(join(locks, held[0]!))).toBe(true) // its release did not remove the new holder's lock
    const third = await runCli(['index', 'add', index, '--entry', '- [C](c.md)'], {env})
    expect(third.code).toBe(1) // so nobody else gets in while the new holder holds it
    taker.kill('SIGKILL')
  })
})

describe('a lock whose mtime is in the future (clock skew)', () => {
  it('is taken over as stale once it is more than the stale time ahead, instead of blocking until then', async () => {
    const home = tempDir()
    const index = join(home, 'MEMORY.md')
    const env = cliEnv(home, {BATON_LOCK_STALE_MS: '2000', BATON_LOCK_WAIT_MS: '20000'})
    const holder = await holdLock(index, env)
    holder.kill('SIGKILL')
    const locks = join(home, '.claude', 'baton', 'locks')
    const lock = join(
      locks,
      readdirSync(locks).find((n) => n.endsWith('.lock'))!
    )
    const ahead = new Date(Date.now() + 3_600_000) // an hour ahead
    utimesSync(lock, ahead, ahead)
    const r = await runCli(['index', 'add', index, '--entry', '- [B](b.md)'], {env})
    expect(r.code, r.stderr).toBe(0)
    expect(entries(readFileSync(index, 'utf8'))).toEqual(['- [B](b.md)'])
  })
})
