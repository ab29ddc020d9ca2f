/**
 * Process facts: this process as a holder (host, pid, start time, pid
 * namespace, boot), whether another holder still runs (see `judgeHolder`),
 * and which process is "the session" (the Claude Code process above a hook).
 * Linux answers from `/proc`; elsewhere only `kill(pid, 0)` is used.
 */
import {readFileSync, readlinkSync} from 'node:fs'
import {hostname} from 'node:os'
import {bootTag, judgeHolder, nsId, type HolderId, type PidProbe, type Verdict} from '../../core/liveness.ts'
import {hostTag} from '../../core/names.ts'

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

/** The pid namespace of this process (`pid:[…]`'s number), '' off Linux. */
function ownNamespace(): string {
  try {
    return nsId(readlinkSync('/proc/self/ns/pid'))
  } catch {
    return ''
  }
}

/** The boot this process runs in (shortened boot id), '' off Linux. */
function ownBoot(): string {
  try {
    return bootTag(readFileSync('/proc/sys/kernel/random/boot_id', 'utf8'))
  } catch {
    return ''
  }
}

/** Whether `/proc` shows this process's own pid namespace (a container may mount another's). */
function procIsOurs(): boolean {
  try {
    return Number.parseInt(readFileSync('/proc/self/stat', 'utf8'), 10) === process.pid
  } catch {
    return false
  }
}

let self: HolderId | undefined
/** This process as a holder: read from `/proc` once per process. */
export function selfHolder(): HolderId {
  if (!self) {
    const ours = procIsOurs()
    self = {
      host: hostTag(hostname()),
      pid: process.pid,
      start: ours ? procStart(process.pid) : 0,
      ns: ours ? ownNamespace() : '',
      boot: ownBoot()
    }
  }
  return self
}

/**
 * `pid` looked up in this process's pid namespace (see {@link PidProbe});
 * a zombie (killed, not yet reaped) is gone.
 */
export const probePid: PidProbe = (pid) => {
  try {
    process.kill(pid, 0)
  } catch (error) {
    if ((error as {code?: string}).code !== 'EPERM') return {running: false}
  }
  if (selfHolder().start === 0) return {running: true, start: 0}
  const f = statFields(pid)
  if (f?.[0] === 'Z' || f?.[0] === 'X') return {running: false}
  return {running: true, start: f ? Number(f[19]) || 0 : 0}
}

/** Whether `holder` still runs, seen from this process (see `judgeHolder`). */
export function judge(holder: Readonly<HolderId>): Verdict {
  return judgeHolder(holder, selfHolder(), probePid)
}

/** A registry entry's facts as a holder (the entry keeps the full host name). */
export function entryHolder(
  entry: Readonly<{host: string; pid: number; pidStart: number; pidNs?: string; boot?: string}>
): HolderId {
  return {
    host: hostTag(entry.host),
    pid: entry.pid,
    start: entry.pidStart,
    ns: entry.pidNs ?? '',
    boot: entry.boot ?? ''
  }
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
