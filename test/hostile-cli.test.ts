/** Files Baton did not write are data (issue 8), through real processes: hooks and `dist/cli.js`. */
import {describe, expect, it} from 'vitest'
import fc from 'fast-check'
import {spawnSync} from 'node:child_process'
import {chmodSync, existsSync, mkdirSync, readdirSync, readFileSync, symlinkSync, writeFileSync, rmSync} from 'node:fs'
import {dirname, join} from 'node:path'
import {CLI, ROOT, body, cliEnv, gitRepo, hookOutput, runCliSync, tempDir} from './helpers.ts'

/** A hook as Claude Code runs it; a 20 s bound only turns a hang into a failure. */
function hook(
  name: string,
  input: unknown,
  env: Record<string, string>,
  cwd: string
): {code: number | null; signal: string | null; stdout: string; stderr: string} {
  const r = spawnSync('sh', [join(ROOT, 'hooks', 'run.sh'), name], {
    input: JSON.stringify(input),
    env,
    cwd,
    encoding: 'utf8',
    timeout: 20_000
  })
  return {code: r.status, signal: r.signal, stdout: r.stdout, stderr: r.stderr}
}

const dirOf = (home: string): string => join(home, '.claude', 'handoffs')
const names = (home: string): string[] => readdirSync(dirOf(home)).sort()

/** A `---js` handoff whose front matter, if evaluated, creates `marker`. */
function evilHandoff(home: string, marker: string, name = '2026-01-01_000000_evil.md'): string {
  mkdirSync(dirOf(home), {recursive: true})
  const path = join(dirOf(home), name)
  writeFileSync(
    path,
    `---js\n{a: require('node:fs').writeFileSync(${JSON.stringify(marker)}, 'pwned')}\n---\n## Session summary\nevil\n`
  )
  return path
}

describe('front matter is YAML only (real processes)', () => {
  it(
    'never runs ---js front matter in SessionStart, handoff list, ' +
      'status or clean; the note is delivered as text with a warning',
    () => {
      const home = tempDir()
      const repo = gitRepo()
      const env = cliEnv(home, {CLAUDE_CODE_ENTRYPOINT: 'cli'})
      const marker = join(home, 'marker')
      evilHandoff(home, marker)
      expect(runCliSync(['handoff', 'list', '--all'], {env, cwd: repo}).stdout).toContain('2026-01-01_000000_evil.md')
      expect(runCliSync(['status'], {env, cwd: repo}).code).toBe(0)
      const r = hook('session-start', {session_id: 's1', source: 'startup', cwd: repo}, env, repo)
      expect(r.code).toBe(0)
      const context = JSON.parse(r.stdout).hookSpecificOutput.additionalContext as string
      expect(context).toContain('warning="front matter tagged &quot;js&quot; is not YAML')
      expect(context).toContain("require('node:fs')") // shown as text
      expect(names(home)).toContain('2026-01-01_000000_evil_done.md')
      evilHandoff(home, marker, '2026-01-01_000001_evil_done.md') // a consumed one, as clean reads it
      expect(runCliSync(['handoff', 'clean', '--days', '0', '--dry-run'], {env, cwd: repo}).code).toBe(0)
      expect(runCliSync(['handoff', 'list', '--all', '--consumed'], {env, cwd: repo}).code).toBe(0)
      expect(existsSync(marker)).toBe(false)
    }
  )

  it(
    'SessionStart exits 0 with JSON only on stdout and runs no ' +
      'code, whatever bytes a handoff holds (property, spawned)',
    () => {
      const home = tempDir()
      const repo = gitRepo()
      const env = cliEnv(home, {CLAUDE_CODE_ENTRYPOINT: 'cli'})
      const marker = join(home, 'marker')
      mkdirSync(dirOf(home), {recursive: true})
      const code = `{a: require('node:fs').writeFileSync(${JSON.stringify(marker)}, 'x')}`
      const tag = fc.constantFrom('js', 'javascript', 'JS', ' js', 'coffee', 'json', 'yaml', '', 'constructor')
      const bytes = fc.oneof(
        fc.uint8Array({maxLength: 400}).map((b) => Buffer.from(b)),
        fc
          .tuple(tag, fc.uint8Array({maxLength: 100}))
          .map(([t, b]) => Buffer.concat([Buffer.from(`---${t}\n${code}\n---\n`), Buffer.from(b)])),
        fc
          .tuple(fc.string({maxLength: 60}), fc.uint8Array({maxLength: 100}))
          .map(([h, b]) => Buffer.concat([Buffer.from(`---\n${h}\n---\n`), Buffer.from(b)]))
      )
      let n = 0
      fc.assert(
        fc.property(bytes, (content) => {
          writeFileSync(join(dirOf(home), `2026-01-01_000000_p${n++}.md`), content)
          const r = hook('session-start', {session_id: `s${n}`, source: 'startup', cwd: repo}, env, repo)
          expect(r.signal).toBeNull()
          expect(r.code).toBe(0)
          expect(r.stdout.trim() === '' || typeof JSON.parse(r.stdout) === 'object').toBe(true)
          expect(existsSync(marker)).toBe(false)
        }),
        {numRuns: 40}
      )
    }
  )
})

