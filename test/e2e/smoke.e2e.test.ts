// Proves the e2e harness: the REAL Claude Code CLI runs offline against the
// fake Messages API, with a throwaway plugin "probe" that exercises hooks, a
// namespaced command with a `!` line, the model's Bash tool, and a local
// marketplace install. See README-e2e.md for what each check documents.

import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import {afterEach, beforeAll, afterAll, describe, expect, test} from 'vitest'
import {chain, say, startFakeApi, systemMessages, whenBash, whenSay, type FakeApi, type Script} from './fake-api.js'
import {
  claudeVersion,
  debugLogHookRuns,
  debugLogParsedHookOutputs,
  findTranscript,
  hookResponses,
  hookSystemMessages,
  makeSandbox,
  marketplaceAdd,
  pluginInstall,
  pluginList,
  readTranscript,
  runClaude,
  runClaudeSession,
  transcriptHookMessages,
  validatePlugin,
  type Sandbox
} from './claude.js'

const TIMEOUT = 60_000

// ---------------------------------------------------------------------------
// The throwaway plugin

const PROBE_SH =
  `#!/bin/bash
# Logs every hook's stdin to $PROBE_LOG (one "<event>\\t<json>" line) and answers.
ev="$1"
input="$(cat)"
printf '%s\\t%s\\n' "$ev" "$input" >> "\${PROBE_LOG:-/dev/null}"
case "$ev" in
  SessionStart)
    printf '{"hookSpecificOutput":{"hookEventName":"SessionStart","additionalContext":"PROBE-CONTEXT-123"},` +
  `"systemMessage":"PROBE-START-SYSMSG"}\\n' ;;
  Stop)
    if [ -n "$PROBE_BLOCK" ] && printf '%s' "$input" | grep -q '"stop_hook_active":false'; then
      printf '{"decision":"block","reason":"PROBE-BLOCK-REASON"}\\n'
    else
      printf '{"systemMessage":"PROBE-STOP-REMINDER"}\\n'
    fi ;;
  SessionEnd)
    printf '{"systemMessage":"PROBE-END-SYSMSG"}\\n' ;;
esac
exit 0
`

function hookEntry(event: string, extra: Record<string, unknown> = {}): unknown {
  return [
    {
      hooks: [{type: 'command', command: `bash "\${CLAUDE_PLUGIN_ROOT}/hooks/probe.sh" ${event}`, ...extra}]
    }
  ]
}

/** Writes the probe plugin (plus a one-plugin marketplace) into dir. */
function writeProbePlugin(dir: string): void {
  const w = (rel: string, text: string): void => {
    fs.mkdirSync(path.dirname(path.join(dir, rel)), {recursive: true})
    fs.writeFileSync(path.join(dir, rel), text)
  }
  w(
    '.claude-plugin/plugin.json',
    JSON.stringify({name: 'probe', version: '0.0.1', description: 'e2e probe plugin', author: {name: 'e2e'}}, null, 2)
  )
  w(
    '.claude-plugin/marketplace.json',
    JSON.stringify(
      {
        name: 'probe-local',
        description: 'Local marketplace for the e2e probe plugin',
        owner: {name: 'e2e'},
        plugins: [{name: 'probe', source: './', description: 'e2e probe plugin', version: '0.0.1'}]
      },
      null,
      2
    )
  )
  w(
    'hooks/hooks.json',
    JSON.stringify(
      {
        hooks: {
          SessionStart: hookEntry('SessionStart'),
          Stop: hookEntry('Stop'),
          // SessionEnd gets only 1.5 s unless its own timeout raises it.
          SessionEnd: hookEntry('SessionEnd', {timeout: 10})
        }
      },
      null,
      2
    )
  )
  w('hooks/probe.sh', PROBE_SH)
  w(
    'commands/ping.md',
    [
      '---',
      'description: Probe ping command',
      'allowed-tools: Bash(echo:*)',
      '---',
      'Ping output follows:',
      '!`echo PROBE-PING-OUTPUT args=$ARGUMENTS`',
      ''
    ].join('\n')
  )
}

interface ProbeLogLine {
  event: string
  input: Record<string, unknown>
}

function readProbeLog(file: string): ProbeLogLine[] {
  if (!fs.existsSync(file)) return []
  return fs
    .readFileSync(file, 'utf8')
    .split('\n')
    .filter(Boolean)
    .map((l) => {
      const tab = l.indexOf('\t')
      return {event: l.slice(0, tab), input: JSON.parse(l.slice(tab + 1)) as Record<string, unknown>}
    })
}

// ---------------------------------------------------------------------------
// Fixtures

