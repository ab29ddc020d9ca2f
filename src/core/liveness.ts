/**
 * Judging whether the process behind a hold, a temp file or a registry entry
 * still runs. Pure: the facts about this process
 * and the pid probe are passed in.
 *
 * A holder is named by its host, pid, the pid's start time (clock ticks since
 * boot), its pid namespace and the boot it ran in. Only a holder in this
 * process's own host, boot and pid namespace can be judged by its pid: alive
 * when the pid runs with the same start time, dead otherwise. A holder on a
 * host that has since rebooted is dead. Anything else (another host, another
 * pid namespace, a name from an older Baton without these facts) is
 * `unknown`, and only a timeout may decide for it.
 */

/** Who holds something, as recorded in a file name or a registry entry. */
export interface HolderId {
  /** host tag (see `hostTag`) */
  host: string
  pid: number
  /** the pid's start time in clock ticks since boot; 0 when unknown */
  start: number
  /** the pid namespace's inode number (`readlink /proc/self/ns/pid`); '' when unknown */
  ns: string
  /** the first 12 hex digits of `/proc/sys/kernel/random/boot_id`; '' when unknown */
  boot: string
}

/** What is known about a holder. */
export type Verdict = 'alive' | 'dead' | 'unknown'

/**
 * What `/proc` or `kill(pid, 0)` says about `pid` in this namespace:
 * `running` with its start time (0 when the platform cannot tell), or `gone`.
 */
export type PidProbe = (pid: number) => {running: true; start: number} | {running: false}

/** The namespace id in `pid:[4026531836]`, or '' when `link` is not of that form. */
export function nsId(link: string): string {
  return /^pid:\[(\d+)\]$/.exec(link)?.[1] ?? ''
}

/** A boot id (`de0e58f2-d55f-…`) shortened to what a file name carries. */
export function bootTag(bootId: string): string {
  return bootId
    .toLowerCase()
    .replace(/[^0-9a-f]/g, '')
    .slice(0, 12)
}

/** `holder` as one file-name-safe word: `<host>-<pid>.<start>.<ns>.<boot>`. */
export function holderTag(holder: Readonly<HolderId>): string {
  return `${holder.host}-${holder.pid}.${holder.start}.${holder.ns || '0'}.${holder.boot || '0'}`
}

/** Pattern source of {@link holderTag}'s output, with five groups. */
export const HOLDER_TAG = '([a-z0-9]+)-(\\d+)\\.(\\d+)\\.(\\d+)\\.([0-9a-f]+)'

/** The holder named by the five groups of {@link HOLDER_TAG} starting at `m[at]`. */
export function holderFromMatch(m: RegExpExecArray, at: number): HolderId {
  const [host, pid, start, ns, boot] = m.slice(at, at + 5) as [string, string, string, string, string]
  return {host, pid: Number(pid), start: Number(start), ns: ns === '0' ? '' : ns, boot: boot === '0' ? '' : boot}
}

/**
 * Whether `holder` still runs, seen from `self`.
 *
 * @param probe looks `pid` up in this process's pid namespace
 */
export function judgeHolder(holder: Readonly<HolderId>, self: Readonly<HolderId>, probe: PidProbe): Verdict {
  if (holder.host !== self.host || holder.pid <= 0) return 'unknown'
  if (holder.boot !== '' && self.boot !== '' && holder.boot !== self.boot) return 'dead' // the host rebooted since
  if (holder.boot !== self.boot || holder.ns !== self.ns) return 'unknown' // another pid namespace, or unknown facts
  const found = probe(holder.pid)
  if (!found.running) return 'dead'
  if (holder.start > 0 && found.start > 0) return holder.start === found.start ? 'alive' : 'dead' // a reused pid
  return 'unknown' // the pid runs, but without start times it may be another process
}

/**
 * Whether something a holder left (a hold, a temp file, an entry) may be
 * treated as abandoned: never while its holder is alive; at once when it is
 * dead; otherwise once it is older than `limitMs`. A time in the future is
 * never old, so a clock that is behind or ahead does not make a file stale.
 *
 * @param ageMs now minus the file's last change, by the caller's clock
 */
export function abandoned(verdict: Verdict, ageMs: number, limitMs: number): boolean {
  if (verdict === 'alive') return false
  if (verdict === 'dead') return true
  return ageMs > limitMs
}
