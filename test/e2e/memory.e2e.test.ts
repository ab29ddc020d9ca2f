// Auto memory inside the real Claude Code CLI: Baton's memory path is the
// folder Claude Code itself uses (also past 200 characters, where a hash is
// added, and where autoMemoryDirectory points), Claude Code really cuts
// MEMORY.md where `baton memory check` says (front matter and HTML comments
// not counted), and /baton:memory-split works end to end. Offline, against
// the fake API. Runs on the Claude Code that claude.ts's claudeBin() picks.

import fs from 'node:fs'
import path from 'node:path'
import {spawnSync} from 'node:child_process'
import {describe, expect, test} from 'vitest'
import {chain, say, whenBash, whenSay} from './fake-api.js'
import {findTranscript, runClaude, type Sandbox} from './claude.js'
import {CLI, ROOT, TIMEOUT, useE2e} from './setup.js'

const e2e = useE2e('baton-mem-e2e-')
const {api, sandbox} = e2e

/** A real `baton` process with the session's CLAUDE_CONFIG_DIR. */
function baton(b: Sandbox, cwd: string, args: string[]): {code: number | null; stdout: string; stderr: string} {
  const r = spawnSync(process.execPath, [CLI, ...args], {
    cwd,
    encoding: 'utf8',
    env: {PATH: process.env.PATH ?? '', HOME: b.home, CLAUDE_CONFIG_DIR: b.configDir}
  })
  return {code: r.status, stdout: r.stdout, stderr: r.stderr}
}

/** True when a /v1/messages request made after `from` contains `needle`. */
const sawSince = (from: number, needle: string): boolean => api.requests.slice(from).some((r) => r.raw.includes(needle))

/** Every string inside a JSON value. */
const strings = (value: unknown): string[] =>
  typeof value === 'string'
    ? [value]
    : Array.isArray(value)
      ? value.flatMap(strings)
      : value && typeof value === 'object'
        ? Object.values(value).flatMap(strings)
        : []

/**
 * The MEMORY.md text Claude Code put into the first model request after `from`:
 * what follows `Contents of …/MEMORY.md (…):`, up to its warning (which, in
 * newer versions, quotes the first line it cut) or the end of that context.
 */
