/**
 * The hooks' V8 code cache (scripts/hook-loader.cjs, design.md §7.5), with real hook
 * processes: made on the first run, used by the next, refused (and rewritten) when it is
 * not V8's or not trusted, kept where CLAUDE_PLUGIN_DATA says, off with BATON_CODE_CACHE=0,
 * and never changing what a hook does.
 */
import {describe, expect, it} from 'vitest'
import {spawnSync} from 'node:child_process'
import {
  chmodSync,
  cpSync,
  existsSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  renameSync,
  rmSync,
  statSync,
  writeFileSync
} from 'node:fs'
import {basename, join} from 'node:path'
import {ROOT, body, cliEnv, gitRepo, runCliSync, tempDir} from './helpers.ts'

/** Runs SessionStart (startup, interactive) as Claude Code does: `node dist/hooks/session-start.cjs`. */
function sessionStart(
  env: Record<string, string>,
  cwd: string,
  root = ROOT
): {code: number | null; json: Record<string, any>} {
  const input = {session_id: 'cache-test', cwd, hook_event_name: 'SessionStart', source: 'startup'}
  const r = spawnSync(process.execPath, [join(root, 'dist', 'hooks', 'session-start.cjs')], {
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

/** Runs the hook until its cache is proven (made, then used by a run that ended); returns its path. */
function proven(s: ReturnType<typeof setup>, dir: string): string {
  delivers(s, 'seed')
  delivers(s, 'prove')
  const files = cacheFiles(dir)
  expect(files).toHaveLength(1)
  expect(files[0]).toMatch(/\.v8$/)
  return join(dir, files[0]!)
}

describe('hook code cache', () => {
  it('is written by the first run, proven by the next, then read as it is (never rewritten)', () => {
    const s = setup()
    const dir = join(s.env.CLAUDE_CONFIG_DIR!, 'baton', 'code-cache')
    delivers(s, 'first')
    const files = cacheFiles(dir)
    expect(files).toHaveLength(1)
    expect(files[0]).toMatch(new RegExp(`-${process.version}-${process.arch}\\.v8\\.new$`))
    const fresh = join(dir, files[0]!)
    expect(statSync(fresh).mode & 0o777).toBe(0o600)
    const made = statSync(fresh)
    delivers(s, 'second')
    // The run that used it ended: the cache is proven, the same file under its own name.
    const file = fresh.slice(0, -'.new'.length)
    expect(cacheFiles(dir)).toEqual([basename(file)])
    expect(statSync(file).ino).toBe(made.ino)
    delivers(s, 'third')
    expect(statSync(file).ino).toBe(made.ino)
    expect(cacheFiles(dir)).toEqual([basename(file)])
  })

  it('a cache that is not V8 data is refused and replaced; the hook still delivers', () => {
    const s = setup()
    const dir = join(s.env.CLAUDE_CONFIG_DIR!, 'baton', 'code-cache')
    const file = proven(s, dir)
    writeFileSync(file, Buffer.alloc(4096, 7), {mode: 0o600})
    delivers(s, 'after-garbage')
    expect(existsSync(file)).toBe(false)
    expect(statSync(`${file}.new`).size).toBeGreaterThan(1000)
  })

  it('a cache others may write is not read (it is rewritten, 0600)', () => {
    const s = setup()
    const dir = join(s.env.CLAUDE_CONFIG_DIR!, 'baton', 'code-cache')
    const file = proven(s, dir)
    chmodSync(file, 0o666)
    delivers(s, 'after-chmod')
    expect(existsSync(file)).toBe(false)
    expect(statSync(`${file}.new`).mode & 0o777).toBe(0o600)
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

describe('a hook code cache that does not belong to its bundle', () => {
  it('is dropped when any 4 of its bytes changed: every run delivers', () => {
    const s = setup()
    const dir = join(s.env.CLAUDE_CONFIG_DIR!, 'baton', 'code-cache')
    const file = proven(s, dir)
    const pristine = readFileSync(file)
    for (let tenth = 1; tenth < 10; tenth++) {
      for (const f of cacheFiles(dir)) rmSync(join(dir, f))
      const bytes = Buffer.from(pristine)
      const from = Math.floor((bytes.length * tenth) / 10)
      for (let i = from; i < from + 4; i++) bytes[i] = bytes[i]! ^ 0xff
      writeFileSync(file, bytes, {mode: 0o600})
      delivers(s, `flip-${tenth}-a`)
      delivers(s, `flip-${tenth}-b`)
    }
  }, 300_000)

  it('is never used when made from another body of the same length', () => {
    // A copy of the build whose SessionStart writes its fence tag in capitals: same length, other code.
    const other = tempDir()
    cpSync(join(ROOT, 'dist'), join(other, 'dist'), {recursive: true})
    const bundle = join(other, 'dist', 'hooks', 'session-start.body.cjs')
    const text = readFileSync(bundle, 'utf8')
    expect(text).toContain('<handoffs count=')
    writeFileSync(bundle, text.replace('<handoffs count=', '<HANDOFFS count='))
    const made = setup({CLAUDE_PLUGIN_DATA: tempDir()})
    for (const marker of ['one', 'two', 'three']) {
      made.write(marker)
      const r = sessionStart(made.env, made.repo, other)
      expect(String(r.json.hookSpecificOutput?.additionalContext)).toContain('<HANDOFFS count=')
    }
    // Its cache, under the name the real build looks for (same loader, same hash in the name).
    const data = tempDir()
    cpSync(join(made.env.CLAUDE_PLUGIN_DATA!, 'code-cache'), join(data, 'code-cache'), {recursive: true})
    const s = setup({CLAUDE_PLUGIN_DATA: data})
    for (const marker of ['real-1', 'real-2']) {
      s.write(marker)
      const r = sessionStart(s.env, s.repo)
      expect(r.code).toBe(0)
      const context = String(r.json.hookSpecificOutput?.additionalContext)
      expect(context).toContain('<handoffs count=')
      expect(context).not.toContain('<HANDOFFS')
      expect(context).toContain(`Worked on ${marker}.`)
    }
  })

  it('a new cache whose first run did not end is not used again', () => {
    const s = setup()
    const dir = join(s.env.CLAUDE_CONFIG_DIR!, 'baton', 'code-cache')
    delivers(s, 'seed')
    const fresh = join(dir, cacheFiles(dir)[0]!)
    expect(fresh).toMatch(/\.v8\.new$/)
    // What a run that crashed while trying it leaves: the cache renamed for a process that is gone.
    const gone = spawnSync(process.execPath, ['-e', 'process.stdout.write(String(process.pid))'], {encoding: 'utf8'})
    const base = fresh.slice(0, -'.new'.length)
    renameSync(fresh, `${base}.trying-${gone.stdout}`)
    delivers(s, 'after-crash')
    delivers(s, 'again')
    expect(cacheFiles(dir)).toEqual([basename(`${base}.off`)])
  })
})
