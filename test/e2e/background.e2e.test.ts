// Background sessions (`claude --bg`, 2.1.337; 2.1.197 has none): the session runs with
// CLAUDE_CODE_ENTRYPOINT=cli and CLAUDE_CODE_SESSION_ATTENDED=0, and `claude attach` fires no
// SessionStart. Nobody reads its start, so it claims nothing: the notes stay pending, and the person
// who attaches sees, at the top of the session, the one line saying how many are pending and that
// /baton:handoff-resume takes them. A person asked for its work, so it autosaves as an interactive
// session does: after `claude stop`, the next session gets the record.

import fs from 'node:fs'
import path from 'node:path'
import {afterEach, describe, expect, test} from 'vitest'
import {chain, say, whenBash} from './fake-api.js'
import {claudeVersion, execClaude, type Sandbox} from './claude.js'
import {haveTmux, poll, seedClaudeJson, startTty, type Tty} from './tty.js'
import {baton, note, ROOT, useE2e} from './setup.js'

const TIMEOUT = 180_000
const {api, sandbox, onCleanup} = useE2e('baton-bg-')
const ttys: Tty[] = []
afterEach(() => {
  for (const t of ttys.splice(0)) t.kill()
})

/** Processes started for sandbox `b` (Claude Code's background service among them), by their HOME. */
function processesOf(b: Sandbox): number[] {
  const pids: number[] = []
  for (const pid of fs.readdirSync('/proc').filter((p) => /^\d+$/.test(p))) {
    try {
      if (fs.readFileSync(`/proc/${pid}/environ`, 'latin1').split('\0').includes(`HOME=${b.home}`))
        pids.push(Number(pid))
    } catch {
      // gone, or not ours to read
    }
  }
  return pids
}

const notes = (b: Sandbox): string[] => {
  const dir = path.join(b.home, '.claude', 'handoffs')
  return fs.existsSync(dir) ? fs.readdirSync(dir).filter((n) => n.endsWith('.md')) : []
}

const background = Number(claudeVersion().split('.')[2]) >= 337

describe.skipIf(!background || !haveTmux())(`background sessions (Claude Code ${claudeVersion()})`, () => {
  test(
    'claims nothing, tells the person who attaches in one line, and autosaves its work when stopped',
    async () => {
      const b = sandbox()
      onCleanup(() => {
        for (const pid of processesOf(b)) {
          try {
            process.kill(pid, 'SIGKILL')
          } catch {
            // already gone
          }
        }
      })
      const pending = baton(b, ['handoff', 'write', '--slug', 'for-a-person'], note('MARKER-BG'))
      api.setScript(chain(whenBash('look around', 'ls', 'BG-DONE'), say('ok')))
      seedClaudeJson({home: b.home, cwd: b.project})
      const o = {cwd: b.project, home: b.home, apiPort: api.port, timeoutMs: 30_000}
      const started = await execClaude({...o, args: ['--bg', '--plugin-dir', ROOT, 'look around']})
      expect(started.code, started.stderr).toBe(0)
      const id = /claude attach (\S+)/.exec(started.stdout)?.[1]
      expect(id, started.stdout).toBeDefined()
      // Its turn is over once the model has answered the `ls` result.
      await poll(
        () => (api.messages().some((m) => JSON.stringify(m.body).includes('tool_result')) ? true : undefined),
        'the background turn'
      )
      expect(fs.existsSync(pending)).toBe(true)
      expect(JSON.stringify(api.messages().map((m) => m.body))).not.toContain('MARKER-BG')

      const tty = startTty({cwd: b.project, home: b.home, apiPort: api.port, args: ['attach', id!]})
      ttys.push(tty)
      const screen = await tty.waitForScreen(/BG-DONE/, 'the attached session')
      const line =
        'baton: 1 handoff(s) from other sessions are pending, left for an interactive session (this one counts ' +
        'as headless: a background session (entrypoint cli, CLAUDE_CODE_SESSION_ATTENDED=0)). Run /baton:handoff-resume'
      expect(screen.replace(/\s+/g, ' ')).toContain(line)
      tty.kill()

      const stopped = await execClaude({...o, args: ['stop', id!]})
      expect(stopped.code, stopped.stderr).toBe(0)
      const autosave = await poll(() => notes(b).find((n) => n.endsWith('_autosave.md')), 'the autosave')
      const text = fs.readFileSync(path.join(b.home, '.claude', 'handoffs', autosave), 'utf8')
      expect(text).toContain('`ls`')
      expect(text).toContain('"look around"')
      expect(fs.existsSync(pending)).toBe(true)
    },
    TIMEOUT
  )
})
