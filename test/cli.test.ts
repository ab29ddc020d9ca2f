/** The `baton handoff` CLI: behaviour, exit codes and errors, run in process through runMain. */
import {describe, expect, it} from 'vitest'
import {chmodSync, existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync} from 'node:fs'
import {join} from 'node:path'
import {spawnSync} from 'node:child_process'
import {runMain} from '../src/cli/main.ts'
import {COMMANDS, GROUPS} from '../src/cli/table.ts'
import type {LeafSpec} from '../src/cli/command.ts'
import {usageLine} from '../src/cli/help.ts'
import {editDistance, nearest} from '../src/core/nearest.ts'
import type {CliIo} from '../src/cli/io.ts'
import {body, gitRepo, tempDir} from './helpers.ts'

interface Result {
  code: number
  out: string
  err: string
}

async function baton(
  argv: string[],
  opts: {cwd?: string; input?: string; env?: Record<string, string>; now?: string; tty?: boolean} = {}
): Promise<Result> {
  let out = ''
  let err = ''
  const home = opts.env?.HOME ?? tempDir()
  const io: CliIo = {
    readStdin: async () => opts.input ?? '',
    stdinIsTTY: opts.tty ?? false,
    stdout: (t) => void (out += t),
    stderr: (t) => void (err += t),
    stdoutIsTTY: false,
    flush: async () => {},
    env: {HOME: home, CLAUDE_CONFIG_DIR: join(home, '.claude'), ...opts.env},
    cwd: opts.cwd ?? home,
    now: () => new Date(opts.now ?? '2026-11-21T09:15:22.000Z')
  }
  const code = await runMain(argv, io)
  return {code, out, err}
}

const git = (cwd: string, ...args: string[]): string => spawnSync('git', args, {cwd, encoding: 'utf8'}).stdout.trim()

describe('baton handoff write', () => {
  it('writes the frontmatter of design.md §3 and prints the path', async () => {
    const repo = gitRepo()
    git(repo, 'checkout', '-q', '-b', 'feat/x')
    writeFileSync(join(repo, 'dirty.txt'), 'x')
    const home = tempDir()
    const r = await baton(['handoff', 'write', '--session', 'sess-1'], {
      cwd: repo,
      input: body('fm'),
      env: {HOME: home}
    })
    expect(r.code, r.err).toBe(0)
    const path = r.out.trim()
    expect(path).toMatch(new RegExp(`^${home}/\\.claude/handoffs/2026-11-21_\\d{6}_feat-x\\.md$`))
    const text = readFileSync(path, 'utf8')
    expect(text).toMatch(/^---\nbaton: 1\ncreated: '2026-11-21T09:15:22.000Z'\nsession: sess-1\n/)
    expect(text).toContain(`project: ${repo}\n`)
    expect(text).toContain('branch: feat/x\n')
    expect(text).toContain(`commit: ${git(repo, 'rev-parse', 'HEAD')}\n`)
    expect(text).toContain('dirty: 1\n')
    expect(r.err).toBe('')
  })

  it('takes the session from BATON_SESSION_ID and the body from --file', async () => {
    const home = tempDir()
    writeFileSync(join(home, 'notes.md'), body('file'))
    const r = await baton(['handoff', 'write', '--file', 'notes.md', '--json'], {
      env: {HOME: home, BATON_SESSION_ID: 'env-sess'}
    })
    expect(r.code, r.err).toBe(0)
    const out = JSON.parse(r.out)
    expect(readFileSync(out.path, 'utf8')).toContain('session: env-sess')
    expect(out.path).toMatch(/_session\.md$/)
  })

  it('saves a handoff with missing sections and warns once per section', async () => {
    const r = await baton(['handoff', 'write', '--slug', 'partial'], {input: '## Summary\nOnly this.\n'})
    expect(r.code).toBe(0)
    expect(existsSync(r.out.trim())).toBe(true)
    expect(r.err.split('\n').filter((l) => l.includes('warning: missing section'))).toHaveLength(4)
  })

  it('refuses an empty body with exit 1 and says what to do', async () => {
    const r = await baton(['handoff', 'write'], {input: '  \n\n'})
    expect(r.code).toBe(1)
    expect(r.err).toMatch(/handoff body is empty: nothing was written/)
    expect(r.err).toMatch(/what to do: pipe the handoff markdown on stdin/)
  })

  it('explains an unwritable directory, naming it', async () => {
    const home = tempDir()
    const ro = join(home, 'ro')
    mkdirSync(ro)
    chmodSync(ro, 0o500)
    const target = join(ro, 'handoffs')
    const r = await baton(['handoff', 'write', '--dir', target], {input: body('ro'), env: {HOME: home}})
    chmodSync(ro, 0o700)
    if (process.getuid?.() === 0) {
      // root ignores permission bits; a file in the way still fails clearly
      writeFileSync(join(home, 'blocker'), 'x')
      const r2 = await baton(['handoff', 'write', '--dir', join(home, 'blocker', 'handoffs')], {
        input: body('ro'),
        env: {HOME: home}
      })
      expect(r2.code).toBe(1)
      expect(r2.err).toContain(join(home, 'blocker', 'handoffs'))
      expect(r2.err).toMatch(/what to do:/)
    } else {
      expect(r.code).toBe(1)
      expect(r.err).toContain(target)
      expect(r.err).toMatch(/EACCES/)
    }
  })

  it('answers an unknown flag with exit 2 and the usage', async () => {
    const r = await baton(['handoff', 'write', '--slugg', 'x'], {input: 'x'})
    expect(r.code).toBe(2)
    expect(r.err).toMatch(/Unknown option '--slugg'/)
    expect(r.err).toMatch(/usage: baton handoff write/)
    expect((await baton(['nope'])).code).toBe(2)
    expect((await baton(['handoff', 'write'], {tty: true})).err).toMatch(/stdin is a terminal/)
  })

  it("replaces the same session's pending autosave, and no one else's", async () => {
    const home = tempDir()
    const env = {HOME: home}
    await baton(['handoff', 'write', '--auto', '--session', 'a', '--slug', 'auto'], {input: body('auto-a'), env})
    await baton(['handoff', 'write', '--auto', '--session', 'b', '--slug', 'auto'], {input: body('auto-b'), env})
    const r = await baton(['handoff', 'write', '--session', 'a', '--slug', 'real', '--json'], {
      input: body('real-a'),
      env
    })
    expect(JSON.parse(r.out).replaced).toHaveLength(1)
    const names = readdirSync(join(home, '.claude', 'handoffs')).sort()
    expect(names).toHaveLength(2)
    expect(names.some((n) => n.includes('real'))).toBe(true)
  })
})

