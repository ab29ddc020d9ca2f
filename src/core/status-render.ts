/**
 * The `baton status` board as a terminal table: ANSI colours for a TTY, plain
 * text when piped (same layout, so the plain form is what a snapshot pins).
 */
import {formatAge, type StatusPeople, type StatusReport} from './status.ts'
import {shortSession} from './registry.ts'

type Style = 'bold' | 'dim' | 'green' | 'yellow' | 'red' | 'cyan'
const CODES: Record<Style, [number, number]> = {
  bold: [1, 22],
  dim: [2, 22],
  green: [32, 39],
  yellow: [33, 39],
  red: [31, 39],
  cyan: [36, 39]
}

/** A cell: its text and an optional style. */
type Cell = string | {text: string; style: Style}

/** Options of {@link renderStatus}. */
export interface RenderOptions {
  /** use ANSI colours (default false) */
  color?: boolean
  /** shown as `~` in paths (default: none) */
  home?: string
}

function table(rows: Cell[][], paint: (c: Cell) => string): string[] {
  const text = (c: Cell): string => (typeof c === 'string' ? c : c.text)
  const widths: number[] = []
  for (const row of rows) row.forEach((c, i) => (widths[i] = Math.max(widths[i] ?? 0, text(c).length)))
  return rows.map((row) => {
    const cells = row.map((c, i) =>
      i === row.length - 1 ? paint(c) : paint(c) + ' '.repeat(widths[i]! - text(c).length)
    )
    return `  ${cells.join('  ')}`.trimEnd()
  })
}

/** How one board is drawn: colours or not, and paths under the home folder shortened to `~`. */
interface Pen {
  paint: (c: Cell) => string
  head: (s: string) => string
  tilde: (p: string) => string
}

const headings = (...titles: string[]): Cell[] => titles.map((t) => ({text: t, style: 'dim' as const}))

/** Renders the board; `report` is what `baton status --json` prints. */
export function renderStatus(report: Readonly<StatusReport>, options: Readonly<RenderOptions> = {}): string {
  const color = options.color ?? false
  const paint = (c: Cell): string => {
    if (typeof c === 'string') return c
    if (!color) return c.text
    const [on, off] = CODES[c.style]
    return `\u001B[${on}m${c.text}\u001B[${off}m`
  }
  const home = options.home
  const pen: Pen = {
    paint,
    head: (s) => paint({text: s, style: 'bold'}),
    tilde: (p) => (home && (p === home || p.startsWith(`${home}/`)) ? `~${p.slice(home.length)}` : p || '(none)')
  }
  const lines = [
    ...sessionsPart(report, pen),
    '',
    ...handoffsPart(report, pen),
    ...(report.people ? ['', ...peoplePart(report.people, pen)] : []),
    '',
    ...memoryPart(report, pen)
  ]
  return `${lines.join('\n')}\n`
}

function sessionsPart(report: Readonly<StatusReport>, {paint, head, tilde}: Pen): string[] {
  const n = report.sessions.length
  const out = [head(`Sessions: ${n} live${report.pruned.length ? `, ${report.pruned.length} stale removed` : ''}`)]
  if (n === 0) out.push('  (none registered; sessions register at SessionStart)')
  else {
    const rows: Cell[][] = [headings('SESSION', 'PROJECT', 'BRANCH', 'AGE', 'ACTIVE', 'CLAIMS')]
    for (const s of report.sessions) {
      const idle = s.idleMs < 60_000 ? 'now' : `${formatAge(s.idleMs)} ago`
      // Full claim paths are in --json; the board names the files.
      const claims = s.claims.map((c) => c.path.slice(c.path.lastIndexOf('/') + 1)).join(', ')
      const where = s.worktree && s.worktree !== s.project ? `${tilde(s.worktree)} (worktree)` : tilde(s.project)
      rows.push([
        {text: shortSession(s.session), style: 'cyan'},
        where,
        s.branch || '-',
        formatAge(s.ageMs),
        s.idleMs > 10 * 60_000 ? {text: idle, style: 'yellow'} : idle,
        claims || '-'
      ])
    }
    out.push(...table(rows, paint))
  }
  for (const p of report.pruned)
    out.push(paint({text: `  removed ${shortSession(p.session)}: ${p.reason}`, style: 'dim'}))
  return out
}

function handoffsPart(report: Readonly<StatusReport>, {paint, head, tilde}: Pen): string[] {
  const out = [head(`Handoffs in ${tilde(report.handoffs.dir)}`)]
  const projects = report.handoffs.projects
  if (projects.length === 0) return [...out, '  (none pending, none consumed in the last 24h)']
  const rows: Cell[][] = [headings('PROJECT', 'PENDING', 'OLDEST', 'DONE 24H')]
  for (const p of projects) {
    const oldest = p.oldestAgeMs === null ? '-' : formatAge(p.oldestAgeMs)
    rows.push([
      tilde(p.project),
      p.pending ? {text: String(p.pending), style: 'yellow'} : '0',
      p.oldestAgeMs !== null && p.oldestAgeMs > 86_400_000 ? {text: oldest, style: 'red'} : oldest,
      String(p.consumed24h)
    ])
  }
  return [...out, ...table(rows, paint)]
}

function peoplePart(people: Readonly<StatusPeople>, {paint, head, tilde}: Pen): string[] {
  const age = (ms: number | null): string => (ms === null ? '-' : formatAge(ms))
  const out = [head(`Notes between people (you are ${people.me})`)]
  if (people.forMe.length === 0) out.push('  for you from others: none waiting')
  else {
    out.push('  for you from others:')
    const rows: Cell[][] = [headings('FROM', 'PROJECT', 'AGE', 'NOTE')]
    for (const n of people.forMe) rows.push([{text: n.from, style: 'cyan'}, tilde(n.project), age(n.ageMs), n.name])
    out.push(...table(rows, paint).map((l) => `  ${l}`))
  }
  if (people.atOthers.length === 0) out.push('  yours waiting at others: none')
  else {
    out.push('  yours waiting at others:')
    const rows: Cell[][] = [headings('TO', 'PROJECT', 'AGE', 'NOTE')]
    for (const n of people.atOthers)
      rows.push([
        {text: n.to, style: 'cyan'},
        tilde(n.project),
        age(n.ageMs),
        n.unpushed ? `${n.name} (not pushed yet)` : n.name
      ])
    out.push(...table(rows, paint).map((l) => `  ${l}`))
  }
  return out
}

function memoryPart(report: Readonly<StatusReport>, {paint, head, tilde}: Pen): string[] {
  const out = [head('Memory: MEMORY.md per project')]
  if (report.memory.length === 0) return [...out, '  (no project has a MEMORY.md)']
  const rows: Cell[][] = [headings('PROJECT', 'LINES', 'CHARS', '')]
  const n = (x: number): string => x.toLocaleString('en-US')
  for (const m of report.memory) {
    const state: Cell = m.fits
      ? {text: 'ok', style: 'green'}
      : {text: 'OVER: Claude Code cuts it; run baton memory split', style: 'red'}
    rows.push([
      m.project ? tilde(m.project) : m.folder,
      `${n(m.lines)}/${n(m.maxLines)}`,
      `${n(m.chars)}/${n(m.maxChars)}`,
      state
    ])
  }
  return [...out, ...table(rows, paint)]
}
