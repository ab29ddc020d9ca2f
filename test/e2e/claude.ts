// Runs the real Claude Code CLI (npm package @anthropic-ai/claude-code) in an
// isolated, offline environment that points at the fake API (fake-api.ts).
// Imports only node builtins.

import {spawn, execFileSync, type ChildProcess} from 'node:child_process'
import {createRequire} from 'node:module'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

// ---------------------------------------------------------------------------
// Locating the binary

const require = createRequire(import.meta.url)

let cachedBin: string | undefined

/**
 * The npm package of the Claude Code version under test. The e2e files run once per
 * pinned version (vitest.config.ts sets BATON_E2E_CLAUDE for each project):
 * `floor` is the oldest supported version (the `claude-code-floor` alias), `newest`
 * (the default) is `@anthropic-ai/claude-code`.
 */
export function claudePackage(): string {
  const which = process.env.BATON_E2E_CLAUDE ?? 'newest'
  if (which === 'floor') return 'claude-code-floor'
  if (which === 'newest') return '@anthropic-ai/claude-code'
  throw new Error(`BATON_E2E_CLAUDE must be floor or newest, not ${JSON.stringify(which)}`)
}

/**
 * Absolute path of the claude executable from node_modules.
 * The package's bin (bin/claude.exe) is a placeholder that its postinstall
 * replaces with the native binary from the platform package
 * (@anthropic-ai/claude-code-<platform>). When the postinstall did not run
 * (e.g. npm's allowScripts gate), fall back to the platform package's binary.
 */
export function claudeBin(): string {
  if (cachedBin) return cachedBin
  if (process.env.BATON_E2E_CLAUDE_BIN) return (cachedBin = process.env.BATON_E2E_CLAUDE_BIN)
  const pkgJson = require.resolve(`${claudePackage()}/package.json`)
  const pkgDir = path.dirname(pkgJson)
  const pkg = JSON.parse(fs.readFileSync(pkgJson, 'utf8')) as {bin?: string | Record<string, string>}
  const rel = typeof pkg.bin === 'string' ? pkg.bin : pkg.bin?.claude
  if (!rel) throw new Error(`${claudePackage()}: no "claude" bin in ${pkgJson}`)
  const main = path.join(pkgDir, rel)
  // The real binary is hundreds of MB; the placeholder is tiny.
  if (fs.existsSync(main) && fs.statSync(main).size > 1_000_000) return (cachedBin = main)
  const pkgRequire = createRequire(pkgJson)
  const arch = process.arch
  const candidates = [`@anthropic-ai/claude-code-${process.platform}-${arch}`]
  if (process.platform === 'linux') candidates.push(`@anthropic-ai/claude-code-linux-${arch}-musl`)
  for (const c of candidates) {
    try {
      const p = path.join(path.dirname(pkgRequire.resolve(`${c}/package.json`)), 'claude')
      if (fs.existsSync(p)) return (cachedBin = p)
    } catch {
      // not installed; try the next one
    }
  }
  throw new Error(
    `claude binary not found: ${main} is a placeholder and no platform package is installed ` +
      `(install ${claudePackage()} with optional dependencies)`
  )
}

/** The Claude Code version under test (from its package.json, or `--version` of BATON_E2E_CLAUDE_BIN). */
export function claudeVersion(): string {
  if (!process.env.BATON_E2E_CLAUDE_BIN) {
    const pkgJson = require.resolve(`${claudePackage()}/package.json`)
    return (JSON.parse(fs.readFileSync(pkgJson, 'utf8')) as {version: string}).version
  }
  const out = execFileSync(claudeBin(), ['--version'], {
    encoding: 'utf8',
    env: {PATH: process.env.PATH ?? ''}
  })
  return out.trim().split(/\s+/)[0] ?? 'unknown'
}

// ---------------------------------------------------------------------------
// Environment

export interface EnvOptions {
  home: string
  /** Port of the fake API; every proxy variable points at it too. */
  apiPort: number
  /** Sets CLAUDE_CONFIG_DIR (otherwise Claude Code uses $HOME/.claude). */
  configDir?: string | undefined
  /** Extra variables (e.g. IS_SANDBOX=1, BATON_* for the plugin under test). */
  env?: Record<string, string | undefined> | undefined
}

