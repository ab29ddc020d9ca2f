/** Longest slug kept in a handoff file name. */
export const MAX_SLUG = 60

/**
 * Turns any text (a `--slug`, a branch name) into a file-name-safe slug:
 * lowercase `[a-z0-9-]`, at most 60 characters, no leading or trailing `-`.
 * Accents are folded (`é` → `e`); anything else becomes `-`. Path separators
 * and dots cannot survive, so a slug can never leave its directory.
 *
 * @param input raw text
 * @param [fallback='session'] used when nothing usable is left
 */
export function slugify(input: string | undefined, fallback = 'session'): string {
  const folded = (input ?? '')
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
  const slug = folded
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, MAX_SLUG)
    .replace(/-+$/, '')
  return slug === '' ? fallback : slug
}
