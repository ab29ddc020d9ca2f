/**
 * Legacy single-file handoffs (design.md §2). `$CLAUDE_HOME/context-handoff.md` is
 * imported once as a pending handoff and kept as `context-handoff.md.imported`.
 *
 * The importer first renames the file to a private name that names it and a
 * token (`context-handoff.md.importing-<holder>-<token>`), so only one process
 * imports it. The pending handoff it publishes records the token
 * (`legacyImport: import-<token>`). An importer killed at any point leaves
 * that private file; once its process is judged gone (see `sweepLitter`), the
 * next import or `baton handoff clean` takes it over and finishes the import,
 * publishing the note only when no handoff with that token exists yet.
 */
import {isUtf8} from 'node:buffer'
import {lstatSync, renameSync, rmSync} from 'node:fs'
import {dirname, join} from 'node:path'
import {BatonError, hasCode} from '../../core/errors.ts'
import {formatStamp, importingName, parseImportingName} from '../../core/names.ts'
import {abandoned} from '../../core/liveness.ts'
import {parseHandoff, renderHandoff} from '../../core/frontmatter.ts'
import {importedMeta} from '../../core/handoff-meta.ts'
import {linkOrPlaceholder} from '../toolkit/publish.ts'
import {renderHandoffBytes} from './write.ts'
import {ensureDir, handoffText, publishHandoff} from './store.ts'
import {readUntrusted} from '../toolkit/untrusted.ts'
import {judge, selfHolder} from '../toolkit/proc.ts'
import {token} from '../toolkit/lazy.ts'
import {loadConfig} from '../config.ts'
import {firstFree} from '../toolkit/free-name.ts'
import {namesIn} from '../toolkit/folder.ts'

const LEGACY = 'context-handoff.md'
const HOUR = 3_600_000
const SLUG = 'legacy-context-handoff'

/**
 * Imports `$CLAUDE_HOME/context-handoff.md` into `dir`, after finishing any
 * import a killed process left behind. Safe under concurrency: the file is
 * first renamed to a private name, so only one process imports it.
 *
 * @returns the new pending handoff's path, or `undefined` when there was nothing to import
 * @throws BatonError `ELEGACY` when the file is not one Baton can read (it stays in place)
 */
export async function importLegacy(home: string, dir: string, now = new Date()): Promise<string | undefined> {
  const legacy = join(home, LEGACY)
  let path = (await recoverImports(home, dir, now)).at(-1)
  const id = token()
  const hold = `${legacy}.${importingName(selfHolder(), id)}`
  try {
    renameSync(legacy, hold)
  } catch (error) {
    if (hasCode(error, 'ENOENT')) return path
    throw error
  }
  path = (await finishImport(legacy, dir, hold, id, false)) ?? path
  return path
}

/**
 * Finishes the imports of processes that were killed while importing (their
 * private `context-handoff.md.importing-…` file is left, and they are gone, or
 * cannot be judged and the file is over an hour old). A file that is not a
 * regular file is left alone.
 *
 * @returns the pending handoffs published or found for them
 */
export async function recoverImports(home: string, dir: string, now: Date): Promise<string[]> {
  const legacy = join(home, LEGACY)
  const found: string[] = []
  for (const orphan of orphanImports(home)) {
    const holder = parseImportingName(orphan.slice(LEGACY.length + 1))
    const path = join(home, orphan)
    let age: number
    try {
      const st = lstatSync(path)
      if (!st.isFile()) continue
      age = now.getTime() - Math.max(st.mtimeMs, st.ctimeMs)
    } catch {
      continue
    }
    if (!holder || !abandoned(judge(holder), age, HOUR)) continue
    // Take it over (rename is atomic: one recoverer wins), keeping its token.
    const id = /-([a-z0-9]+)$/.exec(orphan)?.[1] ?? token()
    const hold = `${legacy}.${importingName(selfHolder(), id)}`
    try {
      renameSync(path, hold)
    } catch (error) {
      if (hasCode(error, 'ENOENT')) continue
      throw error
    }
    try {
      const done = await finishImport(legacy, dir, hold, id, true)
      if (done) found.push(done)
    } catch (error) {
      // Not a file Baton can read: it went back to being the legacy file, which the import reports.
      if (!(error instanceof BatonError && error.code === 'ELEGACY')) throw error
    }
  }
  return found
}

/** Names in `home` of imports in progress or left by a killed importer. */
export function orphanImports(home: string): string[] {
  return namesIn(home).filter((n) => n.startsWith(`${LEGACY}.importing-`))
}

