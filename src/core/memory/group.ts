/**
 * The flat list of links that recent Claude Code keeps as `MEMORY.md`
 * (`- [Title](topic.md) — hook`, one per topic file), grouped for `memory
 * split`: each top-level entry moves, with its nested lines, to a topic index
 * file for its topic's `metadata.type` (`index-feedback.md`, …; `index-other.md`
 * when the type is unknown), and the index keeps one line per group. Entries are
 * found with remark (index-entries.ts); the topic files are read by the caller,
 * as data.
 */
import type {RootContent} from 'mdast'
import {lineLink} from './index-entries.ts'
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
 *
 * @param lines the file's lines, each with its line break
 * @param end the number of leading lines to look at (the preamble)
 * @param nodes the top-level blocks of the file, as split parsed it (front matter blanked)
 * @param facts what the linked file says of itself, or `undefined` when unknown
 */
export function groupEntries(
  lines: readonly string[],
  end: number,
  nodes: readonly RootContent[],
  facts: (name: string) => TopicFacts | undefined
): EntryGroup[] {
  // The items of the top-level lists (nested ones move with their parent) whose first line links a file.
  const top: {line: number; endLine: number; target: string; text: string}[] = []
  for (const list of nodes) {
    if (list.type !== 'list' || !list.position || list.position.start.line > end) continue
    for (const item of list.children) {
      const first = item.children[0]
      if (first?.type !== 'paragraph' || !item.position || first.position?.start.line !== item.position.start.line)
        continue
      if (item.position.end.line > end) continue
      const row = lines[item.position.start.line - 1]!
      const raw = row.slice(first.position.start.column - 1).replace(/\r?\n$|\r$/, '')
      const link = lineLink(raw)
      if (link === undefined || STAYS.test(link.target)) continue
      top.push({line: item.position.start.line, endLine: item.position.end.line, target: link.target, text: link.text})
    }
  }
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
    list.push({from: e.line, to: last, title: e.text || e.target})
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
