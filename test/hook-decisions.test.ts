/** The hooks' pure rules and decisions (src/core) and the one hook context (src/hooks/_context.ts), in process. */
import {describe, expect, it} from 'vitest'
import {mkdirSync, writeFileSync} from 'node:fs'
import {join} from 'node:path'
import {hookCwd, hookSession} from '../src/core/hook-input.ts'
import {lastEditTime, stopDecision, type StopFacts} from '../src/core/reminder.ts'
import {autosaveAtStop, coveredSince, needsAutosave, savedSince, type StopAutosaveFacts} from '../src/core/autosave.ts'
import {sessionStartOutput} from '../src/core/notices.ts'
import {readActivity} from '../src/core/transcript.ts'
import {formatStamp, stampedSince} from '../src/core/names.ts'
import {hookContext} from '../src/hooks/_context.ts'
import {cliEnv, succeeded, tempDir} from './helpers.ts'

const noCwd = (): string => {
  throw new Error('process.cwd() asked for although the cwd was given')
}

describe('hook input rules', () => {
  it('takes the session id from stdin, else CLAUDE_CODE_SESSION_ID, filesystem-safe', () => {
    expect(hookSession({session_id: 'a/../b c'}, {CLAUDE_CODE_SESSION_ID: 'env'})).toBe('abc')
    expect(hookSession({}, {CLAUDE_CODE_SESSION_ID: 'from-env_1'})).toBe('from-env_1')
    expect(hookSession({}, {})).toBe('')
  })

  it('takes the cwd from stdin, else CLAUDE_PROJECT_DIR, else the process (asked only then)', () => {
    expect(hookCwd({cwd: '/in'}, {CLAUDE_PROJECT_DIR: '/proj'}, noCwd)).toBe('/in')
    expect(hookCwd({}, {CLAUDE_PROJECT_DIR: '/proj'}, noCwd)).toBe('/proj')
    expect(hookCwd({cwd: ''}, {}, () => '/here')).toBe('/here')
  })
})

describe('the hook context', () => {
  it('pins the clock with BATON_NOW, and names the event, entrypoint, transcript and source', () => {
    const input = {session_id: 's', transcript_path: '/t.jsonl', source: 'startup'}
    const c = hookContext('Stop', input, {BATON_NOW: '2026-01-02T03:04:05.000Z', CLAUDE_CODE_ENTRYPOINT: 'cli'}, noCwd)
    expect(c.now().toISOString()).toBe('2026-01-02T03:04:05.000Z')
    const fields = [c.event, c.session, c.entrypoint, c.transcript, c.source]
    expect(fields).toEqual(['Stop', 's', 'cli', '/t.jsonl', 'startup'])
    expect(hookContext('Stop', {hook_event_name: 'SubagentStop'}, {}, noCwd).event).toBe('SubagentStop')
  })

  it('reads the config file only when a hook asks for it', () => {
    const home = tempDir()
    mkdirSync(join(home, '.claude', 'baton'), {recursive: true})
    writeFileSync(join(home, '.claude', 'baton', 'config.json'), '{broken')
    const c = hookContext('PreToolUse', {cwd: home}, cliEnv(home), noCwd)
    expect(c.cwd).toBe(home) // building and using the context is fine ...
    expect(() => c.config).toThrow(/cannot use .*config\.json/) // ... until the config is read
    const ok = hookContext('Stop', {}, cliEnv(tempDir(), {BATON_STOP_MODE: 'block'}), noCwd)
    expect(ok.config.stopMode).toBe('block')
  })
})

describe('the Stop decision', () => {
  const EDIT = Date.parse('2026-11-20T10:00:00.000Z')
  const facts = (over: Partial<StopFacts> = {}): StopFacts => ({
    mode: 'remind',
    reminded: false,
    stopHookActive: false,
    lastEdit: EDIT,
    saves: [],
    files: 2,
    ...over
  })

  it('reminds once when files changed and no own save is at or after the last edit', () => {
    const message = expect.stringMatching(/changed 2 file\(s\) and has not saved a handoff since/)
    expect(stopDecision(facts())).toEqual({kind: 'remind', message})
    expect(stopDecision(facts({saves: [{created: '2026-11-20T09:59:59.999Z'}]})).kind).toBe('remind')
    expect(stopDecision(facts({reminded: true})).kind).toBe('quiet')
  })

  it('is quiet with no edit, with a save at or after it, or in off mode', () => {
    expect(stopDecision(facts({lastEdit: undefined})).kind).toBe('quiet')
    expect(stopDecision(facts({saves: [{created: '2026-11-20T10:00:00.000Z'}]})).kind).toBe('quiet')
    expect(stopDecision(facts({mode: 'off'})).kind).toBe('quiet')
  })

  it('blocks in block mode, but only reminds while stop_hook_active is true', () => {
    const reason = expect.stringMatching(/\/baton:handoff-write now/)
    expect(stopDecision(facts({mode: 'block'}))).toEqual({kind: 'block', reason})
    expect(stopDecision(facts({mode: 'block', stopHookActive: true})).kind).toBe('remind')
  })

  it('times the last edit from the transcript, else the fallback', () => {
    const edit = {type: 'tool_use', id: 'e', name: 'Edit', input: {file_path: '/a'}}
    const line = (timestamp?: string) =>
      JSON.stringify({type: 'assistant', timestamp, message: {content: [edit]}}) + '\n' + succeeded('e')
    expect(lastEditTime(readActivity(line('2026-11-20T10:00:00.000Z')), 5)).toBe(EDIT)
    expect(lastEditTime(readActivity(line()), 5)).toBe(5)
    expect(lastEditTime(readActivity(JSON.stringify({type: 'user', message: {content: 'hi'}})), 5)).toBeUndefined()
  })
})