/**
 * The complete environment for a claude process, `env -i` style: nothing is
 * inherited from the test process except PATH (so hooks find node, git, bash).
 */
export function isolatedEnv(o: EnvOptions): Record<string, string> {
  const base = `http://127.0.0.1:${o.apiPort}`
  const env: Record<string, string> = {
    PATH: process.env.PATH ?? '/usr/local/bin:/usr/bin:/bin',
    HOME: o.home,
    LANG: 'C.UTF-8',
    TERM: 'dumb',
    ANTHROPIC_BASE_URL: base,
    ANTHROPIC_API_KEY: 'sk-test-dummy',
    DISABLE_TELEMETRY: '1',
    CLAUDE_CODE_DISABLE_NONESSENTIAL_TRAFFIC: '1',
    DISABLE_AUTOUPDATER: '1',
    DISABLE_ERROR_REPORTING: '1',
    CLAUDE_CODE_DISABLE_OFFICIAL_MARKETPLACE_AUTOINSTALL: '1',
    GIT_SSH_COMMAND: '/bin/false',
    // Any stray attempt to reach the internet lands on the fake server, which refuses it.
    HTTPS_PROXY: base,
    HTTP_PROXY: base,
    https_proxy: base,
    http_proxy: base,
    NO_PROXY: '127.0.0.1,localhost',
    no_proxy: '127.0.0.1,localhost',
    // git must not read the machine's or the user's global config.
    GIT_CONFIG_NOSYSTEM: '1',
    TMPDIR: process.env.TMPDIR ?? os.tmpdir()
  }
  if (o.configDir) env.CLAUDE_CONFIG_DIR = o.configDir
  for (const [k, v] of Object.entries(o.env ?? {})) {
    if (v === undefined) delete env[k]
    else env[k] = v
  }
  return env
}

// ---------------------------------------------------------------------------
// Running

/** Kills a detached child's whole process group (its hooks too), or the child alone. */
function killGroup(child: ChildProcess): void {
  try {
    process.kill(-child.pid!, 'SIGKILL')
  } catch {
    child.kill('SIGKILL')
  }
}

export interface ExecResult {
  code: number | null
  signal: NodeJS.Signals | null
  stdout: string
  stderr: string
  /** Wall time in ms. */
  ms: number
  timedOut: boolean
  /** The argv that was run (without the binary). */
  args: string[]
}

export interface ExecOptions extends EnvOptions {
  cwd: string
  args: string[]
  timeoutMs?: number | undefined
  /** Written to stdin, which is then closed. Default: stdin closed at once. */
  input?: string | undefined
}

/** Runs claude with the given argv in the isolated environment. */
export function execClaude(o: ExecOptions): Promise<ExecResult> {
  const timeoutMs = o.timeoutMs ?? 60_000
  const started = Date.now()
  return new Promise((resolve, reject) => {
    const child = spawn(claudeBin(), o.args, {
      cwd: o.cwd,
      env: isolatedEnv(o),
      stdio: ['pipe', 'pipe', 'pipe'],
      detached: true // own process group, so a timeout kills hooks too
    })
    let stdout = ''
    let stderr = ''
    let timedOut = false
    child.stdout.setEncoding('utf8').on('data', (d: string) => (stdout += d))
    child.stderr.setEncoding('utf8').on('data', (d: string) => (stderr += d))
    child.stdin.on('error', () => {})
    child.stdin.end(o.input ?? '')
    const timer = setTimeout(() => {
      timedOut = true
      killGroup(child)
    }, timeoutMs)
    child.on('error', (e) => {
      clearTimeout(timer)
      reject(e)
    })
    child.on('close', (code, signal) => {
      clearTimeout(timer)
      resolve({code, signal, stdout, stderr, ms: Date.now() - started, timedOut, args: o.args})
    })
  })
}

