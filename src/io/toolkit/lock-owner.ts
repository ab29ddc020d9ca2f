/**
 * Knowing whether a lock is still this holder's. proper-lockfile
 * notices a lost lock only on its next refresh, after a holder that stalled
 * past the stale time may already have written. So it is handed this
 * file-system wrapper: it records the mtimes proper-lockfile sets on the lock
 * directory, `owns()` compares the directory's mtime with them synchronously,
 * and removing the directory (release, exit clean-up) is skipped once it
 * carries another holder's mtime.
 */
import * as fs from 'node:fs'
import {statSync} from 'node:fs'

type Callback = (error: NodeJS.ErrnoException | null, ...rest: unknown[]) => void

/**
 * The file system proper-lockfile uses for the lock at `lockPath`: node:fs,
 * except that the mtimes it sets on the lock directory are recorded, and the
 * directory is removed only while it still carries one of them.
 *
 * @returns the wrapper, and `owns()`: true while the directory exists with an mtime this holder set
 */
export function ownedFs(lockPath: string): {fs: typeof fs; owns: () => boolean} {
  const ours = new Set<number>() // the mtime last set, plus one being set
  let confirmed: number | undefined
  const mtimeNow = (): number | undefined => {
    try {
      return statSync(lockPath).mtime.getTime()
    } catch {
      return undefined
    }
  }
  const owns = (): boolean => {
    const m = mtimeNow()
    return m !== undefined && ours.has(m)
  }
  const wrapped = {
    ...fs,
    utimes(path: fs.PathLike, atime: Date, mtime: Date, callback: Callback) {
      const t = mtime.getTime()
      ours.add(t)
      fs.utimes(path, atime, mtime, (error) => {
        ours.delete(t)
        if (!error) {
          // as stored: a file system with 1 s mtimes keeps less than was set
          const stored = mtimeNow() ?? t
          if (confirmed !== undefined) ours.delete(confirmed)
          confirmed = stored
          ours.add(stored)
        } else if (confirmed !== undefined) ours.add(confirmed)
        callback(error)
      })
    },
    rmdir(path: fs.PathLike, callback: Callback) {
      // not ours (any more): leave it to its holder
      if (String(path) === lockPath && !owns()) return void callback(null)
      fs.rmdir(path, callback)
    },
    rmdirSync(path: fs.PathLike) {
      if (String(path) === lockPath && !owns()) return
      fs.rmdirSync(path)
    }
  }
  return {fs: wrapped as unknown as typeof fs, owns}
}