describe('the Stop autosave decision', () => {
  const EDIT = Date.parse('2026-11-20T10:00:00.000Z')
  const before = '2026-11-20T09:59:59.999Z'
  const at = '2026-11-20T10:00:00.000Z'
  const facts = (over: Partial<StopAutosaveFacts> = {}): StopAutosaveFacts => ({
    enabled: true,
    unsaved: true,
    lastEdit: EDIT,
    saves: [],
    blocking: false,
    ...over
  })

  it('autosaves edits made since its last autosave that no real handoff of the session holds', () => {
    expect(autosaveAtStop(facts())).toBe(true)
    expect(autosaveAtStop(facts({saves: [{created: before}, {created: at, auto: true}]}))).toBe(true)
    expect(autosaveAtStop(facts({saves: [{created: at}]}))).toBe(false)
  })

  it('not without new edits (whatever the times say), with autosave off, or on the Stop that blocks', () => {
    expect(autosaveAtStop(facts({unsaved: false}))).toBe(false)
    expect(autosaveAtStop(facts({lastEdit: undefined}))).toBe(false)
    expect(autosaveAtStop(facts({enabled: false}))).toBe(false)
    expect(autosaveAtStop(facts({blocking: true}))).toBe(false)
  })

  it('an autosave counts for the autosave, never for the reminder', () => {
    const autosaved = [{created: at, auto: true}]
    expect(savedSince(autosaved, EDIT)).toBe(false)
    expect(coveredSince(autosaved, EDIT)).toBe(true)
    const activity = readActivity(
      JSON.stringify({
        type: 'assistant',
        timestamp: at,
        message: {content: [{type: 'tool_use', id: 'e', name: 'Edit', input: {}}]}
      }) +
        '\n' +
        succeeded('e')
    )
    expect(needsAutosave(activity, autosaved, 0)).toBe(false)
    expect(needsAutosave(activity, [{created: before, auto: true}], 0)).toBe(true)
  })
})

describe('own saves: names first', () => {
  it('keeps a handoff whose stamp (cut to the second) allows a creation at or after the time, and nothing else', () => {
    const since = Date.parse('2026-11-20T10:00:00.999Z')
    const at = (ms: number, tail: string) => `${formatStamp(new Date(ms))}_${tail}`
    const names = [
      at(since, 'mine.md'), // stamped 10:00:00, created at .999
      at(since, 'mine_done.md'),
      at(since - 1000, 'old.md'), // stamped 09:59:59: created before
      at(since - 86_400_000, 'older_done.md'),
      at(since + 60_000, 'later.md'),
      `${formatStamp(new Date(since))}_Not A Slug.md`,
      '.baton-tmp-123',
      'notes.md',
      '9999-notes.md'
    ]
    expect(stampedSince(names, since)).toEqual([names[0], names[1], names[4]])
  })
})

describe('SessionStart notices, routed by kind', () => {
  it('shows every notice to the user and gives Claude only the handoffs, pending and memory notices', () => {
    const out = sessionStartOutput(
      ['<handoffs count="1">…</handoffs>'],
      [
        {kind: 'resumed', text: 'baton: resumed 1 handoff(s)'},
        // A warning whose text looks like the memory notice is still a warning.
        {kind: 'warning', text: 'baton: MEMORY.md-like name skipped'},
        {kind: 'maintenance', text: 'baton: put 1 interrupted claim(s) back'},
        {kind: 'memory', text: 'baton: MEMORY.md is over the limit'}
      ]
    )
    const additionalContext = '<handoffs count="1">…</handoffs>\nbaton: MEMORY.md is over the limit'
    expect(out.hookSpecificOutput).toEqual({hookEventName: 'SessionStart', additionalContext})
    expect(String(out.systemMessage).split('\n')).toHaveLength(4)
    expect(sessionStartOutput([], [{kind: 'pending', text: 'baton: 2 pending'}])).toEqual({
      hookSpecificOutput: {hookEventName: 'SessionStart', additionalContext: 'baton: 2 pending'},
      systemMessage: 'baton: 2 pending'
    })
    expect(sessionStartOutput([], [])).toEqual({})
  })
})

describe("the autosave's last prompts are what the person typed", () => {
  it('leaves out the summary Claude Code writes as a user line after a compaction (2.1.197 and 2.1.337)', () => {
    const summary =
      'This session is being continued from a previous conversation that ran out of context. ' +
      'The summary below covers the earlier portion of the conversation.\n\nok'
    // The shape both versions write: a user line with string content, marked isCompactSummary.
    const lines = [
      {type: 'user', message: {role: 'user', content: 'fix the parser'}},
      {
        type: 'user',
        isVisibleInTranscriptOnly: true,
        isCompactSummary: true,
        message: {role: 'user', content: summary}
      },
      {type: 'user', message: {role: 'user', content: 'now the tests'}}
    ]
    const activity = readActivity(lines.map((l) => JSON.stringify(l)).join('\n'))
    expect(activity.prompts).toEqual(['fix the parser', 'now the tests'])
  })
})
