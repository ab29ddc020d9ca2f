/**
 * Lineage (design.md §15): a handoff records in `parents:` the notes its
 * session had received; following those links gives a note's ancestors, and
 * following them backwards its descendants. Pure.
 */
import {parseName} from './names.ts'
import type {HandoffMeta} from './frontmatter.ts'

/** The `parents` a note's front matter records: handoff file names only, anything else dropped. */
export function parentsOf(meta: Readonly<HandoffMeta>): string[] {
  const p = meta.parents
  return Array.isArray(p) ? p.filter((x): x is string => typeof x === 'string' && parseName(x) !== undefined) : []
}

/**
 * The name a note is known by whatever happened to it: its pending name
 * (`X.md` for `X.md`, `X_done.md` and `X_done-2.md`). `undefined` for a name
 * that is not a handoff's.
 */
export function noteKey(name: string): string | undefined {
  const base = name.slice(name.lastIndexOf('/') + 1)
  return parseName(base)?.pendingName
}

/** A note as lineage sees it. */
export interface LineageNode {
  /** its {@link noteKey} */
  key: string
  /** the keys of its parents */
  parents: readonly string[]
}

/** One relative of a note: how many links away (1: parent or child), and which note. */
export interface Relative {
  key: string
  generation: number
}

/** Walks from `start` along `next`, breadth first; each note once, however the links loop. */
function walk(start: string, next: (key: string) => readonly string[]): Relative[] {
  const seen = new Set([start])
  const out: Relative[] = []
  let frontier = [start]
  for (let generation = 1; frontier.length > 0; generation++) {
    const following: string[] = []
    for (const key of frontier) {
      for (const k of next(key)) {
        if (seen.has(k)) continue
        seen.add(k)
        out.push({key: k, generation})
        following.push(k)
      }
    }
    frontier = following
  }
  return out
}

/**
 * The ancestors (parents, their parents, …) and descendants of the note
 * `key` among `nodes`. A parent that is not among the nodes is still named
 * (it is known by its name alone).
 */
export function lineageOf(
  key: string,
  nodes: readonly LineageNode[]
): {ancestors: Relative[]; descendants: Relative[]} {
  const parents = new Map<string, readonly string[]>()
  const children = new Map<string, string[]>()
  for (const n of nodes) {
    parents.set(n.key, [...(parents.get(n.key) ?? []), ...n.parents])
    for (const p of n.parents) {
      const list = children.get(p)
      if (list) list.push(n.key)
      else children.set(p, [n.key])
    }
  }
  return {
    ancestors: walk(key, (k) => parents.get(k) ?? []),
    descendants: walk(key, (k) => children.get(k) ?? [])
  }
}

/** What `handoff log` says about one note. */
export interface LineageNote {
  key: string
  /** its file name as last seen (`_done` once consumed); the key when only a child names it */
  name: string
  /** pending, consumed, history (deleted, in the index), git (deleted, in the sync history), unknown */
  source: string
  created: string | null
  branch: string | null
  project: string | null
  /** links away: negative for ancestors, positive for descendants, 0 for the note asked about */
  generation: number
}

/** A note's lineage, ancestors oldest first. */
export interface Lineage {
  note: LineageNote
  ancestors: LineageNote[]
  descendants: LineageNote[]
}

/** `handoff log` as text. */
export function renderLineage(lineage: Readonly<Lineage>): string {
  const line = (n: LineageNote): string =>
    `  ${(n.generation > 0 ? `+${n.generation}` : String(n.generation)).padStart(4)}  ${n.name}` +
    `  ${[n.created, n.source, n.branch ? `branch ${n.branch}` : null].filter(Boolean).join('  ')}\n`
  const part = (title: string, notes: readonly LineageNote[], none: string): string =>
    `${title}\n${notes.length ? notes.map(line).join('') : `  ${none}\n`}`
  return (
    part('Ancestors (the notes it continues), oldest first:', lineage.ancestors, 'none recorded') +
    part('This note:', [lineage.note], '') +
    part('Descendants (the notes that continue it):', lineage.descendants, 'none yet')
  )
}
