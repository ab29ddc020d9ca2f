/**
 * Claude Code's folder name for a project (REAL-CLAUDE.md, "Auto memory"):
 * `$CLAUDE_HOME/projects/<encoded>/`. Observed in Claude Code 2.1.x: every
 * UTF-16 code unit outside `[a-zA-Z0-9]` becomes `-`; a result longer than 200
 * characters is cut to 200 and suffixed with `-` plus the base-36 absolute
 * value of a 32-bit rolling string hash (`h = h * 31 + code`, as Java's
 * `String.hashCode`) of the original path.
 */

/** Longest encoded name Claude Code keeps before it adds the hash suffix. */
export const MAX_ENCODED = 200

/**
 * The 32-bit signed rolling hash Claude Code applies to long project paths:
 * for each UTF-16 code unit, `h = (h * 31 + unit) | 0`, starting at 0.
 */
export function pathHash(path: string): number {
  let h = 0
  for (let i = 0; i < path.length; i++) h = (Math.imul(h, 31) + path.charCodeAt(i)) | 0
  return h
}

/**
 * Encodes an absolute project path as Claude Code names its folder under
 * `projects/`. `/home/u/my.app` → `-home-u-my-app`.
 *
 * @param path the project root (the main repository's root for a worktree; the cwd without git)
 */
export function encodeProjectPath(path: string): string {
  if (typeof path !== 'string' || path === '') throw new TypeError('Expected `path` to be a non-empty string')
  const encoded = path.replace(/[^a-zA-Z0-9]/g, '-')
  if (encoded.length <= MAX_ENCODED) return encoded
  return `${encoded.slice(0, MAX_ENCODED)}-${Math.abs(pathHash(path)).toString(36)}`
}
