/**
 * What is never a secret: the example keys that documentation prints, values
 * that are placeholders, and values too regular to be a credential.
 */

/**
 * Example credentials published in vendors' documentation (AWS's IAM guide,
 * jwt.io's sample token): they appear in notes that quote the docs.
 */
export const EXAMPLE_SECRETS: readonly string[] = [
  'AKIAIOSFODNN7EXAMPLE',
  'AKIAI44QH8DHBEXAMPLE',
  'wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY',
  'je7MtGbClwBF/2Zp9Utk/h3yCo8nvbEXAMPLEKEY',
  'SflKxwRJSMeKKF2QT4fwpMeJf36POk6yJV_adQssw5c'
]

/** True when `value` is, or contains, a documented example key (or ends in AWS's `EXAMPLE`/`EXAMPLEKEY`). */
export function isExample(value: string): boolean {
  return EXAMPLE_SECRETS.some((e) => value.includes(e)) || /EXAMPLE(?:KEY)?$/.test(value)
}

/**
 * True for values that stand for a secret without being one: `$VAR`,
 * `${VAR}`, `%VAR%`, `<password>`, `{{token}}`, `***`, `xxxx`, `changeme`, `redacted`.
 */
export function isPlaceholder(value: string): boolean {
  return (
    /^(?:\$\{?[A-Za-z_]\w*\}?|\$\(.*\)|<[^>]*>|\{\{.*\}\}|%[A-Za-z_]\w*%)$/.test(value) ||
    /^(.)\1*$/.test(value) ||
    /^(?:x+|\*+|\.+|-+)$/i.test(value) ||
    /^(?:password|passwd|secret|token|changeme|redacted|example|dummy|null|none|undefined|true|false)$/i.test(value) ||
    value.startsWith('[REDACTED:')
  )
}

/** Shannon entropy of `value` in bits per character. */
export function entropy(value: string): number {
  const seen = new Map<string, number>()
  for (const c of value) seen.set(c, (seen.get(c) ?? 0) + 1)
  let bits = 0
  for (const n of seen.values()) bits -= (n / value.length) * Math.log2(n / value.length)
  return bits
}

/** True for a UUID (`8-4-4-4-12` hex digits). */
export const isUuid = (value: string): boolean =>
  /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(value)

/**
 * True when `value` is a call in code: dotted names and calls whose arguments
 * are names, numbers or simple strings (`getToken(user.id)`, `z.string().min(8)`).
 * A random key with a parenthesis in it (Django's alphabet has them) is not.
 */
export const isCode = (value: string): boolean =>
  /^[A-Za-z_$][\w$]*(?:\.[\w$]+)*(?:\([\w$.,:\s'"]*\)?(?:\.[\w$]+)*)+;?$/.test(value)

/**
 * True when an assigned value looks like a credential: at least 12 characters
 * with at least 3 bits of entropy per character, letters and digits mixed (or,
 * from 32 characters, letters and symbols with 4 bits per character: a Django
 * key may have no digit), and not a placeholder, a path, a UUID, a call in code, an identifier made of
 * words, or short words and numbers joined by `-`, `_` or `.`.
 */
export function looksSecret(value: string): boolean {
  if (value.length < 12 || isPlaceholder(value) || isExample(value) || isUuid(value)) return false
  if (/^(?:[~.]?\/|[A-Za-z]:\\)/.test(value) || /^[a-z][a-z0-9+.-]*:\/\//i.test(value)) return false // a path or a URL
  // a relative path: lower case throughout, or ending in a file extension
  if (value.includes('/') && (/^[a-z0-9_./:-]+$/.test(value) || /\.[A-Za-z]{1,5}(?::\d+)*$/.test(value))) return false
  if (isCode(value)) return false // `z.string().min(8)`, `getToken(user.id)`
  if (/^[A-Za-z]+(?:[._-][A-Za-z]+)*$/.test(value)) return false // words: `snake_case`, `dotted.name`
  if (!/[A-Za-z]/.test(value)) return false
  if (!/[0-9]/.test(value)) return value.length >= 32 && /[^A-Za-z0-9._/-]/.test(value) && entropy(value) >= 4
  // short words and numbers joined: `build-2024-11-27-linux-x64`, `v1.2.3-rc.4`
  if (/^[A-Za-z0-9]{1,8}(?:[-_.][A-Za-z0-9]{1,8}){2,}$/.test(value)) return false
  return entropy(value) >= 3
}
