/**
 * Only edits that succeeded are changes: an Edit whose `old_string` is not in
 * the file, a Write the permissions denied (each answered by a `tool_result`
 * with `is_error: true`) changed nothing, so Stop neither reminds nor
 * autosaves for them, and the autosave does not list their files. Over
 * transcripts copied from what Claude Code 2.1.197 and 2.1.337 wrote (one
 * headless session in default mode, one with acceptEdits and parallel calls),
 * and the Stop hook spawned as Claude Code spawns it.
 */
import {describe, expect, it} from 'vitest'
import {spawn, spawnSync} from 'node:child_process'
import {appendFileSync, existsSync, readdirSync, readFileSync, writeFileSync} from 'node:fs'
import {join} from 'node:path'
import {readActivity} from '../src/core/transcript.ts'
import {ROOT, cliEnv, tempDir} from './helpers.ts'

const VERSIONS = ['2.1.197', '2.1.337']
const fixture = (v: string): string =>
  readFileSync(join(ROOT, 'test', 'fixtures', 'transcripts', `failed-edits-${v}.jsonl`), 'utf8')
/** The fixture's first session: an Edit that failed, a Write that was denied, then `ls`. */
const failedOnly = (v: string): string => fixture(v).split('\n').slice(0, 8).join('\n') + '\n'

function stop(home: string, transcript: string): Record<string, unknown> {
  const path = join(home, 't.jsonl')
  writeFileSync(path, transcript)
  const r = spawnSync(process.execPath, [join(ROOT, 'dist', 'hooks', 'stop.cjs')], {
    input: JSON.stringify({session_id: 'fe1', transcript_path: path, cwd: home, hook_event_name: 'Stop'}),
    env: cliEnv(home, {CLAUDE_CODE_ENTRYPOINT: 'cli'}),
    cwd: home,
    encoding: 'utf8'
  })
  expect(r.status).toBe(0)
  return JSON.parse(r.stdout) as Record<string, unknown>
}

const handoffs = (home: string): string[] => {
  const dir = join(home, '.claude', 'handoffs')
  return existsSync(dir) ? readdirSync(dir).filter((n) => n.endsWith('.md')) : []
}

describe.each(VERSIONS)('failed and denied edits in a %s transcript', (v) => {
  it('are not changes: only the Write and the Edit that succeeded count, in the order they succeeded', () => {
    expect(fixture(v)).toContain('"is_error":true')
    const activity = readActivity(fixture(v))
    expect(activity.files).toEqual(['/tmp/e2e/project/b.txt', '/tmp/e2e/project/a.txt'])
    expect(activity.edits).toBe(2)
    expect(activity.commands).toEqual(['ls'])
    const failed = readActivity(failedOnly(v))
    expect(failed).toMatchObject({files: [], edits: 0, commands: ['ls']})
    expect(failed.lastEditAt).toBeUndefined()
  })

  it('Stop neither reminds nor autosaves after edits that all failed', () => {
    const home = tempDir()
    expect(stop(home, failedOnly(v))).toEqual({})
    expect(handoffs(home)).toEqual([])
  })

  it("Stop's reminder and autosave name only the file that really changed", () => {
    const home = tempDir()
    const out = stop(home, fixture(v))
    expect(out.systemMessage).toMatch(/this session changed 2 file\(s\)/)
    const [saved] = handoffs(home)
    const text = readFileSync(join(home, '.claude', 'handoffs', saved!), 'utf8')
    expect(text).toContain('(2 edit(s), 1 command(s))')
    const changed = text.slice(text.indexOf('## What changed'), text.indexOf('## What still needs work'))
    expect(changed.trim().split('\n').slice(1)).toEqual(['- `/tmp/e2e/project/b.txt`', '- `/tmp/e2e/project/a.txt`'])
  })
})

describe('telling results apart without parsing them', () => {
  const use = (id: string, name = 'Edit'): string =>
    JSON.stringify({
      type: 'assistant',
      message: {content: [{type: 'tool_use', id, name, input: {file_path: `/p/${id}`}}]}
    })
  const result = (blocks: {id: string; error?: boolean; content?: string}[]): string =>
    JSON.stringify({
      type: 'user',
      message: {
        content: blocks.map((b) => ({
          type: 'tool_result',
          tool_use_id: b.id,
          content: b.content ?? 'ok',
          ...(b.error === undefined ? {} : {is_error: b.error})
        }))
      }
    })

  it('a line answering several calls: the error is only its own call', () => {
    const text = [use('x'), use('y'), result([{id: 'x'}, {id: 'y', error: true}])].join('\n')
    expect(readActivity(text).files).toEqual(['/p/x'])
  })

  it('quoted keys inside a result (a file that holds a transcript) decide nothing', () => {
    const quoted = '{"tool_use_id":"y","is_error":true}'
    const text = [use('x'), use('y'), result([{id: 'x', content: quoted}]), result([{id: 'y', error: false}])].join(
      '\n'
    )
    expect(readActivity(text).files).toEqual(['/p/x', '/p/y'])
  })

  it('an edit with no result yet (killed mid-call) is not counted; a result for an unknown call is ignored', () => {
    expect(readActivity(use('x')).edits).toBe(0)
    expect(readActivity(result([{id: 'x'}])).edits).toBe(0)
  })

  it('an edit whose result lands after one read is counted by the next read, which is handed it as waiting', () => {
    const first = readActivity(use('x'))
    expect(first.waiting).toEqual([{id: 'x', file: '/p/x'}])
    expect(readActivity(result([{id: 'x'}]), first.waiting)).toMatchObject({edits: 1, files: ['/p/x'], waiting: []})
  })

  it('Stop waits for a result the transcript gains while it reads (Claude Code writes it behind)', async () => {
    const home = tempDir()
    const path = join(home, 't.jsonl')
    writeFileSync(path, use('w2', 'Write') + '\n')
    const child = spawn(process.execPath, [join(ROOT, 'dist', 'hooks', 'stop.cjs')], {
      env: cliEnv(home, {CLAUDE_CODE_ENTRYPOINT: 'cli'}),
      cwd: home
    })
    const closed = new Promise((resolve) => child.on('close', resolve))
    let out = ''
    child.stdout.on('data', (d: Buffer) => (out += d.toString()))
    child.stdin.end(JSON.stringify({session_id: 'fe2', transcript_path: path, cwd: home, hook_event_name: 'Stop'}))
    await new Promise((resolve) => setTimeout(resolve, 150))
    appendFileSync(path, result([{id: 'w2'}]) + '\n') // the result lands while Stop runs
    const code = await closed
    expect(code).toBe(0)
    expect((JSON.parse(out) as {systemMessage?: string}).systemMessage).toMatch(/this session changed 1 file\(s\)/)
    expect(handoffs(home)).toHaveLength(1)
  })

  it('Stop: a Write whose result is not in the transcript yet counts (Stop fires after the call returned)', () => {
    const home = tempDir()
    const call = use('w1', 'Write') + '\n'
    // Stop fires once the call returned: a result not written yet counts as a change (the transcript lags).
    expect(stop(home, call).systemMessage).toMatch(/this session changed 1 file\(s\)/)
    expect(handoffs(home)).toHaveLength(1)
    // Its error result seen by the next Stop does not count it again.
    expect(stop(home, call + result([{id: 'w1', error: true}]) + '\n')).toEqual({})
  })
})