export interface RunClaudeOptions {
  prompt: string
  cwd: string
  home: string
  apiPort: number
  /** Passed as --plugin-dir (loads the plugin without installing it). */
  pluginDir?: string | undefined
  configDir?: string | undefined
  /** Added after the standard flags, e.g. ['--permission-mode', 'acceptEdits']. */
  extraArgs?: string[] | undefined
  env?: Record<string, string | undefined> | undefined
  timeoutMs?: number | undefined
  /**
   * json (default): one JSON result object.
   * stream-json: adds --verbose --include-hook-events; `events` holds every line.
   * text: plain text.
   */
  outputFormat?: 'json' | 'stream-json' | 'text' | undefined
  /** Write Claude Code's debug log here (--debug-file). */
  debugFile?: string | undefined
}

/** The `--output-format json` result object (the fields tests use). */
export interface ClaudeJsonResult {
  type: 'result'
  subtype: string
  is_error: boolean
  result?: string | undefined
  session_id: string
  num_turns: number
  duration_ms: number
  permission_denials?: Array<{tool_name: string; tool_use_id: string; tool_input: unknown}> | undefined
  [k: string]: unknown
}

export interface ClaudeEvent {
  type: string
  subtype?: string | undefined
  [k: string]: unknown
}

export interface RunClaudeResult extends ExecResult {
  /** The parsed result object (json: the whole stdout; stream-json: the `result` line). */
  json: ClaudeJsonResult | undefined
  /** stream-json only: every parsed line. */
  events: ClaudeEvent[]
}

/** Parses JSON lines, skipping any that do not parse. */
export function parseJsonLines(text: string): ClaudeEvent[] {
  const out: ClaudeEvent[] = []
  for (const line of text.split('\n')) {
    const t = line.trim()
    if (!t.startsWith('{')) continue
    try {
      out.push(JSON.parse(t) as ClaudeEvent)
    } catch {
      // not JSON
    }
  }
  return out
}

/** Runs one headless session: `claude -p <prompt> [--plugin-dir D] --output-format F ...`. */
export async function runClaude(o: RunClaudeOptions): Promise<RunClaudeResult> {
  const format = o.outputFormat ?? 'json'
  const args = ['-p', o.prompt, '--output-format', format]
  if (format === 'stream-json') args.push('--verbose', '--include-hook-events')
  if (o.pluginDir) args.push('--plugin-dir', o.pluginDir)
  if (o.debugFile) args.push('--debug-file', o.debugFile)
  args.push(...(o.extraArgs ?? []))
  const r = await execClaude({
    cwd: o.cwd,
    home: o.home,
    apiPort: o.apiPort,
    configDir: o.configDir,
    env: o.env,
    args,
    timeoutMs: o.timeoutMs
  })
  let json: ClaudeJsonResult | undefined
  let events: ClaudeEvent[] = []
  if (format === 'json') {
    try {
      json = JSON.parse(r.stdout) as ClaudeJsonResult
    } catch {
      const last = parseJsonLines(r.stdout)
        .filter((e) => e.type === 'result')
        .pop()
      json = last as ClaudeJsonResult | undefined
    }
  } else if (format === 'stream-json') {
    events = parseJsonLines(r.stdout)
    json = events.filter((e) => e.type === 'result').pop() as ClaudeJsonResult | undefined
  }
  return {...r, json, events}
}

export interface RunSessionOptions extends Omit<RunClaudeOptions, 'prompt' | 'outputFormat'> {
  /** One prompt per turn, sent one after another in the same process. */
  prompts: string[]
  /** Called with each turn's `result` line, before the next prompt is sent (e.g. to change files between turns). */
  onResult?: ((result: ClaudeJsonResult, turn: number) => void) | undefined
}

export interface RunSessionResult extends ExecResult {
  /** Every parsed stdout line (hook events included). */
  events: ClaudeEvent[]
  /** The `result` line of each turn, in order. */
  results: ClaudeJsonResult[]
}

/**
 * Several turns in ONE claude process:
 * `-p --input-format stream-json --output-format stream-json --verbose --include-hook-events`.
 * Sends the next prompt only once the previous turn's `result` line arrived,
 * then closes stdin so the session ends (and SessionEnd runs).
 */
