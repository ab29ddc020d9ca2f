// Notes between people (design.md §14, "People") in the real Claude Code: Alice and
// Bob, each a HOME with their own ~/.gitconfig, share a handoff remote (a bare
// repository on disk). Alice writes a note to Bob and one to herself; Bob's
// interactive session (tmux) receives his note and only his; Alice's next session
// is told, in one line at start, that Bob picked hers up. No network.

import fs from 'node:fs'
import path from 'node:path'
import {spawnSync} from 'node:child_process'
import {afterEach, describe, expect, test} from 'vitest'
import {chain, lastPromptText, say, whenSay} from './fake-api.js'
import {hookSystemMessages, runClaude, type Sandbox} from './claude.js'
import {haveTmux, seedClaudeJson, startTty, type Tty} from './tty.js'
import {baton as run, note, ROOT, useE2e} from './setup.js'

/** Two sessions' start-up and a few syncs on a loaded 2-core machine fit in it with room. */
const TIMEOUT = 240_000

const {api, sandbox} = useE2e('baton-e2e-people-')
const ttys: Tty[] = []
afterEach(() => {
  for (const t of ttys.splice(0)) t.kill()
})

function git(cwd: string, ...args: string[]): string {
  const r = spawnSync('git', args, {cwd, encoding: 'utf8'})
  if (r.status !== 0) throw new Error(`git ${args.join(' ')}: ${r.stderr}`)
  return r.stdout
}

/** A real `baton` process on machine `m`, git reading no system config (as the sessions' hooks). */
const baton = (m: Sandbox, args: string[], input = ''): string => run(m, args, input, {GIT_CONFIG_NOSYSTEM: '1'})

/** Gives machine `m` a person: its own global git config. */
function person(m: Sandbox, email: string): void {
  fs.writeFileSync(path.join(m.home, '.gitconfig'), `[user]\n\tname = ${email}\n\temail = ${email}\n`)
}

describe.runIf(haveTmux())('notes between people', () => {
  test(
    "Bob's interactive session receives Alice's note to him (not hers to herself); Alice's next start is told",
    async () => {
      const alice = sandbox()
      const bob = sandbox()
      person(alice, 'alice@example.com')
      person(bob, 'bob@example.com')
      const origin = path.join(alice.root, 'app.git')
      git(alice.root, 'clone', '-q', '--bare', alice.project, origin)
      for (const m of [alice, bob]) git(m.project, 'remote', 'add', 'origin', origin)
      const remote = path.join(alice.root, 'handoffs.git')
      git(alice.root, 'init', '-q', '--bare', '-b', 'main', remote)

      baton(alice, ['sync', 'init', remote])
      expect(baton(alice, ['sync', 'status'])).toMatch(/me: +alice@example\.com/)
      baton(alice, ['handoff', 'write', '--slug', 'for-bob', '--to', 'bob@example.com'], note('MARKER-FOR-BOB'))
      baton(alice, ['handoff', 'write', '--slug', 'for-me'], note('MARKER-ALICE-SELF'))
      expect(baton(alice, ['sync'])).toContain('2 pushed')
      expect(baton(bob, ['sync', 'init', remote])).toContain('1 received') // only the note for him

      api.setScript(chain(whenSay('what was I doing', 'REPLY-BOB-OK'), say('side answer')))
      seedClaudeJson({home: bob.home, cwd: bob.project})
      const tty = startTty({cwd: bob.project, home: bob.home, apiPort: api.port, pluginDirs: [ROOT]})
      ttys.push(tty)
      await tty.ready()
      await tty.submit('what was I doing')
      await tty.waitForScreen('REPLY-BOB-OK', "the fake model's answer")
      const main = api
        .messages()
        .filter((r) => (r.body?.tools?.length ?? 0) > 0 && lastPromptText(r.body).includes('what was I doing'))
      expect(main.length).toBeGreaterThan(0)
      expect(main[0]!.raw).toContain('MARKER-FOR-BOB')
      expect(main[0]!.raw).not.toContain('MARKER-ALICE-SELF')
      expect([0, undefined]).toContain(await tty.exit())

      // Bob's claim on the remote says who took it; Alice's machine learns it at its next sync.
      baton(bob, ['sync'])
      baton(alice, ['sync'])
      const sent = JSON.parse(baton(alice, ['handoff', 'sent', '--json'])) as {
        notes: {note: string; state: string; delivered?: {who: string}}[]
      }
      const forBob = sent.notes.find((n) => n.note.endsWith('_for-bob.md'))
      expect(forBob).toMatchObject({state: 'delivered', delivered: {who: 'bob@example.com'}})

      api.setScript(say('ok'))
      const r = await runClaude({
        prompt: 'hi',
        cwd: alice.project,
        home: alice.home,
        apiPort: api.port,
        pluginDir: ROOT,
        outputFormat: 'stream-json',
        env: {CLAUDE_PLUGIN_OPTION_CLAIMIN: 'all'}
      })
      expect(r.code, r.stderr).toBe(0)
      const said = hookSystemMessages(r.events, 'SessionStart').join('\n')
      expect(said).toMatch(/1 of your notes to others were picked up: \S+_for-bob\.md by bob@example\.com/)
      // Her note to herself is hers: her own session takes it.
      expect(JSON.stringify(api.messages().at(-1)?.body)).toContain('MARKER-ALICE-SELF')
    },
    TIMEOUT
  )
})
