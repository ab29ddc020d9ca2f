// Baton inside the real Claude Code CLI (e2e (a)–(h)), offline against
// the fake Messages API. Each test gets its own HOME and project.

import fs from 'node:fs'
import path from 'node:path'
import {spawnSync} from 'node:child_process'
import {describe, expect, test} from 'vitest'
import {chain, lastPromptText, say, whenTools} from './fake-api.js'
import {
  hookResponses,
  hookSystemMessages,
  marketplaceAdd,
  pluginInstall,
  runClaude,
  runClaudeSession,
  validatePlugin,
  type Sandbox
} from './claude.js'
import {baton, followHandoffWrite, note, ROOT, TIMEOUT, useE2e} from './setup.js'

// (g) useE2e checks after every test that nothing left loopback: no CONNECT, no request for another host.
const e2e = useE2e()
const {api, sandbox} = e2e

/** Claim at SessionStart in headless sessions too, as the plugin option `claimIn: all` does. */
const ALL = {CLAUDE_PLUGIN_OPTION_CLAIMIN: 'all'}

const handoffDir = (b: Sandbox, configDir = false): string =>
  path.join(configDir ? b.configDir : path.join(b.home, '.claude'), 'handoffs')
const files = (dir: string): string[] =>
  fs.existsSync(dir)
    ? fs
        .readdirSync(dir)
        .filter((n) => n.endsWith('.md'))
        .sort()
    : []

describe('the plugin', () => {
  test(
    'passes claude plugin validate --strict, as a marketplace and as a plugin',
    async () => {
      const b = sandbox()
      const folder = await validatePlugin(ROOT, {home: b.home, apiPort: api.port})
      expect(folder.code, folder.stdout + folder.stderr).toBe(0)
      expect(folder.stdout).toContain('marketplace')
      const plugin = await validatePlugin(path.join(ROOT, '.claude-plugin', 'plugin.json'), {
        home: b.home,
        apiPort: api.port
      })
      expect(plugin.code, plugin.stdout + plugin.stderr).toBe(0)
      expect(plugin.stdout).toContain('plugin manifest')
    },
    TIMEOUT
  )
})