export function runClaudeSession(o: RunSessionOptions): Promise<RunSessionResult> {
  const args = [
    '-p',
    '--input-format',
    'stream-json',
    '--output-format',
    'stream-json',
    '--verbose',
    '--include-hook-events'
  ]
  if (o.pluginDir) args.push('--plugin-dir', o.pluginDir)
  if (o.debugFile) args.push('--debug-file', o.debugFile)
  args.push(...(o.extraArgs ?? []))
  const timeoutMs = o.timeoutMs ?? 60_000
  const started = Date.now()
  return new Promise((resolve, reject) => {
    const child = spawn(claudeBin(), args, {
      cwd: o.cwd,
      env: isolatedEnv(o),
      stdio: ['pipe', 'pipe', 'pipe'],
      detached: true
    })
    let stdout = ''
    let stderr = ''
    let pending = ''
    let timedOut = false
    const events: ClaudeEvent[] = []
    const results: ClaudeJsonResult[] = []
    let next = 0
    child.stdin.on('error', () => {})
    const sendNext = (): void => {
      if (next < o.prompts.length) {
        const line = {type: 'user', message: {role: 'user', content: o.prompts[next]}}
        next += 1
        child.stdin.write(JSON.stringify(line) + '\n')
      } else {
        child.stdin.end()
      }
    }
    child.stdout.setEncoding('utf8').on('data', (d: string) => {
      stdout += d
      pending += d
      let nl: number
      while ((nl = pending.indexOf('\n')) >= 0) {
        const line = pending.slice(0, nl)
        pending = pending.slice(nl + 1)
        const [ev] = parseJsonLines(line)
        if (!ev) continue
        events.push(ev)
        if (ev.type === 'result') {
          results.push(ev as ClaudeJsonResult)
          o.onResult?.(ev as ClaudeJsonResult, results.length - 1)
          sendNext()
        }
      }
    })
    child.stderr.setEncoding('utf8').on('data', (d: string) => (stderr += d))
    sendNext()
    const timer = setTimeout(() => {
      timedOut = true
      killGroup(child)
    }, timeoutMs)
    child.on('error', (e) => {
      clearTimeout(timer)
      reject(e)
    })
    child.on('close', (code, signal) => {
      clearTimeout(timer)
      if (pending.trim()) events.push(...parseJsonLines(pending))
      resolve({code, signal, stdout, stderr, ms: Date.now() - started, timedOut, args, events, results})
    })
  })
}

// ---------------------------------------------------------------------------
// Observing hooks

/** A hook run as reported by stream-json `--include-hook-events` (system/hook_response lines). */
export interface HookResponse {
  hookName: string
  hookEvent: string
  stdout: string
  stderr: string
  exitCode: number | undefined
  outcome: string | undefined
  /** stdout parsed as JSON when it is JSON. */
  output: Record<string, unknown> | undefined
}

/**
 * The hook runs visible in stream-json output. Covers SessionStart,
 * UserPromptSubmit, Stop, PreCompact, tool hooks — NOT SessionEnd, which runs
 * after the last line is printed (see `debugLogHookRuns`).
 */
export function hookResponses(events: ClaudeEvent[], hookEvent?: string): HookResponse[] {
  return events
    .filter((e) => e.type === 'system' && e.subtype === 'hook_response')
    .filter((e) => hookEvent === undefined || e.hook_event === hookEvent)
    .map((e) => {
      const stdout = String(e.stdout ?? e.output ?? '')
      let output: Record<string, unknown> | undefined
      try {
        const parsed = JSON.parse(stdout.trim()) as unknown
        if (parsed && typeof parsed === 'object') output = parsed as Record<string, unknown>
      } catch {
        output = undefined
      }
      return {
        hookName: String(e.hook_name ?? ''),
        hookEvent: String(e.hook_event ?? ''),
        stdout,
        stderr: String(e.stderr ?? ''),
        exitCode: typeof e.exit_code === 'number' ? e.exit_code : undefined,
        outcome: typeof e.outcome === 'string' ? e.outcome : undefined,
        output
      }
    })
}

