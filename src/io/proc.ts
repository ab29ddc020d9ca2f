/**
 * Process facts for the session registry: is a pid alive, when did it start,
 * and which process is "the session" (the Claude Code process above a hook).
 * Linux answers from `/proc`; elsewhere only `kill(pid, 0)` is used.
 */
import {readFileSync} from 'node:fs'

const SHELLS = new Set(['sh', 'dash', 'bash', 'zsh', 'ash', 'busybox'])

/** Fields of `/proc/<pid>/stat` after the command name: [state, ppid, …]; `undefined` off Linux or when gone. */
function statFields(pid: number): string[] | undefined {
  try {
    const raw = readFileSync(`/proc/${pid}/stat`, 'utf8')
    return raw.slice(raw.lastIndexOf(')') + 2).split(' ')
  } catch {
    return undefined
  }
}

/** The start time of `pid` in clock ticks since boot (Linux), or 0 when unknown. */
export function procStart(pid: number): number {
  const f = statFields(pid)
  return f ? Number(f[19]) || 0 : 0
}

/**
 * Whether `pid` still runs. With a known `start` (see {@link procStart}), a
 * reused pid whose start time differs counts as gone.
 */
export function pidAlive(pid: number, start = 0): boolean {
  if (!Number.isInteger(pid) || pid <= 0) return false
  try {
    process.kill(pid, 0)
  } catch (error) {
    if ((error as {code?: string}).code !== 'EPERM') return false
  }
  if (start > 0) {
    const now = procStart(pid)
    if (now > 0 && now !== start) return false
  }
  return true
}

/**
 * The long-lived process a hook belongs to: the hook's parent, or, when that
 * parent is a shell left between (`sh -c …` that did not exec), the shell's parent.
 */
export function sessionPid(): number {
  const parent = process.ppid
  let comm = ''
  try {
    comm = readFileSync(`/proc/${parent}/comm`, 'utf8').trim()
  } catch {
    return parent
  }
  if (!SHELLS.has(comm)) return parent
  const grand = Number(statFields(parent)?.[1])
  return Number.isInteger(grand) && grand > 1 ? grand : parent
}
