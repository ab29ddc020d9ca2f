/** Shared test helpers: temp dirs and real `dist/cli.js` processes. */
import {spawn, spawnSync} from 'node:child_process'
import {mkdtempSync, rmSync} from 'node:fs'
import {tmpdir} from 'node:os'
import {join, resolve} from 'node:path'
import {afterAll} from 'vitest'

export const ROOT = resolve(import.meta.dirname, '..')
export const CLI = join(ROOT, 'dist', 'cli.js')

const made: string[] = []
afterAll(() => {
  for (const dir of made) rmSync(dir, {recursive: true, force: true})
})

/** A fresh temp directory, removed after the file's tests. */
export function tempDir(prefix = 'baton-test-'): string {
  const dir = mkdtempSync(join(tmpdir(), prefix))
  made.push(dir)
  return dir
}

/** A clean environment for a CLI process: isolated CLAUDE_CONFIG_DIR, no inherited BATON_*. */
export function cliEnv(home: string, extra: Record<string, string> = {}): Record<string, string> {
  const env: Record<string, string> = {
    PATH: process.env.PATH ?? '',
    HOME: home,
    CLAUDE_CONFIG_DIR: join(home, '.claude')
  }
  return {...env, ...extra}
}

export interface Run {
  code: number | null
  signal: NodeJS.Signals | null
  stdout: string
  stderr: string
}

/** Spawns `node dist/cli.js …args` as a real process. */
export function runCli(
  args: string[],
  options: {env: Record<string, string>; cwd?: string; input?: string; killAfterMs?: number}
): Promise<Run> {
  return new Promise((done, fail) => {
    const child = spawn(process.execPath, [CLI, ...args], {
      env: options.env,
      cwd: options.cwd ?? options.env.HOME,
      stdio: ['pipe', 'pipe', 'pipe']
    })
    let stdout = ''
    let stderr = ''
    child.stdout.on('data', (d) => (stdout += d))
    child.stderr.on('data', (d) => (stderr += d))
    child.on('error', fail)
    child.stdin.on('error', () => {}) // a killed child may close stdin early
    if (options.killAfterMs !== undefined) setTimeout(() => child.kill('SIGKILL'), options.killAfterMs)
    child.on('close', (code, signal) => done({code, signal, stdout, stderr}))
    child.stdin.end(options.input ?? '')
  })
}

/** Runs the CLI synchronously (for simple cases). */
export function runCliSync(args: string[], options: {env: Record<string, string>; cwd?: string; input?: string}): Run {
  const r = spawnSync(process.execPath, [CLI, ...args], {
    env: options.env,
    cwd: options.cwd ?? options.env.HOME,
    input: options.input ?? '',
    encoding: 'utf8',
    maxBuffer: 1 << 30
  })
  return {code: r.status, signal: r.signal, stdout: r.stdout, stderr: r.stderr}
}

/** A git repository with one commit, in a fresh temp dir. */
export function gitRepo(): string {
  const dir = tempDir('baton-repo-')
  const git = (...args: string[]): void => {
    const r = spawnSync('git', args, {cwd: dir, encoding: 'utf8'})
    if (r.status !== 0) throw new Error(`git ${args.join(' ')}: ${r.stderr}`)
  }
  git('init', '-q', '-b', 'main')
  git('config', 'user.email', 't@example.test')
  git('config', 'user.name', 'Test')
  git('commit', '-q', '--allow-empty', '-m', 'init')
  return dir
}

/** A complete five-section handoff body carrying `marker`. */
export function body(marker: string, filler = ''): string {
  return [
    '## Session summary',
    `Worked on ${marker}.`,
    '',
    '## What changed',
    `- src/${marker}.ts`,
    '',
    '## What still needs work',
    '- tests',
    '',
    '## Key decisions',
    '- keep it small',
    '',
    '## Active context',
    `marker=${marker}`,
    filler,
    `end=${marker}`,
    ''
  ].join('\n')
}

/**
 * The transcript line Claude Code writes when tool call `id` succeeded (its
 * `tool_result`, no `is_error`), newline included: an edit counts as a change
 * only once this follows it.
 */
export function succeeded(id: string): string {
  const content = [{tool_use_id: id, type: 'tool_result', content: 'The file has been updated.'}]
  return JSON.stringify({type: 'user', message: {role: 'user', content}, toolUseResult: {type: 'update'}}) + '\n'
}

/**
 * A hook's stdout as an object. PreCompact prints a plain sentence or nothing (Claude Code shows its
 * stdout verbatim), read here as `{systemMessage}` or `{}`, and never JSON; every other hook prints JSON.
 */
export function hookOutput(name: string, stdout: string): Record<string, any> {
  if (name !== 'pre-compact') return JSON.parse(stdout) as Record<string, any>
  if (stdout.trimStart().startsWith('{')) throw new Error(`PreCompact printed JSON, shown raw to people: ${stdout}`)
  return stdout === '' ? {} : {systemMessage: stdout.replace(/\n$/, '')}
}