/** The systemMessages hooks of one event printed, from stream-json events. */
export function hookSystemMessages(events: ClaudeEvent[], hookEvent?: string): string[] {
  return hookResponses(events, hookEvent)
    .map((h) => h.output?.systemMessage)
    .filter((m): m is string => typeof m === 'string')
}

/** One entry of a session transcript (JSONL). */
export type TranscriptEntry = Record<string, unknown> & {type?: string}

/** Reads a transcript JSONL (the `transcript_path` hooks receive). */
export function readTranscript(file: string): TranscriptEntry[] {
  if (!fs.existsSync(file)) return []
  return parseJsonLines(fs.readFileSync(file, 'utf8')) as TranscriptEntry[]
}

/**
 * Finds the transcript of a session: `<configDir or $HOME/.claude>/projects/<encoded cwd>/<session>.jsonl`.
 * Searches every project folder, so the cwd encoding does not matter.
 */
export function findTranscript(claudeHome: string, sessionId: string): string | undefined {
  const projects = path.join(claudeHome, 'projects')
  if (!fs.existsSync(projects)) return undefined
  for (const d of fs.readdirSync(projects)) {
    const p = path.join(projects, d, `${sessionId}.jsonl`)
    if (fs.existsSync(p)) return p
  }
  return undefined
}

/**
 * Hook systemMessages recorded in a transcript: attachments of type
 * `hook_system_message` (SessionStart, UserPromptSubmit, Stop; not SessionEnd).
 */
export function transcriptHookMessages(entries: TranscriptEntry[], hookEvent?: string): string[] {
  const out: string[] = []
  for (const e of entries) {
    const a = e.attachment as Record<string, unknown> | undefined
    if (e.type !== 'attachment' || !a || a.type !== 'hook_system_message') continue
    if (hookEvent !== undefined && a.hookEvent !== hookEvent) continue
    out.push(String(a.content ?? ''))
  }
  return out
}

export interface DebugHookRun {
  /** e.g. "SessionEnd:other" */
  label: string
  command: string
  status: number
}

/**
 * SessionEnd hooks are visible only in the --debug-file log, as
 * `SessionEnd:<reason> [<command>] completed with status <n>`.
 * Their JSON stdout shows up just before that as `Hooks: Parsed initial response: {...}`
 * (see `debugLogParsedHookOutputs`).
 */
export function debugLogHookRuns(debugLog: string): DebugHookRun[] {
  const out: DebugHookRun[] = []
  const re = /\] (\w+(?::[\w-]+)?) \[(.*)\] completed with status (-?\d+)/g
  for (const m of debugLog.matchAll(re)) {
    out.push({label: m[1]!, command: m[2]!, status: Number(m[3])})
  }
  return out
}

/** Every hook JSON output logged in a --debug-file log (`Hooks: Parsed initial response: {...}`), in order. */
export function debugLogParsedHookOutputs(debugLog: string): Array<Record<string, unknown>> {
  const out: Array<Record<string, unknown>> = []
  for (const line of debugLog.split('\n')) {
    const i = line.indexOf('Hooks: Parsed initial response: ')
    if (i < 0) continue
    try {
      out.push(JSON.parse(line.slice(i + 'Hooks: Parsed initial response: '.length)) as Record<string, unknown>)
    } catch {
      // partial line
    }
  }
  return out
}

// ---------------------------------------------------------------------------
// Sandboxes

export interface Sandbox {
  /** Root temp dir holding everything below. */
  root: string
  /** A fresh HOME. */
  home: string
  /** A git repository with one commit, used as the session's cwd. */
  project: string
  /** A fresh dir meant for CLAUDE_CONFIG_DIR (created empty; pass it when you want it). */
  configDir: string
  /** Removes root. */
  cleanup(): void
}

function git(cwd: string, ...args: string[]): string {
  return execFileSync('git', args, {
    cwd,
    encoding: 'utf8',
    env: {
      PATH: process.env.PATH ?? '/usr/bin:/bin',
      HOME: cwd,
      GIT_CONFIG_NOSYSTEM: '1',
      GIT_AUTHOR_DATE: '2025-01-01T00:00:00Z',
      GIT_COMMITTER_DATE: '2025-01-01T00:00:00Z'
    }
  })
}

