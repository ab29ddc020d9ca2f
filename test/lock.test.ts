/**
 * DESIGN §4.6 with real OS processes: concurrent `baton index add` runs lose no
 * update, and a lock left by a SIGKILLed holder is recovered once stale.
 */
import {describe, expect, it, beforeAll} from 'vitest'
import {spawn, type ChildProcess} from 'node:child_process'
import {readFileSync} from 'node:fs'
import {join} from 'node:path'
import {build} from 'esbuild'
import {cliEnv, ROOT, runCli, tempDir} from './helpers.ts'

let holderJs = ''
beforeAll(async () => {
  holderJs = join(tempDir('baton-holder-'), 'lock-holder.mjs')
  await build({
    entryPoints: [join(ROOT, 'test/fixtures/memory/lock-holder.ts')], outfile: holderJs, bundle: true, format: 'esm', platform: 'node',
    target: 'node20', logLevel: 'warning',
    banner: {js: "import {createRequire as __r} from 'node:module';const require=__r(import.meta.url);"}
  })
})

/** Starts a lock holder and resolves once it holds the lock. */
function holdLock(target: string, env: Record<string, string>, holdMs?: number): Promise<ChildProcess> {
  const child = spawn(process.execPath, [holderJs, target, ...(holdMs === undefined ? [] : [String(holdMs)])], {env, stdio: ['ignore', 'pipe', 'inherit']})
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
          const r = await runCli(['index', 'add', index, '--entry', `- [w${w}-${j}](w${w}-${j}.md) — update ${j} of worker ${w}`], {env})
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
  })

  it('recovers a lock whose holder was killed with SIGKILL once it goes stale', async () => {
    const home = tempDir()
    const index = join(home, 'MEMORY.md')
    const env = cliEnv(home, {BATON_LOCK_STALE_MS: '2000'})
    const holder = await holdLock(index, env)
    holder.kill('SIGKILL')
    const killed = Date.now()
    const waiters = await Promise.all(
      Array.from({length: 6}, (_, i) => runCli(['index', 'add', index, '--entry', `- [after ${i}](a${i}.md) — written after the kill`], {env}))
    )
    const ms = Date.now() - killed
    for (const r of waiters) expect(r.code, r.stderr).toBe(0)
    expect(entries(readFileSync(index, 'utf8'))).toHaveLength(6)
    expect(ms).toBeGreaterThan(900) // the lock was refreshed at most 1 s (stale/2) before the kill
    expect(ms).toBeLessThan(8000)
    console.info(`[figures] stale lock (stale=2000 ms) recovered ${ms} ms after SIGKILL of its holder; 6/6 waiters wrote`)
  })

  it('keeps a live holder\'s lock: a waiter gives up with ELOCKED after its wait, loudly', async () => {
    const home = tempDir()
    const index = join(home, 'MEMORY.md')
    const env = cliEnv(home, {BATON_LOCK_STALE_MS: '2000'})
    const holder = await holdLock(index, env, 4000)
    const r = await runCli(['index', 'add', index, '--entry', '- [x](x.md)'], {env: {...env, BATON_LOCK_WAIT_MS: '2500'}})
    holder.kill('SIGKILL')
    expect(r.code).toBe(1)
    expect(r.stderr).toMatch(/is locked by another process/)
    expect(r.stderr).toMatch(/what to do:/)
  })
})
