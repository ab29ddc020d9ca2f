/**
 * Legacy single-file handoffs (DESIGN §2). `$CLAUDE_HOME/context-handoff.md` is
 * imported once as a pending handoff and kept as `context-handoff.md.imported`.
 */
import {isUtf8} from 'node:buffer'
import {linkSync, renameSync, rmSync} from 'node:fs'
import {join} from 'node:path'
import {BatonError, hasCode} from '../core/errors.ts'
import {candidateName, doneName, formatStamp} from '../core/names.ts'
import {parseHandoff, renderHandoff} from '../core/frontmatter.ts'
import {publishExclusive} from './publish.ts'
import {renderHandoffBytes} from './write.ts'
import {ensureDir} from './store.ts'
import {readUntrusted} from './untrusted.ts'
import {existsSync} from 'node:fs'

/**
 * Imports `$CLAUDE_HOME/context-handoff.md` into `dir`. Safe under concurrency:
 * the file is first renamed to a private name, so only one process imports it.
 *
 * @returns the new pending handoff's path, or `undefined` when there was nothing to import
 */
export function importLegacy(home: string, dir: string): string | undefined {
  const legacy = join(home, 'context-handoff.md')
  const hold = `${legacy}.importing-${process.pid}`
  try {
    renameSync(legacy, hold)
  } catch (error) {
    if (hasCode(error, 'ENOENT')) return undefined
    throw error
  }
  try {
    // Data, not code: a regular file only (never a link), YAML front matter only.
    const file = readLegacy(hold, legacy)
    if (!file) return undefined
    const raw = file.bytes.toString('utf8')
    const mtime = new Date(file.mtimeMs)
    // Not valid UTF-8: kept byte for byte, all of it as the body.
    const exact = isUtf8(file.bytes) ? undefined : file.bytes
    const doc = exact ? {meta: {}, body: raw} : parseHandoff(raw)
    if (doc.body.trim() === '') {
      keepAsImported(hold, legacy)
      return undefined
    }
    ensureDir(dir)
    const meta = {baton: 1, created: mtime.toISOString(), session: '', ...doc.meta, legacy: legacy}
    const stamp = formatStamp(mtime)
    const path = publishExclusive(dir, (n) => candidateName(stamp, 'legacy-context-handoff', n), exact ? renderHandoffBytes(meta, exact) : renderHandoff(meta, doc.body), {
      taken: (name) => existsSync(join(dir, doneName(name)))
    })
    keepAsImported(hold, legacy)
    return path
  } catch (error) {
    // Never lose the legacy file: put it back where it was.
    try {
      linkSync(hold, legacy)
      rmSync(hold, {force: true})
    } catch {
      // hold stays as context-handoff.md.importing-<pid>, with its content intact
    }
    throw error
  }
}

function keepAsImported(hold: string, legacy: string): void {
  for (let n = 1; n < 1000; n++) {
    try {
      linkSync(hold, n === 1 ? `${legacy}.imported` : `${legacy}.imported-${n}`)
      rmSync(hold, {force: true})
      return
    } catch (error) {
      if (!hasCode(error, 'EEXIST')) throw error
    }
  }
}

/** The legacy file's bytes, or `ELEGACY` saying why it was not imported (a link, a FIFO, too big, unreadable). */
function readLegacy(hold: string, legacy: string): ReturnType<typeof readUntrusted> {
  try {
    return readUntrusted(hold)
  } catch (error) {
    const why = error instanceof BatonError ? error.message.replace(hold, legacy) : `cannot read it (${(error as {code?: string}).code ?? 'EIO'})`
    throw new BatonError('ELEGACY', `${legacy} was not imported: ${why}`, {
      file: legacy,
      hint: `make it a plain file you can read, or move it away (mv '${legacy}' '${legacy}.bak')`,
      cause: error
    })
  }
}