describe('baton handoff resume', () => {
  it("takes this project's handoffs and those naming no project, oldest first, and counts the rest", async () => {
    const home = tempDir()
    const env = {HOME: home}
    const a = gitRepo()
    const b = gitRepo()
    await baton(['handoff', 'write', '--slug', 'second'], {
      cwd: a,
      input: body('a-2'),
      env,
      now: '2026-11-21T10:00:00.000Z'
    })
    await baton(['handoff', 'write', '--slug', 'first'], {
      cwd: a,
      input: body('a-1'),
      env,
      now: '2026-11-21T09:00:00.000Z'
    })
    await baton(['handoff', 'write', '--slug', 'other'], {cwd: b, input: body('b-1'), env})
    const dir = join(home, '.claude', 'handoffs')
    writeFileSync(join(dir, '2026-11-20_080000_manual.md'), body('no-project'))
    const r = await baton(['handoff', 'resume', '--session', 'reader'], {cwd: a, env})
    expect(r.code, r.err).toBe(0)
    expect(r.out).toMatch(new RegExp(`^<handoffs count="3" project="${a}" pending-elsewhere="1">`))
    const order = ['marker=no-project', 'marker=a-1', 'marker=a-2'].map((m) => r.out.indexOf(m))
    expect(order.every((p, i) => p > 0 && (i === 0 || p > order[i - 1]!))).toBe(true)
    expect(r.out).not.toContain('marker=b-1')
    const again = await baton(['handoff', 'resume'], {cwd: a, env})
    expect(again.out).toContain('count="0"')
    const all = await baton(['handoff', 'resume', '--all', '--json'], {cwd: a, env})
    expect(JSON.parse(all.out)).toMatchObject({project: '*', count: 1, pendingElsewhere: 0})
  })

  it('says how many commits a handoff is behind HEAD', async () => {
    const home = tempDir()
    const repo = gitRepo()
    await baton(['handoff', 'write', '--slug', 's'], {cwd: repo, input: body('stale'), env: {HOME: home}})
    for (const m of ['one', 'two', 'three']) git(repo, 'commit', '-q', '--allow-empty', '-m', m)
    const r = await baton(['handoff', 'resume'], {cwd: repo, env: {HOME: home}})
    expect(r.out).toContain('stale="3 commits since"')
  })

  it('imports the legacy ~/.claude/context-handoff.md once and keeps the original', async () => {
    const home = tempDir()
    const claude = join(home, '.claude')
    mkdirSync(claude, {recursive: true})
    writeFileSync(join(claude, 'context-handoff.md'), '# Handoff\nlegacy-note\n')
    const r = await baton(['handoff', 'resume'], {env: {HOME: home}})
    expect(r.out).toContain('legacy-note')
    expect(existsSync(join(claude, 'context-handoff.md'))).toBe(false)
    expect(readFileSync(join(claude, 'context-handoff.md.imported'), 'utf8')).toBe('# Handoff\nlegacy-note\n')
    expect((await baton(['handoff', 'resume'], {env: {HOME: home}})).out).not.toContain('legacy-note')
  })

  it('shows docs/SESSION-HANDOFF.md read-only and never changes it', async () => {
    const repo = gitRepo()
    mkdirSync(join(repo, 'docs'))
    writeFileSync(join(repo, 'docs', 'SESSION-HANDOFF.md'), 'project-note\n')
    const home = tempDir()
    for (let i = 0; i < 2; i++) {
      const r = await baton(['handoff', 'resume'], {cwd: repo, env: {HOME: home}})
      expect(r.out).toContain('read-only="true"')
      expect(r.out).toContain('project-note')
    }
    expect(readFileSync(join(repo, 'docs', 'SESSION-HANDOFF.md'), 'utf8')).toBe('project-note\n')
  })

  it('rejects a bad --max-chars with exit 2', async () => {
    expect((await baton(['handoff', 'resume', '--max-chars', 'lots'])).code).toBe(2)
  })
})

