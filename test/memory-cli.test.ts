/** `baton memory path|check|split|ns|merge`, run as real processes on real folders. */
import {describe, expect, it} from 'vitest'
import {spawn, spawnSync} from 'node:child_process'
import {existsSync, mkdirSync, readdirSync, readFileSync, realpathSync, symlinkSync, writeFileSync} from 'node:fs'
import {dirname, join} from 'node:path'
import {CLI, cliEnv, gitRepo, runCli, runCliSync, tempDir} from './helpers.ts'

const section = (title: string, n = 6): string =>
  [`## ${title}`, ...Array.from({length: n}, (_, i) => `${title} note ${i + 1}.`), ''].join('\n') + '\n'
const bigMemory = (): string =>
  ['# Project memory', '', 'Read this first.', '', ''].join('\n') +
  ['Build', 'Deploy', 'Testing', '../../etc/passwd', 'Build'].map((t) => section(t, 30)).join('') +
  '## Tip\n- one line\n'

/** A project folder and its memory folder, with MEMORY.md written. */
function setup(text: string): {home: string; env: Record<string, string>; project: string; dir: string; file: string} {
  const home = tempDir()
  const project = realpathSync(tempDir('baton-proj-'))
  const env = cliEnv(home)
  const file = runCliSync(['memory', 'path'], {env, cwd: project}).stdout.trim()
  mkdirSync(dirname(file), {recursive: true})
  writeFileSync(file, text)
  return {home, env, project, dir: dirname(file), file}
}

const backups = (home: string): string[] => {
  const dir = join(home, '.claude', 'baton', 'backups')
  return existsSync(dir) ? readdirSync(dir) : []
}

describe('baton memory path', () => {
  it('encodes the cwd outside git, and the main repository root from a worktree', () => {
    const home = tempDir()
    const env = cliEnv(home)
    const plain = realpathSync(tempDir('baton-plain.dir_'))
    expect(runCliSync(['memory', 'path'], {env, cwd: plain}).stdout.trim()).toBe(
      join(home, '.claude', 'projects', plain.replace(/[^a-zA-Z0-9]/g, '-'), 'memory', 'MEMORY.md')
    )
    const repo = realpathSync(gitRepo())
    const tree = join(repo, '..', `${repo.split('/').pop()}-wt`)
    spawnSync('git', ['worktree', 'add', '-q', '-b', 'feat/x', tree], {cwd: repo})
    mkdirSync(join(tree, 'sub'), {recursive: true})
    const fromTree = runCliSync(['memory', 'path'], {env, cwd: join(tree, 'sub')}).stdout.trim()
    expect(fromTree).toBe(join(home, '.claude', 'projects', repo.replace(/[^a-zA-Z0-9]/g, '-'), 'memory', 'MEMORY.md'))
    expect(runCliSync(['memory', 'path', '--project', tree], {env, cwd: plain}).stdout.trim()).toBe(fromTree)
  })
})

describe('baton memory path with autoMemoryDirectory', () => {
  it('follows the setting as Claude Code does: project settings before user settings, ~/ expanded', () => {
    const home = tempDir()
    const env = cliEnv(home)
    const project = realpathSync(tempDir('baton-proj-'))
    const settings = join(home, '.claude', 'settings.json')
    mkdirSync(dirname(settings), {recursive: true})
    writeFileSync(settings, JSON.stringify({autoMemoryDirectory: '~/notes/memory/'}))
    const path = (): string => runCliSync(['memory', 'path'], {env, cwd: project}).stdout.trim()
    expect(path()).toBe(join(home, 'notes', 'memory', 'MEMORY.md'))
    mkdirSync(join(project, '.claude'))
    writeFileSync(join(project, '.claude', 'settings.json'), JSON.stringify({autoMemoryDirectory: join(home, 'p')}))
    expect(path()).toBe(join(home, 'p', 'MEMORY.md'))
    writeFileSync(join(project, '.claude', 'settings.local.json'), JSON.stringify({autoMemoryDirectory: '~/../up'}))
    // Set, so it wins, but Claude Code ignores the value (it climbs out of ~): the default folder, not the next file's.
    expect(path()).toBe(join(home, '.claude', 'projects', project.replace(/[^a-zA-Z0-9]/g, '-'), 'memory', 'MEMORY.md'))
  })
})

