/**
 * The flat list of links that recent Claude Code keeps as `MEMORY.md`
 * (`- [Title](topic.md) — hook`, one per topic file), grouped for `memory
 * split`: each top-level entry moves, with its nested lines, to a topic index
 * file for its topic's `metadata.type` (`index-feedback.md`, …; `index-other.md`
 * when the type is unknown), and the index keeps one line per group. Entries are
 * found with remark (index-entries.ts); the topic files are read by the caller,
 * as data.
 */
import {indexEntries} from './index-entries.ts'
import {formatEntry} from './entries.ts'
import {clip} from './summary.ts'
import {topicFrontmatter, type MemoryType} from './topic.ts'

/** What split knows of a linked topic file (from its front matter). */
export interface TopicFacts {
  type?: string | undefined
}

/** One group of entries, moving to one topic index file. */
export interface EntryGroup {
  /** `user`, `feedback`, `project`, `reference` or `other` */
  type: string
  file: string
  title: string
  /** 1-based line ranges of the entries, in file order (inclusive) */
  ranges: {from: number; to: number}[]
  /** the entries' lines, verbatim */
  text: string
  /** the index line that links the group */
  indexLine: string
  /** the new file's content: front matter and the entries */
  content: string
}

const TYPES: readonly string[] = ['user', 'feedback', 'project', 'reference']
const TITLES: Record<string, string> = {
  user: 'About the user',
  feedback: 'Feedback and preferences',
  project: 'Project facts',
  reference: 'References',
  other: 'Other memories'
}

/** A link to a file beside the index: a plain `name.md`, no folder, no scheme. */
function localTopic(target: string | undefined): string | undefined {
  if (target === undefined || !/^[^/\\:?#]+\.md$/i.test(target)) return undefined
  try {
    return decodeURIComponent(target)
  } catch {
    return target
  }
}

/** Links that stay in the index: the group files of an earlier split, and the index itself. */
const STAYS = /^(?:index-[a-z]+|memory)\.md$/i

/**
 * Groups the top-level entries among `lines[0..end)` by their topic's type.
 * Lines inside a front matter block (the first `skip` lines) are never entries.
 *
 * @param lines the file's lines, each with its line break
 * @param end the number of leading lines to look at (the preamble)
 * @param skip leading front matter lines
 * @param facts what the linked file says of itself, or `undefined` when unknown
 */
export function groupEntries(
  lines: readonly string[],
  end: number,
  skip: number,
  facts: (name: string) => TopicFacts | undefined
): EntryGroup[] {
  const text = lines
    .slice(0, end)
    .map((l, i) => (i < skip ? l.replace(/[^\r\n]+/, '') : l))
    .join('')
  const entries = indexEntries(text).filter((e) => e.target !== undefined && !STAYS.test(e.target))
  // Only the outermost entries move (nested ones go with their parent).
  const top = entries.filter((e) => !entries.some((o) => o !== e && o.line < e.line && o.endLine >= e.line))
  const starts = new Set(top.map((e) => e.line))
  const byType = new Map<string, {from: number; to: number; title: string}[]>()
  for (const e of top) {
    // Blank lines between two entries go with the first one (a loose list would leave them all in the index).
    let to = e.endLine
    while (to < end && lines[to]!.trim() === '') to++
    const last = starts.has(to + 1) ? to : e.endLine
    const name = localTopic(e.target)
    const type = name === undefined ? undefined : facts(name)?.type
    const key = typeof type === 'string' && TYPES.includes(type) ? type : 'other'
    const list = byType.get(key) ?? []
    list.push({from: e.line, to: last, title: e.text ?? e.target!})
    byType.set(key, list)
  }
  return [...byType].map(([type, items]): EntryGroup => {
    const file = `index-${type}.md`
    const title = TITLES[type]!
    const body = items.map((r) => lines.slice(r.from - 1, r.to).join('')).join('')
    const text = body.endsWith('\n') || body === '' ? body : `${body}\n`
    const n = `${items.length} ${items.length === 1 ? 'entry' : 'entries'}`
    const names = items.map((i) => clip(i.title.replace(/\s+/g, ' ').trim(), 40))
    let summary = `${n}: ${names[0]}`
    for (const name of names.slice(1)) {
      if (summary.length + name.length + 3 > 100) {
        summary += '; …'
        break
      }
      summary += `; ${name}`
    }
    const description = `Index of ${n} (${type === 'other' ? 'no type' : `type ${type}`}), one line each`
    const fmType: MemoryType = type === 'other' ? 'reference' : (type as MemoryType)
    return {
      type,
      file,
      title,
      ranges: items.map(({from, to}) => ({from, to})),
      text,
      indexLine: formatEntry(title, file, summary),
      content: topicFrontmatter(file.slice(0, -3), description, fmType) + text
    }
  })
}
