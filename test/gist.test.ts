/**
 * Every claimed note's gist reaches the model, and survives a compaction, with
 * real SessionStart processes: when the pending notes do not fit whole, each
 * claimed note still shows its summary, its open work and its key decisions;
 * an oversized note hides none after it; the newest notes are never the ones
 * cut; what has no room for a gist stays pending, counted. On `compact`, the
 * notes the session received come back as gists, marked already-received,
 * claiming nothing, and the pending line leaves out the session's own notes.
 */
import {describe, expect, it} from 'vitest'
import {spawnSync} from 'node:child_process'
import {readdirSync, readFileSync, rmSync, writeFileSync} from 'node:fs'
import {join} from 'node:path'
import fc from 'fast-check'
import {renderResume} from '../src/core/resume.ts'
import {sectionSpans} from '../src/core/sections.ts'
import {ROOT, cliEnv, runCliSync, tempDir} from './helpers.ts'

/** Claude Code's limit, less the margin the hook keeps (see src/hooks/session-start.ts). */
const CONTEXT_LIMIT = 9_500

/** The skill's example note, without its front matter: the size of a normal handoff (about 1.7 KB). */
const EXAMPLE = readFileSync(join(ROOT, 'skills', 'handoff-format', 'references', 'example.md'), 'utf8')
  .split(/^---$/m)
  .slice(2)
  .join('---')
  .trim()

const FIRST_ITEM = /^1\. .*$/m

/** Note `id`'s body: the example, its summary and first open-work item naming it; `changed`: more What changed. */
function noteBody(id: string, changed = ''): string {
  return EXAMPLE.replace('Goal: export', `Goal (${id}): export`)
    .replace(FIRST_ITEM, (line) => line.replace('1. ', `1. (${id}) `))
    .replace('## What changed\n', `## What changed\n${changed}`)
}

/** The summary and the first open-work item of a body. */
function gistOf(body: string): {summary: string; todo: string} {
  const summary = body.slice(body.indexOf('## Session summary\n') + 19, body.indexOf('\n\n## What changed'))
  const todo = FIRST_ITEM.exec(body.slice(body.indexOf('## What still needs work')))![0]
  return {summary, todo}
}

/** Pending notes with these bodies, oldest first, each written once by the CLI and dated in order. */
function pendingNotes(home: string, bodies: readonly string[], session = 'writer'): string {
  const dir = join(home, '.claude', 'handoffs')
  const first = runCliSync(['handoff', 'write', '--slug', 'tpl'], {env: cliEnv(home), input: EXAMPLE})
  expect(first.code, first.stderr).toBe(0)
  const head = readFileSync(first.stdout.trim(), 'utf8').split(/^---$/m)[1]!
  rmSync(first.stdout.trim())
  bodies.forEach((body, i) => {
    const s = String(i).padStart(3, '0')
    const created = new Date(Date.UTC(2026, 10, 20, 10, 0, i)).toISOString()
    const meta = head
      .replace(/^created: .*$/m, `created: '${created}'`)
      .replace(/^session: .*$/m, `session: ${session}`)
    writeFileSync(join(dir, `2026-11-20_1000${s.slice(1)}_note-${s}.md`), `---${meta}---\n\n${body}\n`, {mode: 0o600})
  })
  return dir
}

function sessionStart(home: string, session: string, source: string): {context: string; systemMessage: string} {
  const r = spawnSync(process.execPath, [join(ROOT, 'dist', 'hooks', 'session-start.cjs')], {
    input: JSON.stringify({session_id: session, source, cwd: home}),
    env: cliEnv(home, {CLAUDE_CODE_ENTRYPOINT: 'cli'}),
    cwd: home,
    encoding: 'utf8'
  })
  expect(r.status, r.stderr).toBe(0)
  const out = JSON.parse(r.stdout)
  return {context: out.hookSpecificOutput?.additionalContext ?? '', systemMessage: out.systemMessage ?? ''}
}

/** What reached the context of each note: its summary and first open-work item, shown whole, listed by path. */
function account(dir: string, context: string, bodies: readonly string[]) {
  const names = readdirSync(dir).filter((n) => n.endsWith('.md'))
  return bodies.map((body, i) => {
    const {summary, todo} = gistOf(body)
    const id = `note-${String(i).padStart(3, '0')}`
    const block = context.split('</handoff>').find((b) => b.includes(`_${id}_done.md"`)) ?? ''
    return {
      id,
      claimed: names.some((n) => n.includes(`_${id}_done`)),
      gist: block.includes(summary) && block.includes(todo) && block.includes('## Key decisions'),
      whole: block.includes('## Active context'),
      listed: context.includes(`_${id}_done.md\n`)
    }
  })
}

const cases: [string, string[]][] = [
  ['6 notes of the example’s size', Array.from({length: 6}, (_, i) => noteBody(`note-${i}`))],
  ['20 notes of the example’s size', Array.from({length: 20}, (_, i) => noteBody(`note-${i}`))],
  [
    '200 pending, the oldest 60 KB',
    Array.from({length: 200}, (_, i) =>
      noteBody(
        `note-${i}`,
        i === 0 ? '- `src/big.ts`: one more line of what changed, long and detailed.\n'.repeat(900) : ''
      )
    )
  ]
]

