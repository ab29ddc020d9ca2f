/**
 * The fast first pass of a search over thousands of handoffs (design.md §15):
 * names and types from one `readdir` (no `stat` per file), each regular file
 * read into one reused buffer (opened as untrusted data: `O_NOFOLLOW`,
 * `O_NONBLOCK`, at most 8 MiB), and tested for the
 * query's ASCII words on its bytes (read as Latin-1, lower-cased). Only a file
 * that passes becomes a string. Whatever this path cannot read is read again
 * by the ordinary reader, which says what is wrong.
 */
import {closeSync, constants, openSync, readSync, readdirSync, type Dirent} from 'node:fs'
import {join} from 'node:path'
import {hasCode} from '../../core/errors.ts'
import {parseName, type ParsedName} from '../../core/names.ts'
import {MAX_UNTRUSTED} from '../toolkit/untrusted.ts'
import {fileError} from '../toolkit/errors.ts'

/** A handoff file in the directory. */
export interface NamedFile extends ParsedName {
  name: string
  path: string
}

/**
 * The handoff files in `dir` that are regular files, as the folder's entries
 * say (no `stat` per file: thousands of them add up); a missing folder has none.
 */
export function handoffNames(dir: string): NamedFile[] {
  let entries: Dirent[]
  try {
    entries = readdirSync(dir, {withFileTypes: true})
  } catch (error) {
    if (hasCode(error, 'ENOENT', 'ENOTDIR')) return []
    throw fileError(error, 'read the handoff directory', dir)
  }
  const out: NamedFile[] = []
  const prefix = join(dir, '/') // one join, not one per name
  for (const entry of entries) {
    const name = entry.name
    if (!name.endsWith('.md') || !entry.isFile()) continue // links, folders, FIFOs: skipped, never followed
    const p = parseName(name)
    if (p)
      out.push({
        stamp: p.stamp,
        slug: p.slug,
        consumed: p.consumed,
        pendingName: p.pendingName,
        name,
        path: prefix + name
      })
  }
  return out
}

const FLAGS = constants.O_RDONLY | (constants.O_NOFOLLOW ?? 0) | (constants.O_NONBLOCK ?? 0) | (constants.O_NOCTTY ?? 0)

/** What a quick read found. */
export type Scan =
  /** a regular file that holds every word: its text */
  | {kind: 'text'; text: string}
  /** a regular file that lacks a word */
  | {kind: 'no'}
  /** not a regular file (a link, a folder, a FIFO), or gone: skipped, as listing skips it */
  | {kind: 'skip'}
  /** anything else (too big, no permission): the caller reads it the ordinary way, for the warning */
  | {kind: 'retry'}

/** Reads files for one search, with one buffer for all of them. */
export class Scanner {
  private raw = Buffer.allocUnsafe(64 * 1024)
  /** words to find in the bytes (ASCII words only: a byte test cannot fold other letters) */
  private readonly needles: string[]

  /** @param words the query's words, lower-cased */
  constructor(words: readonly string[]) {
    this.needles = words.filter((w) => /^[\x20-\x7e]+$/.test(w))
  }

  /**
   * Reads `path` (a regular file when listed) and tests it for the words.
   * No `fstat`: a file swapped for a FIFO or a folder since the listing fails
   * to read (`O_NONBLOCK`: never blocks), and reading stops at 8 MiB.
   */
  scan(path: string): Scan {
    let fd: number
    try {
      fd = openSync(path, FLAGS)
    } catch (error) {
      return hasCode(error, 'ENOENT', 'ELOOP', 'ENOTDIR') ? {kind: 'skip'} : {kind: 'retry'}
    }
    try {
      let got = 0
      for (;;) {
        if (got === this.raw.length) {
          if (got > MAX_UNTRUSTED) return {kind: 'retry'} // too big: the ordinary reader says so
          const bigger = Buffer.allocUnsafe(Math.min(this.raw.length * 4, MAX_UNTRUSTED + 1))
          this.raw.copy(bigger, 0, 0, got)
          this.raw = bigger
        }
        const n = readSync(fd, this.raw, got, this.raw.length - got, null)
        if (n === 0) break
        got += n
      }
      if (got > MAX_UNTRUSTED) return {kind: 'retry'}
      return this.test(got) ? {kind: 'text', text: this.raw.toString('utf8', 0, got)} : {kind: 'no'}
    } catch {
      return {kind: 'retry'}
    } finally {
      closeSync(fd)
    }
  }

  /**
   * Whether the first `n` bytes read hold every ASCII word, ignoring case: as
   * Latin-1 each byte is one character, so an ASCII word is found in UTF-8 text
   * exactly where it is (the fastest way through V8: one copy, one lower-casing).
   */
  private test(n: number): boolean {
    if (this.needles.length === 0) return true
    const text = this.raw.toString('latin1', 0, n).toLowerCase()
    return this.needles.every((w) => text.includes(w))
  }
}

/**
 * The arguments of the grep that finds the top-level `*.md` files holding
 * `word` (ASCII, any case: GNU options, C locale, so case is folded for ASCII
 * only, as {@link Scanner} does); see `startGrep`. On a large folder this is
 * much faster than reading each file from Node. It only narrows the list:
 * each file it names is read again, as untrusted data, and matched exactly.
 * `grep -r` skips symbolic links, FIFOs and devices below its operand, and the
 * two `--exclude-dir` globs keep it out of every subfolder (`.git` too).
 * `undefined` when grep cannot narrow (not Linux, a word that is not ASCII).
 */
export function grepArgs(word: string): string[] | undefined {
  if (process.platform !== 'linux' || !/^[\x20-\x7e]+$/.test(word)) return undefined
  return ['-rlFi', '--exclude-dir=[!.]*', '--exclude-dir=.?*', '--include=*.md', '-e', word, '--', '.']
}

/** grep's environment: the C locale (case folded for ASCII only), nothing inherited but `PATH`. */
export const grepEnv = (): NodeJS.ProcessEnv => ({PATH: process.env.PATH ?? '/usr/bin:/bin', LC_ALL: 'C'})

/** The file names grep printed (read as Latin-1), or `undefined` when it printed what GNU grep does not here. */
export function grepNamesOf(stdout: string): Set<string> | undefined {
  const names = new Set<string>()
  for (const line of stdout.split('\n')) {
    if (line === '') continue
    if (!line.startsWith('./') || line.indexOf('/', 2) !== -1) return undefined // not what GNU grep prints here
    names.add(Buffer.from(line.slice(2), 'latin1').toString('utf8'))
  }
  return names
}
