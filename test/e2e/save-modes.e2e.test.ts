// `/baton:handoff-write` saves the handoff in every permission mode the version offers (read from its
// own `--help`), headless and in the terminal UI, with no permission prompt and no denial: the command
// asks the model to write the note between two marker lines of its reply, and Baton's Stop hook saves
// it, so no tool runs. The fake model does what the command says (test/e2e/setup.ts
// `followHandoffWrite`): where a command asks for a Bash call instead (Baton before the reply block),
// the model makes it, and on 2.1.337 auto mode (its interactive default, which ignores a command's
// `allowed-tools`) stops at "Auto mode can't check actions in this session" with a fake API, plan mode
// at "Do you want to proceed?", and headless auto and plan modes deny the call.

import fs from 'node:fs'
import path from 'node:path'
import {afterEach, describe, expect, test} from 'vitest'
import {say, toolUses} from './fake-api.js'
import {claudeVersion, permissionModes, runClaude, type Sandbox} from './claude.js'
import {haveTmux, poll, seedClaudeJson, startTty, type Tty} from './tty.js'
import {followHandoffWrite, note, ROOT, TIMEOUT, useE2e} from './setup.js'

const {api, sandbox} = useE2e('baton-e2e-modes-')
const ttys: Tty[] = []
afterEach(() => {
  for (const t of ttys.splice(0)) t.kill()
})

const MODES = permissionModes()
/** As root, bypassPermissions needs IS_SANDBOX=1; it changes nothing else. */
const ENV = {IS_SANDBOX: '1'}
/** A dialog that waits for the person: a permission prompt, or auto mode's "can't check actions" (2.1.337). */
const PROMPT = /Do you want to proceed\?|can't check actions|Esc to cancel/

const handoffs = (b: Sandbox): string[] => {
  const dir = path.join(b.home, '.claude', 'handoffs')
  return fs.existsSync(dir) ? fs.readdirSync(dir).filter((n) => n.endsWith('.md')) : []
}
const read = (b: Sandbox, name: string): string =>
  fs.readFileSync(path.join(b.home, '.claude', 'handoffs', name), 'utf8')
const slugOf = (mode: string): string => mode.toLowerCase()

describe(`saved from the reply in every permission mode, headless (Claude Code ${claudeVersion()})`, () => {
  test.each(MODES)(
    '--permission-mode %s: the note lands, no tool call, no denial',
    async (mode) => {
      const b = sandbox()
      const marker = `MARKER-P-${mode}`
      api.setScript(followHandoffWrite(note(marker), say('side answer')))
      const before = api.messages().length
      const r = await runClaude({
        prompt: `/baton:handoff-write headless ${mode}`,
        cwd: b.project,
        home: b.home,
        apiPort: api.port,
        pluginDir: ROOT,
        extraArgs: ['--permission-mode', mode],
        env: ENV
      })
      expect(r.code, r.stderr).toBe(0)
      expect(r.json!.permission_denials ?? []).toEqual([])
      const main = api
        .messages()
        .slice(before)
        .filter((q) => (q.body?.tools?.length ?? 0) > 0)
      expect(main[0]!.raw).toContain('### Recent commits') // the context `!` line ran
      expect(main.flatMap((q) => toolUses(q.body))).toEqual([])
      const saved = handoffs(b).filter((n) => n.endsWith(`_headless-${slugOf(mode)}.md`))
      expect(saved, handoffs(b).join(', ')).toHaveLength(1)
      const text = read(b, saved[0]!)
      expect(text).toContain(`session: ${r.json!.session_id}`)
      expect(text).toContain('branch: main')
      expect(text).toContain(marker)
      expect(text).not.toContain('baton:handoff')
    },
    TIMEOUT
  )
})

/** Per test: a session's start-up on a loaded 2-core machine, with room. */
const TTY_TIMEOUT = 150_000

describe.runIf(haveTmux())(
  `saved from the reply in every permission mode, interactive (Claude Code ${claudeVersion()})`,
  () => {
    const cases = [
      {mode: undefined, flag: 'no --permission-mode'},
      ...MODES.map((m) => ({mode: m, flag: `--permission-mode ${m}`}))
    ]
    test.each(cases)(
      '$flag: the note lands, no dialog on screen',
      async ({mode}) => {
        const b = sandbox()
        const name = mode ?? 'default-mode'
        const marker = `MARKER-T-${name}`
        api.setScript(followHandoffWrite(note(marker), say('side answer')))
        seedClaudeJson({home: b.home, cwd: b.project})
        // The one-time "running in Bypass Permissions mode" warning at start, accepted beforehand.
        fs.mkdirSync(path.join(b.home, '.claude'), {recursive: true})
        fs.writeFileSync(path.join(b.home, '.claude', 'settings.json'), '{"skipDangerousModePermissionPrompt": true}')
        const args = mode ? ['--permission-mode', mode] : []
        const tty = startTty({cwd: b.project, home: b.home, apiPort: api.port, pluginDirs: [ROOT], args, env: ENV})
        ttys.push(tty)
        await tty.ready()
        await tty.submit(`/baton:handoff-write tty ${name}`)
        // Watch every screen until the note is saved and the turn is over: a dialog fails at once.
        const wanted = `_tty-${slugOf(name)}.md`
        const screen = await poll(() => {
          const now = tty.screen()
          if (PROMPT.test(now)) throw new Error(`a permission dialog is on screen:\n${now}`)
          const saved = handoffs(b).some((n) => n.endsWith(wanted))
          return saved && now.includes('baton: saved the handoff from this reply') ? now : undefined
        }, 'the saved note and its message').catch((error: Error) => {
          throw new Error(`${error.message}\nhandoffs: ${handoffs(b).join(', ')}\nscreen:\n${tty.screen()}`)
        })
        expect(screen).not.toMatch(PROMPT)
        // What the person sees: the note as rendered markdown between the two marker lines, then where it went.
        expect(screen).toContain('<!-- baton:handoff slug=')
        expect(screen).toContain(marker)
        const saved = handoffs(b).filter((n) => n.endsWith(wanted))
        expect(saved).toHaveLength(1)
        expect(read(b, saved[0]!)).toContain(marker)
      },
      TTY_TIMEOUT
    )
  }
)
