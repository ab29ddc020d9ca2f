/**
 * Baton's own detection rules, for what secretlint's recommended preset
 * misses: AWS key ids and secret keys in assignments, private key blocks
 * (PEM, OpenSSH and PuTTY, cut short too), passwords in connection URLs,
 * high-entropy values assigned to `*_TOKEN` / `*_SECRET` / `*_KEY` /
 * `PASSWORD` (and UUID-shaped ones to a credential's name), JWTs; tokens
 * known by their shape (`tokens.ts`) and credentials on command lines and in
 * headers (`commands.ts`). Each rule is a regular expression over the text
 * plus a check of the value.
 */
import type {Finding} from './apply.ts'
import {isExample, isPlaceholder, isUuid, looksSecret} from './allow.ts'
import {COMMAND_RULES} from './commands.ts'
import type {Rule} from './rule.ts'
import {TOKEN_RULES} from './tokens.ts'

// A JWT's header is base64url JSON that names its algorithm or type.
const jwtHeader = (value: string): boolean => {
  try {
    return /"(?:alg|typ)"\s*:/.test(Buffer.from(value.slice(0, value.indexOf('.')), 'base64url').toString('utf8'))
  } catch {
    return false
  }
}

// Names that hold a credential whatever its shape: a UUID assigned to one is a key (npm's legacy
// `_authToken`, Heroku's API key); under another name (`id`, `idempotencyKey`, `key`) it is an id.
const CREDENTIAL_NAME = /(?:token|secret|password|passwd|pwd|(?:api|access|auth|secret|private)[-_.]?key)s?$/i
// A commit hash or a sha256 digest: under a bare `key` (a cache key, a map key) it is not a secret.
const DIGEST = /^(?:[0-9a-f]{40}|[0-9a-f]{64})$/i

/** The check of a value assigned to a credential-like name. */
function assigned(value: string, name: string): boolean {
  if (isUuid(value)) return CREDENTIAL_NAME.test(name)
  return !(/^key$/i.test(name) && DIGEST.test(value)) && looksSecret(value)
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
  // PuTTY private key files (.ppk): from the header to the private lines and their MAC. The header,
  // comment and public lines come first; the scan never passes the next header.
  {
    kind: 'private-key',
    pattern: new RegExp(
      [
        'PuTTY-User-Key-File-[0-9]{1,2}:(?:(?!PuTTY-User-Key-File-|Private-Lines:)[\\s\\S]){0,4096}',
        'Private-Lines:[ \\t]*[0-9]{1,4}(?:(?:\\s|\\\\n){1,4}[A-Za-z0-9+/=]{4,4096}(?![A-Za-z0-9+/=:-]))+',
        '(?:(?:\\s|\\\\n){1,4}Private-MAC:[ \\t]*[0-9a-fA-F]{1,128})?'
      ].join(''),
      'dg'
    )
  },
  // user:password@ in a URL: only the password is hidden, the user and host stay readable. The user may be
  // empty (`redis://:password@`) and the password may hold an `@`: it runs to the last `@` before the host.
  {
    kind: 'url-credentials',
    pattern: /\b[a-z][a-z0-9+.-]{0,30}:\/\/[^\s:/?#@'"`<>]{0,256}:(?<v>[^\s/?#'"`<>]{1,256})@[^\s/?#@'"`<>]/dgi,
    accept: (v) => !isPlaceholder(v)
  },
  // NAME=value, NAME: value, "name": "value" for names ending in token/secret/key/password. A quoted value
  // runs to its quote (`SECRET_KEY = 'a(b)c,d'`); a bare one to a space or `,;]}`.
  {
    kind: (name) => (/heroku/i.test(name) ? 'heroku' : /npm|^_auth/i.test(name) ? 'npm' : 'secret'),
    pattern: new RegExp(
      [
        '(?<![A-Za-z0-9])["\']?',
        '(?<n>(?:[A-Za-z_][A-Za-z0-9_.-]{0,80}?)?(?:token|secret|key|password|passwd|pwd)s?)["\']?',
        '[ \\t]*(?:=|:)[ \\t]*(?:(?<q>["\'])(?<v>[^\\s"\'`]{1,4096})\\k<q>|(?<w>[^\\s"\'`,;\\]}]{1,4096}))'
      ].join(''),
      'dgi'
    ),
    accept: assigned
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
  },
  ...TOKEN_RULES,
  ...COMMAND_RULES
]

// Names that look like the secret rule's but hold nothing secret.
const PUBLIC_NAME =
  /(?:public|pub|sort|primary|foreign|partition|cache|idempotency|lookup|hot|short|sign_?in)[-_.]?key$/i

/** True when `value` ends in a `)` it did not open. */
const unopened = (value: string): boolean => value.endsWith(')') && value.split(')').length > value.split('(').length

/** What Baton's own rules find in `text`, before the allowlist. */
export function ruleFindings(text: string): Finding[] {
  const found: Finding[] = []
  for (const rule of RULES) {
    for (const m of text.matchAll(rule.pattern)) {
      const name = m.groups?.n ?? ''
      if (PUBLIC_NAME.test(name)) continue
      const bare = m.indices?.groups?.w
      let [start, end] = m.indices?.groups?.v ?? bare ?? [m.index, m.index + m[0].length]
      if (bare && unopened(text.slice(start, end))) end-- // `f(API_KEY=…)`: the `)` is the call's
      const value = text.slice(start, end)
      if (isExample(value) || (rule.accept && !rule.accept(value, name))) continue
      found.push({start, end, kind: typeof rule.kind === 'string' ? rule.kind : rule.kind(name)})
    }
  }
  return found
}
