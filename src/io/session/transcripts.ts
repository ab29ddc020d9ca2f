/**
 * Session transcripts: finding one (`$CLAUDE_HOME/projects/<encoded cwd>/<session id>.jsonl`)
 * and reading it as untrusted data, from the end, without ever blocking.
 */
import {existsSync} from 'node:fs'
import {join} from 'node:path'
import {claudeHome} from '../paths.ts'
import {readUntrusted} from '../toolkit/untrusted.ts'
import {namesIn} from '../toolkit/folder.ts'

/** The transcript of `session`, or `undefined` when none is found. */
export function findTranscript(
  session: string,
  env: Readonly<Record<string, string | undefined>> = process.env
): string | undefined {
  if (!/^[A-Za-z0-9_-]+$/.test(session)) return undefined
  const projects = join(claudeHome(env), 'projects')
  for (const dir of namesIn(projects)) {
    const path = join(projects, dir, `${session}.jsonl`)
    if (existsSync(path)) return path
  }
  return undefined
}

/** Most bytes of a transcript read at once: its last 4 MiB (long sessions run to tens of MB). */
export const TRANSCRIPT_TAIL = 4 * 1024 * 1024

/**
 * The whole lines of transcript `path` after byte `from`, at most its last
 * `maxBytes` (a cut first line is dropped), and the offset to read from next
 * time (after the last newline). A file that is gone, unreadable, a link, a
 * FIFO or a device reads as empty at once: never throws, never blocks.
 *
 * @param [from=0] byte offset already read (a now shorter file is read from 0)
 * @param [options.partial=false] also return a last line with no newline yet
 * @param [options.maxBytes=TRANSCRIPT_TAIL] how much of the end to read at most
 */
export function readTranscript(
  path: string | undefined,
  from = 0,
  options: {partial?: boolean; maxBytes?: number} = {}
): {text: string; next: number} {
  if (!path) return {text: '', next: from}
  let file
  try {
    file = readUntrusted(path, {from, maxBytes: options.maxBytes ?? TRANSCRIPT_TAIL, over: 'tail'})
  } catch {
    file = undefined
  }
  if (!file) return {text: '', next: from}
  const {bytes, start} = file
  const cut = start > 0 && start !== from ? bytes.indexOf(10) + 1 : 0 // the tail was cut mid-line: drop that piece
  const end = bytes.lastIndexOf(10) + 1
  const stop = options.partial ? bytes.length : end
  return {text: cut <= stop ? bytes.subarray(cut, stop).toString('utf8') : '', next: start + Math.max(end, cut)}
}
