/**
 * Credentials given to a command or a protocol in the clear: `curl -u
 * user:password`, `mysql -pPASSWORD`, `sshpass -p PASSWORD`, an HTTP
 * `Authorization` header, the `auth` of a Docker config or an `.npmrc`
 * (base64 of `user:password`), and the signature of an Azure SAS URL. A
 * password given on a command line is hidden whatever its strength; a
 * variable (`-p"$PW"`) is not a password.
 */
import {isPlaceholder} from './allow.ts'
import type {Rule} from './rule.ts'

// A value after a flag: quoted (spaces allowed) in group `v`, or a bare word in group `w`.
const VALUE = `(?:(?<q>["'])(?<v>[^\\n"']{1,256})\\k<q>|(?<w>[^\\s"'\`;|&)]{1,256}))`
// Up to 32 more arguments before the flag, none of them the flag itself.
const args = (flag: string): string => `(?:[ \\t]+(?!${flag})[^\\s|;&]{1,2048}){0,32}?[ \\t]+`
// `: ` or `=` between a name and its value.
const ASSIGN = '[ \\t]*[:=][ \\t]*'
const notPlaceholder = (value: string): boolean => !isPlaceholder(value)

/** True when `value` is base64 of `user:password` (printable ASCII on both sides of a colon). */
const basicPair = (value: string): boolean =>
  /^[\x20-\x7e]+:[\x20-\x7e]+$/.test(Buffer.from(value, 'base64').toString('latin1'))

/** An opaque token: not a placeholder, with a digit, or with both cases in 16 characters or more. */
const opaque = (value: string): boolean =>
  !isPlaceholder(value) && (/[0-9]/.test(value) || (value.length >= 16 && /[a-z]/.test(value) && /[A-Z]/.test(value)))

export const COMMAND_RULES: readonly Rule[] = [
  // curl -u user:password, --user 'user:password' (only the password is hidden).
  {
    kind: 'password',
    pattern: new RegExp(
      `\\bcurl\\b${args('-u|--user[ \\t=]')}(?:-u|--user)[ \\t=]*` +
        `(?:(?<q>["'])[^\\n"':]{0,256}:(?<v>[^\\n"']{1,256})\\k<q>|[^\\s"'\`:;|&]{0,256}:(?<w>[^\\s"'\`;|&)]{1,256}))`,
      'dg'
    ),
    accept: notPlaceholder
  },
  // mysql, mysqldump, mysqladmin…: -pPASSWORD (no space: `-p` alone prompts) and --password=PASSWORD.
  {
    kind: 'password',
    pattern: new RegExp(`\\bmysql[a-z]{0,8}${args('-p|--password=')}(?:-p|--password=)${VALUE}`, 'dg'),
    accept: notPlaceholder
  },
  // sshpass -p PASSWORD, -pPASSWORD (after flags such as -v).
  {
    kind: 'password',
    pattern: new RegExp(`\\bsshpass(?:[ \\t]+-[A-Za-oq-z]\\S{0,64}){0,4}?[ \\t]+-p[ \\t]*${VALUE}`, 'dg'),
    accept: notPlaceholder
  },
  // Authorization: Basic …, Bearer …, token … (HTTP headers in commands, dumps, JSON or YAML).
  {
    kind: 'authorization',
    pattern: new RegExp(
      `(?<![A-Za-z0-9-])(?:proxy-)?authorization["']?${ASSIGN}["']?(?:basic|bearer|token)[ \\t]+` +
        '(?<v>[A-Za-z0-9._~+/-]{8,4096}=*)(?![A-Za-z0-9._~+/=$-])',
      'dgi'
    ),
    accept: opaque
  },
  // `"auth": "<base64 of user:password>"` (Docker's config.json) and `_auth=` (.npmrc).
  {
    kind: (name) => (name === '_auth' ? 'npm' : 'docker'),
    pattern: new RegExp(
      `(?<![A-Za-z0-9_-])["']?(?<n>_?auth)["']?${ASSIGN}["']?(?<v>[A-Za-z0-9+/]{8,4096}={0,2})(?![A-Za-z0-9+/=])`,
      'dg'
    ),
    accept: basicPair
  },
  // The signature of an Azure shared access signature (`sig=` in its URL or connection string), encoded or not.
  {kind: 'azure', pattern: /(?<![A-Za-z0-9_])sig=(?<v>[A-Za-z0-9%+/]{20,256}={0,2})(?![A-Za-z0-9%+/=])/dg}
]
