// Baton in an interactive Claude Code session: the real CLI in a terminal
// (tmux, see tty.ts), offline against the fake Messages API. Proves that
// SessionStart delivers pending handoffs into an interactive session, and
// that `/exit` runs SessionEnd (the autosave, the registry entry removed), and
// that after `/compact` the notes received at start come back as their gists.
// A second, tiny plugin records the environment and stdin its hooks get.

import fs from 'node:fs'
import path from 'node:path'
import {afterEach, describe, expect, test} from 'vitest'
import {chain, lastPromptText, say, whenSay, whenBash, whenTools, type LoggedRequest} from './fake-api.js'
import {type Sandbox} from './claude.js'
import {haveTmux, poll, seedClaudeJson, startTty, type Tty} from './tty.js'
import {baton, note, ROOT, useE2e} from './setup.js'

/** Per test: two interactive sessions' start-up on a loaded 2-core machine fit in it with room. */
const TIMEOUT = 180_000

const {api, sandbox} = useE2e('baton-tty-')
const ttys: Tty[] = []
afterEach(() => {
  for (const t of ttys.splice(0)) t.kill()
})

/**
 * A plugin whose SessionStart and SessionEnd hooks append one line each to
 * `log`: the event, CLAUDE_CODE_ENTRYPOINT, and the hook's stdin.
 */
function probePlugin(b: Sandbox): {dir: string; log: string} {
  const dir = path.join(b.root, 'probe')
  const log = path.join(b.root, 'probe.log')
  fs.mkdirSync(path.join(dir, '.claude-plugin'), {recursive: true})
  fs.mkdirSync(path.join(dir, 'hooks'), {recursive: true})
  fs.writeFileSync(
    path.join(dir, '.claude-plugin', 'plugin.json'),
    JSON.stringify({name: 'probe', version: '0.0.1', description: 'records hook runs', author: {name: 'e2e'}})
  )
  const hook = (event: string): unknown => ({
    hooks: [
      {
        type: 'command',
        command: `{ printf '${event} entry=%s ' "$CLAUDE_CODE_ENTRYPOINT"; tr -d '\\n'; echo; } >> '${log}'`
      }
    ]
  })
  fs.writeFileSync(
    path.join(dir, 'hooks', 'hooks.json'),
    JSON.stringify({hooks: {SessionStart: [hook('SessionStart')], SessionEnd: [hook('SessionEnd')]}})
  )
  return {dir, log}
}

const probeLines = (log: string, event: string): string[] =>
  fs.existsSync(log)
    ? fs
        .readFileSync(log, 'utf8')
        .split('\n')
        .filter((l) => l.startsWith(`${event} `))
    : []

/** Starts an interactive session in `b.project` with Baton and the probe loaded. */
async function interactive(b: Sandbox, probe: string, args: string[] = []): Promise<Tty> {
  seedClaudeJson({home: b.home, cwd: b.project})
  const tty = startTty({cwd: b.project, home: b.home, apiPort: api.port, pluginDirs: [ROOT, probe], args})
  ttys.push(tty)
  await tty.ready()
  return tty
}

/** The main loop's requests (they offer tools) that carry `prompt` as the user's text. */
const mainRequests = (prompt: string): LoggedRequest[] =>
  api.messages().filter((r) => (r.body?.tools?.length ?? 0) > 0 && lastPromptText(r.body).includes(prompt))

