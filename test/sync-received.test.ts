/**
 * Sync across machines (design.md §14) and what a session received: a note
 * lost to another machine is never this session's, and another machine's note
 * that shares its name with one consumed here is still received, once.
 */
import {describe, expect, it} from 'vitest'
import {readdirSync, readFileSync} from 'node:fs'
import {join} from 'node:path'
import {body} from './helpers.ts'
import {delivered, ok, pendingNames, remoteTree, sh, world, type Machine} from './sync-world.ts'

/** The front matter and body of every consumed copy in `m`'s handoff directory. */
function consumedTexts(m: Machine): string[] {
  return readdirSync(m.handoffs)
    .filter((n) => /_done(-\d+)?\.md$/.test(n))
    .map((n) => readFileSync(join(m.handoffs, n), 'utf8'))
}

describe('sync: a resumer that lost a note to another machine', () => {
  it('marks its copy consumed by the winning machine: not received by its session, not a parent', async () => {
    const {a, b, remote} = world()
    await ok(a, ['sync', 'init', remote])
    await ok(b, ['sync', 'init', remote])
    await a.run(['handoff', 'write', '--slug', 'contested'], {input: body('contested')})
    await ok(a, ['sync'])
    await ok(b, ['sync'])
    expect(delivered((await ok(b, ['handoff', 'resume', '--session', 'sess-b'])).stdout)).toEqual(['contested'])
    // A has not synced since: its resumer claims the copy locally, asks the remote, and loses.
    const lost = await ok(a, ['handoff', 'resume', '--session', 'sess-a'])
    expect(delivered(lost.stdout)).toEqual([])
    expect(lost.stderr).toContain('consumed on another machine first')
    const machineB = readFileSync(join(b.home, '.claude', 'baton', 'machine-id'), 'utf8').split(/\s/)[0]
    const copies = consumedTexts(a)
    expect(copies).toHaveLength(1)
    expect(copies[0]).toMatch(new RegExp(`by: '?machine:${machineB}'?\n`))
    expect(copies[0]).not.toContain('sess-a')
    // The losing session never received it: `/baton:handoff-resume` does not show it again...
    const again = await ok(a, ['handoff', 'resume', '--received', '--session', 'sess-a', '--json'])
    expect(JSON.parse(again.stdout)).toMatchObject({alreadyReceived: 0, count: 0})
    // ...and the note it writes next does not name it as a parent.
    await ok(a, ['sync']) // A's next note lands on the remote too; nothing else changes here
    const w = await a.run(['handoff', 'write', '--slug', 'next', '--session', 'sess-a'], {input: body('next')})
    expect(w.code).toBe(0)
    const next = pendingNames(a).find((n) => n.endsWith('_next.md'))!
    expect(readFileSync(join(a.handoffs, next), 'utf8')).not.toMatch(/parents:|_contested/)
    // The winner's session did receive it, and records it.
    const wb = await b.run(['handoff', 'write', '--slug', 'child', '--session', 'sess-b'], {input: body('child')})
    expect(wb.code).toBe(0)
    const child = pendingNames(b).find((n) => n.endsWith('_child.md'))!
    expect(readFileSync(join(b.handoffs, child), 'utf8')).toMatch(/parents:\n\s+- .*_contested_done\.md/)
    expect(remoteTree(remote).filter((p) => p.startsWith('claims/'))).toHaveLength(1)
  })
})

describe("sync: another machine's note shares its name with one consumed here", () => {
  it('is received here exactly once, next to the consumed one', async () => {
    const {a, b, remote} = world()
    await ok(a, ['sync', 'init', remote])
    await ok(b, ['sync', 'init', remote])
    const at = {BATON_NOW: '2026-11-27T10:00:00.000Z'}
    await a.run(['handoff', 'write', '--slug', 'same'], {input: body('same-from-a'), env: at})
    await b.run(['handoff', 'write', '--slug', 'same'], {input: body('same-from-b'), env: at})
    expect(pendingNames(a)).toEqual(pendingNames(b))
    // A's note never leaves A: it is consumed here before any sync.
    expect(delivered((await ok(a, ['handoff', 'resume'])).stdout)).toEqual(['same-from-a'])
    await ok(b, ['sync'])
    const s = JSON.parse((await ok(a, ['sync', '--json'])).stdout)
    expect(s.materialised).toHaveLength(1)
    expect(delivered((await ok(a, ['handoff', 'resume'])).stdout)).toEqual(['same-from-b'])
    // Once: further syncs bring nothing back, and B (the writer) retires its copy.
    for (const m of [a, b, a, b]) await ok(m, ['sync'])
    expect(pendingNames(a)).toEqual([])
    expect(pendingNames(b)).toEqual([])
    expect(delivered((await ok(a, ['handoff', 'resume'])).stdout)).toEqual([])
    expect(delivered((await ok(b, ['handoff', 'resume'])).stdout)).toEqual([])
    expect(remoteTree(remote).filter((p) => p.startsWith('claims/'))).toHaveLength(1)
    expect(consumedTexts(a)).toHaveLength(2)
  })

  it('a consumed copy of that very note stops it (its claim gone from the remote): not received twice', async () => {
    const {a, b, remote, root} = world()
    await ok(a, ['sync', 'init', remote])
    await ok(b, ['sync', 'init', remote])
    await b.run(['handoff', 'write', '--slug', 'once'], {input: body('once')})
    await ok(b, ['sync'])
    await ok(a, ['sync'])
    expect(delivered((await ok(a, ['handoff', 'resume'])).stdout)).toEqual(['once'])
    // Someone deletes the claims on the remote by hand: the note is unclaimed there again.
    const edit = join(root, 'edit')
    sh(root, 'clone', '-q', remote, edit)
    sh(edit, 'rm', '-rq', 'claims')
    sh(edit, '-c', 'user.name=t', '-c', 'user.email=t@t', 'commit', '-qm', 'drop claims')
    sh(edit, 'push', '-q', 'origin', 'main')
    const s = JSON.parse((await ok(a, ['sync', '--json'])).stdout)
    expect(s.materialised).toEqual([])
    expect(delivered((await ok(a, ['handoff', 'resume'])).stdout)).toEqual([])
  })
})