describe('handoffs in real sessions', () => {
  test(
    '(a) a handoff written by a separate baton process reaches the model at SessionStart and ends consumed',
    async () => {
      const b = sandbox()
      const written = baton(b, ['handoff', 'write', '--slug', 'from-terminal-2'], note('MARKER-A-7781'))
      api.setScript(say('I see the handoff.'))
      // `claude -p` is headless: it claims at start only with claimIn "all" (the plugin option's variable).
      const r = await runClaude({
        prompt: 'hi',
        cwd: b.project,
        home: b.home,
        apiPort: api.port,
        pluginDir: ROOT,
        env: ALL
      })
      expect(r.code, r.stderr).toBe(0)
      const body = JSON.stringify(api.messages().at(-1)?.body)
      expect(body).toContain('SessionStart hook additional context: <handoffs count=\\"1\\"')
      expect(body).toContain('MARKER-A-7781')
      expect(fs.existsSync(written)).toBe(false)
      const done = written.replace(/\.md$/, '_done.md')
      expect(fs.readFileSync(done, 'utf8')).toContain(`by: '${r.json!.session_id}'`)
    },
    TIMEOUT
  )

  test(
    '(a2) handoffs over the context limit are still claimed, and the model is given their paths',
    async () => {
      const b = sandbox()
      const paths = [1, 2, 3].map((i) =>
        baton(b, ['handoff', 'write', '--slug', `big-${i}`], note(`MARKER-BIG-${i}`) + 'w'.repeat(4000) + '\n')
      )
      api.setScript(say('ok'))
      const r = await runClaude({
        prompt: 'hi',
        cwd: b.project,
        home: b.home,
        apiPort: api.port,
        pluginDir: ROOT,
        env: ALL
      })
      expect(r.code, r.stderr).toBe(0)
      const body = JSON.stringify(api.messages().at(-1)?.body)
      expect(body).not.toContain('persisted-output') // stayed under Claude Code's ~10,000-character limit
      expect(body).toContain('MARKER-BIG-1')
      for (const p of paths) expect(body).toContain(p.replace(/\.md$/, '_done.md'))
      expect(files(handoffDir(b)).every((n) => n.endsWith('_done.md'))).toBe(true)
    },
    TIMEOUT
  )

  test(
    '(b) /baton:handoff-resume shows a handoff written after the session started',
    async () => {
      const b = sandbox()
      api.setScript(say('hello'))
      const first = await runClaude({prompt: 'hi', cwd: b.project, home: b.home, apiPort: api.port, pluginDir: ROOT})
      const session = first.json!.session_id
      baton(b, ['handoff', 'write', '--slug', 'late'], note('MARKER-B-4410'))
      api.setScript(say('Brief: one session in flight.'))
      const r = await runClaude({
        prompt: '/baton:handoff-resume',
        cwd: b.project,
        home: b.home,
        apiPort: api.port,
        pluginDir: ROOT,
        extraArgs: ['--resume', session]
      })
      expect(r.code, r.stderr).toBe(0)
      expect(r.json!.result).toBe('Brief: one session in flight.')
      const prompt = lastPromptText(api.messages().at(-1)?.body)
      expect(prompt).toContain('<handoffs count="1"')
      expect(prompt).toContain('MARKER-B-4410')
      expect(files(handoffDir(b))).toEqual([expect.stringMatching(/_late_done\.md$/)])
    },
    TIMEOUT
  )

  test(
    '(c) /baton:handoff-write: the note written in the reply lands as a five-section handoff with the session id',
    async () => {
      const b = sandbox()
      // The fake model does what the prompt says: it writes the note between the marker lines shown (slug and all).
      api.setScript(followHandoffWrite(note('MARKER-C-9902')))
      const before = api.messages().length
      const r = await runClaude({
        prompt: '/baton:handoff-write parser-work',
        cwd: b.project,
        home: b.home,
        apiPort: api.port,
        pluginDir: ROOT
      })
      expect(r.code, r.stderr).toBe(0)
      expect(r.json!.permission_denials ?? []).toEqual([])
      expect(r.json!.result).toContain('<!-- baton:handoff slug="parser-work" -->')
      const prompt = lastPromptText(api.messages()[before]?.body)
      expect(prompt).toContain('### Recent commits') // the context `!` line ran
      const [name] = files(handoffDir(b))
      expect(name).toMatch(/^\d{4}-\d\d-\d\d_\d{6}_parser-work\.md$/)
      const text = fs.readFileSync(path.join(handoffDir(b), name!), 'utf8')
      expect(text).toContain(`session: ${r.json!.session_id}`)
      expect(text).toContain(`project: ${b.project}`)
      expect(text).toContain('branch: main')
      for (const s of [
        '## Session summary',
        '## What changed',
        '## What still needs work',
        '## Key decisions',
        '## Active context'
      ])
        expect(text).toContain(s)
      expect(text).toContain('MARKER-C-9902')
      expect(text).not.toContain('baton:handoff')
    },
    TIMEOUT
  )

  test(
    '(c2) the tool path still works where permitted: under /baton:handoff-write, Bash `handoff write` is allowed',
    async () => {
      const b = sandbox()
      // A model that saves through the CLI, as the skill describes for scripts, instead of the reply block.
      api.setScript(
        chain((body, ctx) => {
          if (!ctx.hasTools || ctx.last.toolResults.length > 0) return undefined
          if (!lastPromptText(body).includes('<command-name>/baton:handoff-write')) return undefined
          const save = `node "${ROOT}/dist/cli.js" handoff write --slug "by-tool"`
          const command = `${save} <<'BATON_HANDOFF'\n${note('MARKER-C2-5150')}BATON_HANDOFF`
          return {toolUse: {name: 'Bash', input: {command, description: 'save handoff'}}}
        }, say('Saved.'))
      )
      const r = await runClaude({
        prompt: '/baton:handoff-write',
        cwd: b.project,
        home: b.home,
        apiPort: api.port,
        pluginDir: ROOT
      })
      expect(r.code, r.stderr).toBe(0)
      expect(r.json!.permission_denials ?? []).toEqual([])
      const [name] = files(handoffDir(b))
      expect(name).toMatch(/_by-tool\.md$/)
      expect(fs.readFileSync(path.join(handoffDir(b), name!), 'utf8')).toContain('MARKER-C2-5150')
    },
    TIMEOUT
  )

  test(
    '(d) the Stop reminder appears once after an edit',
    async () => {
      const b = sandbox()
      api.setScript(
        chain(
          whenTools(
            'please edit',
            [{name: 'Write', input: {file_path: path.join(b.project, 'notes.txt'), content: 'edited\n'}}],
            {then: 'Edited.'}
          ),
          say('Fine.')
        )
      )
      const r = await runClaudeSession({
        prompts: ['please edit notes.txt', 'thanks', 'anything else?'],
        cwd: b.project,
        home: b.home,
        apiPort: api.port,
        pluginDir: ROOT,
        extraArgs: ['--permission-mode', 'acceptEdits']
      })
      expect(fs.readFileSync(path.join(b.project, 'notes.txt'), 'utf8')).toBe('edited\n')
      const stops = hookResponses(r.events, 'Stop')
      expect(stops).toHaveLength(3)
      const reminders = hookSystemMessages(r.events, 'Stop').filter((m) => m.includes('/baton:handoff-write'))
      expect(reminders).toHaveLength(1)
      expect(reminders[0]).toMatch(/changed 1 file\(s\) and has not saved a handoff/)
    },
    TIMEOUT
  )

  test(
    '(e) a session that wrote no handoff is autosaved: by Stop after its edit, which SessionEnd leaves as it is',
    async () => {
      const b = sandbox()
      api.setScript(
        chain(
          whenTools(
            'make a file',
            [{name: 'Write', input: {file_path: path.join(b.project, 'made.txt'), content: 'x\n'}}],
            {then: 'Made.'}
          ),
          say('ok')
        )
      )
      const r = await runClaude({
        prompt: 'make a file please',
        cwd: b.project,
        home: b.home,
        apiPort: api.port,
        pluginDir: ROOT,
        extraArgs: ['--permission-mode', 'acceptEdits'],
        env: {BATON_SAVE_IN: 'all'} // a headless run autosaves only under saveIn all
      })
      expect(r.code, r.stderr).toBe(0)
      const [name] = files(handoffDir(b))
      expect(name).toMatch(/_autosave\.md$/)
      const text = fs.readFileSync(path.join(handoffDir(b), name!), 'utf8')
      expect(text).toContain('auto: true')
      expect(text).toContain(`session: ${r.json!.session_id}`)
      expect(text).toContain(`\`${path.join(b.project, 'made.txt')}\``)
      expect(text).toContain('"make a file please"')
      expect(text).toContain('Autosaved by Baton at Stop')
    },
    TIMEOUT
  )

  test(
    '(f) with an unusable handoff directory the session keeps working and shows a systemMessage',
    async () => {
      const b = sandbox()
      const blocker = path.join(b.root, 'not-a-dir')
      fs.writeFileSync(blocker, 'a file')
      fs.mkdirSync(path.join(b.home, '.claude'), {recursive: true})
      fs.writeFileSync(path.join(b.home, '.claude', 'context-handoff.md'), 'legacy note to import\n')
      api.setScript(say('Still working.'))
      const r = await runClaude({
        prompt: 'hi',
        cwd: b.project,
        home: b.home,
        apiPort: api.port,
        pluginDir: ROOT,
        outputFormat: 'stream-json',
        // claimIn all: a headless start claims, and so imports the legacy note, which needs the directory.
        env: {...ALL, BATON_HANDOFF_DIR: path.join(blocker, 'handoffs')}
      })
      expect(r.code, r.stderr).toBe(0)
      expect(r.json!.is_error).toBe(false)
      expect(r.json!.result).toBe('Still working.')
      const start = hookSystemMessages(r.events, 'SessionStart').join('\n')
      expect(start).toMatch(/baton: the SessionStart hook failed and was skipped \(your session is fine\)/)
      expect(start).toContain(path.join(blocker, 'handoffs'))
      expect(fs.readFileSync(path.join(b.home, '.claude', 'context-handoff.md'), 'utf8')).toBe(
        'legacy note to import\n'
      )
    },
    TIMEOUT
  )
})