describe('only regular files are read (real processes)', () => {
  it('never injects a docs/SESSION-HANDOFF.md that links out of the repository, and says why', () => {
    const home = tempDir()
    const outside = join(tempDir(), 'credentials')
    writeFileSync(outside, 'aws_secret=hunter2\n')
    const env = cliEnv(home, {SECRET_TOKEN: 'hunter2-env'})
    for (const target of ['/proc/self/environ', outside]) {
      const repo = gitRepo()
      mkdirSync(join(repo, 'docs'))
      symlinkSync(target, join(repo, 'docs', 'SESSION-HANDOFF.md'))
      const r = runCliSync(['handoff', 'resume'], {env, cwd: repo})
      expect(r.code).toBe(0)
      expect(r.stdout).not.toContain('hunter2')
      expect(r.stderr).toMatch(/project notes not shown: .*SESSION-HANDOFF\.md is a symbolic link out of/)
      const h = hook(
        'session-start',
        {session_id: 's', source: 'startup', cwd: repo},
        {...env, CLAUDE_CODE_ENTRYPOINT: 'cli'},
        repo
      )
      expect(h.stdout).not.toContain('hunter2')
      expect(JSON.parse(h.stdout).systemMessage).toMatch(/project notes not shown/)
    }
    const repo = gitRepo()
    mkdirSync(join(repo, 'docs'))
    writeFileSync(join(repo, 'notes.md'), 'in-repo notes\n')
    symlinkSync(join(repo, 'notes.md'), join(repo, 'docs', 'SESSION-HANDOFF.md'))
    expect(runCliSync(['handoff', 'resume'], {env, cwd: repo}).stdout).toContain('in-repo notes')
    const fifoRepo = gitRepo()
    mkdirSync(join(fifoRepo, 'docs'))
    expect(spawnSync('mkfifo', [join(fifoRepo, 'docs', 'SESSION-HANDOFF.md')]).status).toBe(0)
    const h = hook(
      'session-start',
      {session_id: 'f', source: 'startup', cwd: fifoRepo},
      {...env, CLAUDE_CODE_ENTRYPOINT: 'cli'},
      fifoRepo
    )
    expect(h.signal).toBeNull() // not left waiting for a writer
    expect(JSON.parse(h.stdout).systemMessage).toMatch(/SESSION-HANDOFF\.md is a FIFO, not a regular file/)
  })

  it(
    'never imports a legacy context-handoff.md that is a link, ' +
      'nor runs its ---js front matter; other notes still arrive',
    () => {
      const home = tempDir()
      const repo = gitRepo()
      const env = cliEnv(home, {SECRET_TOKEN: 'hunter2-env'})
      const legacy = join(home, '.claude', 'context-handoff.md')
      mkdirSync(join(home, '.claude'), {recursive: true})
      symlinkSync('/proc/self/environ', legacy)
      runCliSync(['handoff', 'write', '--slug', 'ok'], {env, cwd: repo, input: body('still-delivered')})
      const r = runCliSync(['handoff', 'resume'], {env, cwd: repo})
      expect(r.code).toBe(0)
      expect(r.stdout).toContain('marker=still-delivered')
      expect(r.stdout).not.toContain('hunter2')
      expect(r.stderr).toMatch(/context-handoff\.md was not imported: .* is a symbolic link/)
      expect(existsSync(legacy)).toBe(true) // left where it was
      const marker = join(home, 'marker')
      const plain = join(tempDir(), 'context-handoff.md')
      writeFileSync(
        plain,
        `---js\n{a: require('node:fs').writeFileSync(${JSON.stringify(marker)}, 'x')}\n---\nlegacy body\n`
      )
      spawnSync('rm', [legacy])
      writeFileSync(legacy, readFileSync(plain))
      const out = runCliSync(['handoff', 'resume'], {env, cwd: repo}).stdout
      expect(out).toContain('legacy body')
      expect(existsSync(marker)).toBe(false)
    }
  )

  it('Stop, PreCompact and SessionEnd return at once and fail open on a FIFO or /dev/zero transcript', () => {
    const home = tempDir()
    const repo = gitRepo()
    const fifo = join(home, 'fifo.jsonl')
    expect(spawnSync('mkfifo', [fifo]).status).toBe(0)
    for (const name of ['stop', 'pre-compact', 'session-end']) {
      for (const path of [fifo, '/dev/zero']) {
        const r = hook(
          name,
          {
            session_id: `t-${name}`,
            transcript_path: path,
            cwd: repo,
            stop_hook_active: false,
            trigger: 'auto',
            reason: 'exit'
          },
          cliEnv(home),
          repo
        )
        expect(r.signal, `${name} ${path}`).toBeNull()
        expect(r.code).toBe(0)
        expect(typeof hookOutput(name, r.stdout)).toBe('object')
      }
    }
  })
})

