// Interactive Claude Code sessions for the e2e: the real CLI in a terminal
// (tmux), in the same isolated, offline environment as the headless runs
// (claude.ts `isolatedEnv`). Each session gets its own tmux server on its own
// socket (`tmux -L <unique>`), killed in `kill()` together with everything the
// session started. Every wait is a bounded poll of the screen or of a
// condition; none of them is an assertion by itself.

import {spawnSync} from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import {claudeBin, isolatedEnv} from './claude.js'

/** How long to wait for the input box of a fresh session (a loaded 2-core machine needs the margin). */
export const READY_MS = 60_000
/** Default bound of every other wait. */
export const WAIT_MS = 45_000
const POLL_MS = 150

/** Whether tmux can be run here. */
export function haveTmux(): boolean {
  return spawnSync('tmux', ['-V'], {encoding: 'utf8'}).status === 0
}

/**
 * Seeds Claude Code's `.claude.json` so an interactive session opens straight
 * on its input box: onboarding done, `cwd` trusted, and the test API key
 * approved (without that, 2.1.330 and later stop at "Detected a custom API key").
 * Written to `$HOME/.claude.json`, and to `<configDir>/.claude.json` when a
 * config dir is used (Claude Code reads it from there then).
 */
export function seedClaudeJson(o: {home: string; cwd: string; configDir?: string | undefined; apiKey?: string}): void {
  const json = {
    hasCompletedOnboarding: true,
    projects: {[o.cwd]: {hasTrustDialogAccepted: true, hasCompletedProjectOnboarding: true}},
    // Claude Code keeps the last 20 characters of an approved key.
    customApiKeyResponses: {approved: [(o.apiKey ?? 'sk-test-dummy').slice(-20)], rejected: []}
  }
  for (const dir of [o.home, o.configDir].filter((d): d is string => d !== undefined)) {
    fs.mkdirSync(dir, {recursive: true})
    fs.writeFileSync(path.join(dir, '.claude.json'), JSON.stringify(json, null, 2))
  }
}

export interface TtyOptions {
  cwd: string
  home: string
  apiPort: number
  configDir?: string | undefined
  /** Each one is passed as --plugin-dir. */
  pluginDirs?: string[] | undefined
  /** Added after the plugin dirs. */
  args?: string[] | undefined
  /** Extra variables, as for `isolatedEnv` (TERM is xterm-256color unless given here). */
  env?: Record<string, string | undefined> | undefined
  width?: number
  height?: number
}

/** A running interactive session in its own tmux server. */
export interface Tty {
  /** The tmux socket name (`tmux -L <socket>`). */
  socket: string
  /** The pid of the claude process (the pane's process, leader of its own process group). */
  pid: number
  /** The visible screen, lines joined (wrapped lines unwrapped). */
  screen(): string
  /** Waits until `test` holds for the screen (a string it contains, a pattern, or a predicate). */
  waitForScreen(
    test: string | RegExp | ((screen: string) => boolean),
    what: string,
    timeoutMs?: number
  ): Promise<string>
  /** Waits for the input box. */
  ready(timeoutMs?: number): Promise<void>
  /** Types `text` into the input box, checks it arrived, and presses Enter. */
  submit(text: string, timeoutMs?: number): Promise<void>
  /**
   * Sends `/exit` and waits until the claude process has exited (Claude Code runs
   * SessionEnd hooks before it exits); its exit status when tmux recorded one.
   */
  exit(timeoutMs?: number): Promise<number | undefined>
  /** Whether the claude process has exited, and how. */
  state(): {dead: boolean; status: number | undefined}
  /** Kills the tmux server and the session's process group. Safe to call twice. */
  kill(): void
}

let counter = 0

/** Polls `check` every 150 ms until it returns a value other than undefined, or fails after `timeoutMs`. */
export async function poll<T>(check: () => T | undefined, what: string, timeoutMs = WAIT_MS): Promise<T> {
  const until = Date.now() + timeoutMs
  for (;;) {
    const v = check()
    if (v !== undefined) return v
    if (Date.now() > until) throw new Error(`timed out after ${timeoutMs} ms waiting for ${what}`)
    await new Promise((r) => setTimeout(r, POLL_MS))
  }
}

/** Whether process `pid` has exited (gone, or a zombie not yet reaped). */
function gone(pid: number): boolean {
  try {
    const stat = fs.readFileSync(`/proc/${pid}/stat`, 'utf8')
    return stat.slice(stat.lastIndexOf(')') + 2).startsWith('Z')
  } catch {
    return true
  }
}

/** The input box both versions draw: a rule, the `❯` line, a rule. */
const INPUT_BOX = /^─{20,}\n❯[^\n]*\n─{20,}/m

/**
 * Starts `claude [--plugin-dir D]... [args]` in a fresh tmux server, in the
 * isolated environment (`env -i`: only what `isolatedEnv` builds reaches it).
 * Call `kill()` in cleanup whatever happens.
 */
