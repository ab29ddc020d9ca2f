/**
 * Sync torture (design.md §14): two machines (two HOMEs, a bare remote on
 * disk) run ordinary sessions for a while, each session a real SessionStart
 * hook that claims at start, a note written (every one slugged `autosave`, so
 * that the two machines often pick the same name in the same second), and the
 * background `baton sync` that SessionEnd starts, not waited for. Once without
 * kills, once with SIGKILLs of random syncs and SessionStart hooks. Then every
 * machine syncs and resumes until nothing is pending, and every note written
 * is accounted for: delivered exactly once across both machines, never lost.
 * A note delivered twice is allowed only when one delivery was by a hook
 * SIGKILLed after its output and before it dropped its holds (at least once
 * across SIGKILL, design.md §4.2), and is counted apart.
 *
 * SYNC_TORTURE_SECONDS sets each run's churn (default 60); SYNC_TORTURE_SEED
 * reproduces a run's kills.
 */
import {describe, expect, it} from 'vitest'
import {spawn, type ChildProcess} from 'node:child_process'
import {readdirSync, readFileSync} from 'node:fs'
import {join} from 'node:path'
import {body, CLI, ROOT} from './helpers.ts'
import {delivered, ok, pendingNames, world, type Machine} from './sync-world.ts'

const CHURN_MS = Number(process.env.SYNC_TORTURE_SECONDS ?? 60) * 1000
const SEED = Number(process.env.SYNC_TORTURE_SEED ?? Date.now() % 2 ** 31)
const HOOK = join(ROOT, 'dist', 'hooks', 'session-start.cjs')

/** mulberry32: a small seeded PRNG. */
function rng(seed: number): () => number {
  let a = seed >>> 0
  return () => {
    a = (a + 0x6d2b79f5) >>> 0
    let t = a
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 2 ** 32
  }
}

interface Proc {
  kind: 'hook' | 'sync' | 'write'
  child: ChildProcess
  killed: boolean
  stdout: string
  stderr: string
  done: Promise<number | null>
}

/** One run's tally. */
interface Tally {
  written: string[]
  /** marker → how many deliveries, and how many by a SIGKILLed hook */
  deliveries: Map<string, {n: number; byKilled: number; by: string[]}>
  sessions: number
  later: number
  killed: number
}

function start(m: Machine, kind: Proc['kind'], args: string[], input: string, extraEnv = {}): Proc {
  const file = kind === 'hook' ? HOOK : CLI
  const child = spawn(process.execPath, [file, ...args], {
    env: {...m.env, ...extraEnv},
    cwd: m.project,
    stdio: ['pipe', 'pipe', 'pipe']
  })
  const proc: Proc = {kind, child, killed: false, stdout: '', stderr: '', done: Promise.resolve(null)}
  child.stdout!.on('data', (d: Buffer) => (proc.stdout += d.toString()))
  child.stderr!.on('data', (d: Buffer) => (proc.stderr += d.toString()))
  child.stdin!.on('error', () => {})
  child.stdin!.end(input)
  proc.done = new Promise((done) => child.on('close', (code) => done(code)))
  return proc
}

/** The markers a resume delivered: whole notes, and notes over its budget listed by path (read from that file). */
function deliveredIn(text: string): string[] {
  const listed = [...text.matchAll(/^- (\/\S+\.md)$/gm)].flatMap((m) => {
    try {
      return delivered(readFileSync(m[1]!, 'utf8'))
    } catch {
      return []
    }
  })
  return [...delivered(text), ...listed]
}

/** The markers a SessionStart hook delivered (its JSON output, when it wrote it whole). */
function hookDelivered(stdout: string): string[] {
  try {
    const out = JSON.parse(stdout) as {hookSpecificOutput?: {additionalContext?: string}}
    return deliveredIn(out.hookSpecificOutput?.additionalContext ?? '')
  } catch {
    return []
  }
}

/** Where a note carrying `marker` is on `m`: its files, and what their front matter says of its consumption. */
function whereIs(m: Machine, marker: string): string[] {
  return readdirSync(m.handoffs)
    .filter((n) => n.endsWith('.md'))
    .flatMap((n) => {
      const text = readFileSync(join(m.handoffs, n), 'utf8')
      if (!text.includes(`end=${marker}`)) return []
      return [`${m.name}:${n} ${/^consumed:[\s\S]*?(?=^\w)/m.exec(text)?.[0]?.replace(/\s+/g, ' ') ?? ''}`]
    })
}