describe('a MEMORY.md that is not a regular file', () => {
  it(
    'never hangs SessionStart or memory check when MEMORY.md ' + 'is a FIFO, and still follows a symlinked MEMORY.md',
    () => {
      const home = tempDir()
      const repo = gitRepo()
      const env = cliEnv(home)
      const memory = runCliSync(['memory', 'path'], {env, cwd: repo}).stdout.trim()
      mkdirSync(dirname(memory), {recursive: true})
      expect(spawnSync('mkfifo', [memory]).status).toBe(0)
      const h = hook('session-start', {session_id: 'mem-fifo', source: 'startup', cwd: repo}, env, repo)
      expect(h.signal).toBeNull()
      expect(h.code).toBe(0)
      expect(typeof JSON.parse(h.stdout)).toBe('object')
      const check = spawnSync(process.execPath, [CLI, 'memory', 'check'], {
        env,
        cwd: repo,
        encoding: 'utf8',
        timeout: 20_000
      })
      expect(check.signal).toBeNull()
      expect(check.status).toBe(1)
      expect(check.stderr).toMatch(/MEMORY\.md is a FIFO, not a regular file/)
      // A MEMORY.md linked on purpose (a dotfiles repository) is still read.
      rmSync(memory)
      const real = join(home, 'dotfiles-memory.md')
      writeFileSync(real, Array.from({length: 250}, (_, i) => `- line ${i}`).join('\n') + '\n')
      symlinkSync(real, memory)
      const linked = runCliSync(['memory', 'check'], {env, cwd: repo})
      expect(linked.stdout + linked.stderr).toMatch(/250 lines/)
    }
  )
})

