/**
 * Handoffs between people (design.md §14, "People"), with real git, a bare
 * remote on disk and one HOME per machine, each with its own ~/.gitconfig:
 * Alice on two machines, Bob, Carol. A note addressed to a person reaches only
 * that person's sessions, exactly once (also with concurrent resumers on every
 * machine and a partition in the middle); `anyone` reaches exactly one
 * session; notes without `to:` keep the behaviour they had; the writer sees
 * who took each note, on every one of their machines.
 */
import {describe, expect, it} from 'vitest'
import {spawnSync} from 'node:child_process'
import {existsSync, mkdirSync, readdirSync, readFileSync, renameSync, writeFileSync} from 'node:fs'
import {join} from 'node:path'
import {delivered, ok, pendingNames, sessionStart, team, write, type Machine} from './sync-world.ts'
import {cliEnv, runCli, tempDir, body, ROOT} from './helpers.ts'

const ALICE = 'alice@example.com'
const BOB = 'bob@example.com'
const CAROL = 'carol@example.com'

function people(): {remote: string; alice1: Machine; alice2: Machine; bob: Machine; carol: Machine} {
  const t = team({alice1: ALICE, alice2: 'Alice@Example.com', bob: BOB, carol: CAROL})
  // Alice calls Bob by a short name.
  for (const m of [t.m.alice1!, t.m.alice2!]) {
    mkdirSync(join(m.home, '.claude', 'baton'), {recursive: true})
    writeFileSync(join(m.home, '.claude', 'baton', 'config.json'), JSON.stringify({people: {bob: BOB}}))
  }
  return {remote: t.remote, alice1: t.m.alice1!, alice2: t.m.alice2!, bob: t.m.bob!, carol: t.m.carol!}
}

async function initAll(remote: string, machines: readonly Machine[]): Promise<void> {
  for (const m of machines) await ok(m, ['sync', 'init', remote])
}

async function syncAll(machines: readonly Machine[]): Promise<void> {
  for (const m of machines) await ok(m, ['sync'])
}

/** Resumes on each machine (`per` at once on each), then drains; returns the markers delivered on each. */
async function resumeEverywhere(machines: readonly Machine[], per: number): Promise<Map<string, string[]>> {
  const got = new Map<string, string[]>(machines.map((m) => [m.name, []]))
  const runs = await Promise.all(
    machines.flatMap((m) => Array.from({length: per}, () => m.run(['handoff', 'resume']).then((r) => [m, r] as const)))
  )
  for (const [m, r] of runs) {
    expect(r.code).toBe(0)
    got.get(m.name)!.push(...delivered(r.stdout))
  }
  return got
}

/** Counts how often each marker was delivered, across machines. */
function counts(got: ReadonlyMap<string, string[]>): Map<string, number> {
  const n = new Map<string, number>()
  for (const markers of got.values()) for (const m of markers) n.set(m, (n.get(m) ?? 0) + 1)
  return n
}

function merge(into: Map<string, string[]>, more: ReadonlyMap<string, string[]>): void {
  for (const [k, v] of more) into.get(k)!.push(...v)
}

/** Each note written, where it may arrive. */
const NOTES = {
  'self-a': {to: 'me', only: ['alice2']},
  'self-b': {to: undefined, only: ['alice2']}, // the default is me
  'for-bob': {to: 'bob', only: ['bob']},
  'for-bob-mail': {to: BOB, only: ['bob']},
  'for-carol': {to: CAROL, only: ['carol']},
  'for-any': {to: 'anyone', only: ['alice2', 'bob', 'carol']}
} as const

async function writeNotes(m: Machine): Promise<void> {
  for (const [marker, {to}] of Object.entries(NOTES)) await write(m, marker, to)
}

/** Each note delivered once, and only where it may arrive (`writer`: Alice's first machine resumed too). */
function expectAddressed(got: ReadonlyMap<string, string[]>, writer = false): void {
  for (const [machine, markers] of got)
    for (const marker of markers) {
      const to: readonly string[] = NOTES[marker as keyof typeof NOTES].only
      const only = [...to, ...(writer && to.includes('alice2') ? ['alice1'] : [])]
      expect({marker, machine, allowed: only.includes(machine)}).toEqual({marker, machine, allowed: true})
    }
  expect(Object.fromEntries(counts(got))).toEqual(Object.fromEntries(Object.keys(NOTES).map((k) => [k, 1])))
}

