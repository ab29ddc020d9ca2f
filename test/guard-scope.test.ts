/**
 * The `if` conditions that scope the PreToolUse guard in hooks/hooks.json (design.md §7.3),
 * checked against `guardedKind`. Claude Code's matching is emulated as measured on 2.1.197 and
 * 2.1.332 (`//` starts an absolute path, a trailing `/**` also matches the folder's contents,
 * `**` crosses folders, `*` does not, letters match in any case); the real CLI is exercised by
 * test/e2e/guard-scope.e2e.test.ts.
 */
import {describe, expect, it} from 'vitest'
import {readFileSync} from 'node:fs'
import {join} from 'node:path'
import {guardedKind} from '../src/core/guard.ts'
import {ROOT} from './helpers.ts'

interface Entry {
  type: string
  if?: string
  command: string
  args?: string[]
  timeout?: number
}
const config = JSON.parse(readFileSync(join(ROOT, 'hooks', 'hooks.json'), 'utf8')) as {
  hooks: Record<string, {matcher?: string; hooks: Entry[]}[]>
}
const guard = config.hooks.PreToolUse!.flatMap((g) => g.hooks.map((h) => ({matcher: g.matcher ?? '', ...h})))

/** Does the entry's `if` let a `tool` call on `file` start the hook? No `if`: always. */
function starts(entry: Entry, tool: string, file: string): boolean {
  if (entry.if === undefined) return true
  const m = /^(\w+)\((\/\/.*)\)$/.exec(entry.if)
  if (!m) throw new Error(`not an absolute-path rule: ${entry.if}`)
  if (m[1] !== tool) return false
  let p = m[2]!.slice(1)
  if (p.endsWith('/**')) p = p.slice(0, -3)
  const esc = (s: string): string => s.replace(/[.+?^${}()|[\]\\]/g, '\\$&')
  const body = p
    .split('/**/')
    .map((part) => part.split('*').map(esc).join('[^/]*'))
    .join('/(?:.*/)?')
  return new RegExp(`^${body}(?:/.*)?$`, 'i').test(file)
}
const runs = (tool: string, file: string): number => guard.filter((e) => starts(e, tool, file)).length

const sharedUnderHome = [
  'settings.json',
  'settings.local.json',
  'CLAUDE.md',
  'projects/-work-app/memory/MEMORY.md',
  'projects/-work-app/memory/topic.md',
  'skills/_index.md',
  'skills/review/SKILL.md',
  'agents/helper.md',
  'commands/ship.md'
]

describe('the guard entries of hooks/hooks.json', () => {
  it('each runs the guard on Write or Edit, with an absolute-path if condition and a timeout', () => {
    expect(guard.length).toBeGreaterThan(0)
    for (const e of guard) {
      expect(e.matcher).toBe('Write|Edit')
      expect(e.if, JSON.stringify(e)).toMatch(/^(Write|Edit)\(\/\/.+\)$/)
      expect(JSON.stringify([e.command, e.args ?? []])).toContain('dist/hooks/pre-tool-use.cjs')
      expect(e.timeout).toBeGreaterThanOrEqual(5)
    }
    const paths = (tool: string): string[] =>
      guard.filter((e) => e.if!.startsWith(`${tool}(`)).map((e) => e.if!.slice(tool.length + 1, -1))
    expect(paths('Edit')).toEqual(paths('Write'))
  })

  it.each(['/home/u/.claude', '/home/u/.claude-work', '/srv/team/.claude'])(
    'start the guard exactly once for each kind of shared file under %s',
    (home) => {
      for (const rel of sharedUnderHome) {
        expect(guardedKind(rel), rel).toBeDefined()
        for (const tool of ['Write', 'Edit']) expect(runs(tool, `${home}/${rel}`), `${tool} ${rel}`).toBe(1)
      }
    }
  )

  it('under a home with no .claude… folder in its path, start it for auto memory only (the documented limit)', () => {
    for (const rel of sharedUnderHome)
      expect(runs('Write', `/data/claude-config/${rel}`), rel).toBe(rel.startsWith('projects/') ? 1 : 0)
  })

  it("start nothing for project files, even ones named like shared files, nor for Baton's own state", () => {
    const ordinary = [
      '/work/app/src/a.ts',
      '/work/app/README.md',
      '/work/app/CLAUDE.md',
      '/work/app/MEMORY.md',
      '/work/app/settings.json',
      '/work/app/.vscode/settings.json',
      '/work/app/commands/build.md',
      '/work/app/skills/intro.md',
      '/work/app/agents/bot.ts',
      '/work/app/memory/notes.md',
      '/home/u/.claude/handoffs/2026-11-27_101500_x.md',
      '/home/u/.claude/baton/sessions/s.json',
      '/home/u/.claude/projects/-work-app/0b1c.jsonl'
    ]
    for (const file of ordinary) for (const tool of ['Write', 'Edit']) expect(runs(tool, file), file).toBe(0)
  })
})