describe('every slug is deliverable', () => {
  it('delivers --slug done-parser and a branch done/x', () => {
    const home = tempDir()
    const repo = gitRepo()
    const env = cliEnv(home)
    expect(
      runCliSync(['handoff', 'write', '--slug', 'done-parser'], {env, cwd: repo, input: body('slug-done')}).code
    ).toBe(0)
    expect(spawnSync('git', ['checkout', '-q', '-b', 'done/x'], {cwd: repo}).status).toBe(0)
    expect(runCliSync(['handoff', 'write'], {env, cwd: repo, input: body('branch-done')}).code).toBe(0)
    expect(runCliSync(['handoff', 'list'], {env, cwd: repo}).stdout.match(/^pending/gm)).toHaveLength(2)
    const out = runCliSync(['handoff', 'resume'], {env, cwd: repo}).stdout
    expect(out).toMatch(/^<handoffs count="2"/)
    expect(out).toContain('marker=slug-done')
    expect(out).toContain('marker=branch-done')
    expect(names(home).filter((n) => n.endsWith('_done.md'))).toHaveLength(2)
  })
})

describe('the body is never front matter (real processes)', () => {
  it('delivers a body that opens with its own --- block byte for byte', () => {
    const home = tempDir()
    const repo = gitRepo()
    const env = cliEnv(home)
    const text = `---\nfoo: bar\nproject: /elsewhere\n---\n${body('fm')}`
    expect(runCliSync(['handoff', 'write', '--slug', 'fm'], {env, cwd: repo, input: text}).code).toBe(0)
    const r = JSON.parse(runCliSync(['handoff', 'resume', '--json'], {env, cwd: repo}).stdout)
    expect(r.count).toBe(1)
    expect(r.handoffs[0].body).toBe(text)
  })
})

