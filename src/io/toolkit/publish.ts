/**
 * Atomic, non-clobbering publish (design.md §4.1 and §4.3): temp file in the same
 * directory → write → fsync → close → `link()` to the final name (EEXIST means
 * try the next name) → unlink the temp file in `finally`. A reader never sees
 * a partial file and no existing file is ever replaced.
 */
import {closeSync, fsyncSync, linkSync, openSync, renameSync, unlinkSync, writeFileSync} from 'node:fs'
import {join} from 'node:path'
import {token} from './lazy.ts'
import {hasCode} from '../../core/errors.ts'
import {firstFree} from './free-name.ts'
import {tempName} from '../../core/names.ts'
import {selfHolder} from './proc.ts'

/** Removes `path` if it exists (cheaper than `rmSync` with `force`). */
export function unlinkQuiet(path: string): void {
  try {
    unlinkSync(path)
  } catch (error) {
    if (!hasCode(error, 'ENOENT')) throw error
  }
}

/**
 * A unique temp path in `dir`, recognisable by the sweeper,
 * naming this process so that it is never swept while it runs.
 */
export function tempPath(dir: string): string {
  return join(dir, tempName(selfHolder(), token()))
}

/** Writes `content` to a new file at `path` (which must not exist) and fsyncs it. */
export function writeNewFile(path: string, content: string | Buffer, mode = 0o600): void {
  const fd = openSync(path, 'wx', mode)
  try {
    writeFileSync(fd, content)
    fsyncSync(fd)
  } finally {
    closeSync(fd)
  }
}

/** fsyncs a directory, so a new name in it survives a crash; a no-op where that is not supported. */
export function fsyncDir(dir: string): void {
  try {
    const fd = openSync(dir, 'r')
    try {
      fsyncSync(fd)
    } finally {
      closeSync(fd)
    }
  } catch {
    // Some file systems cannot fsync a directory; the link itself is still atomic.
  }
}

/** Whether `error` says the file system has no hard links (FAT, exFAT, some network and FUSE file systems). */
export function noHardLinks(error: unknown): boolean {
  return hasCode(error, 'EPERM', 'ENOTSUP', 'EOPNOTSUPP', 'ENOSYS')
}

/**
 * Creates `target` empty and exclusively: EEXIST when the name is taken.
 * A later rename onto it replaces only this placeholder.
 */
export function placeholder(target: string): void {
  closeSync(openSync(target, 'wx', 0o600))
}

/**
 * Gives `source`'s content the new name `target` without ever clobbering an
 * existing `target` (EEXIST). Hard-links where the file system can; where it
 * cannot, reserves `target` with an exclusive placeholder and renames `source`
 * onto it, so `source` is gone afterwards.
 */
export function linkOrPlaceholder(source: string, target: string): void {
  try {
    linkSync(source, target)
  } catch (error) {
    if (!noHardLinks(error)) throw error
    placeholder(target) // EEXIST here means the name is taken
    renameSync(source, target) // replaces only our own empty placeholder
  }
}

/**
 * Publishes `content` under the first free name `nameFor(1)`, `nameFor(2)`, …
 * in `dir` (see {@link firstFree}). A name for which `taken(name)` is true is
 * skipped as well; `attempts` bounds the names tried; `syncDir: false` leaves
 * the folder's fsync to the caller (who publishes several files).
 *
 * @returns the path written
 * @throws BatonError `EFULL` when every name is taken
 */
export function publishExclusive(
  dir: string,
  nameFor: (attempt: number) => string,
  content: string | Buffer,
  options: {mode?: number; taken?: (name: string) => boolean; attempts?: number; syncDir?: boolean} = {}
): string {
  const temp = tempPath(dir)
  writeNewFile(temp, content, options.mode ?? 0o600)
  try {
    const target = firstFree(
      nameFor,
      (name) => {
        linkOrPlaceholder(temp, join(dir, name))
        return join(dir, name)
      },
      {dir, skip: options.taken, attempts: options.attempts}
    )
    if (options.syncDir !== false) fsyncDir(dir)
    return target
  } finally {
    unlinkQuiet(temp)
  }
}