describe('every claimed note’s gist reaches the model', () => {
  it.each(cases)('%s: each claimed note shows its summary, open work and decisions', (_, bodies) => {
    const home = tempDir()
    const dir = pendingNotes(home, bodies)
    const {context, systemMessage} = sessionStart(home, 'reader', 'startup')
    expect(context.length).toBeLessThanOrEqual(CONTEXT_LIMIT)
    const notes = account(dir, context, bodies)
    const claimed = notes.filter((n) => n.claimed)
    expect(claimed.length).toBeGreaterThan(0)
    // Claimed: exactly the notes shown, each with its gist at least, never only its path.
    for (const n of notes) expect(n.gist, n.id).toBe(n.claimed)
    expect(notes.filter((n) => n.listed)).toEqual([])
    // Oldest first: the claimed notes are a run from the oldest (an oversized one hides none after it).
    expect(claimed.map((n) => n.id)).toEqual(notes.slice(0, claimed.length).map((n) => n.id))
    const left = bodies.length - claimed.length
    if (left > 0) {
      expect(context).toContain(`still-pending="${left}"`)
      expect(systemMessage).toContain(`${left} more left pending`)
    } else expect(notes.at(-1)!.whole).toBe(true) // the newest note is never the one cut
    console.info(
      `[figures] ${bodies.length} pending (${bodies[0]!.length} chars oldest): context ${context.length} chars, ` +
        `${claimed.length} claimed, summary and first open-work item of ${notes.filter((n) => n.gist).length} ` +
        `reach the model (${notes.filter((n) => n.whole).length} whole), ${left} left pending`
    )
  })
})

describe('notes survive a compaction', () => {
  it('come back as gists, marked already-received, claiming nothing; the own autosave is not counted', () => {
    const home = tempDir()
    const bodies = Array.from({length: 6}, (_, i) => noteBody(`note-${i}`))
    const dir = pendingNotes(home, bodies)
    const start = sessionStart(home, 'sess-c', 'startup')
    expect(start.context).toContain('_note-005_done.md')
    // One more, received through the command (/baton:handoff-resume) rather than at start.
    const late = runCliSync(['handoff', 'write', '--slug', 'late'], {
      env: cliEnv(home, {BATON_SESSION_ID: 'writer'}),
      input: noteBody('late')
    })
    expect(late.code, late.stderr).toBe(0)
    const taken = runCliSync(['handoff', 'resume', '--session', 'sess-c'], {env: cliEnv(home)})
    expect(taken.stdout).toContain('Goal (late)')
    // Later: another session's note, and this session's own autosave, both pending.
    const other = runCliSync(['handoff', 'write', '--slug', 'other'], {
      env: cliEnv(home, {BATON_SESSION_ID: 'other'}),
      input: noteBody('other')
    })
    expect(other.code, other.stderr).toBe(0)
    const own = runCliSync(['handoff', 'write', '--slug', 'own', '--auto'], {
      env: cliEnv(home, {BATON_SESSION_ID: 'sess-c'}),
      input: noteBody('own')
    })
    expect(own.code, own.stderr).toBe(0)
    const before = readdirSync(dir).sort()

    const {context, systemMessage} = sessionStart(home, 'sess-c', 'compact')
    expect(context.length).toBeLessThanOrEqual(CONTEXT_LIMIT)
    expect(readdirSync(dir).sort()).toEqual(before) // nothing claimed
    for (const n of account(dir, context, bodies)) expect(n.gist, n.id).toBe(true)
    expect(context.match(/<handoff [^>]*already-received="[^"]+"[^>]*gist="true">/g)).toHaveLength(7)
    expect(context).toContain('Goal (late)')
    expect(context).not.toContain('(other)')
    expect(context).toContain('baton: 1 handoff(s) from other sessions are pending')
    expect(systemMessage).toContain('7 handoff(s) this session received shown again')
    console.info(`[figures] after /compact: 7 received notes back as gists, ${context.length} chars, 0 claimed`)
  })

  it('shows nothing again to a session that received nothing, and counts only other sessions’ notes on resume', () => {
    const home = tempDir()
    const dir = pendingNotes(home, [noteBody('mine')], 'sess-r')
    expect(sessionStart(home, 'sess-x', 'compact').context).not.toContain('<handoff ')
    const resumed = sessionStart(home, 'sess-r', 'resume')
    expect(resumed.context).toBe('')
    expect(readdirSync(dir).filter((n) => n.includes('_done'))).toEqual([])
  })
})

describe('renderResume with gists', () => {
  it('stays within any budget, and every shown note shows its summary (property)', () => {
    fc.assert(
      fc.property(
        fc.array(fc.record({n: fc.nat(999), extra: fc.nat(4000)}), {maxLength: 30}),
        fc.integer({min: 1000, max: 20_000}),
        (specs, maxChars) => {
          const items = specs.map(({n, extra}) => ({
            file: `/h/2026-11-20_100000_n-${n}_done.md`,
            body: noteBody(`n-${n}`, '- more\n'.repeat(extra / 7))
          }))
          const r = renderResume(items, {project: '/p', pendingElsewhere: 0, maxChars, spans: sectionSpans})
          expect(r.text.length).toBeLessThanOrEqual(maxChars)
          expect([...r.shown, ...r.omitted, ...r.unlisted]).toEqual(items)
          for (const item of r.shown) expect(r.text).toContain(gistOf(item.body).summary)
        }
      ),
      {numRuns: 40}
    )
  })
})
