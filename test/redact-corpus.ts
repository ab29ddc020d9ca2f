/**
 * Fake credentials built at test time from random parts, in the shapes real
 * ones have: nothing that looks like a real token is committed. Each entry
 * is a line as it would appear in a note or a command, and the secret in it.
 */
import {randomBytes, randomInt, randomUUID, generateKeyPairSync} from 'node:crypto'

const ALNUM = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789'
const B32 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567'
const B64 = `${ALNUM}+/`
const B64URL = `${ALNUM}-_`

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

const basic = (): string => Buffer.from(`deploy:${rand(14)}`).toString('base64')
const ppk = (): {file: string; secret: string} => {
  const secret = rand(64, B64)
  const file = [
    'PuTTY-User-Key-File-3: ssh-ed25519',
    'Encryption: none',
    'Comment: deploy-key',
    'Public-Lines: 2',
    rand(64, B64),
    `${rand(20, B64)}=`,
    'Private-Lines: 1',
    secret,
    `Private-MAC: ${randomBytes(32).toString('hex')}`
  ].join('\n')
  return {file, secret}
}
// Django's get_random_secret_key() alphabet, parentheses included.
const djangoKey = (): string =>
  `${rand(20, 'abcdefghijklmnopqrstuvwxyz0123456789!@#$%^&*(-_=+)')}(${rand(28).toLowerCase()})`

/**
 * Kinds that reached notes in clear before Baton had a rule for them (or a
 * rule that a `-`, `@`, `(` or an empty user defeated), one line each.
 */
function moreCorpus(): Fake[] {
  const uuid = randomUUID()
  const heroku = randomUUID()
  const sig = encodeURIComponent(randomBytes(32).toString('base64'))
  const redisPass = rand(20)
  const [before, after] = [rand(8), rand(10)]
  const [curlPass, mysqlPass, sshPass] = [`${rand(12)}!x`, rand(10), `${rand(9)}^`]
  const [basicPair, dockerPair] = [basic(), basic()]
  const opaque = rand(40, `${ALNUM}-._~`)
  const putty = ppk()
  const django = djangoKey()
  const google = `AIza${rand(35, B64URL)}`
  const oauth = `GOCSPX-${rand(28, B64URL)}`
  const pypi = `pypi-AgEIcHlwaS5vcmc${rand(100, B64URL)}`
  const telegram = `${randomInt(1e8, 1e10)}:AA${rand(33, B64URL)}`
  const digitalocean = `dop_v1_${randomBytes(32).toString('hex')}`
  const sendgrid = `SG.${rand(10)}-${rand(11)}.${rand(20)}-${rand(22)}`
  return [
    {kind: 'gcp', secret: google, line: `GOOGLE_MAPS_API_KEY=${google}`},
    {kind: 'gcp', secret: oauth, line: `the OAuth client secret is ${oauth} for the web client`},
    {kind: 'npm', secret: uuid, line: `//registry.npmjs.org/:_authToken=${uuid}`},
    {kind: 'heroku', secret: heroku, line: `HEROKU_API_KEY=${heroku} heroku apps`},
    {kind: 'azure', secret: sig, line: `az copy https://a.blob.core.windows.net/c/b?sv=2022-11-02&sp=r&sig=${sig} .`},
    {kind: 'url-credentials', secret: redisPass, line: `REDIS_URL=redis://:${redisPass}@cache.internal:6379/0`},
    {kind: 'url-credentials', secret: after, line: `psql postgres://app:${before}@${after}@db.internal:5432/prod`},
    {kind: 'password', secret: curlPass, line: `curl -u deploy:${curlPass} https://ci.example.org/api/json`},
    {kind: 'password', secret: mysqlPass, line: `mysql -h db.internal -u root -p${mysqlPass} app`},
    {kind: 'password', secret: sshPass, line: `sshpass -p '${sshPass}' ssh deploy@10.0.0.5 uptime`},
    {kind: 'authorization', secret: basicPair, line: `curl -H "Authorization: Basic ${basicPair}" https://x.org`},
    {kind: 'authorization', secret: opaque, line: `Authorization: Bearer ${opaque}`},
    {kind: 'docker', secret: dockerPair, line: `{"auths": {"ghcr.io": {"auth": "${dockerPair}"}}}`},
    {kind: 'pypi', secret: pypi, line: `TWINE_PASSWORD=${pypi}`},
    {kind: 'telegram', secret: telegram, line: `curl https://api.telegram.org/bot${telegram}/getMe`},
    {kind: 'digitalocean', secret: digitalocean, line: `doctl auth init -t ${digitalocean}`},
    {kind: 'private-key', secret: putty.secret, line: putty.file},
    {kind: 'sendgrid', secret: sendgrid, line: `the SendGrid key ${sendgrid} was rotated`},
    {kind: 'secret', secret: django, line: `SECRET_KEY = 'django-insecure-${django}'`}
  ]
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
    {kind: 'secret', secret: secretKey, line: `{"client_secret": "${secretKey}"}`},
    ...moreCorpus()
  ]
}
