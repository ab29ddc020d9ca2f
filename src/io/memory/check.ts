/**
 * The cheap path for SessionStart: read `MEMORY.md` and count lines and
 * characters as Claude Code does. The markdown parser is loaded only when the
 * file holds `<!--` (Claude Code drops HTML comments before it counts).
 */
import {checkMemory, type CheckOptions, type MemoryCheck} from '../../core/memory/limits.ts'
import {memoryWarning} from '../../core/memory/report.ts'
import {memoryFile} from './path.ts'
import {readIfExists} from '../toolkit/untrusted.ts'

/** A file's visibility report; `check` is `undefined` when the file does not exist. */
export interface MemoryFileCheck {
  file: string
  exists: boolean
  check: MemoryCheck | undefined
}

/**
 * Checks `file` against Claude Code's limits.
 *
 * @param [options.maxLines=200] line limit
 * @param [options.maxChars=25000] character limit
 */
export async function checkMemoryFile(
  file: string,
  options: Readonly<Omit<CheckOptions, 'comments'>> = {}
): Promise<MemoryFileCheck> {
  const text = readIfExists(file, 'user')?.bytes.toString('utf8')
  if (text === undefined) return {file, exists: false, check: undefined}
  const comments = text.includes('<!--') ? (await import('../../core/memory/comments.ts')).commentBlocks : undefined
  return {file, exists: true, check: checkMemory(text, {...options, comments})}
}

/**
 * The SessionStart warning for the project at `cwd`, or `undefined` when its
 * `MEMORY.md` is missing or fully visible. Cheap: one `git rev-parse`, one read,
 * no markdown parser unless the file holds a comment. Never throws: a warning must not break a session.
 */
export async function memoryNotice(
  cwd: string,
  env: Readonly<Record<string, string | undefined>> = process.env
): Promise<string | undefined> {
  try {
    const result = await checkMemoryFile(memoryFile(cwd, env))
    return result.check ? memoryWarning(result.file, result.check) : undefined
  } catch {
    return undefined
  }
}
