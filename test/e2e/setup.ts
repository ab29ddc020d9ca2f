// Shared set-up of Baton's e2e files: one fake Messages API per file, fresh
// sandboxes removed afterwards, and after every test the check that nothing
// left loopback (no CONNECT, no request for another host).

import path from 'node:path'
import {spawnSync} from 'node:child_process'
import {afterAll, afterEach, beforeAll, expect} from 'vitest'
import {chain, lastPromptText, say, startFakeApi, type FakeApi, type Script} from './fake-api.js'
import {makeSandbox, type Sandbox} from './claude.js'

/** Per-test time limit for tests that run Claude Code. */
export const TIMEOUT = 90_000
/** The repository root: the plugin under test. */
export const ROOT = path.resolve(import.meta.dirname, '..', '..')
/** The bundled CLI, as a user's terminal runs it. */
export const CLI = path.join(ROOT, 'dist', 'cli.js')

/**
 * Registers the hooks and returns: `api`, this file's fake API (started before
 * the first test; usable from tests on), `sandbox()`, a fresh HOME + project,
 * and `onCleanup(fn)`, run before the sandboxes are removed.
 */
export function useE2e(prefix?: string): {api: FakeApi; sandbox: () => Sandbox; onCleanup: (fn: () => void) => void} {
  let api: FakeApi | undefined
  const boxes: Sandbox[] = []
  const cleanups: (() => void)[] = []
  beforeAll(async () => {
    api = await startFakeApi(say('OK'))
  })
  afterAll(async () => {
    for (const fn of cleanups) fn()
    await api?.close()
    for (const b of boxes) b.cleanup()
  })
  afterEach(() => {
    expect(api!.connects).toEqual([])
    expect(api!.foreign.map((r) => r.path)).toEqual([])
  })
  return {
    // The server starts in beforeAll; this stands in for it until then.
    api: new Proxy({} as FakeApi, {get: (_t, key) => Reflect.get(api!, key)}),
    sandbox: () => {
      const b = makeSandbox(prefix ? {prefix} : {})
      boxes.push(b)
      return b
    },
    onCleanup: (fn) => void cleanups.push(fn)
  }
}

/** A real `baton` process in the sandbox's project, as another terminal would run it; its stdout, trimmed. */
export function baton(b: Sandbox, args: string[], input = '', env: Record<string, string> = {}): string {
  const r = spawnSync(process.execPath, [CLI, ...args], {
    cwd: b.project,
    input,
    encoding: 'utf8',
    env: {PATH: process.env.PATH ?? '', HOME: b.home, ...env}
  })
  if (r.status !== 0) throw new Error(`baton ${args.join(' ')}: ${r.stderr}`)
  return r.stdout.trim()
}

/** A handoff body with the five sections, naming `marker` in its summary and active context. */
export const note = (marker: string): string =>
  `## Session summary\nWorked on ${marker}.\n\n## What changed\n- src/${marker}.ts\n\n## What still needs work\n- ` +
  `tests\n\n## Key decisions\n- none\n\n## Active context\n${marker}\n`

/** The opening marker line `/baton:handoff-write` asks for (slug substituted), as the expanded prompt shows it. */
const OPEN_LINE = /^<!-- baton:handoff slug="[^"\n]*" -->$/m
/** The save command the tool-based `/baton:handoff-write` asked for (before the reply block). */
const SAVE_LINE = /^(node "[^"]+\/dist\/cli\.js" handoff write --session \S+(?: --slug "[^"]*")?) <<'BATON_HANDOFF'$/m

/**
 * A fake model that does what `/baton:handoff-write` tells it, whatever that is: it writes the
 * handoff `body` between the marker lines the expanded prompt shows (copying the opening one, slug
 * and all), or, where the command asks for a Bash call instead, makes that call and then answers
 * `Saved.`. Other requests fall through (to `fallback`, when given).
 */
export function followHandoffWrite(body: string, fallback?: Script): Script {
  const tool: Script = (req, ctx) => {
    if (!ctx.hasTools || ctx.last.toolResults.length > 0) return undefined
    const prompt = lastPromptText(req)
    const open = OPEN_LINE.exec(prompt)?.[0]
    if (open) return {text: `The handoff follows.\n\n${open}\n${body}<!-- /baton:handoff -->\n`}
    const save = SAVE_LINE.exec(prompt)?.[1]
    if (!save || !prompt.includes('<command-name>/baton:handoff-write')) return undefined
    return {toolUse: {name: 'Bash', input: {command: `${save} <<'BATON_HANDOFF'\n${body}BATON_HANDOFF`}}}
  }
  const saved: Script = (_req, ctx) => (ctx.hasTools && ctx.last.toolResults.length > 0 ? {text: 'Saved.'} : undefined)
  return chain(tool, saved, ...(fallback ? [fallback] : []))
}