describe('notes between people', () => {
  it('each note reaches only its addressee, exactly once, with 4 resumers per machine', async () => {
    const {remote, alice1, alice2, bob, carol} = people()
    const all = [alice1, alice2, bob, carol]
    await initAll(remote, all)
    await writeNotes(alice1)
    await syncAll([alice1, alice2, bob, carol])
    // Nobody else's note lands on a machine at all.
    expect(
      pendingNames(bob)
        .map((n) => n.replace(/^.*_\d{6}_/, ''))
        .sort()
    ).toEqual(['for-any.md', 'for-bob-mail.md', 'for-bob.md'])
    expect(
      pendingNames(carol)
        .map((n) => n.replace(/^.*_\d{6}_/, ''))
        .sort()
    ).toEqual(['for-any.md', 'for-carol.md'])
    const got = await resumeEverywhere([alice2, bob, carol], 4)
    await syncAll(all)
    merge(got, await resumeEverywhere([alice2, bob, carol], 1))
    expectAddressed(got)
    // What is left on Alice's first machine: nothing of hers to take (the others' notes were retired).
    await ok(alice1, ['sync'])
    expect(delivered((await ok(alice1, ['handoff', 'resume'])).stdout)).toEqual([])
  })

  it('a partition in the middle, all four machines resuming: only the addressee, exactly once, none lost', async () => {
    const {remote, alice1, alice2, bob, carol} = people()
    const all = [alice1, alice2, bob, carol]
    await initAll(remote, all)
    await writeNotes(alice1)
    await syncAll(all)
    renameSync(remote, `${remote}.away`) // the partition: every machine holds its copies, no claim can land
    // Alice's two machines race for her notes too.
    const got = await resumeEverywhere(all, 4)
    expect([...got.values()].flat()).toEqual([]) // synced notes are never delivered without a landed claim
    renameSync(`${remote}.away`, remote) // healed
    merge(got, await resumeEverywhere(all, 4))
    await syncAll(all)
    merge(got, await resumeEverywhere(all, 1))
    expectAddressed(got, true)
  })

  it('receipts: `handoff sent` on both of Alice’s machines names Bob, machine, time; she is told once', async () => {
    const {remote, alice1, alice2, bob, carol} = people()
    await initAll(remote, [alice1, alice2, bob, carol])
    await write(alice1, 'for-bob', 'bob')
    await write(alice1, 'for-carol', CAROL)
    await syncAll([alice1, bob])
    expect(delivered((await ok(bob, ['handoff', 'resume'])).stdout)).toEqual(['for-bob'])
    const bobId = (await ok(bob, ['sync', 'status', '--json'])).stdout
    const bobMachine = (JSON.parse(bobId) as {machine: string; me: string}).machine
    expect((JSON.parse(bobId) as {me: string}).me).toBe(BOB)
    for (const m of [alice1, alice2]) {
      const sent = JSON.parse((await ok(m, ['handoff', 'sent', '--json'])).stdout) as {
        me: string
        notes: {note: string; to: string; state: string; delivered?: {who: string; machine: string; at: string}}[]
      }
      expect(sent.me).toBe(ALICE)
      const byNote = Object.fromEntries(sent.notes.map((n) => [n.note.replace(/^.*_\d{6}_/, ''), n]))
      expect(byNote['for-bob.md']).toMatchObject({
        to: BOB,
        state: 'delivered',
        delivered: {who: BOB, machine: bobMachine}
      })
      expect(Date.parse(byNote['for-bob.md']!.delivered!.at)).not.toBeNaN()
      expect(byNote['for-carol.md']).toMatchObject({to: CAROL, state: 'waiting'})
      expect(byNote['for-carol.md']!.delivered).toBeUndefined()
      const text = (await ok(m, ['handoff', 'sent'])).stdout
      expect(text).toContain(`to ${BOB}  delivered to ${BOB} on ${bobMachine} at `)
    }
    // Alice's next session on her other machine is told, in one line, once.
    await ok(alice2, ['sync'])
    const first = sessionStart(alice2)
    expect(first.code).toBe(0)
    const said = String(first.out.systemMessage ?? '')
    expect(said).toMatch(/1 of your notes to others were picked up: \S+_for-bob\.md by bob@example\.com/)
    expect(said.split('\n').filter((l) => l.includes('picked up'))).toHaveLength(1)
    expect(String(sessionStart(alice2).out.systemMessage ?? '')).not.toContain('picked up')
    // The board: Carol has Alice's note waiting for her; Alice's note to Carol waits at Carol.
    await ok(carol, ['sync'])
    const board = JSON.parse((await ok(carol, ['status', '--json'])).stdout) as {people: {forMe: {from: string}[]}}
    expect(board.people.forMe.map((n) => n.from)).toEqual([ALICE])
    const mine = JSON.parse((await ok(alice2, ['status', '--json'])).stdout) as {
      people: {atOthers: {to: string}[]}
      handoffs: {projects: {pending: number}[]}
    }
    expect(mine.people.atOthers.map((n) => n.to)).toEqual([CAROL])
    expect((await ok(carol, ['status'])).stdout).toContain(`for you from others:`)
  })

  it('syncs SIGKILLed part way while resumers run: still only the addressee, exactly once', async () => {
    const t = team({alice1: ALICE, bob: BOB, carol: CAROL}, {BATON_LOCK_STALE_MS: '2000'})
    const [alice1, bob, carol] = [t.m.alice1!, t.m.bob!, t.m.carol!]
    await initAll(t.remote, [alice1, bob, carol])
    const forBob = ['k-bob-1', 'k-bob-2', 'k-bob-3']
    const forAny = ['k-any-1', 'k-any-2']
    for (const marker of forBob) await write(alice1, marker, BOB)
    for (const marker of forAny) await write(alice1, marker, 'anyone')
    await ok(alice1, ['sync'])
    const got = new Map<string, string[]>([
      ['bob', []],
      ['carol', []]
    ])
    const killed: (string | null)[] = []
    for (const after of [80, 160, 240, 320]) {
      const runs = await Promise.all([
        bob.run(['sync'], {killAfterMs: after}),
        carol.run(['sync'], {killAfterMs: after}),
        bob.run(['handoff', 'resume']),
        carol.run(['handoff', 'resume'])
      ])
      killed.push(runs[0].signal, runs[1].signal)
      got.get('bob')!.push(...delivered(runs[2].stdout))
      got.get('carol')!.push(...delivered(runs[3].stdout))
    }
    await syncAll([bob, carol, alice1])
    merge(got, await resumeEverywhere([bob, carol], 2))
    await syncAll([bob, carol])
    merge(got, await resumeEverywhere([bob, carol], 1))
    expect(got.get('carol')!.filter((m) => forBob.includes(m))).toEqual([])
    // Not even a consumed copy: Bob's notes never landed on Carol's machine.
    expect(readdirSync(carol.handoffs).filter((n) => n.includes('k-bob'))).toEqual([])
    expect(Object.fromEntries(counts(got))).toEqual(Object.fromEntries([...forBob, ...forAny].map((m) => [m, 1])))
    expect(killed).toContain('SIGKILL') // at least one sync really was killed part way
  })

  it('a note written in a reply (the /baton:handoff-write path) reaches the addressee its marker names', async () => {
    const {remote, alice1, bob, carol} = people()
    await initAll(remote, [alice1, bob, carol])
    const open = '<!-- baton:handoff slug="login" to="bob" -->'
    const reply = `The handoff follows.\n\n${open}\n${body('from-reply')}<!-- /baton:handoff -->\n`
    const stop = spawnSync('sh', [join(ROOT, 'hooks', 'run.sh'), 'stop'], {
      input: JSON.stringify({session_id: 'r1', cwd: alice1.project, last_assistant_message: reply}),
      env: {...alice1.env, CLAUDE_CODE_ENTRYPOINT: 'cli'},
      cwd: alice1.project,
      encoding: 'utf8'
    })
    expect(stop.status).toBe(0)
    expect(stop.stdout).toContain('saved the handoff from this reply')
    const [name] = pendingNames(alice1)
    expect(readFileSync(join(alice1.handoffs, name!), 'utf8')).toMatch(
      /^from: alice@example\.com\nto: bob@example\.com$/m
    )
    await syncAll([alice1, bob, carol])
    expect(pendingNames(carol)).toEqual([])
    expect(delivered((await ok(bob, ['handoff', 'resume'])).stdout)).toEqual(['from-reply'])
  })

  it('notes without `to:` (written before addressing) are taken by the first session of anyone, once', async () => {
    const t = team({old: '', alice: ALICE, bob: BOB})
    const [old, alice, bob] = [t.m.old!, t.m.alice!, t.m.bob!]
    await initAll(t.remote, [old, alice, bob])
    // A machine with no identity writes notes as Baton did before: no from:, no to:.
    await write(old, 'legacy-1')
    await write(old, 'legacy-2')
    const raw = readdirSync(old.handoffs).filter((n) => n.endsWith('.md'))
    expect(raw).toHaveLength(2)
    await syncAll([old, alice, bob])
    const got = await resumeEverywhere([alice, bob], 4)
    await syncAll([old, alice, bob])
    merge(got, await resumeEverywhere([alice, bob], 1))
    expect(Object.fromEntries(counts(got))).toEqual({'legacy-1': 1, 'legacy-2': 1})
  })

  it('a note for a person on a machine without sync is refused before anything is written', async () => {
    const home = tempDir('baton-nosync-')
    writeFileSync(join(home, '.gitconfig'), `[user]\n\temail = ${ALICE}\n`)
    const env = cliEnv(home)
    const r = await runCli(['handoff', 'write', '--to', BOB], {env, input: body('lonely')})
    expect(r.code).toBe(1)
    expect(r.stderr).toContain(`a note for ${BOB} needs sync`)
    expect(r.stderr).toContain('baton sync init REMOTE')
    expect(existsSync(join(home, '.claude', 'handoffs')) ? readdirSync(join(home, '.claude', 'handoffs')) : []).toEqual(
      []
    )
    const unknown = await runCli(['handoff', 'write', '--to', 'zed'], {env, input: body('x')})
    expect(unknown.code).toBe(2)
    expect(unknown.stderr).toContain('names nobody')
    // To me (the default) without sync: a local note, as always.
    const mine = await runCli(['handoff', 'write', '--to', 'me'], {env, input: body('local-me')})
    expect(mine.code).toBe(0)
    const back = await runCli(['handoff', 'resume', '--all'], {env})
    expect(delivered(back.stdout)).toEqual(['local-me'])
  })
})
