/**
 * The claims ledger (design.md §14, "Retention"): claims of notes deleted by
 * retention and written more than the horizon ago leave the tree; a machine
 * away longer still never delivers nor pushes again its stale copy of such a
 * note, because the remote's history shows the note was there.
 */
import {describe, expect, it} from 'vitest'
import {readdirSync, readFileSync} from 'node:fs'
import {join} from 'node:path'
import {prunableClaims, readTree} from '../src/core/sync.ts'
import {body} from './helpers.ts'
import {delivered, ok, pendingNames, remoteTree, world, type World} from './sync-world.ts'

const DAY = 86_400_000
/** An old note: written long before the horizon (90 days with keepDays 7). */
const OLD = {BATON_NOW: new Date(Date.now() - 200 * DAY).toISOString()}
/** After keepDays (7) since the claim. */
const LATER = {BATON_NOW: new Date(Date.now() + 8 * DAY).toISOString()}

describe('sync: the claims ledger, pure rules', () => {
  it('prunes a claim only when its note is gone from the tree and older than the horizon', () => {
    const sha = 'a'.repeat(40)
    const entry = (path: string): {mode: string; type: string; sha: string; size: number; path: string} => ({
      mode: '100644',
      type: 'blob',
      sha,
      size: 10,
      path
    })
    const tree = readTree([
      entry('claims/2026-01-01_120000_gone-old.md/m-1'),
      entry('claims/2026-11-01_120000_gone-new.md/m-1'),
      entry('claims/2026-01-01_120000_still-here.md/m-1'),
      entry('2026-01-01_120000_still-here.md')
    ])
    const now = new Date(2026, 10, 27).getTime()
    expect(prunableClaims(tree, now, 7)).toEqual(['claims/2026-01-01_120000_gone-old.md/m-1'])
    expect(prunableClaims(tree, now, 40)).toEqual([]) // the horizon is 10 × keepDays when that is longer
  })
})

/** A note written long ago on A, received by B (which then stays away), consumed on A, deleted, its claim pruned. */
async function consumedLongAgo(): Promise<World & {note: string}> {
  const w = world()
  const {a, b, remote} = w
  await ok(a, ['sync', 'init', remote])
  await ok(b, ['sync', 'init', remote])
  const r = await a.run(['handoff', 'write', '--slug', 'long-ago'], {input: body('long-ago'), env: OLD})
  expect(r.code).toBe(0)
  await ok(a, ['sync'])
  await ok(b, ['sync'])
  const note = pendingNames(b)[0]!
  expect(note).toMatch(/_long-ago\.md$/)
  expect(delivered((await ok(a, ['handoff', 'resume'])).stdout)).toEqual(['long-ago'])
  // Retention deletes the note keepDays after its claim; the next sync prunes the claim.
  const first = JSON.parse((await a.run(['sync', '--json'], {env: LATER})).stdout)
  expect(first.deleted).toEqual([note])
  const second = JSON.parse((await a.run(['sync', '--json'], {env: LATER})).stdout)
  expect(second.pruned).toBe(1)
  expect(remoteTree(remote).filter((p) => p.endsWith('.md') || p.startsWith('claims/'))).toEqual([])
  return {...w, note}
}

describe('sync: the claims ledger is pruned, and a machine away longer stays exactly-once', () => {
  it("its resumer does not deliver its stale copy: the remote's history shows the note was there", async () => {
    const {a, b, remote} = await consumedLongAgo()
    const r = await ok(b, ['handoff', 'resume'])
    expect(delivered(r.stdout)).toEqual([])
    expect(r.stderr).toContain('consumed on another machine first')
    expect(pendingNames(b)).toEqual([])
    const copy = readdirSync(b.handoffs).find((n) => n.endsWith('_long-ago_done.md'))!
    const machineA = readFileSync(join(a.home, '.claude', 'baton', 'machine-id'), 'utf8').split(/\s/)[0]
    expect(readFileSync(join(b.handoffs, copy), 'utf8')).toMatch(new RegExp(`by: '?machine:${machineA}'?\n`))
    await ok(b, ['sync'])
    expect(remoteTree(remote).filter((p) => p.endsWith('.md'))).toEqual([])
  })

  it('its sync retires the stale copy instead of pushing it again; an old note that never left is pushed', async () => {
    const {a, b, remote, note} = await consumedLongAgo()
    const w = await b.run(['handoff', 'write', '--slug', 'old-local'], {input: body('old-local'), env: OLD})
    expect(w.code).toBe(0)
    const s = JSON.parse((await ok(b, ['sync', '--json'])).stdout)
    expect(s.retired).toEqual([note])
    expect(s.pushed).toEqual([expect.stringMatching(/_old-local\.md$/)])
    expect(remoteTree(remote).filter((p) => p.endsWith('.md'))).toEqual(s.pushed)
    expect(delivered((await ok(b, ['handoff', 'resume'])).stdout)).toEqual(['old-local'])
    await ok(b, ['sync'])
    await ok(a, ['sync'])
    expect(delivered((await ok(a, ['handoff', 'resume'])).stdout)).toEqual([])
  })
})
