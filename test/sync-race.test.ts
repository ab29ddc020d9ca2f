/**
 * Exactly once across machines (design.md §14), with real processes and real
 * git: resumers racing on two machines, a partition healed, and `baton sync`
 * run from both machines at once.
 */
import {describe, expect, it} from 'vitest'
import {renameSync} from 'node:fs'
import {delivered, drain, ok, pendingNames, remoteTree, world, write, type Machine} from './sync-world.ts'

/** Every marker delivered exactly once: none twice, none lost. */
function expectOnce(got: readonly string[], markers: readonly string[]): void {
  const counts = new Map<string, number>()
  for (const m of got) counts.set(m, (counts.get(m) ?? 0) + 1)
  expect([...counts].filter(([, n]) => n > 1)).toEqual([])
  expect([...new Set(got)].sort()).toEqual([...markers].sort())
}

async function writeAll(m: Machine, markers: readonly string[]): Promise<void> {
  await Promise.all(markers.map((marker) => write(m, marker)))
}

describe('sync: exactly once across machines', () => {
  it('8 resumers racing on two machines over 20 synced notes: each delivered exactly once', async () => {
    const {a, b, remote} = world()
    await ok(a, ['sync', 'init', remote])
    await ok(b, ['sync', 'init', remote])
    const markers = Array.from({length: 20}, (_, i) => `race-${i < 10 ? 'a' : 'b'}-${i}`)
    await Promise.all([writeAll(a, markers.slice(0, 10)), writeAll(b, markers.slice(10))])
    await ok(a, ['sync'])
    await ok(b, ['sync'])
    await ok(a, ['sync'])
    expect(pendingNames(a)).toHaveLength(20)
    expect(pendingNames(b)).toHaveLength(20)
    const runs = await Promise.all([a, b, a, b, a, b, a, b].map((m) => m.run(['handoff', 'resume'])))
    expect(runs.map((r) => r.code)).toEqual(Array(8).fill(0))
    const got = runs.flatMap((r) => delivered(r.stdout))
    // Anything left pending (a budget ran out) is delivered by a later resume, still once.
    got.push(...(await drain(a)), ...(await drain(b)))
    await ok(a, ['sync'])
    await ok(b, ['sync'])
    got.push(...(await drain(a)), ...(await drain(b)))
    expectOnce(got, markers)
    expect(remoteTree(remote).filter((p) => p.startsWith('claims/'))).toHaveLength(20)
  })

  it('a partition while notes are written and resumed, then healed: each delivered once, none lost', async () => {
    const {a, b, remote} = world()
    await ok(a, ['sync', 'init', remote])
    await ok(b, ['sync', 'init', remote])
    const before = ['p-a-1', 'p-a-2', 'p-b-1']
    await writeAll(a, before.slice(0, 2))
    await writeAll(b, before.slice(2))
    for (const m of [a, b, a]) await ok(m, ['sync'])
    renameSync(remote, `${remote}.away`) // the partition
    const during = ['p-a-3', 'p-b-2', 'p-b-3']
    await write(a, 'p-a-3')
    const syncA = await a.run(['sync'])
    expect(syncA.code).toBe(1) // says why: the remote cannot be reached
    expect(syncA.stderr).toContain('fetching from the remote failed')
    await writeAll(b, ['p-b-2', 'p-b-3'])
    const offline = await Promise.all([a, b, a, b].map((m) => m.run(['handoff', 'resume'])))
    const got = offline.flatMap((r) => delivered(r.stdout))
    // Only notes that never left their machine may be delivered while apart.
    expect(got.filter((m) => before.includes(m))).toEqual([])
    expect(offline.some((r) => r.stderr.includes('stay pending'))).toBe(true)
    renameSync(`${remote}.away`, remote) // healed
    const healed = await Promise.all([
      a.run(['handoff', 'resume']),
      b.run(['handoff', 'resume']),
      a.run(['sync']),
      b.run(['sync'])
    ])
    got.push(...healed.flatMap((r) => delivered(r.stdout)))
    for (const m of [a, b, a, b]) await ok(m, ['sync'])
    got.push(...(await drain(a)), ...(await drain(b)))
    expectOnce(got, [...before, ...during])
  })

  it('`baton sync` from both machines at once, 10 rounds: no conflict, no loss', async () => {
    const {a, b, remote} = world()
    await ok(a, ['sync', 'init', remote])
    await ok(b, ['sync', 'init', remote])
    const markers: string[] = []
    for (let round = 0; round < 10; round++) {
      const mine = [`s-a-${round}`, `s-b-${round}`]
      markers.push(...mine)
      await Promise.all([write(a, mine[0]!), write(b, mine[1]!)])
      const runs = await Promise.all([a.run(['sync']), b.run(['sync'])])
      expect(runs.map((r) => [r.code, r.stderr])).toEqual([
        [0, ''],
        [0, '']
      ])
    }
    await ok(a, ['sync'])
    await ok(b, ['sync'])
    const notes = remoteTree(remote).filter((p) => p.endsWith('.md'))
    expect(notes).toHaveLength(20)
    expect(pendingNames(a)).toHaveLength(20)
    expect(pendingNames(b)).toHaveLength(20)
    expectOnce([...(await drain(a)), ...(await drain(b))], markers)
  })
})

describe('sync: killed mid-way', () => {
  it('`baton sync` SIGKILLed at random points, 6 times: no note lost, none delivered twice', async () => {
    const {a, b, remote} = world({BATON_LOCK_STALE_MS: '2000'})
    await ok(a, ['sync', 'init', remote])
    await ok(b, ['sync', 'init', remote])
    const markers = Array.from({length: 6}, (_, i) => `kill-${i}`)
    await writeAll(a, markers)
    const killed: (string | null)[] = []
    for (const after of [60, 120, 180, 240, 320, 400]) {
      const r = await a.run(['sync'], {killAfterMs: after})
      killed.push(r.signal)
    }
    await ok(a, ['sync'])
    await ok(b, ['sync'])
    expect(remoteTree(remote).filter((p) => p.endsWith('.md'))).toHaveLength(6)
    const got = [...(await drain(b)), ...(await drain(a))]
    await ok(a, ['sync'])
    got.push(...(await drain(a)))
    expectOnce(got, markers)
    expect(killed).toContain('SIGKILL') // at least one run really was killed part way
  })
})