describe('baton handoff list, show and clean', () => {
  it('lists pending (and with --consumed, consumed) handoffs, and shows one by name', async () => {
    const home = tempDir()
    const env = {HOME: home}
    const w = await baton(['handoff', 'write', '--slug', 'one'], {input: body('one'), env})
    await baton(['handoff', 'write', '--slug', 'two'], {input: body('two'), env})
    const name = w.out.trim().split('/').pop()!
    expect((await baton(['handoff', 'show', name.replace(/\.md$/, '')], {env})).out).toContain('marker=one')
    await baton(['handoff', 'resume', '--all'], {env})
    await baton(['handoff', 'write', '--slug', 'three'], {input: body('three'), env})
    const list = JSON.parse((await baton(['handoff', 'list', '--all', '--consumed', '--json'], {env})).out)
    expect(list.handoffs.map((h: {status: string}) => h.status).sort()).toEqual(['consumed', 'consumed', 'pending'])
    expect((await baton(['handoff', 'list', '--all'], {env})).out.trim().split('\n')).toHaveLength(1)
    expect((await baton(['handoff', 'show', name], {env})).out).toContain('consumed:')
    const missing = await baton(['handoff', 'show', 'nope'], {env})
    expect(missing.code).toBe(1)
    expect(missing.err).toMatch(/baton handoff list/)
  })

  it('explains a broken config.json', async () => {
    const home = tempDir()
    mkdirSync(join(home, '.claude', 'baton'), {recursive: true})
    writeFileSync(join(home, '.claude', 'baton', 'config.json'), '{"keepDays": "soon"}')
    const r = await baton(['handoff', 'clean'], {env: {HOME: home}})
    expect(r.code).toBe(1)
    expect(r.err).toMatch(/`keepDays` in config.json/)
  })
})

describe('the public surface', () => {
  it('offers every command and flag of the design.md §5 contract', async () => {
    const help = (await baton(['--help'])).out
    for (const line of [
      'baton handoff write  [--slug S] [--file F] [--dir D] [--session ID] [--json]',
      'baton handoff resume [--all] [--dir D] [--session ID] [--max-chars N] [--json]',
      'baton handoff list   [--all] [--consumed] [--dir D] [--json]',
      'baton handoff show   NAME|PATH',
      'baton handoff clean  [--days N] [--dry-run] [--dir D]',
      'baton memory path    [--project P]',
      'baton memory check   [FILE]',
      'baton memory split   [FILE] [--max-lines 200] [--max-bytes 25000] [--dry-run] [--json]',
      'baton index add      INDEX --entry TEXT [--key K]',
      'baton lock-write     TARGET',
      'baton status         [--json]'
    ])
      expect(help).toContain(line)
    expect((await baton(['--version'])).code).toBe(0)
  })

  it('keeps the --json shape of resume stable', async () => {
    const home = tempDir()
    await baton(['handoff', 'write', '--slug', 'shape'], {input: body('shape'), env: {HOME: home}})
    const out = JSON.parse((await baton(['handoff', 'resume', '--all', '--json'], {env: {HOME: home}})).out)
    expect(Object.keys(out).sort()).toEqual([
      'alreadyReceived',
      'count',
      'handoffs',
      'imported',
      'omitted',
      'peek',
      'pendingElsewhere',
      'project',
      'stillPending',
      'waiting'
    ])
    expect(Object.keys(out.handoffs[0]).sort()).toEqual([
      'auto',
      'body',
      'branch',
      'commit',
      'commitsSince',
      'created',
      'file',
      'gist',
      'project',
      'readOnly',
      'receivedAt',
      'session',
      'warning'
    ])
    // Outside git, with no session: unknown values are null, never missing.
    expect(out).toMatchObject({peek: false, alreadyReceived: 0})
    expect(out.handoffs[0]).toMatchObject({
      branch: null,
      commit: null,
      session: null,
      receivedAt: null,
      commitsSince: null,
      readOnly: false,
      warning: null
    })
    expect(out.handoffs[0]).toMatchObject({
      file: expect.stringMatching(/_shape_done\.md$/),
      body: expect.stringContaining('marker=shape'),
      created: '2026-11-21T09:15:22.000Z',
      auto: false
    })
  })
})

