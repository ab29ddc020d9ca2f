/**
 * The mechanical autosave is for the next person, so, like the claim at start,
 * it is written only in a session a person reads or started in the background:
 * `claude -p`, the SDK and CI save nothing at Stop, PreCompact or SessionEnd
 * unless `saveIn` is `all`. A handoff the session writes itself is saved
 * anywhere. The hooks run as real processes with Claude Code's environment.
 */
import {describe, expect, it} from 'vitest'
import {spawnSync} from 'node:child_process'
import {existsSync, readdirSync, writeFileSync} from 'node:fs'
import {join} from 'node:path'
import {autosavesIn, sessionKind} from '../src/core/session-kind.ts'
import {resolveConfig} from '../src/core/config.ts'
import {ROOT, body, cliEnv, hookOutput, runCliSync, succeeded, tempDir} from './helpers.ts'

/** A transcript with one successful Edit and one `ls`, both a minute old. */
function work(home: string): string {
  const at = new Date(Date.now() - 60_000).toISOString()
  const use = (id: string, name: string, input: Record<string, unknown>): string =>
    JSON.stringify({type: 'assistant', timestamp: at, message: {content: [{type: 'tool_use', id, name, input}]}}) + '\n'
  const path = join(home, 'work.jsonl')
  writeFileSync(
    path,
    JSON.stringify({type: 'user', timestamp: at, message: {role: 'user', content: 'fix it'}}) +
      '\n' +
      use('e', 'Edit', {file_path: '/p/a.ts'}) +
      succeeded('e') +
      use('b', 'Bash', {command: 'ls'}) +
      succeeded('b')
  )
  return path
}

function hook(name: string, home: string, transcript: string, env: Record<string, string>): Record<string, any> {
  const r = spawnSync(process.execPath, [join(ROOT, 'dist', 'hooks', `${name}.cjs`)], {
    input: JSON.stringify({session_id: 'si', transcript_path: transcript, cwd: home, reason: 'other', trigger: 'auto'}),
    env: cliEnv(home, env),
    cwd: home,
    encoding: 'utf8'
  })
  expect(r.status).toBe(0)
  return hookOutput(name, r.stdout)
}

const notes = (home: string): string[] => {
  const dir = join(home, '.claude', 'handoffs')
  return existsSync(dir) ? readdirSync(dir).filter((n) => n.endsWith('.md')) : []
}

const HEADLESS: [string, Record<string, string>][] = [
  ['claude -p', {CLAUDE_CODE_ENTRYPOINT: 'sdk-cli'}],
  ['claude -p on 2.1.337', {CLAUDE_CODE_ENTRYPOINT: 'sdk-cli', CLAUDE_CODE_SESSION_ATTENDED: '0'}],
  ['the Agent SDK', {CLAUDE_CODE_ENTRYPOINT: 'sdk-ts'}],
  ['the GitHub Action', {CLAUDE_CODE_ENTRYPOINT: 'claude-code-github-action'}],
  ['a hook run by hand', {}]
]
const SAVING: [string, Record<string, string>][] = [
  ['the terminal UI', {CLAUDE_CODE_ENTRYPOINT: 'cli'}],
  ['the terminal UI on 2.1.337', {CLAUDE_CODE_ENTRYPOINT: 'cli', CLAUDE_CODE_SESSION_ATTENDED: '1'}],
  ['a background session (claude --bg)', {CLAUDE_CODE_ENTRYPOINT: 'cli', CLAUDE_CODE_SESSION_ATTENDED: '0'}],
  ['claude -p with saveIn all (BATON_SAVE_IN)', {CLAUDE_CODE_ENTRYPOINT: 'sdk-cli', BATON_SAVE_IN: 'all'}],
  ['claude -p with saveIn all (plugin option)', {CLAUDE_CODE_ENTRYPOINT: 'sdk-cli', CLAUDE_PLUGIN_OPTION_SAVEIN: 'all'}]
]

describe('where the autosave is written (saveIn: interactive, the default)', () => {
  it.each(HEADLESS)('%s: Stop, PreCompact and SessionEnd save nothing', (_, env) => {
    const home = tempDir()
    const t = work(home)
    expect(hook('stop', home, t, env).systemMessage ?? '').not.toMatch(/autosave/)
    expect(hook('pre-compact', home, t, env)).toEqual({})
    expect(hook('session-end', home, t, env)).toEqual({})
    expect(notes(home)).toEqual([])
  })

  it.each(SAVING)('%s: autosaves', (_, env) => {
    const home = tempDir()
    const t = work(home)
    expect(hook('session-end', home, t, env).systemMessage).toMatch(/^baton: autosaved this session's work/)
    expect(notes(home)).toEqual([expect.stringMatching(/_autosave\.md$/)])
  })

  it('a headless session still saves the handoff it writes itself', () => {
    const home = tempDir()
    const env = {CLAUDE_CODE_ENTRYPOINT: 'sdk-cli', BATON_SESSION_ID: 'si'}
    const r = runCliSync(['handoff', 'write', '--slug', 'from-ci'], {env: cliEnv(home, env), input: body('ci')})
    expect(r.code, r.stderr).toBe(0)
    expect(notes(home)).toEqual([expect.stringMatching(/_from-ci\.md$/)])
  })

  it('judges the kind as SessionStart does, and reads saveIn like claimIn', () => {
    expect(sessionKind('cli', '0')).toMatchObject({attended: false, background: true})
    expect(sessionKind('cli', '0').by).toBe('a background session (entrypoint cli, CLAUDE_CODE_SESSION_ATTENDED=0)')
    expect(sessionKind('sdk-cli', '0').background).toBeUndefined()
    expect(sessionKind('not-yet-invented', '0').background).toBeUndefined()
    expect(autosavesIn(sessionKind('sdk-cli', undefined), 'interactive')).toBe(false)
    expect(autosavesIn(sessionKind('sdk-cli', undefined), 'all')).toBe(true)
    expect(autosavesIn(sessionKind('cli', '0'), 'interactive')).toBe(true)
    expect(resolveConfig({}, {}).saveIn).toBe('interactive')
    expect(resolveConfig({saveIn: 'all'}, {}).saveIn).toBe('all')
    expect(() => resolveConfig({}, {BATON_SAVE_IN: 'sometimes'})).toThrow(/`saveIn` in BATON_SAVE_IN/)
  })
})
