/**
 * Fake credentials built at test time from random parts, in the shapes real
 * ones have: nothing that looks like a real token is committed. Each entry
 * is a line as it would appear in a note or a command, and the secret in it.
 */
import {randomBytes, randomInt, generateKeyPairSync} from 'node:crypto'

const ALNUM = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789'
const B32 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567'
const B64 = `${ALNUM}+/`

/** `n` random characters of `alphabet`, with a digit, a lower and an upper case letter when the alphabet has them. */
export function rand(n: number, alphabet = ALNUM): string {
  for (;;) {
    const s = Array.from({length: n}, () => alphabet[randomInt(alphabet.length)]).join('')
    const need = [/[0-9]/, /[a-z]/, /[A-Z]/].filter((r) => r.test(alphabet))
    if (need.every((r) => r.test(s))) return s
  }
}

const b64url = (value: unknown): string => Buffer.from(JSON.stringify(value)).toString('base64url')

/** One corpus entry: the secret, the line that carries it, and the kind Baton should report. */
export interface Fake {
  kind: string
  secret: string
  line: string
}

/** A fresh corpus: every family that must be redacted, with new random values each call. */
export function corpus(): Fake[] {
  const keyId = `AKIA${rand(16, B32)}`
  const awsSecret = rand(40, B64)
  const pem = generateKeyPairSync('rsa', {modulusLength: 1024})
    .privateKey.export({type: 'pkcs1', format: 'pem'})
    .toString()
  const ssh =
    `-----BEGIN OPENSSH PRIVATE ` +
    `KEY-----\n${rand(70, B64)}\n${rand(70, B64)}\n${rand(40, B64)}==\n-----END OPENSSH PRIVATE KEY-----`
  const dbPass = rand(18)
  const jwt =
    `${b64url({alg: 'HS256', typ: 'JWT'})}.${b64url({sub: rand(8), iat: randomInt(1e9)})}.` +
    randomBytes(32).toString('base64url')
  const ghp = `ghp_${rand(36)}`
  const slack = `xoxb-${randomInt(1e11, 1e12)}-${randomInt(1e11, 1e12)}-${rand(24)}`
  const npm = `npm_${rand(36)}`
  const anthropic = `sk-ant-api03-${rand(93, `${ALNUM}_-`)}AA`
  const apiToken = rand(32)
  const password = `${rand(10)}!${rand(6)}`
  const secretKey = randomBytes(24).toString('hex')
  return [
    {kind: 'aws', secret: keyId, line: `export AWS_ACCESS_KEY_ID=${keyId}`},
    {kind: 'aws', secret: awsSecret, line: `export AWS_SECRET_ACCESS_KEY=${awsSecret}`},
    {kind: 'private-key', secret: pem.split('\n')[3]!, line: pem},
    {kind: 'private-key', secret: ssh.split('\n')[1]!, line: ssh},
    {kind: 'url-credentials', secret: dbPass, line: `DATABASE_URL=postgres://app:${dbPass}@db.internal:5432/prod`},
    {
      kind: 'url-credentials',
      secret: `${dbPass}x`,
      line: `git clone https://deploy:${dbPass}x@git.example.org/team/repo.git`
    },
    {kind: 'jwt', secret: jwt, line: `curl -H "Authorization: Bearer ${jwt}" https://api.example.org/me`},
    {kind: 'github', secret: ghp, line: `GH=${ghp} gh pr list`},
    {kind: 'slack', secret: slack, line: `slack token ${slack} posted the alert`},
    {kind: 'npm', secret: npm, line: `//registry.npmjs.org/:_authToken=${npm}`},
    {kind: 'anthropic', secret: anthropic, line: `ANTHROPIC_API_KEY=${anthropic}`},
    {kind: 'secret', secret: apiToken, line: `STRIPE_WEBHOOK_TOKEN=${apiToken}`},
    {kind: 'secret', secret: password, line: `PASSWORD="${password}"`},
    {kind: 'secret', secret: secretKey, line: `{"client_secret": "${secretKey}"}`}
  ]
}