describe('the command table', () => {
  const names = Object.keys(COMMANDS) as Array<keyof typeof COMMANDS>
  const groups = Object.keys(GROUPS) as Array<keyof typeof GROUPS>
  const words = (name: string): string[] => name.split(' ')

  it('pins the command surface: every command, its arguments and options (change it on purpose only)', () => {
    expect(names.map(usageLine)).toEqual([
      'baton handoff write [--slug S] [--file F] [--dir D] [--session ID] [--json] [--auto] [--to WHO]',
      'baton handoff resume [--all] [--dir D] [--session ID] [--max-chars N] [--json] [--peek] [--worktree W] ' +
        '[--received]',
      'baton handoff list [--all] [--consumed] [--dir D] [--json]',
      'baton handoff sent [--dir D] [--json]',
      'baton handoff show NAME|PATH [--dir D]',
      'baton handoff clean [--days N] [--dry-run] [--dir D] [--json]',
      'baton handoff search QUERY… [--all] [--section NAME] [--branch B] [--since DATE] [--limit N] [--fenced] ' +
        '[--dir D] [--json]',
      'baton handoff log NAME [--dir D] [--json]',
      'baton handoff context [--session ID] [--json]',
      'baton memory path [--project P] [--json]',
      'baton memory check [FILE] [--max-lines 200] [--max-bytes 25000] [--json] [--project P] [--exit-zero]',
      'baton memory split [FILE] [--max-lines 200] [--max-bytes 25000] [--dry-run] [--json] [--project P]',
      'baton memory ns [--branch B] [--project P] [--json]',
      'baton memory merge [--branch B] [--project P] [--json]',
      'baton index add INDEX --entry TEXT [--key K] [--json]',
      'baton lock-write TARGET [--expect-sha256 H] [--json]',
      'baton status [--json] [--dir D]',
      'baton claim PATH [--session ID] [--json]',
      'baton release PATH [--session ID] [--force] [--json]',
      'baton redact FILE… [--fix] [--json]',
      'baton sync [--dir D] [--json] [--background]',
      'baton sync init REMOTE [--dir D] [--json] [--as ID]',
      'baton sync status [--dir D] [--json]'
    ])
    expect(groups).toEqual(['handoff', 'memory', 'index', 'sync'])
  })

  it('prints help generated from the table at every level, on stdout, exit 0', async () => {
    for (const name of names) {
      const spec: LeafSpec = COMMANDS[name]
      for (const argv of [
        [...words(name), '--help'],
        [...words(name), '-h'],
        ['help', ...words(name)]
      ]) {
        const r = await baton(argv, {tty: true})
        expect(r.code, argv.join(' ')).toBe(0)
        expect(r.err).toBe('')
        expect(r.out).toContain(`usage: ${usageLine(name)}\n`)
        expect(r.out).toContain(spec.summary)
        for (const [option, o] of Object.entries(spec.options)) {
          expect(r.out).toMatch(new RegExp(`^  --${option}\\b.*${o.about.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`, 'm'))
        }
        for (const a of spec.args ?? []) expect(r.out).toContain(a.about)
      }
    }
    for (const group of groups) {
      for (const argv of [
        [group, '--help'],
        [group, '-h'],
        ['help', group]
      ]) {
        const r = await baton(argv)
        expect(r.code, argv.join(' ')).toBe(0)
        expect(r.out).toContain(GROUPS[group])
        const listed = r.out.split('\n').filter((l) => l.startsWith('  baton '))
        expect(listed.map((l) => l.trim().replace(/ +/g, ' '))).toEqual(
          names.filter((n) => n.startsWith(`${group} `)).map(usageLine)
        )
      }
    }
    for (const argv of [['--help'], ['-h'], ['help'], []]) {
      const r = await baton(argv)
      expect(r.code).toBe(argv.length === 0 ? 2 : 0) // no command at all is a usage error, as before
      const listed = r.out.split('\n').filter((l) => l.startsWith('  baton '))
      expect(listed.map((l) => l.trim().replace(/ +/g, ' '))).toEqual(names.map(usageLine))
      for (const name of names) expect(r.out).toContain(COMMANDS[name].summary)
    }
  })

  it('answers help for handoff, handoff write and memory with exit 0 (they were usage errors)', async () => {
    for (const argv of [
      ['handoff', '--help'],
      ['handoff', 'write', '--help'],
      ['memory', '--help'],
      ['memory', 'split', '-h']
    ]) {
      const r = await baton(argv, {tty: true})
      expect([argv.join(' '), r.code, r.err]).toEqual([argv.join(' '), 0, ''])
    }
  })

  it("shows the table's usage line in every usage error", async () => {
    for (const name of names) {
      const r = await baton([...words(name), '--no-such-flag'], {tty: true})
      expect(r.code, name).toBe(2)
      expect(r.err).toContain(`baton: usage: ${usageLine(name)}\n`)
    }
    // Errors the handlers raise themselves, and a bad number, show the same line.
    for (const argv of [
      ['handoff', 'show'],
      ['claim'],
      ['release'],
      ['index', 'add', 'i.md'],
      ['lock-write'],
      ['handoff', 'resume', '--max-chars', 'lots'],
      ['handoff', 'clean', '--days', '-1'],
      ['status', 'extra']
    ]) {
      const r = await baton(argv, {tty: true})
      const name = (argv[0] === 'handoff' || argv[0] === 'index' ? argv.slice(0, 2) : argv.slice(0, 1)).join(' ')
      expect(r.code, argv.join(' ')).toBe(2)
      expect(r.err).toContain(`baton: usage: ${usageLine(name as keyof typeof COMMANDS)}\n`)
    }
    const group = await baton(['memory'])
    expect(group.code).toBe(2)
    expect(group.err).toContain('baton: usage: baton memory path|check|split|ns|merge\n')
  })

  it('suggests the nearest command, subcommand or option for a typo, and nothing for a stranger', async () => {
    const cases: Array<[string[], RegExp]> = [
      [['hndoff'], /unknown command "hndoff"; did you mean `handoff`\?/],
      [['stauts'], /did you mean `status`\?/],
      [['memroy', 'split'], /did you mean `memory`\?/],
      [['handoff', 'wirte'], /unknown command "handoff wirte"; did you mean `handoff write`\?/],
      [['memory', 'chek'], /did you mean `memory check`\?/],
      [['help', 'lock-wirte'], /did you mean `lock-write`\?/],
      [['handoff', 'write', '--slugg', 'x'], /Unknown option '--slugg' \(did you mean --slug\?\)/],
      [['handoff', 'list', '--consume'], /did you mean --consumed\?/]
    ]
    for (const [argv, message] of cases) {
      const r = await baton(argv, {tty: true})
      expect(r.code, argv.join(' ')).toBe(2)
      expect(r.err).toMatch(message)
    }
    for (const argv of [['xyzzy'], ['handoff', 'frobnicate'], ['status', '--zzz']]) {
      const r = await baton(argv)
      expect(r.code).toBe(2)
      expect(r.err).not.toMatch(/did you mean/)
    }
  })

  it('measures edit distance with swaps as one step, and suggests only near names', () => {
    expect(editDistance('handoff', 'handoff')).toBe(0)
    expect(editDistance('hnadoff', 'handoff')).toBe(1)
    expect(editDistance('hndoff', 'handoff')).toBe(1)
    expect(editDistance('', 'abc')).toBe(3)
    expect(editDistance('kitten', 'sitting')).toBe(3)
    expect(nearest('stauts', ['status', 'claim'])).toBe('status')
    expect(nearest('mem', ['memory', 'index'])).toBe('memory')
    expect(nearest('xyzzy', ['status', 'claim'])).toBeUndefined()
    expect(nearest('ab', ['cd', 'ab'])).toBeUndefined() // an exact name is not a typo
    expect(nearest('z', ['a', 'b'])).toBeUndefined()
  })
})
