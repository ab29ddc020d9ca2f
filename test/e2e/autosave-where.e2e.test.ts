// Where and how the autosave speaks, in the real Claude Code CLI (2.1.197 and 2.1.337, headless and
// in a terminal):
// a `claude -p` that runs a tool leaves no autosave unless saveIn is all; /compact shows PreCompact's
// stdout verbatim after "PreCompact [command] completed successfully", so Baton prints nothing when
// there is nothing to save and one plain sentence otherwise (never JSON); the autosave's last prompts
// leave out the summary Claude Code writes after a compaction.

import fs from 'node:fs'
import path from 'node:path'
import {afterEach, describe, expect, test} from 'vitest'
import {chain, lastPromptText, say, whenBash, whenSay, whenTools} from './fake-api.js'
import {runClaude, type ClaudeEvent, type Sandbox} from './claude.js'
import {haveTmux, poll, seedClaudeJson, startTty, type Tty} from './tty.js'
import {ROOT, TIMEOUT, useE2e} from './setup.js'

const {api, sandbox} = useE2e()
const ttys: Tty[] = []
afterEach(() => {
  for (const t of ttys.splice(0)) t.kill()
})

const notes = (b: Sandbox): string[] => {
  const dir = path.join(b.home, '.claude', 'handoffs')
  return fs.existsSync(dir) ? fs.readdirSync(dir).filter((n) => n.endsWith('.md')) : []
}
const read = (b: Sandbox, name: string): string =>
  fs.readFileSync(path.join(b.home, '.claude', 'handoffs', name), 'utf8')

/** What /compact printed after Baton's "PreCompact [command] completed successfully" (the model gets it too). */
function afterBatonsLine(events: ClaudeEvent[]): string {
  for (const e of events) {
    const content = (e.message as {content?: unknown} | undefined)?.content
    if (e.type !== 'user' || typeof content !== 'string' || !content.includes('<local-command-stdout>')) continue
    const m = /PreCompact \[[^\]]*pre-compact[^\]]*\] completed successfully([^]*?)<\/local-command-stdout>/.exec(
      content
    )
    if (m) return m[1]!
  }
  throw new Error(
    `no PreCompact line from Baton in /compact's output: ${JSON.stringify(events.filter((e) => e.type === 'user'))}`
  )
}

/** One headless turn of session `sid` (`first` starts it), Baton loaded, with `env`. */
const turn = (b: Sandbox, sid: string, prompt: string, env: Record<string, string>, first = false) =>
  runClaude({
    prompt,
    cwd: b.project,
    home: b.home,
    apiPort: api.port,
    pluginDir: ROOT,
    env,
    outputFormat: 'stream-json',
    extraArgs: [first ? '--session-id' : '--resume', sid]
  })

describe('headless runs save nothing by default', () => {
  test(
    '`claude -p` that runs `ls` leaves no autosave; with saveIn all it leaves one',
    async () => {
      const b = sandbox()
      api.setScript(chain(whenBash('look around', 'ls', 'done'), say('ok')))
      const r = await runClaude({
        prompt: 'look around',
        cwd: b.project,
        home: b.home,
        apiPort: api.port,
        pluginDir: ROOT
      })
      expect(r.code, r.stderr).toBe(0)
      expect(JSON.stringify(api.messages().at(-1)?.body)).toContain('tool_result')
      expect(notes(b)).toEqual([])

      const all = await runClaude({
        prompt: 'look around',
        cwd: b.project,
        home: b.home,
        apiPort: api.port,
        pluginDir: ROOT,
        env: {BATON_SAVE_IN: 'all'}
      })
      expect(all.code, all.stderr).toBe(0)
      const [saved] = notes(b)
      expect(notes(b)).toHaveLength(1)
      expect(read(b, saved!)).toContain('`ls`')
    },
    TIMEOUT
  )
})

