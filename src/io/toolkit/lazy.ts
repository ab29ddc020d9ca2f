/**
 * Built-in modules loaded on first use. A hook is a fresh Node process each
 * time, and loading `node:child_process` or `node:crypto` up front costs
 * milliseconds that the common path never needs.
 */
import {createRequire} from 'node:module'
import type {SpawnSyncOptions, SpawnSyncReturns} from 'node:child_process'

let required: NodeJS.Require | undefined
/** A `require` made on first use: making it (and the module's URL) at load costs every hook start. */
const load = (id: string): unknown => (required ??= createRequire(import.meta.url))(id)

/** `child_process.spawnSync`, loaded on first call. */
export function spawnSync(
  command: string,
  args: readonly string[],
  options: SpawnSyncOptions & {encoding: BufferEncoding}
): SpawnSyncReturns<string> {
  return (load('node:child_process') as typeof import('node:child_process')).spawnSync(
    command,
    args,
    options
  ) as SpawnSyncReturns<string>
}

let counter = 0
/**
 * A short token that is unique within this process and very likely across
 * processes (pid, time and a counter are mixed in by callers' names too).
 * Uniqueness of files is guaranteed by exclusive creation, not by this token.
 */
export function token(): string {
  counter++
  return `${(Date.now() % 1e8).toString(36)}${counter.toString(36)}${Math.floor(Math.random() * 36 ** 4).toString(36)}`
}
