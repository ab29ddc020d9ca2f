/**
 * Credentials recognised by their own shape, wherever they are: a vendor's
 * prefix and a fixed alphabet and length (Google API keys and OAuth client
 * secrets, PyPI, SendGrid, DigitalOcean, Telegram bots). Patterns follow the
 * vendors' documented formats (and gitleaks' rules for the same tokens), and
 * a token must not run on into more token characters on either side.
 */
import type {Rule} from './rule.ts'

/** A rule for a token of `body` (a pattern source) standing alone, not inside a longer run of token characters. */
const token = (kind: string, body: string, start = '(?<![A-Za-z0-9_-])'): Rule => ({
  kind,
  pattern: new RegExp(`${start}(?<v>${body})(?![A-Za-z0-9_-])`, 'dg')
})

export const TOKEN_RULES: readonly Rule[] = [
  // Google API keys (Maps, Firebase, …): `AIza` and 35 base64url characters.
  token('gcp', 'AIza[0-9A-Za-z_-]{35}'),
  // Google OAuth client secrets since 2021: `GOCSPX-` and 28 characters.
  token('gcp', 'GOCSPX-[0-9A-Za-z_-]{28}'),
  // PyPI API tokens: `pypi-` and a macaroon, whose base64url always starts `AgE` (pypi.org and test.pypi.org).
  token('pypi', 'pypi-AgE[0-9A-Za-z_-]{50,4096}'),
  // SendGrid: `SG.`, 22 and 43 base64url characters (a `-` anywhere in either part).
  token('sendgrid', 'SG\\.[0-9A-Za-z_-]{22}\\.[0-9A-Za-z_-]{43}'),
  // DigitalOcean personal access, OAuth and refresh tokens.
  token('digitalocean', 'do[opr]_v1_[0-9a-f]{64}'),
  // Telegram bot tokens: the bot's numeric id, `:`, then `A` and 34 characters. In a Bot API URL it follows
  // `/bot`, so only a digit may not come before it.
  token('telegram', '[0-9]{8,10}:A[0-9A-Za-z_-]{34}', '(?<![0-9])')
]