export function startTty(o: TtyOptions): Tty {
  const socket = `baton-e2e-${process.pid}-${++counter}-${Date.now().toString(36)}`
  const tmuxEnv = {PATH: process.env.PATH ?? '/usr/bin:/bin', HOME: o.home, TMUX_TMPDIR: os.tmpdir()}
  const conf = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'baton-tmux-')), 'tmux.conf')
  // Read when the server starts, so the pane stays (with its exit status) once claude exits.
  fs.writeFileSync(conf, 'set -g remain-on-exit on\nset -g history-limit 10000\n')
  const tmux = (...args: string[]): {status: number | null; stdout: string; stderr: string} =>
    spawnSync('tmux', ['-L', socket, '-f', conf, ...args], {env: tmuxEnv, encoding: 'utf8', timeout: 15_000})
  const env = isolatedEnv({
    home: o.home,
    apiPort: o.apiPort,
    configDir: o.configDir,
    env: {TERM: 'xterm-256color', ...o.env}
  })
  const argv = [...(o.pluginDirs ?? []).flatMap((d) => ['--plugin-dir', d]), ...(o.args ?? [])]
  const vars = [...Object.entries(env).map(([k, v]) => `${k}=${v}`), claudeBin(), ...argv]
  const width = String(o.width ?? 200)
  const height = String(o.height ?? 50)
  // More than one argument after the options: tmux runs the argv directly, with no shell.
  const started = tmux(
    'new-session',
    '-d',
    '-s',
    'claude',
    '-x',
    width,
    '-y',
    height,
    '-c',
    o.cwd,
    'env',
    '-i',
    ...vars
  )
  if (started.status !== 0) throw new Error(`tmux new-session failed: ${started.stderr}`)
  const pid = Number(tmux('display-message', '-p', '-t', 'claude', '#{pane_pid}').stdout.trim())
  let killed = false
  const screen = (): string => tmux('capture-pane', '-p', '-J', '-t', 'claude').stdout
  const state = (): {dead: boolean; status: number | undefined} => {
    const r = tmux(
      'display-message',
      '-p',
      '-t',
      'claude',
      'dead=#{pane_dead} status=#{pane_dead_status} signal=#{pane_dead_signal}'
    )
    // No answer and no server: the session is gone, and how it ended with it.
    if (r.status !== 0)
      return tmux('has-session', '-t', 'claude').status === 0
        ? {dead: false, status: undefined}
        : {dead: true, status: undefined}
    const m = /dead=(\d*) status=(-?\d*) signal=(\d*)/.exec(r.stdout)
    // Killed by a signal: the shell's convention, 128 + its number.
    const status = m?.[2] ? Number(m[2]) : m?.[3] ? 128 + Number(m[3]) : undefined
    return {dead: m?.[1] === '1', status}
  }
  const alive = (): boolean => tmux('has-session', '-t', 'claude').status === 0
  const waitForScreen = async (
    test: string | RegExp | ((s: string) => boolean),
    what: string,
    timeoutMs = WAIT_MS
  ): Promise<string> => {
    const holds = (s: string): boolean =>
      typeof test === 'string' ? s.includes(test) : test instanceof RegExp ? test.test(s) : test(s)
    let last = ''
    try {
      return await poll(
        () => {
          last = screen()
          if (holds(last)) return last
          if (state().dead) throw new Error(`the session exited while waiting for ${what}`)
          return undefined
        },
        what,
        timeoutMs
      )
    } catch (error) {
      throw new Error(`${(error as Error).message}; the screen was:\n${last}`)
    }
  }
  const lineOf = (text: string): RegExp => new RegExp(`^❯\\s${text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\s*$`, 'm')
  return {
    socket,
    pid,
    screen,
    state,
    waitForScreen,
    ready: async (timeoutMs = READY_MS) => {
      await waitForScreen(INPUT_BOX, 'the input box', timeoutMs)
    },
    submit: async (text, timeoutMs = WAIT_MS) => {
      tmux('send-keys', '-t', 'claude', '-l', text)
      await waitForScreen(lineOf(text), `"${text}" in the input box`, timeoutMs)
      tmux('send-keys', '-t', 'claude', 'Enter')
    },
    exit: async function (timeoutMs = WAIT_MS) {
      await this.submit('/exit', timeoutMs)
      const s = await poll(
        () => {
          const now = state()
          // tmux may mark the pane dead (its terminal closed) before it has the status, or never
          // record one: then the process itself must be gone.
          return now.dead && (now.status !== undefined || gone(pid) || !alive()) ? now : undefined
        },
        'the session to exit',
        timeoutMs
      ).catch((error: Error) => {
        const raw = tmux(
          'display-message',
          '-p',
          '-t',
          'claude',
          '#{pane_dead}/#{pane_dead_status}/#{pane_dead_signal}'
        )
        const ps = spawnSync('ps', ['-o', 'pid,ppid,pgid,stat,etime,args', '-g', String(pid)], {
          encoding: 'utf8'
        }).stdout
        throw new Error(`${error.message} (pane ${raw.stdout.trim()}); processes:\n${ps}\nthe screen was:\n${screen()}`)
      })
      return s.status
    },
    kill: () => {
      if (killed) return
      killed = true
      tmux('kill-server')
      try {
        process.kill(-pid, 'SIGKILL') // the pane's process group: claude and its hooks
      } catch {
        // already gone
      }
      fs.rmSync(path.dirname(conf), {recursive: true, force: true})
      // A killed server can leave its socket behind.
      fs.rmSync(path.join(os.tmpdir(), `tmux-${process.getuid?.() ?? 0}`, socket), {force: true})
    }
  }
}
