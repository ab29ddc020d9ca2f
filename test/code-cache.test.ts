/**
 * The hooks' V8 code cache (scripts/hook-loader.cjs, design.md §7.5), with real hook
 * processes: made on the first run, used by the next, refused (and rewritten) when it is
 * not V8's or not trusted, kept where CLAUDE_PLUGIN_DATA says, off with BATON_CODE_CACHE=0,
 * and never changing what a hook does.
 */
import {describe, expect, it} from 'vitest'
import {spawnSync} from 'node:child_process'
import {chmodSync, existsSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync} from 'node:fs'
import {join} from 'node:path'
import {ROOT, body, cliEnv, gitRepo, runCliSync, tempDir} from './helpers.ts'

/** Runs SessionStart (startup, interactive) as Claude Code does: `node dist/hooks/session-start.cjs`. */
function sessionStart(env: Record<string, string>, cwd: string): {code: number | null; json: Record<string, any>} {
  const input = {session_id: 'cache-test', cwd, hook_event_name: 'SessionStart', source: 'startup'}
  const r = spawnSync(process.execPath, [join(ROOT, 'dist', 'hooks', 'session-start.cjs')], {
    input: JSON.stringify(input),
    env: {...env, CLAUDE_CODE_ENTRYPOINT: 'cli'},
    cwd,
    encoding: 'utf8'
  })
  return {code: r.status, json: JSON.parse(r.stdout)}
}

/** A home and a project with one pending handoff, `marker` in its text. */
function setup(extra: Record<string, string> = {}): {
  env: Record<string, string>
  repo: string
  write: (m: string) => void
} {
  const home = tempDir()
  const repo = gitRepo()
  const env = cliEnv(home, extra)
  const write = (marker: string): void => {
    const r = runCliSync(['handoff', 'write', '--slug', marker], {env, cwd: repo, input: body(marker)})
    expect(r.code).toBe(0)
  }
  return {env, repo, write}
}

const cacheFiles = (dir: string): string[] =>
  existsSync(dir) ? readdirSync(dir).filter((f) => f.startsWith('session-start.body.cjs-')) : []

/** Delivers a fresh note and checks it arrived whole, exactly once. */
function delivers(s: ReturnType<typeof setup>, marker: string): void {
  s.write(marker)
  const r = sessionStart(s.env, s.repo)
  expect(r.code).toBe(0)
  const context = String(r.json.hookSpecificOutput?.additionalContext ?? '')
  expect(context).toContain(`Worked on ${marker}.`)
  expect(context.split(`Worked on ${marker}.`)).toHaveLength(2)
}

describe('hook code cache', () => {
  it('is written by the first run, read by the next (not rewritten), and changes nothing delivered', () => {
    const s = setup()
    const dir = join(s.env.CLAUDE_CONFIG_DIR!, 'baton', 'code-cache')
    delivers(s, 'first')
    const files = cacheFiles(dir)
    expect(files).toHaveLength(1)
    expect(files[0]).toContain(`-${process.version}-${process.arch}.v8`)
    const file = join(dir, files[0]!)
    expect(statSync(file).mode & 0o777).toBe(0o600)
    const made = statSync(file)
    delivers(s, 'second')
    delivers(s, 'third')
    // Accepted by V8: the same file, never replaced.
    expect(statSync(file).ino).toBe(made.ino)
    expect(cacheFiles(dir)).toEqual(files)
  })

  it('a cache that is not V8 data is refused and replaced; the hook still delivers', () => {
    const s = setup()
    const dir = join(s.env.CLAUDE_CONFIG_DIR!, 'baton', 'code-cache')
    delivers(s, 'seed')
    const file = join(dir, cacheFiles(dir)[0]!)
    writeFileSync(file, Buffer.alloc(4096, 7), {mode: 0o600})
    delivers(s, 'after-garbage')
    expect(readFileSync(file).equals(Buffer.alloc(4096, 7))).toBe(false)
    expect(statSync(file).size).toBeGreaterThan(1000)
  })

  it('a cache others may write is not read (it is rewritten, 0600)', () => {
    const s = setup()
    const dir = join(s.env.CLAUDE_CONFIG_DIR!, 'baton', 'code-cache')
    delivers(s, 'seed')
    const file = join(dir, cacheFiles(dir)[0]!)
    chmodSync(file, 0o666)
    const before = statSync(file).ino
    delivers(s, 'after-chmod')
    expect(statSync(file).ino).not.toBe(before)
    expect(statSync(file).mode & 0o777).toBe(0o600)
  })

  it('lives in CLAUDE_PLUGIN_DATA when Claude Code gives one; caches of other builds there are dropped', () => {
    const data = tempDir()
    const s = setup({CLAUDE_PLUGIN_DATA: data})
    mkdirSync(join(data, 'code-cache'))
    const old = join(data, 'code-cache', 'session-start.body.cjs-0123456789abcdef-v20.0.0-x64.v8')
    writeFileSync(old, 'an older build', {mode: 0o600})
    const other = join(data, 'code-cache', 'stop.body.cjs-0123456789abcdef-v20.0.0-x64.v8')
    writeFileSync(other, 'another hook', {mode: 0o600})
    delivers(s, 'plugin-data')
    expect(cacheFiles(join(data, 'code-cache'))).toHaveLength(1)
    expect(existsSync(old)).toBe(false)
    expect(existsSync(other)).toBe(true) // another hook's cache is its own business
    expect(existsSync(join(s.env.CLAUDE_CONFIG_DIR!, 'baton', 'code-cache'))).toBe(false)
  })

  it('BATON_CODE_CACHE=0 writes no cache; the hook works the same', () => {
    const s = setup({BATON_CODE_CACHE: '0'})
    delivers(s, 'no-cache')
    expect(existsSync(join(s.env.CLAUDE_CONFIG_DIR!, 'baton', 'code-cache'))).toBe(false)
  })

  it('an unwritable cache folder costs nothing but the cache', () => {
    const s = setup()
    const baton = join(s.env.CLAUDE_CONFIG_DIR!, 'baton')
    mkdirSync(baton, {recursive: true})
    writeFileSync(join(baton, 'code-cache'), 'a file where the folder would be')
    delivers(s, 'blocked')
    delivers(s, 'blocked-again')
  })
})