describe('bytes are kept (real processes)', () => {
  it('keeps invalid UTF-8 byte for byte in the consumed copy', () => {
    const home = tempDir()
    const repo = gitRepo()
    const env = cliEnv(home)
    mkdirSync(dirOf(home), {recursive: true})
    const bad = Buffer.from([0x0a, 0x62, 0xff, 0xfe, 0xc3, 0x28, 0xed, 0xa0, 0x80, 0x0a])
    const own = Buffer.concat([
      Buffer.from(`---\nbaton: 1\ncreated: '2026-01-01T00:00:00.000Z'\nsession: ''\n---\n\n## Session summary\n`),
      bad
    ])
    // a nested list: front matter only the full parser reads (a list of plain names it reads)
    const foreign = Buffer.concat([Buffer.from('---\ntags:\n  - [a]\n---\n## Session summary\n'), bad])
    writeFileSync(join(dirOf(home), '2026-01-01_000000_own.md'), own)
    writeFileSync(join(dirOf(home), '2026-01-01_000000_foreign.md'), foreign)
    expect(runCliSync(['handoff', 'resume'], {env, cwd: repo}).code).toBe(0)
    const ownDone = readFileSync(join(dirOf(home), '2026-01-01_000000_own_done.md'))
    expect(ownDone.subarray(ownDone.length - bad.length).equals(bad)).toBe(true)
    expect(ownDone.toString('latin1')).toMatch(/\nconsumed:\n {2}at: '/)
    expect(readFileSync(join(dirOf(home), '2026-01-01_000000_foreign_done.md')).equals(foreign)).toBe(true)
  })

  it(
    'keeps invalid UTF-8 byte for byte from handoff write (stdin ' +
      'and --file) and the legacy import to the consumed copy',
    () => {
      const home = tempDir()
      const repo = gitRepo()
      const env = cliEnv(home)
      const text = Buffer.concat([
        Buffer.from('## Session summary\nbad bytes: '),
        Buffer.from([0xff, 0xfe, 0xc3, 0x28, 0xc3, 0xa0]),
        Buffer.from('\n')
      ])
      const file = join(home, 'note.md')
      writeFileSync(file, text)
      const r = spawnSync(process.execPath, [CLI, 'handoff', 'write', '--slug', 'stdin-bytes'], {
        env,
        cwd: repo,
        input: text,
        encoding: 'utf8'
      })
      expect(r.status).toBe(0)
      expect(r.stderr).toContain('not valid UTF-8; its bytes are saved exactly as given')
      expect(runCliSync(['handoff', 'write', '--slug', 'file-bytes', '--file', file], {env, cwd: repo}).code).toBe(0)
      writeFileSync(join(home, '.claude', 'context-handoff.md'), text)
      expect(runCliSync(['handoff', 'resume'], {env, cwd: repo}).stdout).toMatch(/^<handoffs count="3"/)
      const done = names(home).filter((n) => n.endsWith('_done.md'))
      expect(done).toHaveLength(3)
      for (const n of done) {
        const bytes = readFileSync(join(dirOf(home), n))
        expect(bytes.subarray(bytes.length - text.length).equals(text), n).toBe(true)
        expect(bytes.toString('latin1'), n).toMatch(/\nconsumed:\n {2}at: '/)
      }
    }
  )
})

/** Runs `node dist/cli.js` (or a hook) as an unprivileged user when this runs as root, so chmod 000 means something. */
function asUser(
  file: string,
  args: string[],
  env: Record<string, string>,
  cwd: string,
  input = ''
): {code: number | null; stdout: string; stderr: string} {
  const ids = process.getuid?.() === 0 ? {uid: 65534, gid: 65534} : {}
  const r = spawnSync(process.execPath, [file, ...args], {env, cwd, input, encoding: 'utf8', timeout: 20_000, ...ids})
  return {code: r.status, stdout: r.stdout, stderr: r.stderr}
}

describe('one bad file never blocks the rest', () => {
  it('skips an unreadable handoff with a warning naming it, in resume, SessionStart, list, status and clean', () => {
    const home = tempDir()
    const repo = gitRepo()
    const env = cliEnv(home, {CLAUDE_CODE_ENTRYPOINT: 'cli'})
    for (const s of ['aaa', 'bbb', 'ccc'])
      runCliSync(['handoff', 'write', '--slug', s], {env, cwd: repo, input: body(s)})
    const dir = dirOf(home)
    const stuck = join(
      dir,
      readdirSync(dir).find((n) => n.includes('_aaa'))!
    )
    const old = join(dir, '2026-01-01_000000_old_done.md')
    writeFileSync(old, '---\nbaton: 1\n---\nold\n')
    spawnSync('chmod', ['-R', 'a+rwX', home, repo])
    chmodSync(stuck, 0o000)
    chmodSync(old, 0o000)
    const warned = (text: string, file: string): void => {
      expect(text).toContain(`skipped a handoff: cannot read ${file}: permission denied`)
      expect(text).toContain('sudo chown')
    }
    const write = asUser(CLI, ['handoff', 'write', '--slug', 'eee', '--session', 'w1'], env, repo, body('eee'))
    expect(write.code).toBe(0) // replacing this session's autosaves reads every pending note
    const list = asUser(CLI, ['handoff', 'list', '--consumed'], env, repo)
    expect(list.code).toBe(0)
    expect(list.stdout.match(/^pending/gm)).toHaveLength(3)
    warned(list.stderr, stuck)
    warned(list.stderr, old)
    const status = asUser(CLI, ['status'], env, repo)
    expect(status.code).toBe(0)
    warned(status.stderr, stuck)
    const clean = asUser(CLI, ['handoff', 'clean', '--days', '0'], env, repo)
    expect(clean.code).toBe(0)
    warned(clean.stderr, old)
    const resume = asUser(CLI, ['handoff', 'resume'], env, repo)
    expect(resume.code).toBe(0)
    expect(resume.stdout).toMatch(/^<handoffs count="3"/)
    warned(resume.stderr, stuck)
    writeFileSync(join(dir, '2026-01-01_000001_ddd.md'), body('ddd'))
    spawnSync('chmod', ['a+rw', join(dir, '2026-01-01_000001_ddd.md')])
    const start = asUser(
      join(ROOT, 'dist', 'hooks', 'session-start.cjs'),
      [],
      env,
      repo,
      JSON.stringify({session_id: 's', source: 'startup', cwd: repo})
    )
    expect(start.code).toBe(0)
    const out = JSON.parse(start.stdout)
    expect(out.hookSpecificOutput.additionalContext).toContain('marker=ddd')
    warned(out.systemMessage, stuck)
    expect(existsSync(stuck)).toBe(true) // still pending, for when it is readable again
    expect(existsSync(old)).toBe(true)
  })
})
