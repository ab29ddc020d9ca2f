/**
 * The system grep run beside a search (design.md §15): started as soon as the
 * folder is listed, it narrows a large folder to the files holding a word
 * while Node reads the newest files itself. Whichever is first decides: a query
 * that matches the newest notes ends before grep does (grep is stopped), a
 * rare word waits for grep's list and reads only the files it names.
 */
import {spawn, type ChildProcess} from 'node:child_process'
import {grepArgs, grepEnv, grepNamesOf} from './search-scan.ts'

/** Most bytes of names grep may print (as the synchronous reader allows). */
const MAX_OUTPUT = 1 << 28

/** A grep started in the background; see {@link startGrep}. */
export interface GrepRun {
  /**
   * Its answer once it has ended: the names of the files that hold the word,
   * or `null` when it failed (the caller reads every file); `undefined` while it runs.
   */
  names(): Set<string> | null | undefined
  /** Lets grep's output and exit be read (the search yields here now and then). */
  tick(): Promise<void>
  /** Waits for the answer. */
  done(): Promise<Set<string> | null>
  /** Stops grep if it still runs (its answer is no longer needed). */
  stop(): void
}

/**
 * Starts `grep -rlFi WORD` over the top-level `*.md` files of `dir` (see
 * `grepArgs`), without waiting for it. Its answer is `null` when grep is
 * missing, fails, cannot read a file or is not GNU grep. `undefined` when
 * grep cannot narrow this folder (not Linux, a word that is not ASCII).
 */
export function startGrep(dir: string, word: string): GrepRun | undefined {
  const args = grepArgs(word)
  if (args === undefined) return undefined
  let child: ChildProcess
  let answer: Set<string> | null | undefined
  let settle: (names: Set<string> | null) => void = () => {}
  const settled = new Promise<Set<string> | null>((resolve) => (settle = resolve))
  const finish = (names: Set<string> | null): void => {
    if (answer !== undefined) return
    answer = names
    clearTimeout(timer)
    settle(names)
  }
  const chunks: Buffer[] = []
  let size = 0
  try {
    child = spawn('grep', args, {cwd: dir, env: grepEnv(), stdio: ['ignore', 'pipe', 'ignore']})
  } catch {
    return undefined
  }
  const stop = (): void => {
    if (child.exitCode === null && child.signalCode === null) child.kill()
    child.stdout?.destroy()
    child.unref() // the search's answer need not wait for grep to go
  }
  const timer = setTimeout(() => {
    stop()
    finish(null)
  }, 30_000)
  timer.unref()
  child.on('error', () => finish(null))
  child.stdout!.on('data', (chunk: Buffer) => {
    size += chunk.length
    if (size > MAX_OUTPUT) {
      stop()
      finish(null)
    } else chunks.push(chunk)
  })
  child.on('close', (code, signal) => {
    if (signal || (code !== 0 && code !== 1)) return finish(null)
    finish(grepNamesOf(Buffer.concat(chunks).toString('latin1')) ?? null)
  })
  return {
    names: () => answer,
    tick: () => new Promise((resolve) => setImmediate(resolve)),
    done: () => settled,
    stop: () => {
      stop()
      finish(null)
    }
  }
}
