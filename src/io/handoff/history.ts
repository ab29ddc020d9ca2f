/**
 * Appending to the history index `$CLAUDE_HOME/baton/history.jsonl`
 * (design.md §15). Retention calls it before it deletes a consumed note, so a
 * crash in between leaves the line and the file (readers de-duplicate), never
 * neither. Only appends: no hook ever reads the index (see history-read.ts).
 */
import {closeSync, constants, fstatSync, fsyncSync, mkdirSync, openSync, readSync, writeSync} from 'node:fs'
import {dirname, join} from 'node:path'
import {BatonError} from '../../core/errors.ts'
import type {HistoryEntry} from '../../core/history.ts'
import {withLock} from '../toolkit/lock.ts'
import {fileError} from '../toolkit/errors.ts'
import {historyFile} from '../paths.ts'

const FLAGS =
  constants.O_RDWR |
  constants.O_APPEND |
  constants.O_CREAT |
  (constants.O_NOFOLLOW ?? 0) |
  (constants.O_NONBLOCK ?? 0) |
  (constants.O_NOCTTY ?? 0)

/** Appends `text` to `path` (a regular file, created 0600), on a line of its own, and syncs it to disk. */
function appendDurably(path: string, text: string): void {
  mkdirSync(dirname(path), {recursive: true, mode: 0o700})
  const fd = openSync(path, FLAGS, 0o600)
  try {
    const st = fstatSync(fd)
    if (!st.isFile())
      throw new BatonError('ENOTREG', `${path} is not a regular file: the history index was not written`, {
        file: path,
        hint: `move ${path} out of the way; Baton makes a new one`
      })
    let lead = ''
    if (st.size > 0) {
      // A line torn by a crash is left as it is (readers skip it); the next one starts on a line of its own.
      const last = Buffer.alloc(1)
      readSync(fd, last, 0, 1, st.size - 1)
      if (last[0] !== 0x0a) lead = '\n'
    }
    const bytes = Buffer.from(lead + text, 'utf8')
    for (let at = 0; at < bytes.length;) at += writeSync(fd, bytes, at, bytes.length - at)
    fsyncSync(fd)
  } finally {
    closeSync(fd)
  }
}

/**
 * Appends one line per entry to the history index of `home`, under its lock,
 * durably (fsynced) before it returns.
 *
 * @throws BatonError when the index cannot be written (the caller then keeps the notes)
 */
export async function appendHistory(home: string, entries: readonly HistoryEntry[]): Promise<void> {
  if (entries.length === 0) return
  const path = historyFile(home)
  const text = entries.map((e) => `${JSON.stringify(e)}\n`).join('')
  await withLock(
    path,
    (lease) => {
      lease.assertHeld()
      try {
        appendDurably(path, text)
      } catch (error) {
        throw error instanceof BatonError ? error : fileError(error, 'write', path)
      }
    },
    {locksDir: join(home, 'baton', 'locks')}
  )
}
