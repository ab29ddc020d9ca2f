/**
 * A handoff written in the reply is saved by the Stop hook with no tool at
 * all (design.md §7.6): only the assistant's own top-level marker blocks
 * count (never a marker in a code block, a sentence, a prompt or a tool
 * result), the note is written as `baton handoff write` writes one (front
 * matter, redaction, naming, the session's autosave replaced), and the same
 * note is saved once however often Stop sees it. Hooks run as real processes.
 */
import {describe, expect, it} from 'vitest'
import {spawnSync} from 'node:child_process'
import {existsSync, readdirSync, readFileSync, writeFileSync} from 'node:fs'
import {join} from 'node:path'
import {lastTurnReplies, MAX_REPLY, notesInReply, openMarker, CLOSE_MARKER} from '../src/core/reply-note.ts'
import {ROOT, body, cliEnv, gitRepo, runCliSync, tempDir} from './helpers.ts'
import {corpus} from './redact-corpus.ts'

const block = (note: string, slug = ''): string => `${openMarker(slug)}\n${note}\n${CLOSE_MARKER}`

describe('notesInReply', () => {
  it('finds the note between the markers, with its slug, and nothing around it', async () => {
    const reply = `The handoff follows.\n\n${block(body('alpha'), 'my topic')}\n`
    expect(await notesInReply(reply)).toEqual([{body: body('alpha').trim(), slug: 'my topic'}])
    // Right after a paragraph line, with no blank line, and after a list: still a marker line.
    const tight = `Here:\n<!-- baton:handoff -->\n## Session summary\n- a\n- b\n<!--/baton:handoff-->\nDone.`
    expect(await notesInReply(tight)).toEqual([{body: '## Session summary\n- a\n- b', slug: undefined}])
  })

  it('ignores markers quoted in a code block, inline in a sentence, in a list or a block quote', async () => {
    const quoted = [
      'The format is:',
      '```',
      block('## Session summary\nquoted'),
      '```',
      'Put <!-- baton:handoff --> before the note and <!-- /baton:handoff --> after it.',
      '',
      `- ${openMarker()}`,
      '',
      `> ${openMarker()}`,
      '> ## Session summary',
      `> ${CLOSE_MARKER}`,
      '',
      `    ${openMarker()}`
    ].join('\n')
    expect(await notesInReply(quoted)).toEqual([])
  })

  it('runs an unclosed note to the end, unwraps a note given as one code block, drops empty ones', async () => {
    expect(await notesInReply(`${openMarker('x')}\n## Session summary\ncut short`)).toEqual([
      {body: '## Session summary\ncut short', slug: 'x'}
    ])
    const fenced = `${openMarker()}\n\`\`\`markdown\n## Session summary\nin a fence\n\`\`\`\n${CLOSE_MARKER}`
    expect(await notesInReply(fenced)).toEqual([{body: '## Session summary\nin a fence', slug: undefined}])
    expect(await notesInReply(`${openMarker()}\n\n${CLOSE_MARKER}\n`)).toEqual([])
    const two = `${block('## Session summary\none', 'a')}\n\n${block('## Session summary\ntwo', 'b')}`
    expect((await notesInReply(two)).map((n) => n.slug)).toEqual(['a', 'b'])
  })

  it('reads at most the last MAX_REPLY characters of a reply', async () => {
    const early = `${block('## Session summary\nearly', 'early')}\n\n`
    const late = block('## Session summary\nlate', 'late')
    const reply = early + 'x'.repeat(MAX_REPLY) + '\n\n' + late
    expect((await notesInReply(reply)).map((n) => n.slug)).toEqual(['late'])
  })
})

describe('lastTurnReplies', () => {
  const jsonl = (...lines: unknown[]): string => lines.map((l) => JSON.stringify(l)).join('\n') + '\n'
  const user = (content: unknown, extra = {}): unknown => ({type: 'user', message: {role: 'user', content}, ...extra})
  const assistant = (...content: unknown[]): unknown => ({type: 'assistant', message: {role: 'assistant', content}})

  it("keeps the assistant's text of the last turn only: no prompt, tool result, subagent or earlier turn", () => {
    const text = jsonl(
      user('first prompt'),
      assistant({type: 'text', text: 'EARLIER-TURN'}),
      user([{type: 'text', text: `/baton:handoff-write\n${block('## Session summary\nin the prompt')}`}]),
      assistant({type: 'text', text: 'ONE'}, {type: 'tool_use', id: 't1', name: 'Bash', input: {command: 'cat x'}}),
      user([{type: 'tool_result', tool_use_id: 't1', content: block('## Session summary\nin a tool result')}]),
      user('skill body', {isMeta: true}),
      {...(assistant({type: 'text', text: 'SUBAGENT'}) as object), isSidechain: true},
      'not json',
      assistant({type: 'text', text: 'TWO'})
    )
    expect(lastTurnReplies(text)).toEqual(['ONE', 'TWO'])
  })
})

/** Runs a hook the way Claude Code does (hooks/run.sh → dist/hooks/<name>.cjs). */
function hook(name: string, input: unknown, env: Record<string, string>, cwd: string): Record<string, any> {
  const r = spawnSync('sh', [join(ROOT, 'hooks', 'run.sh'), name], {input: JSON.stringify(input), env, cwd})
  expect(r.status).toBe(0)
  return JSON.parse(r.stdout.toString()) as Record<string, any>
}

const notes = (home: string): string[] => {
  const dir = join(home, '.claude', 'handoffs')
  return existsSync(dir) ? readdirSync(dir).filter((n) => n.endsWith('.md')) : []
}
const read = (home: string, name: string): string => readFileSync(join(home, '.claude', 'handoffs', name), 'utf8')