describe('/compact shows what PreCompact prints as it is', () => {
  const SAVE_IN_ALL = {BATON_SAVE_IN: 'all'}

  test(
    'nothing to save: nothing after the line (no `{}`)',
    async () => {
      const b = sandbox()
      api.setScript(say('ok'))
      const sid = '0c0c0c0c-0000-4000-8000-000000000001'
      // 2.1.197 needs a few turns before it compacts at all.
      for (const [i, p] of ['hi', 'hi again', 'hi more'].entries()) await turn(b, sid, p, SAVE_IN_ALL, i === 0)
      const c = await turn(b, sid, '/compact', SAVE_IN_ALL)
      expect(c.code, c.stderr).toBe(0)
      expect(afterBatonsLine(c.events)).toBe('')
      expect(notes(b)).toEqual([])
    },
    TIMEOUT
  )

  test(
    'work to save: one plain sentence, not JSON; the later autosave leaves out the compaction summary',
    async () => {
      const b = sandbox()
      api.setScript(
        chain(whenBash('look around', 'ls', 'done'), whenBash('and again', 'git status', 'done'), say('ok'))
      )
      const sid = '0c0c0c0c-0000-4000-8000-000000000002'
      for (const [i, p] of ['look around', 'hi again', 'hi more'].entries()) await turn(b, sid, p, SAVE_IN_ALL, i === 0)
      // SessionEnd of the first turn saved its `ls`; PreCompact then has nothing new to save, so remove it.
      for (const n of notes(b)) fs.rmSync(path.join(b.home, '.claude', 'handoffs', n))
      const c = await turn(b, sid, '/compact', SAVE_IN_ALL)
      expect(c.code, c.stderr).toBe(0)
      const said = afterBatonsLine(c.events)
      expect(said).toMatch(/^: baton: autosaved this session's work to \S+_autosave\.md \(run \/baton:handoff-write/)
      expect(said).not.toContain('{')
      // Work after the compaction: SessionEnd autosaves it, with the prompts the person typed.
      const after = await turn(b, sid, 'and again', SAVE_IN_ALL)
      expect(after.code, after.stderr).toBe(0)
      const texts = notes(b).map((n) => read(b, n))
      const latest = texts.find((t) => t.includes('`git status`'))
      expect(latest, texts.join('\n----\n')).toBeDefined()
      expect(latest).toContain('"and again"')
      expect(latest).not.toContain('This session is being continued')
    },
    TIMEOUT
  )
})

describe.runIf(haveTmux())('/compact in a terminal (tmux)', () => {
  test("nothing after Baton's line with nothing to save, one sentence after an edit, never JSON", async () => {
    const b = sandbox()
    const file = path.join(b.project, 'made.ts')
    api.setScript(
      chain(
        whenTools('make the change', [{name: 'Write', input: {file_path: file, content: 'x\n'}}], {then: 'REPLY-EDIT'}),
        whenSay(/turn \d/, (body) => `REPLY-${/turn (\d)/.exec(lastPromptText(body))?.[1]}`),
        say('ok')
      )
    )
    seedClaudeJson({home: b.home, cwd: b.project})
    const tty = startTty({
      cwd: b.project,
      home: b.home,
      apiPort: api.port,
      pluginDirs: [ROOT],
      args: ['--allowedTools', 'Write']
    })
    ttys.push(tty)
    await tty.ready()
    const turnOf = async (prompt: string, reply: string): Promise<void> => {
      await tty.submit(prompt)
      await tty.waitForScreen(reply, reply)
    }
    // The screen as text: 2.1.337 may draw side panels (│) beside the conversation and wraps the long command.
    const flat = (screen: string): string => screen.replace(/│/g, ' ').replace(/\s+/g, ' ')
    const batons = /PreCompact \[command -v node [^\]]*pre-compact\] completed successfully/
    for (const n of [1, 2, 3]) await turnOf(`turn ${n}`, `REPLY-${n}`)
    await tty.submit('/compact')
    const quiet = flat(await tty.waitForScreen((t) => batons.test(flat(t)), "Baton's PreCompact line"))
    expect(quiet).not.toMatch(new RegExp(`${batons.source} ?:`))

    await turnOf('make the change', 'REPLY-EDIT')
    const dir = path.join(b.home, '.claude', 'handoffs')
    // Stop autosaved the edit; without that note PreCompact has it to save.
    const [stops] = await poll(() => (notes(b).length > 0 ? notes(b) : undefined), 'the Stop autosave')
    fs.rmSync(path.join(dir, stops!))
    for (const n of [4, 5]) await turnOf(`turn ${n}`, `REPLY-${n}`)
    await tty.submit('/compact')
    const said = flat(await tty.waitForScreen((t) => /successfully: baton: autosaved/.test(flat(t)), 'the sentence'))
    expect(said).toMatch(
      /completed successfully: baton: autosaved this session's work to \S+_autosave\.md \(run \/baton:handoff-write/
    )
    expect(said).not.toContain('systemMessage')
    expect(said).not.toMatch(/completed successfully: \{/)
    await tty.exit()
  }, 180_000)
})