/**
 * Makes a fresh temp HOME, CLAUDE_CONFIG_DIR and project dir. The project is a
 * git repository (local user.name/email set) with one commit holding `files`
 * (default: a README.md).
 */
export function makeSandbox(opts: {prefix?: string; files?: Record<string, string>} = {}): Sandbox {
  // realpath: macOS /var → /private/var; Claude Code reports real paths.
  const root = fs.realpathSync(fs.mkdtempSync(path.join(os.tmpdir(), opts.prefix ?? 'baton-e2e-')))
  const home = path.join(root, 'home')
  const project = path.join(root, 'project')
  const configDir = path.join(root, 'claude-config')
  for (const d of [home, project, configDir]) fs.mkdirSync(d, {recursive: true})
  const files = opts.files ?? {'README.md': '# e2e project\n'}
  for (const [rel, text] of Object.entries(files)) {
    const p = path.join(project, rel)
    fs.mkdirSync(path.dirname(p), {recursive: true})
    fs.writeFileSync(p, text)
  }
  git(project, 'init', '-q', '-b', 'main')
  git(project, 'config', 'user.name', 'E2E Test')
  git(project, 'config', 'user.email', 'e2e@example.invalid')
  git(project, 'config', 'commit.gpgsign', 'false')
  git(project, 'add', '-A')
  git(project, 'commit', '-q', '-m', 'initial')
  return {
    root,
    home,
    project,
    configDir,
    // Retried: a background sync a hook started (detached) may still be writing under HOME for a moment.
    cleanup: () => fs.rmSync(root, {recursive: true, force: true, maxRetries: 10, retryDelay: 200})
  }
}

// ---------------------------------------------------------------------------
// Plugin management (same isolated env)

export interface PluginCliOptions {
  home: string
  apiPort: number
  configDir?: string | undefined
  cwd?: string | undefined
  env?: Record<string, string | undefined> | undefined
  timeoutMs?: number | undefined
}

function pluginCli(o: PluginCliOptions, args: string[]): Promise<ExecResult> {
  return execClaude({...o, cwd: o.cwd ?? o.home, args, timeoutMs: o.timeoutMs ?? 60_000})
}

/** `claude plugin validate --strict <target>` (a folder, or a plugin.json / marketplace.json file). */
export function validatePlugin(target: string, o: PluginCliOptions): Promise<ExecResult> {
  return pluginCli(o, ['plugin', 'validate', '--strict', target])
}

/** `claude plugin marketplace add <dir>`. */
export function marketplaceAdd(dir: string, o: PluginCliOptions): Promise<ExecResult> {
  return pluginCli(o, ['plugin', 'marketplace', 'add', dir])
}

/** `claude plugin install <plugin>@<marketplace>` (scope user by default). */
export function pluginInstall(
  spec: string,
  o: PluginCliOptions,
  scope?: 'user' | 'project' | 'local'
): Promise<ExecResult> {
  return pluginCli(o, ['plugin', 'install', spec, ...(scope ? ['--scope', scope] : [])])
}

/** `claude plugin list` (add --json when supported by passing extra). */
export function pluginList(o: PluginCliOptions, extra: string[] = []): Promise<ExecResult> {
  return pluginCli(o, ['plugin', 'list', ...extra])
}

/** The `--permission-mode` choices of the version under test, as its `--help` lists them. */
export function permissionModes(): string[] {
  const help = execFileSync(claudeBin(), ['--help'], {encoding: 'utf8', env: {PATH: process.env.PATH ?? ''}})
  const choices = /--permission-mode <mode>[\s\S]*?\(choices:([^)]*)\)/.exec(help)?.[1] ?? ''
  const modes = [...choices.matchAll(/"([^"]+)"/g)].map((m) => m[1]!)
  if (modes.length === 0) throw new Error(`no --permission-mode choices in ${claudeBin()} --help`)
  return modes
}
