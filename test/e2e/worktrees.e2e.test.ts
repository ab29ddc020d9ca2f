// A worktree is part of its repository, in the real Claude Code (interactive,
// tmux): sessions started with `claude --worktree NAME` (Claude Code's own
// `<repo>/.claude/worktrees/NAME`) and one in a sibling `git worktree add`
// folder each leave a note (Stop's autosave after an edit). While the
// worktrees live, a session in the main checkout claims none of them, Claude
// reads one line per note and the person sees one line with the count and the
// command. Once two are removed the next main session claims exactly those
// two, each once, and still hears of the live one; once the last is removed,
// the next claims it. Headless, /baton:handoff-resume tells of a live
// worktree's note and `--worktree BRANCH` takes it.

import fs from 'node:fs'
import path from 'node:path'
import {spawnSync} from 'node:child_process'
import {afterEach, describe, expect, test} from 'vitest'
import {chain, lastPromptText, say, whenSay, whenTools, type LoggedRequest} from './fake-api.js'
import {runClaude, type Sandbox} from './claude.js'
import {haveTmux, poll, seedClaudeJson, startTty, type Tty} from './tty.js'
import {note, ROOT, useE2e} from './setup.js'

/** Six interactive sessions in a row on a loaded 2-core machine. */
const TIMEOUT = 600_000

const {api, sandbox} = useE2e('baton-wt-')
const ttys: Tty[] = []
afterEach(() => {
  for (const t of ttys.splice(0)) t.kill()
})

function git(cwd: string, ...args: string[]): string {
  const r = spawnSync('git', args, {cwd, encoding: 'utf8'})
  if (r.status !== 0) throw new Error(`git ${args.join(' ')}: ${r.stderr}`)
  return r.stdout
}

const handoffDir = (b: Sandbox): string => path.join(b.home, '.claude', 'handoffs')
const names = (b: Sandbox): string[] => (fs.existsSync(handoffDir(b)) ? fs.readdirSync(handoffDir(b)).sort() : [])
const pending = (b: Sandbox): string[] => names(b).filter((n) => n.endsWith('.md') && !n.includes('_done'))

/** Starts an interactive session in `cwd` (trusted) with Baton loaded. */
async function interactive(b: Sandbox, cwd: string, args: string[] = []): Promise<Tty> {
  seedClaudeJson({home: b.home, cwd})
  const tty = startTty({cwd, home: b.home, apiPort: api.port, pluginDirs: [ROOT], args})
  ttys.push(tty)
  await tty.ready()
  return tty
}

/** The first main-loop request (it offers tools) carrying `prompt`. */
const firstRequest = (prompt: string, from: number): LoggedRequest | undefined =>
  api
    .messages()
    .slice(from)
    .find((r) => (r.body?.tools?.length ?? 0) > 0 && lastPromptText(r.body).includes(prompt))

/**
 * A session in a worktree that edits one file and ends: Stop autosaves the
 * work as a note of that worktree. `args` start it (`--worktree NAME`) or
 * `cwd` is the worktree itself. Returns the new note's name.
 */
async function workIn(b: Sandbox, cwd: string, tree: string, args: string[], marker: string): Promise<string> {
  const file = path.join(tree, 'src', `${marker}.ts`)
  api.setScript(
    chain(
      whenTools(`work on ${marker}`, [{name: 'Write', input: {file_path: file, content: `// ${marker}\n`}}], {
        then: `DONE-${marker}`
      }),
      say('side answer')
    )
  )
  const before = new Set(pending(b))
  const tty = await interactive(b, cwd, [...args, '--allowedTools', 'Write'])
  await tty.submit(`work on ${marker}`)
  await tty.waitForScreen(`DONE-${marker}`, "the fake model's answer after the edit")
  const [saved] = await poll(
    () => {
      const added = pending(b).filter((n) => !before.has(n))
      return added.length > 0 ? added : undefined
    },
    `the autosave of ${marker}`,
    90_000
  ) // Stop runs after the answer is drawn: slow on a loaded machine
  tty.kill() // leaves the worktree as it is, locked by Claude Code for its session (hence `remove -f -f` below)
  return saved!
}