function loadedMemory(from: number): string {
  const request = api.requests[from]
  expect(request, 'a model request was made').toBeDefined()
  const text = strings(request!.body).find((t) => /Contents of [^\n]*MEMORY\.md \(/.test(t)) ?? ''
  const head = /Contents of [^\n]*MEMORY\.md \([^\n]*\):\n\n/.exec(text)
  expect(head, 'the request holds the auto memory').not.toBeNull()
  const rest = text.slice(head!.index + head![0].length)
  // The truncation warning: '\n\n> WARNING: …' (2.1.33x), or with every line quoted '\n> \n> WARNING: …' (2.1.337).
  const warning = /\n(?:> ?)?\n> WARNING: MEMORY\.md/.exec(rest)?.index ?? -1
  const ends = [warning, ...['\n# currentDate', '\n</system-reminder>'].map((e) => rest.indexOf(e))].filter(
    (i) => i !== -1
  )
  return rest.slice(0, Math.min(rest.length, ...ends))
}

/** The numbers of the `ZL<n>Z` markers in a text. */
const markers = (text: string): number[] => [...text.matchAll(/ZL(\d+)Z/g)].map((m) => Number(m[1]))

const session = (b: Sandbox, cwd: string, prompt: string, extra: string[] = []) =>
  runClaude({
    prompt,
    cwd,
    home: b.home,
    apiPort: api.port,
    configDir: b.configDir,
    pluginDir: ROOT,
    extraArgs: extra,
    timeoutMs: 80_000
  })

describe('the memory path', () => {
  test(
    'is the folder Claude Code writes the session transcript to, also for a path past 200 characters',
    async () => {
      const b = sandbox()
      const long = path.join(
        b.root,
        'a-rather-long.folder_name',
        'x'.repeat(70),
        'Deeper Still (v2)',
        'y'.repeat(60),
        'project'
      )
      fs.mkdirSync(long, {recursive: true})
      for (const cwd of [b.project, long]) {
        api.setScript(say('OK'))
        const r = await session(b, cwd, 'hi')
        expect(r.code, r.stderr).toBe(0)
        const transcript = findTranscript(b.configDir, r.json!.session_id)
        expect(transcript, 'transcript written').toBeDefined()
        const memory = baton(b, cwd, ['memory', 'path']).stdout.trim()
        expect(path.dirname(path.dirname(memory))).toBe(path.dirname(transcript!))
      }
      const encoded = path.basename(path.dirname(path.dirname(baton(b, long, ['memory', 'path']).stdout.trim())))
      expect(encoded.length).toBeGreaterThan(201) // cut to 200 plus "-<hash>": the hash matched Claude Code's
      expect(encoded).toMatch(/^.{200}-[0-9a-z]+$/)
    },
    TIMEOUT * 2
  )

  test(
    'holds the MEMORY.md that Claude Code loads, cut exactly where baton memory check says',
    async () => {
      const b = sandbox()
      const file = baton(b, b.project, ['memory', 'path']).stdout.trim()
      fs.mkdirSync(path.dirname(file), {recursive: true})
      const lines = Array.from({length: 240}, (_, i) => `- fact ${i + 1} MEMLINE${String(i + 1).padStart(3, '0')}X`)
      fs.writeFileSync(file, `# Memory\n${lines.join('\n')}\n`)
      const check = JSON.parse(baton(b, b.project, ['memory', 'check', '--json']).stdout) as {
        lastVisibleLine: number
        firstHiddenLine: number
      }
      expect(check).toMatchObject({lastVisibleLine: 200, firstHiddenLine: 201})
      const from = api.requests.length
      api.setScript(say('OK'))
      const r = await session(b, b.project, 'hi')
      expect(r.code, r.stderr).toBe(0)
      const loaded = loadedMemory(from)
      expect(loaded).toContain('MEMLINE199X') // file line 200
      expect(loaded).not.toContain('MEMLINE200X') // file line 201: invisible, as check said
    },
    TIMEOUT
  )
})

describe('autoMemoryDirectory', () => {
  test(
    'moves the memory where Claude Code reads it: ~/ in user settings, project settings first, a relative path ignored',
    async () => {
      const b = sandbox()
      const userSettings = path.join(b.configDir, 'settings.json')
      const projectSettings = path.join(b.project, '.claude', 'settings.json')
      fs.mkdirSync(path.dirname(projectSettings), {recursive: true})
      const elsewhere = path.join(b.root, 'project-memory')
      const cases: {user?: string; project?: string; expected: string}[] = [
        {user: '~/custom-memory/', expected: path.join(b.home, 'custom-memory', 'MEMORY.md')},
        {user: '~/custom-memory', project: elsewhere, expected: path.join(elsewhere, 'MEMORY.md')},
        {user: 'relative/memory', expected: ''} // ignored: the default folder
      ]
      for (const [i, c] of cases.entries()) {
        fs.writeFileSync(userSettings, JSON.stringify(c.user === undefined ? {} : {autoMemoryDirectory: c.user}))
        fs.writeFileSync(
          projectSettings,
          JSON.stringify(c.project === undefined ? {} : {autoMemoryDirectory: c.project})
        )
        const file = baton(b, b.project, ['memory', 'path']).stdout.trim()
        if (c.expected !== '') expect(file).toBe(c.expected)
        else expect(file).toMatch(/[/]projects[/][^/]+[/]memory[/]MEMORY\.md$/)
        fs.mkdirSync(path.dirname(file), {recursive: true})
        fs.writeFileSync(file, `- AUTO-DIR-MARKER-${i}\n`)
        const from = api.requests.length
        api.setScript(say('OK'))
        const r = await session(b, b.project, 'hi')
        expect(r.code, r.stderr).toBe(0)
        expect(loadedMemory(from)).toContain(`AUTO-DIR-MARKER-${i}`)
        fs.rmSync(file)
      }
    },
    TIMEOUT * 2
  )
})

describe('where the limit falls, with front matter and HTML comments', () => {
  test(
    'Claude Code loads exactly the lines up to the one memory check names as the last visible one',
    async () => {
      const b = sandbox()
      const file = baton(b, b.project, ['memory', 'path']).stdout.trim()
      fs.mkdirSync(path.dirname(file), {recursive: true})
      // Every content line carries its file line number; comment lines carry SECRET.
      const out: string[] = []
      const line = (text: string): void => void out.push(text.replace('ZL#Z', `ZL${out.length + 1}Z`))
      const comment = (n: number): void => {
        line('<!-- SECRET opens')
        for (let i = 0; i < n - 2; i++) line('SECRET inside')
        line('SECRET closes -->')
      }
      for (const text of ['---', 'name: index', 'description: the index', 'metadata:', '  type: project', '---'])
        line(text)
      for (let i = 0; i < 40; i++) line('- fact ZL#Z')
      comment(122)
      for (let i = 0; i < 30; i++) line('- fact ZL#Z')
      line('<!-- SECRET one line -->')
      line('')
      line('')
      line('## Section ZL#Z')
      for (let i = 0; i < 60; i++) line('- fact ZL#Z')
      line('<!-- SECRET --> kept beside a comment ZL#Z')
      line('```')
      line('<!-- a comment in a fence is loaded ZL#Z -->')
      line('```')
      for (let i = 0; i < 200; i++) line('- fact ZL#Z')
      fs.writeFileSync(file, `${out.join('\n')}\n`)
      const r0 = baton(b, b.project, ['memory', 'check', '--json'])
      expect(r0.code).toBe(1)
      const check = JSON.parse(r0.stdout) as {lastVisibleLine: number; firstHiddenLine: number; lines: number}
      // Not counted: 6 lines of front matter, 122 + 1 comment lines and the 2 blank lines after the second.
      expect(check.lines).toBe(out.length - 6 - 123 - 2)
      const from = api.requests.length
      api.setScript(say('OK'))
      const r = await session(b, b.project, 'hi')
      expect(r.code, r.stderr).toBe(0)
      const loaded = loadedMemory(from)
      const seen = markers(loaded)
      const expected = out.flatMap((l, i) => (l.includes('ZL') && i + 1 <= check.lastVisibleLine ? [i + 1] : []))
      expect(seen).toEqual(expected) // every content line up to the last visible one, in order, and nothing after
      expect(seen.at(-1)).toBe(check.lastVisibleLine)
      expect(loaded).not.toContain('SECRET')
      expect(loaded).not.toContain('name: index')
      expect(loaded).toContain('kept beside a comment')
    },
    TIMEOUT
  )
})

describe('the memory path, more cases', () => {
  test(
    'is cut at the 25,000-character limit where baton memory check says',
    async () => {
      const b = sandbox()
      const file = baton(b, b.project, ['memory', 'path']).stdout.trim()
      fs.mkdirSync(path.dirname(file), {recursive: true})
      const lines = Array.from({length: 120}, (_, i) => `CHARLINE${String(i + 1).padStart(3, '0')}X ${'z'.repeat(280)}`)
      fs.writeFileSync(file, `${lines.join('\n')}\n`)
      const check = JSON.parse(baton(b, b.project, ['memory', 'check', '--json']).stdout) as {
        lastVisibleLine: number
        overChars: boolean
      }
      expect(check.overChars).toBe(true)
      const from = api.requests.length
      api.setScript(say('OK'))
      const r = await session(b, b.project, 'hi')
      expect(r.code, r.stderr).toBe(0)
      const last = String(check.lastVisibleLine).padStart(3, '0')
      const first = String(check.lastVisibleLine + 1).padStart(3, '0')
      const loaded = loadedMemory(from)
      expect(loaded).toContain(`CHARLINE${last}X`)
      expect(loaded).not.toContain(`CHARLINE${first}X`)
    },
    TIMEOUT
  )

  test(
    "is the main repository's memory when the session runs in a linked worktree",
    async () => {
      const b = sandbox()
      const tree = path.join(b.root, 'tree')
      const git = spawnSync('git', ['worktree', 'add', '-q', '-b', 'feat/wt', tree], {cwd: b.project, encoding: 'utf8'})
      expect(git.status, git.stderr).toBe(0)
      const file = baton(b, tree, ['memory', 'path']).stdout.trim()
      expect(file).toBe(baton(b, b.project, ['memory', 'path']).stdout.trim())
      fs.mkdirSync(path.dirname(file), {recursive: true})
      fs.writeFileSync(file, '# Memory\n- WORKTREE-MEMORY-MARKER-5\n')
      const from = api.requests.length
      api.setScript(say('OK'))
      const r = await session(b, tree, 'hi')
      expect(r.code, r.stderr).toBe(0)
      expect(sawSince(from, 'WORKTREE-MEMORY-MARKER-5')).toBe(true)
    },
    TIMEOUT
  )
})

/** A MEMORY.md over Claude Code's 200-line limit, with sections. */
const bigMemory = (): string =>
  '# Project memory\n\nRead me first.\n\n' +
  ['Build', 'Deploy', 'Testing', 'Conventions']
    .map(
      (t) =>
        `## ${t}\n` +
        Array.from(
          {length: 60},
          (_, i) => `${t} fact ${i + 1}${t === 'Conventions' && i === 59 ? ' TAIL-MARKER-77' : ''}.`
        ).join('\n') +
        '\n\n'
    )
    .join('')

describe('a flat list of links, as recent Claude Code keeps MEMORY.md', () => {
  test(
    'split groups it into index files by topic type, and Claude Code then loads the whole lean index',
    async () => {
      const b = sandbox()
      const file = baton(b, b.project, ['memory', 'path']).stdout.trim()
      const dir = path.dirname(file)
      fs.mkdirSync(dir, {recursive: true})
      const types = ['user', 'feedback', 'project', 'reference']
      const entries = Array.from({length: 260}, (_, i) => `- [Topic ${i}](topic_${i}.md) — hook ZL${i}Z`)
      for (let i = 0; i < 260; i++)
        fs.writeFileSync(
          path.join(dir, `topic_${i}.md`),
          `---\nname: topic_${i}\ndescription: Topic ${i}.\nmetadata:\n  type: ${types[i % 4]}\n---\nBody ${i}.\n`
        )
      fs.writeFileSync(file, `# Memory\n\n${entries.join('\n')}\n`)
      expect(baton(b, b.project, ['memory', 'check']).code).toBe(1)
      const split = baton(b, b.project, ['memory', 'split'])
      expect(split.code, split.stderr).toBe(0)
      expect(baton(b, b.project, ['memory', 'check']).code).toBe(0)
      const from = api.requests.length
      api.setScript(say('OK'))
      const r = await session(b, b.project, 'hi')
      expect(r.code, r.stderr).toBe(0)
      const loaded = loadedMemory(from)
      for (const t of types) expect(loaded).toContain(`(index-${t}.md) — 65 entries:`)
      expect(markers(loaded)).toEqual([]) // the entries live in the index files, read on demand
      const grouped = types.flatMap((t) =>
        fs
          .readFileSync(path.join(dir, `index-${t}.md`), 'utf8')
          .split('\n')
          .filter((l) => l.startsWith('- ['))
      )
      expect(grouped.sort()).toEqual([...entries].sort())
    },
    TIMEOUT
  )
})

describe('/baton:memory-split', () => {
  test(
    'checks, splits through the CLI, and leaves an index Claude Code loads whole',
    async () => {
      const b = sandbox()
      const file = baton(b, b.project, ['memory', 'path']).stdout.trim()
      fs.mkdirSync(path.dirname(file), {recursive: true})
      fs.writeFileSync(file, bigMemory())
      const from = api.requests.length
      api.setScript(
        chain(whenBash('What a split would do', `node "${ROOT}/dist/cli.js" memory split`, 'Split done.'), say('OK'))
      )
      const r = await session(b, b.project, '/baton:memory-split')
      expect(r.code, r.stderr).toBe(0)
      expect(r.json?.permission_denials ?? []).toEqual([])
      expect(sawSince(from, 'cannot see lines 201')).toBe(true) // the check reached the model
      expect(sawSince(from, 'lines 5–66')).toBe(true) // the dry-run plan reached the model
      const dir = path.dirname(file)
      expect(fs.readdirSync(dir).sort()).toEqual(['MEMORY.md', 'build.md', 'conventions.md', 'deploy.md', 'testing.md'])
      expect(fs.readFileSync(file, 'utf8')).toContain('- [Deploy](deploy.md) — Deploy fact 1.')
      expect(fs.readdirSync(path.join(b.configDir, 'baton', 'backups'))).toHaveLength(1)
      expect(sawSince(from, 'Original backed up to')).toBe(true) // the split's own output came back as the tool result

      const next = api.requests.length
      api.setScript(say('OK'))
      const again = await session(b, b.project, 'hi')
      expect(again.code).toBe(0)
      expect(sawSince(next, '[Conventions](conventions.md)')).toBe(true)
      expect(sawSince(next, 'TAIL-MARKER-77')).toBe(false) // detail lives in the topic file, read on demand
    },
    TIMEOUT * 2
  )

  test(
    'changes nothing when the arguments ask for a dry run',
    async () => {
      const b = sandbox()
      const file = baton(b, b.project, ['memory', 'path']).stdout.trim()
      fs.mkdirSync(path.dirname(file), {recursive: true})
      fs.writeFileSync(file, bigMemory())
      const from = api.requests.length
      api.setScript(chain(whenSay('--dry-run', 'Dry run: the plan above would move 4 sections.'), say('OK')))
      const r = await session(b, b.project, '/baton:memory-split --dry-run')
      expect(r.code, r.stderr).toBe(0)
      expect(sawSince(from, 'dry run: nothing is changed')).toBe(true)
      expect(fs.readdirSync(path.dirname(file))).toEqual(['MEMORY.md'])
      expect(fs.readFileSync(file, 'utf8')).toBe(bigMemory())
    },
    TIMEOUT
  )
})