describe('baton memory check', () => {
  it('says exactly which lines Claude Code cannot see', () => {
    const {env, project} = setup(Array.from({length: 230}, (_, i) => `fact ${i + 1}`).join('\n'))
    const r = runCliSync(['memory', 'check'], {env, cwd: project})
    expect(r.code).toBe(1) // lines are invisible: a script or CI step sees it
    expect(r.stdout).toContain('cannot see lines 201–230 (30 lines')
    expect(r.stdout).toContain('What to do: baton memory split')
    const j = runCliSync(['memory', 'check', '--json'], {env, cwd: project})
    expect(j.code).toBe(1)
    const json = JSON.parse(j.stdout)
    expect(json).toMatchObject({exists: true, fits: false, firstHiddenLine: 201, lastLine: 230, hiddenLines: 30})
    expect(Object.keys(json).sort()).toEqual(
      [
        'file',
        'exists',
        'lines',
        'chars',
        'maxLines',
        'maxChars',
        'fits',
        'overLines',
        'overChars',
        'lastVisibleLine',
        'firstHiddenLine',
        'lastLine',
        'hiddenLines',
        'hiddenChars'
      ].sort() // `partial` appears only when one line is cut part-way
    )
  })

  it('exits 0 when Claude Code loads every line, and for a missing file', () => {
    const {env, project, file} = setup(
      '---\nname: index\n---\n<!--\n' + 'note\n'.repeat(50) + '-->\n' + 'fact\n'.repeat(200)
    )
    const r = runCliSync(['memory', 'check'], {env, cwd: project})
    expect(r.code, r.stdout).toBe(0) // front matter and the comment are not counted: 200 lines
    expect(r.stdout).toContain('200 lines')
    writeFileSync(file, 'fact\n'.repeat(201))
    expect(runCliSync(['memory', 'check'], {env, cwd: project}).code).toBe(1)
    const zero = runCliSync(['memory', 'check', '--exit-zero'], {env, cwd: project})
    expect(zero.code).toBe(0) // for /baton:memory-split, whose ! line must not fail
    expect(zero.stdout).toContain('cannot see line 201')
    expect(runCliSync(['memory', 'check', join(project, 'none.md')], {env, cwd: project}).code).toBe(0)
  })
})

describe('baton memory split of a flat list of links', () => {
  it('groups the entries into index files by their topic type, losing no line; a linked topic file is not read', () => {
    const types = ['user', 'feedback', 'project', 'reference']
    const entries = Array.from({length: 240}, (_, i) => `- [Topic ${i}](topic_${i}.md) — hook line ${i}`)
    const {env, project, dir, file} = setup(`# Memory\n\n${entries.join('\n')}\n`)
    for (let i = 0; i < 240; i++) {
      const meta = `---\nname: topic_${i}\ndescription: Topic ${i}.\nmetadata:\n  type: ${types[i % 4]}\n---\nBody.\n`
      if (i === 7) writeFileSync(join(dir, 'elsewhere.md'), meta)
      else writeFileSync(join(dir, `topic_${i}.md`), meta)
    }
    symlinkSync(join(dir, 'elsewhere.md'), join(dir, 'topic_7.md')) // not followed: its entry goes to "other"
    expect(runCliSync(['memory', 'check'], {env, cwd: project}).code).toBe(1)
    const r = runCliSync(['memory', 'split'], {env, cwd: project})
    expect(r.code, r.stderr).toBe(0)
    const index = readFileSync(file, 'utf8')
    expect(index.split('\n').filter((l) => l.startsWith('- ['))).toHaveLength(5)
    expect(index).toContain('- [Feedback and preferences](index-feedback.md) — 60 entries: Topic 1; Topic 5;')
    expect(index).toContain('- [Other memories](index-other.md) — 1 entry: Topic 7')
    expect(index).toContain('- [References](index-reference.md) — 59 entries: Topic 3; Topic 11;')
    const moved = ['user', 'feedback', 'project', 'reference', 'other'].flatMap((t) =>
      readFileSync(join(dir, `index-${t}.md`), 'utf8')
        .split('\n')
        .filter((l) => l.startsWith('- ['))
    )
    expect(moved.sort()).toEqual([...entries].sort())
    expect(readFileSync(join(dir, 'index-user.md'), 'utf8')).toMatch(
      /^---\nname: "index-user"\n[^]*type: user\n---\n- \[Topic 0\]/
    )
    expect(runCliSync(['memory', 'check'], {env, cwd: project}).code).toBe(0)
  })
})