async function torture(kills: boolean): Promise<Tally> {
  // A short budget for the start's claim (as on a loaded machine): the lock is often busy, fetches time out.
  const {a, b, remote} = world({BATON_LOCK_STALE_MS: '2000', BATON_SYNC_TIMEOUT_MS: '700'})
  await ok(a, ['sync', 'init', remote])
  await ok(b, ['sync', 'init', remote])
  const random = rng(SEED + (kills ? 1 : 0))
  const tally: Tally = {written: [], deliveries: new Map(), sessions: 0, later: 0, killed: 0}
  const count = (markers: readonly string[], killed: boolean, by = ''): void => {
    for (const marker of markers) {
      const d = tally.deliveries.get(marker) ?? {n: 0, byKilled: 0, by: []}
      d.n++
      d.by.push(by)
      if (killed) d.byKilled++
      tally.deliveries.set(marker, d)
    }
  }
  const running = new Set<Proc>()
  const run = (m: Machine, kind: Proc['kind'], args: string[], input = '', env = {}): Proc => {
    const proc = start(m, kind, args, input, env)
    running.add(proc)
    void proc.done.then(() => running.delete(proc))
    return proc
  }
  const deadline = Date.now() + CHURN_MS
  let serial = 0
  const session = async (m: Machine, loop: number): Promise<void> => {
    while (Date.now() < deadline) {
      const id = `s${loop}-${serial++}`
      const input = JSON.stringify({session_id: `${m.name}-${id}`, source: 'startup', cwd: m.project})
      const hook = run(m, 'hook', [], input, {CLAUDE_CODE_ENTRYPOINT: 'cli'})
      await hook.done
      tally.sessions++
      count(hookDelivered(hook.stdout), hook.killed, `${m.name}-${id}`)
      if (hook.stdout.includes('stay pending')) tally.later++
      const marker = `${m.name}${id}x`
      const write = run(m, 'write', ['handoff', 'write', '--slug', 'autosave'], body(marker))
      if ((await write.done) === 0) tally.written.push(marker)
      run(m, 'sync', ['sync', '--background']) // as SessionEnd does: not waited for
    }
  }
  const killer = async (): Promise<void> => {
    while (Date.now() < deadline) {
      await new Promise((done) => setTimeout(done, 150 + random() * 600))
      const victims = [...running].filter((p) => p.kind !== 'write' && !p.killed)
      const victim = victims[Math.floor(random() * victims.length)]
      if (!victim) continue
      victim.killed = true
      victim.child.kill('SIGKILL')
      tally.killed++
    }
  }
  const loops = [a, a, a, b, b, b].map((m, i) => session(m, i))
  await Promise.all([...loops, ...(kills ? [killer()] : [])])
  await Promise.all([...running].map((p) => p.done))
  // Settle: every machine syncs and resumes until nothing is pending anywhere (the churn's detached
  // background syncs may still hold a machine's lock for a while on a loaded machine: a resume then
  // leaves its synced notes pending, so the rounds are spaced).
  for (let round = 0; round < 20; round++) {
    if (round > 0) await new Promise((done) => setTimeout(done, 500))
    for (const m of [a, b]) await ok(m, ['sync'])
    for (const m of [a, b]) {
      const r = await ok(m, ['handoff', 'resume'], {BATON_SYNC_TIMEOUT_MS: '30000'})
      count(deliveredIn(r.stdout), false, `${m.name}-settle-${round}`)
    }
    if (round > 1 && pendingNames(a).length + pendingNames(b).length === 0) break
  }
  expect(pendingNames(a)).toEqual([])
  expect(pendingNames(b)).toEqual([])
  const ids = [a, b].map((m) => `${m.name}=${readFileSync(join(m.home, '.claude', 'baton', 'machine-id'), 'utf8')}`)
  const odd = tally.written.filter((w) => (tally.deliveries.get(w)?.n ?? 0) !== 1)
  if (odd.length > 0) console.log(`[ids] ${ids.join(' ')}`)
  for (const marker of odd)
    console.log(
      `[odd] ${marker} by ${tally.deliveries.get(marker)?.by.join(',') ?? '-'}: ` +
        [...whereIs(a, marker), ...whereIs(b, marker)].join(' | ')
    )
  return tally
}

function report(label: string, t: Tally): {lost: string[]; twice: string[]; explained: string[]} {
  const lost = t.written.filter((m) => !t.deliveries.has(m))
  const many = [...t.deliveries].filter(([, d]) => d.n > 1)
  const twice = many.filter(([, d]) => d.byKilled === 0).map(([m]) => m)
  const explained = many.filter(([, d]) => d.byKilled > 0).map(([m]) => m)
  console.log(
    `[figures] sync torture ${label} (seed ${SEED}, ${CHURN_MS / 1000} s): ${t.sessions} sessions, ` +
      `${t.written.length} notes written, ${t.later} starts left synced notes pending, ${t.killed} SIGKILLs; ` +
      `${lost.length} lost, ${twice.length} delivered twice, ${explained.length} twice by a killed hook`
  )
  return {lost, twice, explained}
}

describe('sync torture: two machines of ordinary sessions', () => {
  it(
    'no kills: every note delivered exactly once',
    async () => {
      const t = await torture(false)
      const {lost, twice, explained} = report('without kills', t)
      expect({lost, twice, explained}).toEqual({lost: [], twice: [], explained: []})
      expect(t.written.length).toBeGreaterThan(10)
    },
    CHURN_MS + 300_000
  )

  it(
    'random SIGKILLs of syncs and SessionStart hooks: none lost, none delivered twice',
    async () => {
      const t = await torture(true)
      const {lost, twice} = report('with SIGKILLs', t)
      expect({lost, twice}).toEqual({lost: [], twice: []})
      expect(t.killed).toBeGreaterThan(5)
    },
    CHURN_MS + 300_000
  )
})