describe('marketplace install', () => {
  test(
    '(h) installs from a clone into a fresh config dir, and the installed copy (no node_modules) delivers a handoff',
    async () => {
      const b = sandbox()
      const clone = path.join(b.root, 'baton-clone')
      const git = spawnSync('git', ['clone', '-q', ROOT, clone], {encoding: 'utf8'})
      expect(git.status, git.stderr).toBe(0)
      expect(fs.existsSync(path.join(clone, 'node_modules'))).toBe(false)
      const o = {home: b.home, apiPort: api.port, configDir: b.configDir}
      const add = await marketplaceAdd(clone, o)
      expect(add.code, add.stdout + add.stderr).toBe(0)
      const install = await pluginInstall('baton@baton-marketplace', o)
      expect(install.code, install.stdout + install.stderr).toBe(0)
      const cache = path.join(b.configDir, 'plugins', 'cache', 'baton-marketplace', 'baton')
      const [version] = fs.readdirSync(cache)
      const installed = path.join(cache, version!)
      expect(fs.existsSync(path.join(installed, 'dist', 'cli.js'))).toBe(true)
      expect(fs.existsSync(path.join(installed, 'node_modules'))).toBe(false)

      baton(b, ['handoff', 'write', '--slug', 'via-install'], note('MARKER-H-3141'), {CLAUDE_CONFIG_DIR: b.configDir})
      // `claude -p` is headless: claimIn "all" in Baton's config file makes it claim at start.
      fs.mkdirSync(path.join(b.configDir, 'baton'), {recursive: true})
      fs.writeFileSync(path.join(b.configDir, 'baton', 'config.json'), '{"claimIn": "all"}\n')
      api.setScript(say('Got it.'))
      const r = await runClaude({prompt: 'hi', cwd: b.project, home: b.home, apiPort: api.port, configDir: b.configDir})
      expect(r.code, r.stderr).toBe(0)
      expect(JSON.stringify(api.messages().at(-1)?.body)).toContain('MARKER-H-3141')
      expect(files(handoffDir(b, true))).toEqual([expect.stringMatching(/_via-install_done\.md$/)])
    },
    TIMEOUT
  )
})
