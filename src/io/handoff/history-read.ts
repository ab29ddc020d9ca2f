/**
 * Reading the history index (design.md §15), for search and lineage only: no
 * hook imports this module (checked by test/search.test.ts), so the index,
 * however long it grows, never slows a session's start.
 */
import {parseHistory, type HistoryEntry} from '../../core/history.ts'
import {readUntrusted} from '../toolkit/untrusted.ts'
import {fileError} from '../toolkit/errors.ts'
import {historyFile} from '../paths.ts'

/** The index's newest 256 MiB at most (years of deletions). */
const MAX_INDEX = 256 * 1024 * 1024

/**
 * The entries of `home`'s history index, oldest first; none when there is
 * no index. A file that cannot be read yields a warning, never an error.
 */
export function readHistory(home: string, onWarning: (w: string) => void = () => {}): HistoryEntry[] {
  const path = historyFile(home)
  try {
    const read = readUntrusted(path, {maxBytes: MAX_INDEX, over: 'tail'})
    return read ? parseHistory(read.bytes.toString('utf8')) : []
  } catch (error) {
    const e = fileError(error, 'read', path)
    onWarning(`baton: the history index was not read: ${e.message}${e.hint ? `; ${e.hint}` : ''}`)
    return []
  }
}