/** A transcript of the given JSONL lines in `dir`. */
function transcript(dir: string, lines: unknown[]): string {
  const path = join(dir, `t-${Math.random().toString(36).slice(2)}.jsonl`)
  writeFileSync(path, lines.map((l) => JSON.stringify(l)).join('\n') + '\n')
  return path
}

describe('Stop saves a handoff written in the reply', () => {
  it('writes it once, as handoff write does, and says where', () => {
    const home = tempDir()
    const repo = gitRepo()
    const env = cliEnv(home)
    const [fake] = corpus()
    const reply = `The handoff follows.\n\n${block(`${body('REPLY-7731')}\n${fake!.line}\n`, 'reply topic')}\n`
    const input = {session_id: 'r1', cwd: repo, hook_event_name: 'Stop', last_assistant_message: reply}
    const first = hook('stop', input, env, repo)
    const [name] = notes(home)
    expect(name).toMatch(/^\d{4}-\d{2}-\d{2}_\d{6}_reply-topic\.md$/)
    expect(first.systemMessage).toContain(
      `baton: saved the handoff from this reply to ${join(home, '.claude', 'handoffs', name!)}`
    )
    expect(first.systemMessage).toMatch(/credential\(s\) redacted/)
    const text = read(home, name!)
    expect(text).toMatch(/^---\n/)
    expect(text).toContain('session: r1')
    expect(text).toContain('branch: main')
    expect(text).toContain('Worked on REPLY-7731.')
    expect(text).not.toContain(fake!.secret)
    expect(text).not.toContain('baton:handoff')
    expect(text).not.toContain('The handoff follows.')
    // Stop again with the same reply (after a block, say): nothing new, nothing said.
    expect(hook('stop', {...input, stop_hook_active: true}, env, repo).systemMessage ?? '').not.toContain('saved')
    expect(notes(home)).toEqual([name])
  })

  it('saves even with the Stop reminder off, and replaces the session’s autosave', () => {
    const home = tempDir()
    const repo = gitRepo()
    const env = cliEnv(home, {BATON_STOP_MODE: 'off'})
    runCliSync(['handoff', 'write', '--session', 'r2', '--auto', '--slug', 'autosave'], {env, input: body('auto')})
    expect(notes(home)).toHaveLength(1)
    const reply = block(body('REAL'))
    const out = hook('stop', {session_id: 'r2', cwd: repo, last_assistant_message: reply}, env, repo)
    expect(out.systemMessage).toMatch(/saved the handoff from this reply/)
    expect(notes(home)).toEqual([expect.stringMatching(/_main\.md$/)])
  })

  it('reads the turn from the transcript when the last message has no note, never a prompt or a tool result', () => {
    const home = tempDir()
    const repo = gitRepo()
    const env = cliEnv(home)
    const quoted = block(body('QUOTED'))
    const t = transcript(home, [
      {type: 'user', message: {role: 'user', content: `/baton:handoff-write\n${quoted}`}},
      {type: 'assistant', message: {content: [{type: 'tool_use', id: 'a', name: 'Read', input: {file_path: 'x'}}]}},
      {type: 'user', message: {content: [{type: 'tool_result', tool_use_id: 'a', content: quoted}]}},
      {type: 'assistant', message: {content: [{type: 'text', text: `Quoting: "${openMarker()}"`}]}}
    ])
    const stop = {session_id: 'r3', cwd: repo, transcript_path: t, last_assistant_message: 'Done.'}
    expect(hook('stop', stop, env, repo).systemMessage ?? '').not.toContain('saved the handoff')
    expect(notes(home)).toEqual([])
    // The note was written before a last tool call: the field names the last message only.
    const t2 = transcript(home, [
      {type: 'user', message: {role: 'user', content: 'write the handoff'}},
      {type: 'assistant', message: {content: [{type: 'text', text: block(body('EARLIER'), 'earlier')}]}},
      {type: 'assistant', message: {content: [{type: 'tool_use', id: 'b', name: 'Bash', input: {command: 'ls'}}]}},
      {type: 'user', message: {content: [{type: 'tool_result', tool_use_id: 'b', content: 'x'}]}},
      {type: 'assistant', message: {content: [{type: 'text', text: 'Done.'}]}}
    ])
    hook('stop', {...stop, transcript_path: t2}, env, repo)
    // No `last_assistant_message` at all: the transcript is the only source.
    const {last_assistant_message: _, ...bare} = {...stop, transcript_path: t2, session_id: 'r4'}
    hook('stop', bare, env, repo)
    const saved = notes(home)
    expect(saved).toHaveLength(2)
    expect(saved.every((n) => n.endsWith('_earlier.md') || /_earlier-\d+\.md$/.test(n))).toBe(true)
    expect(saved.map((n) => read(home, n).match(/session: (r\d)/)?.[1]).sort()).toEqual(['r3', 'r4'])
  })

  it('counts the saved note: no "has not saved a handoff" reminder after edits', () => {
    const home = tempDir()
    const repo = gitRepo()
    const t = transcript(home, [
      {type: 'user', message: {role: 'user', content: 'fix it'}},
      {
        type: 'assistant',
        message: {content: [{type: 'tool_use', id: 'e', name: 'Edit', input: {file_path: '/p/a.ts'}}]}
      },
      {type: 'user', message: {content: [{type: 'tool_result', tool_use_id: 'e', content: 'ok'}]}}
    ])
    const input = {session_id: 'r5', cwd: repo, transcript_path: t, last_assistant_message: block(body('FIXED'))}
    const out = hook('stop', input, cliEnv(home), repo)
    expect(out.systemMessage).toMatch(/^baton: saved the handoff from this reply/)
    expect(out.systemMessage).not.toMatch(/has not saved/)
    expect(notes(home).filter((n) => n.includes('autosave'))).toEqual([])
  })
})