describe('baton memory split', () => {
  it('backs up, writes topic files inside the folder and leaves an index that fits', () => {
    const {home, env, project, dir, file} = setup(bigMemory())
    const r = runCliSync(['memory', 'split'], {env, cwd: project})
    expect(r.code, r.stderr).toBe(0)
    expect(readdirSync(dir).sort()).toEqual([
      'MEMORY.md',
      'build-2.md',
      'build.md',
      'deploy.md',
      'etc-passwd.md',
      'testing.md'
    ])
    expect(readFileSync(file, 'utf8')).toBe(
      [
        '# Project memory',
        '',
        'Read this first.',
        '',
        '- [Build](build.md) — Build note 1.',
        '- [Deploy](deploy.md) — Deploy note 1.',
        '- [Testing](testing.md) — Testing note 1.',
        '- [../../etc/passwd](etc-passwd.md) — ../../etc/passwd note 1.',
        '- [Build](build-2.md) — Build note 1.',
        '## Tip',
        '- one line',
        ''
      ].join('\n')
    )
    expect(readFileSync(join(dir, 'deploy.md'), 'utf8')).toBe(
      '---\nname: "deploy"\ndescription: "Deploy note 1."\nmetadata:\n  type: project\n---\n' + section('Deploy', 30)
    )
    expect(backups(home)).toHaveLength(1)
    expect(readFileSync(join(home, '.claude', 'baton', 'backups', backups(home)[0]!), 'utf8')).toBe(bigMemory())
    expect(runCliSync(['memory', 'check', '--json'], {env, cwd: project}).stdout).toMatch(/"fits": true/)
  })

  it('changes nothing and writes no backup on a second run', () => {
    const {home, env, project, file} = setup(bigMemory())
    runCliSync(['memory', 'split'], {env, cwd: project})
    const after = readFileSync(file, 'utf8')
    const r = runCliSync(['memory', 'split'], {env, cwd: project})
    expect(r.stdout).toMatch(/nothing to split/)
    expect(readFileSync(file, 'utf8')).toBe(after)
    expect(backups(home)).toHaveLength(1)
  })

  it('prints the plan, which file gets which lines, and changes nothing with --dry-run', () => {
    const {home, env, project, dir} = setup(bigMemory())
    const r = runCliSync(['memory', 'split', '--dry-run'], {env, cwd: project})
    expect(r.stdout).toMatch(/lines 5–36 +→ build\.md/)
    expect(r.stdout).toMatch(/lines 1–4 +stay in MEMORY\.md/)
    expect(readdirSync(dir)).toEqual(['MEMORY.md'])
    expect(backups(home)).toHaveLength(0)
  })

  it('appends to an existing topic file and never overwrites it', () => {
    const {env, project, dir} = setup(bigMemory())
    writeFileSync(join(dir, 'deploy.md'), '---\nname: deploy\n---\nEarlier deploy facts.\n')
    runCliSync(['memory', 'split'], {env, cwd: project})
    expect(readFileSync(join(dir, 'deploy.md'), 'utf8')).toBe(
      '---\nname: deploy\n---\nEarlier deploy facts.\n' + section('Deploy', 30)
    )
  })

  it('fails with exit 1 and a reason, changing nothing, when the index cannot fit', () => {
    const text = Array.from({length: 260}, (_, i) => `preamble ${i}`).join('\n') + '\n' + section('A')
    const {home, env, project, dir, file} = setup(text)
    const r = runCliSync(['memory', 'split'], {env, cwd: project})
    expect(r.code).toBe(1)
    expect(r.stderr).toMatch(/cannot make MEMORY\.md fit/)
    expect(r.stderr).toMatch(/lines 1–260/)
    expect(readFileSync(file, 'utf8')).toBe(text)
    expect(readdirSync(dir)).toEqual(['MEMORY.md'])
    expect(backups(home)).toHaveLength(0)
  })

  it(
    'refuses a MEMORY.md that is not valid UTF-8, naming the byte offset, ' +
      'and changes nothing (it used to replace the bytes, even in the backup)',
    () => {
      const bytes = Buffer.concat([
        Buffer.from('# M\n\n## Build\nUse '),
        Buffer.from([0xff, 0xfe]),
        Buffer.from(' here.\na\nb\nc\n\n'),
        Buffer.from(section('Deploy'))
      ])
      const {home, env, project, dir, file} = setup('')
      writeFileSync(file, bytes)
      for (const args of [
        ['memory', 'split'],
        ['memory', 'split', '--dry-run']
      ]) {
        const r = runCliSync(args, {env, cwd: project})
        expect(r.code).toBe(1)
        expect(r.stderr).toContain(`${file} is not valid UTF-8: byte offset 18 (line 4) holds 0xff 0xfe`)
        expect(r.stderr).toMatch(/nothing was changed/)
        expect(r.stderr).toMatch(/what to do: .*od -c -j 18/)
      }
      expect(readFileSync(file).equals(bytes)).toBe(true)
      expect(readdirSync(dir)).toEqual(['MEMORY.md'])
      expect(backups(home)).toHaveLength(0)
    }
  )

  it('keeps bytes exactly: the backup is a byte copy, and a topic file it appends to keeps its own bytes', () => {
    const text =
      '\uFEFF# M\r\n\r\nKept \uFFFD as is.\r\n\r\n' + section('Build').replace(/\n/g, '\r\n') + section('Deploy')
    const {home, env, project, dir, file} = setup(text)
    const original = readFileSync(file)
    const topic = Buffer.concat([Buffer.from('Old deploy facts: '), Buffer.from([0xff, 0xfe, 0x80]), Buffer.from('\n')])
    writeFileSync(join(dir, 'deploy.md'), topic)
    const r = runCliSync(['memory', 'split'], {env, cwd: project})
    expect(r.code, r.stderr).toBe(0)
    expect(readFileSync(join(home, '.claude', 'baton', 'backups', backups(home)[0]!)).equals(original)).toBe(true)
    const appended = readFileSync(join(dir, 'deploy.md'))
    expect(appended.subarray(0, topic.length).equals(topic)).toBe(true)
    expect(appended.subarray(topic.length).toString('utf8')).toBe(section('Deploy'))
  })

  it(
    'loses no line written to MEMORY.md by a program ' + 'that takes no lock while split writes its topic files',
    async () => {
      const text = ['# Memory', '', ...Array.from({length: 1500}, (_, i) => section(`Topic ${i}`, 4))].join('\n')
      const {env, project, dir, file} = setup(text)
      const split = runCli(['memory', 'split', '--max-lines', '100000', '--max-bytes', '100000000'], {
        env,
        cwd: project
      })
      // As soon as the first topic file appears, an editor appends a line to the index.
      for (let i = 0; i < 20_000 && !existsSync(join(dir, 'topic-0.md')); i++)
        await new Promise((r) => setTimeout(r, 2))
      writeFileSync(file, readFileSync(file, 'utf8') + 'A line the user added meanwhile.\n')
      const r = await split
      const index = readFileSync(file, 'utf8')
      expect(index).toContain('A line the user added meanwhile.')
      if (r.code !== 0) {
        expect(r.stderr).toMatch(/changed while baton was updating it/)
        expect(r.stderr).toMatch(/Split stopped before rewriting the index, which still holds every section/)
        expect(index).toContain('Topic 1499 note 4.')
      }
      console.info(
        `[figures] lockless write during split's topic phase: kept; ` +
          `split ${r.code === 0 ? 'finished first' : 'stopped loudly (ECHANGED)'}`
      )
    }
  )

  it(
    'a split SIGSTOPped past the stale time loses no index ' + 'add made meanwhile: it stops loudly when it resumes',
    async () => {
      const text = ['# Memory', '', ...Array.from({length: 1500}, (_, i) => section(`Topic ${i}`, 4))].join('\n')
      const {project, dir, file, home} = setup(text)
      const env = cliEnv(home, {BATON_LOCK_STALE_MS: '2000'})
      const child = spawn(
        process.execPath,
        [CLI, 'memory', 'split', '--max-lines', '100000', '--max-bytes', '100000000'],
        {env, cwd: project, stdio: ['ignore', 'pipe', 'pipe']}
      )
      let stderr = ''
      child.stderr.on('data', (d: Buffer) => (stderr += d.toString()))
      const exited = new Promise<number | null>((resolve) => child.on('close', resolve))
      for (let i = 0; i < 20_000 && !existsSync(join(dir, 'topic-0.md')); i++)
        await new Promise((r) => setTimeout(r, 2))
      child.kill('SIGSTOP')
      const add = await runCli(['index', 'add', file, '--entry', '- [Added](added.md) — while split was stopped'], {
        env,
        cwd: project
      })
      expect(add.code, add.stderr).toBe(0)
      child.kill('SIGCONT')
      const code = await exited
      const index = readFileSync(file, 'utf8')
      expect(index).toContain('- [Added](added.md) — while split was stopped') // the acknowledged update is kept
      expect(code).toBe(1)
      expect(stderr).toMatch(/lost the lock on .* while holding it/)
      expect(stderr).toMatch(/Split stopped before rewriting the index, which still holds every section/)
      expect(index).toContain('Topic 1499 note 4.')
    }
  )

  it('leaves a consistent index when index add runs at the same time as split', async () => {
    const {env, project, dir, file} = setup(bigMemory())
    const adds = Array.from({length: 10}, (_, i) =>
      runCli(['index', 'add', file, '--entry', `- [Added ${i}](added-${i}.md) — concurrent`], {env, cwd: project})
    )
    const split = runCli(['memory', 'split'], {env, cwd: project})
    const runs = await Promise.all([split, ...adds])
    for (const r of runs) expect(r.code, r.stderr).toBe(0)
    const index = readFileSync(file, 'utf8')
    for (let i = 0; i < 10; i++) expect(index).toContain(`- [Added ${i}](added-${i}.md) — concurrent`)
    for (const f of ['build.md', 'build-2.md', 'deploy.md', 'testing.md', 'etc-passwd.md']) {
      expect(index).toContain(`](${f})`)
      expect(existsSync(join(dir, f))).toBe(true)
    }
    const all = readdirSync(dir)
      .map((f) => readFileSync(join(dir, f), 'utf8'))
      .join('\n')
    for (const t of ['Build', 'Deploy', 'Testing']) expect(all).toContain(`${t} note 30.`)
    expect(index.match(/Added/g)).toHaveLength(10) // no entry went into a topic file
  })
})

