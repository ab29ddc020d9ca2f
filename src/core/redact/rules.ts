/**
 * Baton's own detection rules, for what secretlint's recommended preset
 * misses: AWS key ids and secret keys in assignments, private key blocks
 * (PEM and OpenSSH, cut short too), passwords in connection URLs, high-entropy
 * values assigned to `*_TOKEN` / `*_SECRET` / `*_KEY` / `PASSWORD`, and JWTs.
 * Each rule is a regular expression over the text plus a check of the value.
 */
import type {Finding} from './apply.ts'
import {isExample, isPlaceholder, looksSecret} from './allow.ts'

/** A rule: a global pattern whose group `v` (or the whole match) is the secret, and a check of it. */
interface Rule {
  kind: string
  pattern: RegExp
  accept?: (value: string) => boolean
}

// A JWT's header is base64url JSON that names its algorithm or type.
const jwtHeader = (value: string): boolean => {
  try {
    return /"(?:alg|typ)"\s*:/.test(Buffer.from(value.slice(0, value.indexOf('.')), 'base64url').toString('utf8'))
  } catch {
    return false
  }
}

const base64ish = (value: string): boolean => /[0-9]/.test(value) && /[a-z]/.test(value) && /[A-Z]/.test(value)

/**
 * The rules, in no particular order: overlapping findings are merged later.
 * Every repetition that could run on is bounded (a name, a URL's parts, a
 * value), and a key block never looks past the next `-----` marker, so a scan
 * stays linear in the text, whatever the text.
 */
export const RULES: readonly Rule[] = [
  // AWS access key ids (any context: the prefix and base32 alphabet are specific).
  {kind: 'aws', pattern: /(?<![A-Za-z0-9])(?<v>(?:AKIA|ASIA|ABIA|ACCA|A3T[A-Z0-9])[A-Z2-7]{16})(?![A-Za-z0-9])/dg},
  // AWS secret keys: 40 base64 characters assigned to a name that says so.
  {
    kind: 'aws',
    pattern: /aws_?secret(?:_?access)?_?key["']?\s*(?:=|:|\s)\s*["']?(?<v>[A-Za-z0-9/+]{40})(?![A-Za-z0-9/+=])/dgi,
    accept: base64ish
  },
  // PEM and OpenSSH private keys; a block cut short (a clipped command) up to where its base64 stops.
  // A header alone (no key after it) is prose about keys, not a key.
  {
    kind: 'private-key',
    pattern: new RegExp(
      [
        '-----BEGIN (?<t>[A-Z0-9 ]*PRIVATE KEY(?: BLOCK)?)-----',
        '(?:(?:[^-]|-(?!----))*?-----END \\k<t>-----|(?:(?:\\s|\\\\n)*[A-Za-z0-9+/=]{8,})+)'
      ].join(''),
      'dg'
    )
  },
  // user:password@ in a URL: only the password is hidden, the user and host stay readable.
  {
    kind: 'url-credentials',
    pattern: /\b[a-z][a-z0-9+.-]{0,30}:\/\/[^\s:/?#@'"`<>]{1,256}:(?<v>[^\s/?#@'"`<>]{1,256})@[^\s/?#@'"`<>]/dgi,
    accept: (v) => !isPlaceholder(v)
  },
  // NAME=value, NAME: value, "name": "value" for names ending in token/secret/key/password.
  {
    kind: 'secret',
    pattern: new RegExp(
      [
        '(?<![A-Za-z0-9])["\']?',
        '(?<n>(?:[A-Za-z_][A-Za-z0-9_.-]{0,80}?)?(?:token|secret|key|password|passwd|pwd)s?)["\']?',
        '[ \\t]*(?:=|:)[ \\t]*(?<q>["\']?)(?<v>[^\\s"\'`,;)\\]}]{1,4096})\\k<q>'
      ].join(''),
      'dgi'
    ),
    accept: looksSecret
  },
  // JSON Web Tokens: three base64url parts, the first two JSON objects.
  {
    kind: 'jwt',
    pattern: new RegExp(
      [
        '(?<![A-Za-z0-9_-])(?<v>eyJ[A-Za-z0-9_-]{8,8192}\\.eyJ[A-Za-z0-9_-]{8,8192}\\.[A-Za-z0-9_-]{10,8192})',
        '(?![A-Za-z0-9_-])'
      ].join(''),
      'dg'
    ),
    accept: jwtHeader
  }
]

// Names that look like the secret rule's but hold nothing secret.
const PUBLIC_NAME =
  /(?:public|pub|sort|primary|foreign|partition|cache|idempotency|lookup|hot|short|sign_?in)[-_.]?key$/i

/** What Baton's own rules find in `text`, before the allowlist. */
export function ruleFindings(text: string): Finding[] {
  const found: Finding[] = []
  for (const rule of RULES) {
    for (const m of text.matchAll(rule.pattern)) {
      const value = m.groups?.v ?? m[0]
      if (m.groups?.n !== undefined && PUBLIC_NAME.test(m.groups.n)) continue
      if (isExample(value) || (rule.accept && !rule.accept(value))) continue
      const [start, end] = m.indices?.groups?.v ?? [m.index, m.index + m[0].length]
      found.push({start, end, kind: rule.kind})
    }
  }
  return found
}