describe.runIf(haveTmux())('worktrees of one repository (tmux)', () => {
  test(
    'the worktree day: claude --worktree and a sibling folder; live notes told, removed ones claimed once',
    async () => {
      const b = sandbox()
      const project = fs.realpathSync(b.project)
      const sibling = `${project}-sibling`
      git(project, 'worktree', 'add', '-q', sibling, '-b', 'feat-sibling')
      const w1 = path.join(project, '.claude', 'worktrees', 'w1')
      const w2 = path.join(project, '.claude', 'worktrees', 'w2')
      const n1 = await workIn(b, project, w1, ['--worktree', 'w1'], 'MARK-W1')
      const n2 = await workIn(b, project, w2, ['--worktree', 'w2'], 'MARK-W2')
      const n3 = await workIn(b, sibling, sibling, [], 'MARK-SIB')
      for (const [n, tree] of [
        [n1, w1],
        [n2, w2],
        [n3, sibling]
      ] as const) {
        const text = fs.readFileSync(path.join(handoffDir(b), n), 'utf8')
        expect(text).toContain(`project: ${tree}\n`)
        expect(text).toContain(`repo: ${project}\n`)
      }

      // All three live: the main checkout claims none, Claude reads a line each, the person one line.
      api.setScript(chain(whenSay('what now', 'REPLY-MAIN-1'), say('side answer')))
      let from = api.messages().length
      let tty = await interactive(b, project)
      await tty.submit('what now')
      await tty.waitForScreen('REPLY-MAIN-1', "the fake model's answer")
      let first = firstRequest('what now', from)!
      expect(first.raw).toContain('<handoffs-waiting count=\\"3\\">')
      for (const [tree, branch] of [
        [w1, 'worktree-w1'],
        [w2, 'worktree-w2'],
        [sibling, 'feat-sibling']
      ])
        expect(first.raw).toContain(`worktree=\\"${tree}\\" branch=\\"${branch}\\"`)
      expect(first.raw).not.toContain('<handoff file=')
      expect(tty.screen()).toMatch(/3 handoff\(s\) wait in other live worktrees/)
      expect(pending(b)).toEqual([n1, n2, n3].sort())
      await tty.exit() // its hooks done before the next session starts

      // Two removed: the next main session claims those two, each once, and still hears of w2.
      git(project, 'worktree', 'remove', '-f', '-f', w1)
      git(project, 'worktree', 'remove', '-f', '-f', sibling)
      api.setScript(chain(whenSay('and now', 'REPLY-MAIN-2'), say('side answer')))
      from = api.messages().length
      tty = await interactive(b, project)
      await tty.submit('and now')
      await tty.waitForScreen('REPLY-MAIN-2', "the fake model's answer")
      first = firstRequest('and now', from)!
      expect(first.raw).toContain('<handoffs count=\\"2\\"')
      expect(first.raw).toContain('MARK-W1')
      expect(first.raw).toContain('MARK-SIB')
      expect(first.raw).toContain('<handoffs-waiting count=\\"1\\">')
      expect(tty.screen()).toMatch(/1 handoff\(s\) wait in other live worktrees of this repository \(worktree-w2\)/)
      expect(pending(b)).toEqual([n2])
      await tty.exit()

      // The last one removed: the next session claims it; none is claimed twice.
      git(project, 'worktree', 'remove', '-f', '-f', w2)
      api.setScript(chain(whenSay('last', 'REPLY-MAIN-3'), say('side answer')))
      from = api.messages().length
      tty = await interactive(b, project)
      await tty.submit('last')
      await tty.waitForScreen('REPLY-MAIN-3', "the fake model's answer")
      first = firstRequest('last', from)!
      expect(first.raw).toContain('<handoffs count=\\"1\\"')
      expect(first.raw).toContain('MARK-W2')
      expect(first.raw).not.toContain('handoffs-waiting')
      expect(pending(b)).toEqual([])
      expect(names(b).filter((n) => n.includes('_done'))).toHaveLength(3)
      await tty.exit()
    },
    TIMEOUT
  )

  test(
    '/baton:handoff-resume --worktree BRANCH takes the note a live worktree left, headless',
    async () => {
      const b = sandbox()
      const project = fs.realpathSync(b.project)
      const tree = `${project}-feat`
      git(project, 'worktree', 'add', '-q', tree, '-b', 'feat-x')
      const w = spawnSync(process.execPath, [path.join(ROOT, 'dist', 'cli.js'), 'handoff', 'write'], {
        cwd: tree,
        input: note('MARK-LIVE-42'),
        encoding: 'utf8',
        env: {PATH: process.env.PATH ?? '', HOME: b.home}
      })
      expect(w.status, w.stderr).toBe(0)
      const written = w.stdout.trim()
      api.setScript(say('Brief: one note from feat-x.'))
      const plain = await runClaude({
        prompt: '/baton:handoff-resume',
        cwd: project,
        home: b.home,
        apiPort: api.port,
        pluginDir: ROOT
      })
      expect(plain.code, plain.stderr).toBe(0)
      let body = JSON.stringify(api.messages().at(-1)?.body)
      expect(body).toContain('<handoffs-waiting count=\\"1\\">')
      expect(body).toContain('/baton:handoff-resume --worktree feat-x')
      expect(fs.existsSync(written)).toBe(true)
      const r = await runClaude({
        prompt: '/baton:handoff-resume --worktree feat-x',
        cwd: project,
        home: b.home,
        apiPort: api.port,
        pluginDir: ROOT
      })
      expect(r.code, r.stderr).toBe(0)
      body = JSON.stringify(api.messages().at(-1)?.body)
      expect(body).toContain('MARK-LIVE-42')
      expect(body).not.toContain('handoffs-waiting count')
      expect(fs.existsSync(written)).toBe(false)
      expect(fs.existsSync(written.replace(/\.md$/, '_done.md'))).toBe(true)
    },
    TIMEOUT
  )
})