describe('branch namespaces', () => {
  it('prints and creates memory/<branch-slug>/ for the current branch', () => {
    const home = tempDir()
    const env = cliEnv(home)
    const repo = realpathSync(gitRepo())
    spawnSync('git', ['checkout', '-q', '-b', 'feat/Login_Flow.v2'], {cwd: repo})
    const r = runCliSync(['memory', 'ns'], {env, cwd: repo})
    expect(r.stdout.trim()).toBe(
      join(home, '.claude', 'projects', repo.replace(/[^a-zA-Z0-9]/g, '-'), 'memory', 'feat-login-flow-v2') + '/'
    )
    expect(existsSync(r.stdout.trim())).toBe(true)
  })

  it(
    'merges a namespace back: new files move in with entries, ' + 'a differing file is kept beside as name.<branch>.md',
    () => {
      const {env, project, dir, file} = setup('# Memory\n\n- [Build](build.md) — main build\n')
      writeFileSync(join(dir, 'build.md'), 'main build facts\n')
      writeFileSync(join(dir, 'same.md'), 'same\n')
      const ns = runCliSync(['memory', 'ns', '--branch', 'feat/x'], {env, cwd: project}).stdout.trim()
      writeFileSync(join(ns, 'build.md'), 'branch build facts\n')
      writeFileSync(join(ns, 'same.md'), 'same\n')
      writeFileSync(
        join(ns, 'login.md'),
        '---\nname: login\ndescription: "How login works."\nmetadata:\n  type: project\n---\n# Login\n'
      )
      writeFileSync(join(ns, 'MEMORY.md'), '# Memory\n- [Login flow](login.md) — the branch entry\n')
      const r = runCliSync(['memory', 'merge', '--branch', 'feat/x'], {env, cwd: project})
      expect(r.code, r.stderr).toBe(0)
      expect(r.stdout).toMatch(/CONFLICT +build\.md differs from the main copy: kept as build\.feat-x\.md/)
      expect(r.stderr).toMatch(/1 conflict/)
      expect(readFileSync(join(dir, 'build.md'), 'utf8')).toBe('main build facts\n')
      expect(readFileSync(join(dir, 'build.feat-x.md'), 'utf8')).toBe('branch build facts\n')
      expect(existsSync(join(dir, 'login.md'))).toBe(true)
      expect(existsSync(ns)).toBe(false)
      const index = readFileSync(file, 'utf8')
      expect(index).toContain('- [Build](build.md) — main build')
      expect(index).toContain('- [Login flow](login.md) — the branch entry')
      expect(index).toContain('](build.feat-x.md)')
      expect(index).toContain('](same.md)')
    }
  )

  it(
    'moves namespace files byte for byte, invalid UTF-8 included ' +
      '(it used to replace those bytes and delete the original)',
    () => {
      const {env, project, dir} = setup('# Memory\n')
      const ns = runCliSync(['memory', 'ns', '--branch', 'feat/bytes'], {env, cwd: project}).stdout.trim()
      const bytes = Buffer.concat([Buffer.from('# Notes\nLatin-1 caf'), Buffer.from([0xe9, 0xff]), Buffer.from('\n')])
      writeFileSync(join(ns, 'notes.md'), bytes)
      const r = runCliSync(['memory', 'merge', '--branch', 'feat/bytes'], {env, cwd: project})
      expect(r.code, r.stderr).toBe(0)
      expect(readFileSync(join(dir, 'notes.md')).equals(bytes)).toBe(true)
    }
  )

  it('refuses, loudly, to merge a namespace that does not exist', () => {
    const {env, project} = setup('# Memory\n')
    const r = runCliSync(['memory', 'merge', '--branch', 'nope'], {env, cwd: project})
    expect(r.code).toBe(1)
    expect(r.stderr).toMatch(/has no memory namespace/)
  })
})