/** The `legacyImport` value of the import with token `id` (starting with a letter, so it stays a plain YAML word). */
const importMark = (id: string): string => `import-${id}`

/**
 * The pending or consumed handoff that an import with token `id` published, if
 * any. A resumer may be claiming it meanwhile (pending name, then a hold, then
 * `_done`): a name listed and gone before it was read means the folder moved
 * under the scan, which then starts again, so the note is never missed in
 * transit and published twice.
 */
function publishedBy(dir: string, id: string): string | undefined {
  for (let pass = 0; pass < 20; pass++) {
    let moved = false
    for (const name of namesIn(dir).filter((n) => n.includes(`_${SLUG}`) && n.endsWith('.md'))) {
      let unreadable = false
      const raw = handoffText(join(dir, name), () => (unreadable = true)) // unreadable: not the one
      if (raw === undefined) {
        moved ||= !unreadable
        continue
      }
      try {
        if (parseHandoff(raw).meta.legacyImport === importMark(id)) return join(dir, name)
      } catch {
        // not a handoff Baton can parse: not the one
      }
    }
    if (!moved) return undefined
  }
  return undefined // the folder kept moving: publishing again is better than losing the note
}

/** Publishes the legacy note held at `hold` (unless `recovering` finds it published already), then archives it. */
async function finishImport(
  legacy: string,
  dir: string,
  hold: string,
  id: string,
  recovering: boolean
): Promise<string | undefined> {
  try {
    // Data, not code: a regular file only (never a link), YAML front matter only.
    const file = readLegacy(hold, legacy)
    if (!file) return undefined
    const raw = file.bytes.toString('utf8')
    const mtime = new Date(file.mtimeMs)
    // Not valid UTF-8: kept byte for byte, all of it as the body.
    let exact = isUtf8(file.bytes) ? undefined : file.bytes
    const doc = exact ? {meta: {}, body: raw} : parseHandoff(raw)
    // Redacted like every handoff Baton writes: credentials never reach the handoff directory.
    if (redactOn()) {
      const {redact, redactBytes} = await import('../toolkit/redact.ts')
      if (exact) exact = (await redactBytes(exact)).bytes
      else doc.body = (await redact(doc.body)).text
    }
    if (doc.body.trim() === '') {
      keepAsImported(hold, legacy)
      return undefined
    }
    ensureDir(dir)
    const meta = importedMeta(doc.meta, mtime, legacy, importMark(id))
    const stamp = formatStamp(mtime)
    const path =
      (recovering ? publishedBy(dir, id) : undefined) ??
      publishHandoff(dir, stamp, SLUG, exact ? renderHandoffBytes(meta, exact) : renderHandoff(meta, doc.body))
    keepAsImported(hold, legacy)
    return path
  } catch (error) {
    // Never lose the legacy file: put it back where it was.
    try {
      linkOrPlaceholder(hold, legacy)
      rmSync(hold, {force: true})
    } catch {
      // hold stays as context-handoff.md.importing-…, with its content intact, for the next import or clean
    }
    throw error
  }
}

/** The `redact` setting; on when the config cannot be read (a secret is never written by mistake). */
function redactOn(): boolean {
  try {
    return loadConfig().redact
  } catch {
    return true
  }
}

/**
 * Archives the imported legacy file as `<legacy>.imported` (or `-2`, …). When
 * every such name is taken, the hold stays, content intact, for the next import
 * to archive: the note is published already, so it is not put back.
 */
function keepAsImported(hold: string, legacy: string): void {
  const nameFor = (n: number): string => (n === 1 ? `${legacy}.imported` : `${legacy}.imported-${n}`)
  try {
    firstFree(nameFor, (name) => linkOrPlaceholder(hold, name), {dir: dirname(legacy), attempts: 999})
  } catch (error) {
    if (error instanceof BatonError && error.code === 'EFULL') return
    throw error
  }
  rmSync(hold, {force: true})
}

/** The legacy file's bytes, or `ELEGACY` saying why it was not imported (a link, a FIFO, too big, unreadable). */
function readLegacy(hold: string, legacy: string): ReturnType<typeof readUntrusted> {
  try {
    return readUntrusted(hold)
  } catch (error) {
    const why =
      error instanceof BatonError
        ? error.message.replace(hold, legacy)
        : `cannot read it (${(error as {code?: string}).code ?? 'EIO'})`
    throw new BatonError('ELEGACY', `${legacy} was not imported: ${why}`, {
      file: legacy,
      hint: `make it a plain file you can read, or move it away (mv '${legacy}' '${legacy}.bak')`,
      cause: error
    })
  }
}