describe.runIf(haveTmux())('interactive sessions (tmux)', () => {
  test(
    '/compact: the request after it carries the gist of the note received at start, claiming nothing again',
    async () => {
      const b = sandbox()
      const probe = probePlugin(b)
      const written = baton(b, ['handoff', 'write', '--slug', 'before-compact'], note('MARKER-TTY-CMP'))
      api.setScript(
        chain(
          whenSay('first question', 'REPLY-CMP-1'),
          whenSay('second question', 'REPLY-CMP-2'),
          whenSay('after compacting', 'REPLY-CMP-3'),
          say('Summary: two questions were answered.')
        )
      )
      const tty = await interactive(b, probe.dir)
      await tty.submit('first question')
      await tty.waitForScreen('REPLY-CMP-1', "the fake model's first answer")
      await tty.submit('second question')
      await tty.waitForScreen('REPLY-CMP-2', "the fake model's second answer")
      const done = written.replace(/\.md$/, '_done.md')
      expect(fs.existsSync(done)).toBe(true)
      const claimed = fs.readFileSync(done, 'utf8')
      await tty.submit('/compact')
      await poll(
        () => (probeLines(probe.log, 'SessionStart').some((l) => l.includes('"source":"compact"')) ? true : undefined),
        'SessionStart after the compaction',
        120_000
      )
      await tty.ready()
      await tty.submit('after compacting')
      await tty.waitForScreen('REPLY-CMP-3', "the fake model's answer after the compaction")
      const after = mainRequests('after compacting')[0]!
      expect(after.raw).not.toContain('first question') // compacted away
      expect(after.raw).toContain('Worked on MARKER-TTY-CMP.')
      expect(after.raw).toMatch(/<handoff [^>]*already-received=\\"[^"\\]+\\"[^>]*gist=\\"true\\">/)
      expect(fs.readFileSync(done, 'utf8')).toBe(claimed) // nothing claimed twice
      expect([0, undefined]).toContain(await tty.exit())
    },
    TIMEOUT
  )

  test(
    'SessionStart delivers a pending handoff: in the first request, claimed, hooks see CLAUDE_CODE_ENTRYPOINT=cli',
    async () => {
      const b = sandbox()
      const probe = probePlugin(b)
      const written = baton(b, ['handoff', 'write', '--slug', 'from-terminal-2'], note('MARKER-TTY-5521'))
      api.setScript(chain(whenSay('what was I doing', 'REPLY-TTY-OK'), say('side answer')))
      const before = api.messages().length
      const tty = await interactive(b, probe.dir)
      await tty.submit('what was I doing')
      await tty.waitForScreen('REPLY-TTY-OK', "the fake model's answer")

      // The first request of the conversation carries the handoff, fenced, as SessionStart context.
      const main = mainRequests('what was I doing')
      expect(main.length).toBeGreaterThan(0)
      const first = main[0]!
      const firstMain = api
        .messages()
        .slice(before)
        .find((r) => (r.body?.tools?.length ?? 0) > 0)
      expect(firstMain).toBe(first)
      expect(first.raw).toContain('SessionStart hook additional context: <handoffs count=\\"1\\"')
      expect(first.raw).toContain('MARKER-TTY-5521')

      // Claimed: the pending file is gone and its _done copy names this session.
      const session = String(first.headers['x-claude-code-session-id'] ?? '')
      expect(session).not.toBe('')
      expect(fs.existsSync(written)).toBe(false)
      const done = written.replace(/\.md$/, '_done.md')
      expect(fs.readFileSync(done, 'utf8')).toContain(`by: '${session}'`)

      // The hooks ran in an interactive session.
      const starts = probeLines(probe.log, 'SessionStart')
      expect(starts).toHaveLength(1)
      expect(starts[0]).toMatch(/^SessionStart entry=cli /)
      expect(starts[0]).toContain(`"session_id":"${session}"`)
      expect(starts[0]).toContain('"source":"startup"')

      expect([0, undefined]).toContain(await tty.exit()) // 0, or not recorded by tmux
    },
    TIMEOUT
  )

  test(
    'after an edit, Stop autosaves while the session still runs; /exit adds nothing to it',
    async () => {
      const b = sandbox()
      const probe = probePlugin(b)
      const file = path.join(b.project, 'src', 'feature.ts')
      api.setScript(
        chain(
          whenTools('make the change', [{name: 'Write', input: {file_path: file, content: 'export const f = 1\n'}}], {
            then: 'REPLY-EDITED'
          }),
          say('side answer')
        )
      )
      const tty = await interactive(b, probe.dir, ['--allowedTools', 'Write'])
      await tty.submit('make the change')
      await tty.waitForScreen('REPLY-EDITED', "the fake model's answer after the edit")
      expect(fs.readFileSync(file, 'utf8')).toBe('export const f = 1\n')
      const dir = path.join(b.home, '.claude', 'handoffs')
      const autosaves = (): string[] =>
        fs.existsSync(dir) ? fs.readdirSync(dir).filter((n) => n.endsWith('_autosave.md')) : []
      // Written by Stop at the end of the turn, before any SessionEnd.
      const [saved] = await poll(() => (autosaves().length > 0 ? autosaves() : undefined), 'the Stop autosave')
      const text = fs.readFileSync(path.join(dir, saved!), 'utf8')
      expect(text).toContain('Autosaved by Baton at Stop')
      expect(text).toContain(`\`${file}\``)
      expect(tty.state().dead).toBe(false)
      expect(probeLines(probe.log, 'SessionEnd')).toEqual([])

      expect([0, undefined]).toContain(await tty.exit())
      expect(probeLines(probe.log, 'SessionEnd')).toHaveLength(1)
      expect(autosaves()).toEqual([saved])
    },
    TIMEOUT
  )

  test(
    '/exit runs SessionEnd: the autosave of the work lands, the registry entry is removed',
    async () => {
      const b = sandbox()
      const probe = probePlugin(b)
      api.setScript(chain(whenBash('run the build', 'echo BUILD-STEP-7731', 'REPLY-RAN-IT'), say('side answer')))
      const tty = await interactive(b, probe.dir, ['--allowedTools', 'Bash'])
      await tty.submit('run the build')
      await tty.waitForScreen('REPLY-RAN-IT', "the fake model's answer after the command")
      const session = String(mainRequests('run the build')[0]?.headers['x-claude-code-session-id'] ?? '')
      expect(session).not.toBe('')
      const registry = path.join(b.home, '.claude', 'baton', 'sessions')
      // SessionStart registered the session (the registry step runs after the hook's work).
      await poll(
        () => (fs.readdirSync(registry).some((n) => n.includes(session)) ? true : undefined),
        'the registry entry'
      )

      expect([0, undefined]).toContain(await tty.exit()) // 0, or not recorded by tmux

      // Claude Code waits for SessionEnd hooks (up to its 1.5 s) before it exits: all of this is done.
      const ends = probeLines(probe.log, 'SessionEnd')
      expect(ends).toHaveLength(1)
      expect(ends[0]).toMatch(/^SessionEnd entry=cli /)
      expect(ends[0]).toContain('"reason":"prompt_input_exit"')
      expect(fs.readdirSync(registry).filter((n) => n.includes(session))).toEqual([])
      const dir = path.join(b.home, '.claude', 'handoffs')
      const autosaves = fs.readdirSync(dir).filter((n) => n.endsWith('_autosave.md'))
      expect(autosaves).toHaveLength(1)
      const text = fs.readFileSync(path.join(dir, autosaves[0]!), 'utf8')
      expect(text).toContain('auto: true')
      expect(text).toContain(`session: ${session}`)
      expect(text).toContain('echo BUILD-STEP-7731')
    },
    TIMEOUT
  )
})
