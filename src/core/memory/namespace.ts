/**
 * Branch namespaces: `memory/<branch-slug>/` holds what sessions on a branch
 * remember, and `baton memory merge` folds it back. Pure naming and entry
 * logic; the moving is in `src/io/memory/namespace.ts`.
 */
import {slugify} from '../slug.ts'
import {parseHandoff} from '../frontmatter.ts'
import {formatEntry, isEntryLine, linkTarget} from './entries.ts'
import {indexEntries} from './index-entries.ts'
import {firstSentence, clip} from './summary.ts'

/** The namespace folder name for `branch` ('' when the branch gives no usable slug). */
export function branchSlug(branch: string): string {
  return slugify(branch, '')
}

/**
 * Where a file that conflicts with the main folder's copy is kept:
 * `name.<branch-slug>.md`, then `name.<branch-slug>-2.md`, …
 */
export function conflictName(name: string, slug: string, attempt: number): string {
  const stem = name.replace(/\.md$/i, '')
  return attempt <= 1 ? `${stem}.${slug}.md` : `${stem}.${slug}-${attempt}.md`
}

/** `line` with its first link target `from` replaced by `to`. */
export function retarget(line: string, from: string, to: string): string {
  if (from === to) return line
  const at = line.indexOf(`](${from}`)
  return at === -1 ? line : `${line.slice(0, at + 2)}${to}${line.slice(at + 2 + from.length)}`
}

/**
 * An index entry for a topic file, from its frontmatter (`name`,
 * `description`), else its first heading and first sentence.
 *
 * @param file the file name the entry links to
 * @param content the file's text
 */
export function entryForFile(file: string, content: string): string {
  const doc = parseHandoff(content)
  const meta = doc.meta as {name?: unknown; description?: unknown}
  const lines = doc.body.split(/\r?\n/)
  const heading = lines.find((l) => /^ {0,3}#{1,6}\s+\S/.test(l))?.replace(/^ {0,3}#{1,6}\s+|\s+#*\s*$/g, '')
  const title = heading ?? (typeof meta.name === 'string' && meta.name !== '' ? meta.name : file.replace(/\.md$/i, ''))
  const prose = lines.find((l) => l.trim() !== '' && !/^ {0,3}(#|```|~~~|---)/.test(l)) ?? ''
  const summary =
    typeof meta.description === 'string' && meta.description.trim() !== ''
      ? firstSentence(meta.description)
      : firstSentence(prose.replace(/^\s*(?:[-*+]|\d+[.)])\s+/, ''))
  return formatEntry(clip(title, 80), file, summary)
}

/** The entry lines of an index, by link target (first one wins). */
export function entriesByTarget(index: string): Map<string, string> {
  const map = new Map<string, string>()
  for (const line of index.split(/\r?\n/)) {
    const target = isEntryLine(line) ? linkTarget(line) : undefined
    if (target !== undefined && !map.has(target)) map.set(target, line)
  }
  return map
}

/** True when `index` has an entry keyed `key`. */
export function hasEntry(index: string, key: string): boolean {
  return indexEntries(index).some((e) => e.target === key || (e.target === undefined && e.label === key))
}

/**
 * True when a namespace's own `MEMORY.md` holds nothing but index entries,
 * blank lines and one leading `#` title: merging its entries then keeps all of it.
 */
export function onlyEntries(index: string): boolean {
  const lines = index.split(/\r?\n/).filter((l) => l.trim() !== '')
  const rest = /^ {0,3}# /.test(lines[0] ?? '') ? lines.slice(1) : lines
  return rest.every(isEntryLine)
}
