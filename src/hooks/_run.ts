/**
 * The one place hooks decide their exit: always 0, stdout carries only the
 * hook's JSON (PreCompact's: its sentence, see `OutputFormat`), and any
 * internal error becomes a `systemMessage` (fail open).
 */
import {fstatSync, readFileSync, writeSync} from 'node:fs'
import {hasCode} from '../core/errors.ts'
import type {HookInput} from '../core/hook-input.ts'
import {hookContext, type HookContext} from './_context.ts'

/** What a hook prints; `undefined` prints `{}`. */
export type HookOutput = Record<string, unknown> | undefined

/** Writes a hook's output text whole to stdout; false when nobody is reading (EPIPE). */
export type HookWrite = (text: string) => boolean

/**
 * A hook's work: its JSON output or, for output that carries what must be
 * delivered exactly once, `deliver`, which writes it with the given writer
 * (and commits or gives back what it carried; see `deliverResume`).
 */
export type HookResult = HookOutput | {deliver: (write: HookWrite) => Promise<unknown>}

/** Reads stdin, synchronously from fd 0 when it can (no stream machinery to load). */
async function readStdin(): Promise<string> {
  try {
    const st = fstatSync(0)
    if (!st.isFIFO() && !st.isFile() && !st.isSocket()) return '' // a terminal: nothing piped
    return readFileSync(0, 'utf8')
  } catch (error) {
    if (!hasCode(error, 'EAGAIN')) throw error
  }
  // A non-blocking pipe: read it as a stream.
  const chunks: Buffer[] = []
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer)
  return Buffer.concat(chunks).toString('utf8')
}

function writeAll(text: string): void {
  const data = Buffer.from(text)
  for (let off = 0; off < data.length;) {
    try {
      off += writeSync(1, data, off)
    } catch (error) {
      if (!hasCode(error, 'EAGAIN')) throw error
    }
  }
}

/** A hook's work, given the hook's context. */
export type HookWork = (context: HookContext) => Promise<HookResult> | HookResult

/**
 * How a hook's output is printed. `json` (the default): its JSON, `{}` when empty. `text`: only its
 * `systemMessage`, as a plain line, and nothing at all when it has none. PreCompact needs `text`:
 * Claude Code 2.1.197 and 2.1.337 show a PreCompact hook's stdout verbatim after
 * "PreCompact [command] completed successfully" in /compact's output, on screen and to the model
 * (`<local-command-stdout>`); they read no `systemMessage` from it (design.md §7.2).
 */
export type OutputFormat = 'json' | 'text'

function render(output: HookOutput, format: OutputFormat): string {
  if (format === 'json') return JSON.stringify(output ?? {})
  const message = output?.systemMessage
  return typeof message === 'string' && message !== '' ? `${message}\n` : ''
}

/** Runs `work` as the hook `name` with the context built from stdin and the environment, failing open. */
export async function runHook(name: string, work: HookWork, format: OutputFormat = 'json'): Promise<void> {
  let output: HookOutput
  let deliver: ((write: HookWrite) => Promise<unknown>) | undefined
  try {
    const raw = await readStdin()
    const input = (raw.trim() === '' ? {} : JSON.parse(raw)) as HookInput
    const result = await work(hookContext(name, input))
    if (result && typeof result === 'object' && 'deliver' in result && typeof result.deliver === 'function')
      deliver = result.deliver as (write: HookWrite) => Promise<unknown>
    else output = result as HookOutput
  } catch (error) {
    const e = error as {message?: string; hint?: string}
    output = {
      systemMessage:
        `baton: the ${name} hook failed and was skipped (your session is fine): ` +
        `${e.message ?? String(error)}${e.hint ? `. ${e.hint}` : ''}`
    }
  }
  // writeSync on fd 1: no stdout stream to set up, and the JSON is out before `deliver` commits.
  let tried = false
  const write: HookWrite = (text) => {
    tried = true
    try {
      writeAll(text)
      return true
    } catch {
      return false // nobody is reading (EPIPE): what the output carried was not delivered
    }
  }
  try {
    await deliver?.(write)
  } catch {
    // An unreleased claim is put back by the sweeper.
  }
  // Stdout always carries one answer: the JSON, or with `text` the message alone.
  if (!tried) write(render(output, format))
  process.exitCode = 0
}