let pluginDir = ''
let pluginRoot = ''
let api: FakeApi | undefined
let sb: Sandbox | undefined

beforeAll(() => {
  pluginRoot = fs.realpathSync(fs.mkdtempSync(path.join(os.tmpdir(), 'baton-e2e-probe-')))
  pluginDir = path.join(pluginRoot, 'probe')
  writeProbePlugin(pluginDir)
})

afterAll(() => {
  if (pluginRoot) fs.rmSync(pluginRoot, {recursive: true, force: true})
})

afterEach(async () => {
  // Nothing may ever leave the machine: no CONNECT, no proxied request.
  if (api) {
    expect(api.connects).toEqual([])
    expect(api.foreign.map((r) => r.path)).toEqual([])
    await api.close()
  }
  sb?.cleanup()
  api = undefined
  sb = undefined
})

async function setup(script: Script): Promise<{api: FakeApi; sb: Sandbox; probeLog: string; debugFile: string}> {
  api = await startFakeApi(script)
  sb = makeSandbox()
  return {api, sb, probeLog: path.join(sb.root, 'probe.log'), debugFile: path.join(sb.root, 'debug.log')}
}

// ---------------------------------------------------------------------------

describe(`real Claude Code ${claudeVersion()} against the fake API`, () => {
  test(
    'SessionStart context reaches the model; Stop and SessionEnd hook output is observable',
    async () => {
      const {api, sb, probeLog, debugFile} = await setup(say('hello from the fake model'))
      const r = await runClaude({
        prompt: 'hi',
        cwd: sb.project,
        home: sb.home,
        apiPort: api.port,
        pluginDir,
        outputFormat: 'stream-json',
        debugFile,
        env: {PROBE_LOG: probeLog}
      })
      expect(r.timedOut).toBe(false)
      expect(r.code, r.stderr).toBe(0)
      expect(r.json?.result).toBe('hello from the fake model')

      // additionalContext arrives as a {"role":"system"} message inside `messages`.
      const first = api.messages()[0]!
      expect(systemMessages(first.body).join('\n')).toContain('SessionStart hook additional context: PROBE-CONTEXT-123')

      // stream-json --include-hook-events: SessionStart and Stop responses, with their stdout.
      expect(hookSystemMessages(r.events, 'SessionStart')).toEqual(['PROBE-START-SYSMSG'])
      expect(hookSystemMessages(r.events, 'Stop')).toEqual(['PROBE-STOP-REMINDER'])
      // ...but never SessionEnd, which runs after the last line is printed.
      expect(hookResponses(r.events, 'SessionEnd')).toEqual([])

      // SessionEnd is visible in the debug log (and through its side effects).
      const dbg = fs.readFileSync(debugFile, 'utf8')
      expect(debugLogHookRuns(dbg).filter((h) => h.label.startsWith('SessionEnd'))).toEqual([
        expect.objectContaining({label: 'SessionEnd:other', status: 0})
      ])
      expect(debugLogParsedHookOutputs(dbg)).toContainEqual({systemMessage: 'PROBE-END-SYSMSG'})
      const log = readProbeLog(probeLog)
      expect(log.map((l) => l.event)).toEqual(['SessionStart', 'Stop', 'SessionEnd'])
      expect(log[0]!.input).toMatchObject({
        hook_event_name: 'SessionStart',
        source: 'startup',
        cwd: sb.project
      })
      expect(log[1]!.input).toMatchObject({
        stop_hook_active: false,
        last_assistant_message: 'hello from the fake model'
      })
      expect(log[2]!.input).toMatchObject({hook_event_name: 'SessionEnd', reason: 'other'})
    },
    TIMEOUT
  )

  test(
    '--output-format json has no hook systemMessages; the transcript records them',
    async () => {
      const {api, sb, probeLog} = await setup(say('plain json run'))
      const r = await runClaude({
        prompt: 'hi',
        cwd: sb.project,
        home: sb.home,
        apiPort: api.port,
        pluginDir,
        env: {PROBE_LOG: probeLog}
      })
      expect(r.code, r.stderr).toBe(0)
      expect(r.json?.type).toBe('result')
      expect(r.json?.result).toBe('plain json run')
      // Observed with 2.1.197: the single result object carries no hook output.
      expect(r.stdout).not.toContain('PROBE-STOP-REMINDER')

      const transcript = findTranscript(path.join(sb.home, '.claude'), r.json!.session_id)
      expect(transcript).toBeDefined()
      // The hooks are told the same path.
      expect(readProbeLog(probeLog)[0]!.input.transcript_path).toBe(transcript)
      const entries = readTranscript(transcript!)
      expect(transcriptHookMessages(entries, 'Stop')).toEqual(['PROBE-STOP-REMINDER'])
      expect(transcriptHookMessages(entries, 'SessionStart')).toEqual(['PROBE-START-SYSMSG'])
    },
    TIMEOUT
  )

  test(
    '/probe:ping runs its ! line and the output reaches the model',
    async () => {
      const {api, sb} = await setup(
        chain(whenSay('PROBE-PING-OUTPUT args=hello world', 'saw the ping'), say('did not see the ping'))
      )
      const r = await runClaude({
        prompt: '/probe:ping hello world',
        cwd: sb.project,
        home: sb.home,
        apiPort: api.port,
        pluginDir
      })
      expect(r.code, r.stderr).toBe(0)
      expect(r.json?.result).toBe('saw the ping')
      const last = api.messages()[0]!
      expect(last.raw).toContain('<command-name>/probe:ping</command-name>')
      expect(last.raw).toContain('<command-args>hello world</command-args>')
    },
    TIMEOUT
  )

  test(
    'the fake model runs Bash; acceptEdits permits a write inside the project',
    async () => {
      const {api, sb} = await setup(
        chain(
          whenBash('please write', 'echo BASH-WROTE > out.txt', (res) => `done: ${res[0]?.text ?? ''}`),
          say('fallback')
        )
      )
      const r = await runClaude({
        prompt: 'please write the file',
        cwd: sb.project,
        home: sb.home,
        apiPort: api.port,
        extraArgs: ['--permission-mode', 'acceptEdits']
      })
      expect(r.code, r.stderr).toBe(0)
      expect(r.json?.permission_denials).toEqual([])
      expect(r.json?.num_turns).toBe(2)
      expect(fs.readFileSync(path.join(sb.project, 'out.txt'), 'utf8')).toBe('BASH-WROTE\n')
      const [call, answer] = api.messages()
      expect(call!.reply).toMatchObject({toolUse: {name: 'Bash'}})
      expect(answer!.raw).toContain('"type":"tool_result"')
      expect(r.json?.result).toBe('done: (Bash completed with no output)')
    },
    TIMEOUT
  )

  test(
    'the fake model runs Bash; --allowedTools Bash permits git and node (as root, no IS_SANDBOX)',
    async () => {
      const cmd = 'echo x > a.txt && git add a.txt && git commit -qm from-model && node -e "console.log(6*7)"'
      const {api, sb} = await setup(
        chain(
          whenBash('please commit', cmd, (res) => `result=${res[0]?.text}`),
          say('no')
        )
      )
      const r = await runClaude({
        prompt: 'please commit',
        cwd: sb.project,
        home: sb.home,
        apiPort: api.port,
        extraArgs: ['--allowedTools', 'Bash']
      })
      expect(r.code, r.stderr).toBe(0)
      expect(r.json?.permission_denials).toEqual([])
      expect(r.json?.result).toBe('result=42')
      expect(fs.existsSync(path.join(sb.project, 'a.txt'))).toBe(true)
    },
    TIMEOUT
  )

  test(
    'by default a Bash write is denied and reported in permission_denials',
    async () => {
      const {api, sb} = await setup(
        chain(
          whenBash('please write', 'echo no > denied.txt', (res) => `error=${res[0]?.isError}`),
          say('x')
        )
      )
      const r = await runClaude({prompt: 'please write', cwd: sb.project, home: sb.home, apiPort: api.port})
      expect(r.code, r.stderr).toBe(0)
      expect(r.json?.result).toBe('error=true')
      expect(r.json?.permission_denials?.map((d) => d.tool_name)).toEqual(['Bash'])
      expect(fs.existsSync(path.join(sb.project, 'denied.txt'))).toBe(false)
    },
    TIMEOUT
  )

  test(
    'two turns in one process: Stop fires per turn; a block feeds its reason back once',
    async () => {
      const {api, sb, probeLog, debugFile} = await setup(
        chain(
          whenSay('PROBE-BLOCK-REASON', 'handled the block'),
          whenSay('turn one', 'answer one'),
          whenSay('turn two', 'answer two'),
          say('other')
        )
      )
      const r = await runClaudeSession({
        prompts: ['turn one', 'turn two'],
        cwd: sb.project,
        home: sb.home,
        apiPort: api.port,
        pluginDir,
        debugFile,
        env: {PROBE_LOG: probeLog, PROBE_BLOCK: '1'}
      })
      expect(r.timedOut).toBe(false)
      expect(r.code, r.stderr).toBe(0)
      expect(r.results.map((x) => x.result)).toEqual(['handled the block', 'handled the block'])
      expect(new Set(r.results.map((x) => x.session_id)).size).toBe(1)

      // Per turn: Stop blocks (stop_hook_active false), then passes with a reminder.
      const stops = hookResponses(r.events, 'Stop').map((h) => h.output)
      expect(stops).toEqual([
        {decision: 'block', reason: 'PROBE-BLOCK-REASON'},
        {systemMessage: 'PROBE-STOP-REMINDER'},
        {decision: 'block', reason: 'PROBE-BLOCK-REASON'},
        {systemMessage: 'PROBE-STOP-REMINDER'}
      ])
      const stopInputs = readProbeLog(probeLog).filter((l) => l.event === 'Stop')
      expect(stopInputs.map((l) => l.input.stop_hook_active)).toEqual([false, true, false, true])
      // The block reason comes back to the model as a user message.
      const fed = api.messages().filter((m) => m.raw.includes('Stop hook feedback:\\nPROBE-BLOCK-REASON'))
      expect(fed.length).toBeGreaterThan(0)
      // SessionEnd ran exactly once, when stdin closed.
      const ends = debugLogHookRuns(fs.readFileSync(debugFile, 'utf8')).filter((h) => h.label.startsWith('SessionEnd'))
      expect(ends).toHaveLength(1)
    },
    TIMEOUT
  )

  test(
    'validate --strict, local marketplace add and install into a fresh CLAUDE_CONFIG_DIR, offline',
    async () => {
      const {api, sb, probeLog} = await setup(
        chain(whenSay('PROBE-PING-OUTPUT', 'installed plugin works'), say('no ping'))
      )
      const o = {home: sb.home, apiPort: api.port, configDir: sb.configDir, cwd: sb.project}

      // A folder holding marketplace.json validates only the marketplace...
      const folder = await validatePlugin(pluginDir, o)
      expect(folder.code, folder.stdout + folder.stderr).toBe(0)
      expect(folder.stdout).toContain('marketplace manifest')
      // ...so validate plugin.json too: that checks the plugin with its components.
      const manifest = await validatePlugin(path.join(pluginDir, '.claude-plugin', 'plugin.json'), o)
      expect(manifest.code, manifest.stdout + manifest.stderr).toBe(0)
      expect(manifest.stdout).toContain('plugin manifest')

      const add = await marketplaceAdd(pluginDir, o)
      expect(add.code, add.stdout + add.stderr).toBe(0)
      const inst = await pluginInstall('probe@probe-local', o)
      expect(inst.code, inst.stdout + inst.stderr).toBe(0)
      const list = await pluginList(o, ['--json'])
      // Newer versions also list their built-in plugins (`<name>@builtin`, no installPath).
      const installed = (JSON.parse(list.stdout) as Array<{id: string; enabled: boolean; installPath: string}>).filter(
        (p) => !p.id.endsWith('@builtin')
      )
      expect(installed).toEqual([expect.objectContaining({id: 'probe@probe-local', enabled: true})])
      expect(installed[0]!.installPath.startsWith(path.join(sb.configDir, 'plugins', 'cache'))).toBe(true)

      // A session without --plugin-dir now loads the installed copy.
      const r = await runClaude({
        prompt: '/probe:ping installed',
        cwd: sb.project,
        home: sb.home,
        apiPort: api.port,
        configDir: sb.configDir,
        env: {PROBE_LOG: probeLog}
      })
      expect(r.code, r.stderr).toBe(0)
      expect(r.json?.result).toBe('installed plugin works')
      expect(api.sawText('PROBE-CONTEXT-123')).toBe(true)
      expect(readProbeLog(probeLog).map((l) => l.event)).toEqual(['SessionStart', 'Stop', 'SessionEnd'])
      // With CLAUDE_CONFIG_DIR set, transcripts live under it, not under $HOME/.claude.
      expect(findTranscript(sb.configDir, r.json!.session_id)).toBeDefined()
    },
    TIMEOUT
  )

  test(
    'validate --strict fails on a plugin.json warning (missing author)',
    async () => {
      const {api, sb} = await setup(say('unused'))
      const bad = path.join(sb.root, 'bad-plugin')
      fs.mkdirSync(path.join(bad, '.claude-plugin'), {recursive: true})
      fs.writeFileSync(
        path.join(bad, '.claude-plugin', 'plugin.json'),
        JSON.stringify({name: 'bad-plugin', version: '0.0.1', description: 'no author'})
      )
      const r = await validatePlugin(path.join(bad, '.claude-plugin', 'plugin.json'), {
        home: sb.home,
        apiPort: api.port,
        configDir: sb.configDir
      })
      expect(r.code).toBe(1)
      expect(r.stdout + r.stderr).toMatch(/author/i)
      expect(api.requests).toEqual([])
    },
    TIMEOUT
  )
})
