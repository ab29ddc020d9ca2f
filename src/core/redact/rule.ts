/** The shape of a detection rule, shared by `rules.ts`, `tokens.ts` and `commands.ts`. */

/**
 * A rule: a global pattern with indices (flag `d`) whose group `v`, or `w` for
 * a bare (unquoted) value, or else the whole match, is the secret; group `n`,
 * when there is one, is the name it is assigned to.
 */
export interface Rule {
  /** the kind of what it finds, or how to tell it from the name */
  kind: string | ((name: string) => string)
  pattern: RegExp
  /** a check of the value (and the name, `''` when none) */
  accept?: (value: string, name: string) => boolean
}
