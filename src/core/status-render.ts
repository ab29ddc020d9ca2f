/**
 * The `baton status` board as a terminal table: ANSI colours for a TTY, plain
 * text when piped (same layout, so the plain form is what a snapshot pins).
 */
import {formatAge, type StatusReport} from './status.ts'
import {shortSession} from './registry.ts'

type Style = 'bold' | 'dim' | 'green' | 'yellow' | 'red' | 'cyan'
const CODES: Record<Style, [number, number]> = {bold: [1, 22], dim: [2, 22], green: [32, 39], yellow: [33, 39], red: [31, 39], cyan: [36, 39]}

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
  return rows.map((row) => `  ${row.map((c, i) => (i === row.length - 1 ? paint(c) : paint(c) + ' '.repeat(widths[i]! - text(c).length))).join('  ')}`.trimEnd())
}

/** Renders the board; `report` is what `baton status --json` prints. */
export function renderStatus(report: Readonly<StatusReport>, options: Readonly<RenderOptions> = {}): string {
  const color = options.color ?? false
  const paint = (c: Cell): string => {
    if (typeof c === 'string') return c
    if (!color) return c.text
    const [on, off] = CODES[c.style]
    return `\u001B[${on}m${c.text}\u001B[${off}m`
  }
  const head = (s: string): string => paint({text: s, style: 'bold'})
  const tilde = (p: string): string => (options.home && (p === options.home || p.startsWith(`${options.home}/`)) ? `~${p.slice(options.home.length)}` : p || '(none)')
  const out: string[] = []

  const n = report.sessions.length
  out.push(head(`Sessions: ${n} live${report.pruned.length ? `, ${report.pruned.length} stale removed` : ''}`))
  if (n === 0) out.push('  (none registered; sessions register at SessionStart)')
  else {
    const rows: Cell[][] = [['SESSION', 'PROJECT', 'BRANCH', 'AGE', 'ACTIVE', 'CLAIMS'].map((t) => ({text: t, style: 'dim' as const}))]
    for (const s of report.sessions) {
      const idle = s.idleMs < 60_000 ? 'now' : `${formatAge(s.idleMs)} ago`
      // Full claim paths are in --json; the board names the files.
      const claims = s.claims.map((c) => c.path.slice(c.path.lastIndexOf('/') + 1)).join(', ')
      const where = s.worktree && s.worktree !== s.project ? `${tilde(s.worktree)} (worktree)` : tilde(s.project)
      rows.push([{text: shortSession(s.session), style: 'cyan'}, where, s.branch || '-', formatAge(s.ageMs),
        s.idleMs > 10 * 60_000 ? {text: idle, style: 'yellow'} : idle, claims || '-'])
    }
    out.push(...table(rows, paint))
  }
  for (const p of report.pruned) out.push(paint({text: `  removed ${shortSession(p.session)}: ${p.reason}`, style: 'dim'}))

  out.push('', head(`Handoffs in ${tilde(report.handoffs.dir)}`))
  const projects = report.handoffs.projects
  if (projects.length === 0) out.push('  (none pending, none consumed in the last 24h)')
  else {
    const rows: Cell[][] = [['PROJECT', 'PENDING', 'OLDEST', 'DONE 24H'].map((t) => ({text: t, style: 'dim' as const}))]
    for (const p of projects) {
      const oldest = p.oldestAgeMs === null ? '-' : formatAge(p.oldestAgeMs)
      rows.push([tilde(p.project), p.pending ? {text: String(p.pending), style: 'yellow'} : '0',
        p.oldestAgeMs !== null && p.oldestAgeMs > 86_400_000 ? {text: oldest, style: 'red'} : oldest, String(p.consumed24h)])
    }
    out.push(...table(rows, paint))
  }

  out.push('', head('Memory: MEMORY.md per project'))
  if (report.memory.length === 0) out.push('  (no project has a MEMORY.md)')
  else {
    const rows: Cell[][] = [['PROJECT', 'LINES', 'CHARS', ''].map((t) => ({text: t, style: 'dim' as const}))]
    for (const m of report.memory) {
      const state: Cell = m.fits ? {text: 'ok', style: 'green'} : {text: 'OVER: Claude Code cuts it; run baton memory split', style: 'red'}
      const n = (x: number): string => x.toLocaleString('en-US')
      rows.push([m.project ? tilde(m.project) : m.folder, `${n(m.lines)}/${n(m.maxLines)}`, `${n(m.chars)}/${n(m.maxChars)}`, state])
    }
    out.push(...table(rows, paint))
  }
  return `${out.join('\n')}\n`
}
