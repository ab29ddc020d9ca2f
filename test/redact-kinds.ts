/**
 * fast-check generators for redaction: each credential kind with random values
 * in the shapes real ones have, written the ways people write them (shell,
 * env files, YAML, JSON, URLs, prose), and placed in the contexts a note puts
 * them in (a sentence, a code block, inline code, a list, a table, the
 * autosave's one-line command). And the ordinary text that must survive:
 * commit hashes, UUIDs, integrity strings, lockfile hashes, digests, public
 * keys and certificates. Nothing that looks like a real credential is committed.
 */
import fc from 'fast-check'

/** A credential written into a line: every string of `secrets` must be gone after redaction. */
export interface Planted {
  kind: string
  secrets: string[]
  line: string
}

const LOWER = 'abcdefghijklmnopqrstuvwxyz'
const DIGITS = '0123456789'
const ALNUM = `${LOWER.toUpperCase()}${LOWER}${DIGITS}`
const B64URL = `${ALNUM}-_`
const B64 = `${ALNUM}+/`
const HEX = '0123456789abcdef'
// What a password typed on a command line or in a URL may hold without quoting troubles.
const PASS = `${ALNUM}!%^*_.+=-`
const URL_SAFE = `${ALNUM}-._~`
// Django's get_random_secret_key() alphabet.
const DJANGO = `${LOWER}${DIGITS}!@#$%^&*(-_=+)`

/** `min` to `max` characters of `alphabet`, uniformly random (no bias towards small or repeated values). */
export const chars = (alphabet: string, min: number, max = min): fc.Arbitrary<string> =>
  fc.noBias(fc.string({unit: fc.constantFrom(...alphabet), minLength: min, maxLength: max}))
const bytes = (n: number): fc.Arbitrary<Buffer> =>
  fc.noBias(fc.uint8Array({minLength: n, maxLength: n})).map((b) => Buffer.from(b))
const hex = (n: number): fc.Arbitrary<string> => chars(HEX, n)
const uuid = fc.noBias(fc.uuid())
const user = chars(LOWER, 3, 10)
const basic = (u: string, p: string): string => Buffer.from(`${u}:${p}`).toString('base64')

/** A kind: a value, and the ways it is written (each gives the line and the secrets in it). */
function kind<V>(
  name: string,
  value: fc.Arbitrary<V>,
  forms: ((v: V) => [string, ...string[]])[]
): fc.Arbitrary<Planted> {
  return fc.tuple(value, fc.constantFrom(...forms)).map(([v, form]) => {
    const [line, ...secrets] = form(v)
    return {kind: name, line, secrets}
  })
}

/** A PuTTY private key file (`.ppk`, format 2 or 3), unencrypted or not; its secret is the private lines. */
const putty = fc
  .tuple(
    fc.constantFrom('2', '3'),
    fc.constantFrom('ssh-ed25519', 'ssh-rsa', 'ecdsa-sha2-nistp256'),
    fc.boolean(),
    fc.array(chars(B64, 64), {minLength: 1, maxLength: 4}),
    fc.array(chars(B64, 64), {minLength: 1, maxLength: 3}),
    hex(64)
  )
  .map(([version, algo, encrypted, pub, priv, mac]) => {
    const head = [`PuTTY-User-Key-File-${version}: ${algo}`, `Encryption: ${encrypted ? 'aes256-cbc' : 'none'}`]
    if (encrypted && version === '3') head.push('Key-Derivation: Argon2id', 'Argon2-Memory: 8192', 'Argon2-Passes: 13')
    const file = [
      ...head,
      `Comment: ${algo}-key-20261207`,
      `Public-Lines: ${pub.length}`,
      ...pub,
      `Private-Lines: ${priv.length}`,
      ...priv,
      `Private-MAC: ${version === '3' ? mac : mac.slice(0, 40)}`
    ].join('\n')
    return {file, priv}
  })

/** Every credential kind that must be redacted, each written in several ways. */
export const KINDS: Record<string, fc.Arbitrary<Planted>> = {
  'google api key': kind('gcp', chars(B64URL, 35), [
    (v) => [`GOOGLE_API_KEY=AIza${v}`, v],
    (v) => [`const firebaseConfig = { apiKey: "AIza${v}", authDomain: "app.firebaseapp.com" }`, v],
    (v) => [`https://maps.googleapis.com/maps/api/geocode/json?address=Paris&key=AIza${v}`, v],
    (v) => [`the browser key AIza${v} is restricted to our domain`, v],
    (v) => [`google_maps_api_key: AIza${v}`, v]
  ]),
  'npm legacy _authToken': kind('npm', uuid, [
    (v) => [`//registry.npmjs.org/:_authToken=${v}`, v],
    (v) => [`npm config set //registry.npmjs.org/:_authToken=${v}`, v],
    (v) => [`NPM_TOKEN=${v} npm publish`, v],
    (v) => [`npmAuthToken: "${v}"`, v],
    (v) => [`{"npm_token": "${v}"}`, v]
  ]),
  'heroku api key': kind('heroku', uuid, [
    (v) => [`HEROKU_API_KEY=${v}`, v],
    (v) => [`export HEROKU_API_KEY="${v}"`, v],
    (v) => [`heroku_api_key: ${v}`, v],
    (v) => [`{"heroku_api_key": "${v}"}`, v],
    (v) => [`heroku-api-key = '${v}'`, v]
  ]),
  'azure sas sig': kind(
    'azure',
    fc.tuple(bytes(32), fc.boolean()).map(([b, enc]) => (enc ? encodeURIComponent : String)(b.toString('base64'))),
    [
      (v) => [
        'https://acct.blob.core.windows.net/backups/db.bak?sv=2022-11-02&ss=b&srt=sco&sp=rl' +
          `&se=2026-12-31T23:59:59Z&st=2026-12-01T00:00:00Z&spr=https&sig=${v}`,
        v
      ],
      (v) => [`az storage blob upload --sas-token "sv=2022-11-02&ss=b&srt=o&sp=w&se=2027-01-01&sig=${v}" -f a`, v],
      (v) => [`AZURE_STORAGE_SAS_TOKEN=?sv=2022-11-02&ss=bfqt&srt=sco&sp=rwdlacup&sig=${v}`, v],
      (v) => [
        `BlobEndpoint=https://acct.blob.core.windows.net/;SharedAccessSignature=sv=2022-11-02&ss=b&sp=rl&sig=${v}`,
        v
      ]
    ]
  ),
  'redis url, empty user': kind('url-credentials', chars(URL_SAFE, 8, 32), [
    (v) => [`redis://:${v}@cache.internal:6379/0`, v],
    (v) => [`REDIS_URL=rediss://:${v}@redis.example.com:6380`, v],
    (v) => [`redis-cli -u redis://:${v}@localhost:6379 ping`, v],
    (v) => [`{"url": "redis://:${v}@h:6379"}`, v]
  ]),
  'url password with @': kind('url-credentials', fc.tuple(user, chars(URL_SAFE, 6, 16), chars(URL_SAFE, 6, 16)), [
    ([u, a, b]) => [`DATABASE_URL=postgres://${u}:${a}@${b}@db.internal:5432/app`, a, b],
    ([u, a, b]) => [`git clone https://${u}:${a}@${b}@git.example.org/team/repo.git`, a, b],
    ([u, a, b]) => [`mongodb+srv://${u}:${a}@${b}@cluster0.ab1cd.mongodb.net/prod`, a, b]
  ]),
  'curl -u': kind('password', fc.tuple(user, chars(PASS, 8, 24)), [
    ([u, p]) => [`curl -u ${u}:${p} https://api.example.org/v1/items`, p],
    ([u, p]) => [`curl --user '${u}:${p}' -X POST https://api.example.org/v1/items`, p],
    ([u, p]) => [`curl -fsSL -u "${u}:${p}" https://ci.example.org/job/build`, p]
  ]),
  'authorization basic': kind('authorization', fc.tuple(user, chars(PASS, 8, 24)), [
    ([u, p]) => [`curl -H "Authorization: Basic ${basic(u, p)}" https://api.example.org`, basic(u, p)],
    ([u, p]) => [`Authorization: Basic ${basic(u, p)}`, basic(u, p)],
    ([u, p]) => [`{"headers": {"Authorization": "Basic ${basic(u, p)}"}}`, basic(u, p)],
    ([u, p]) => [`authorization: basic ${basic(u, p)}`, basic(u, p)]
  ]),
  'authorization bearer, opaque': kind('authorization', chars(`${ALNUM}-._~+/`, 20, 64), [
    (v) => [`curl -H "Authorization: Bearer ${v}" https://api.example.org/me`, v],
    (v) => [`Authorization: Bearer ${v}`, v],
    (v) => [`{"headers": {"Authorization": "Bearer ${v}"}}`, v],
    (v) => [`http GET api.example.org 'authorization: bearer ${v}'`, v]
  ]),
  'docker config auth': kind('docker', fc.tuple(user, chars(PASS, 8, 24)), [
    ([u, p]) => [`{"auths": {"https://index.docker.io/v1/": {"auth": "${basic(u, p)}"}}}`, basic(u, p)],
    ([u, p]) => [`{\n  "auths": {\n    "ghcr.io": {\n      "auth": "${basic(u, p)}"\n    }\n  }\n}`, basic(u, p)],
    ([u, p]) => [`"auth": "${basic(u, p)}",`, basic(u, p)]
  ]),
  'mysql -p': kind('password', chars(PASS, 6, 24), [
    (p) => [`mysql -u root -p${p} app_db`, p],
    (p) => [`mysql -h db.internal -u admin -p'${p}' -e "SHOW TABLES"`, p],
    (p) => [`mysqldump -uroot -p"${p}" app > app.sql`, p],
    (p) => [`mysql --user=root --password=${p} app`, p],
    (p) => [`mysqladmin -u root -p${p} status`, p]
  ]),
  'sshpass -p': kind('password', chars(PASS, 6, 24), [
    (p) => [`sshpass -p ${p} ssh deploy@10.0.0.5`, p],
    (p) => [`sshpass -p '${p}' scp build.tgz deploy@host:/srv`, p],
    (p) => [`sshpass -p"${p}" rsync -a dist/ host:/srv`, p]
  ]),
  'pypi token': kind(
    'pypi',
    fc.tuple(fc.constantFrom('AgEIcHlwaS5vcmc', 'AgENdGVzdC5weXBpLm9yZw'), chars(B64URL, 60, 160)),
    [
      ([h, v]) => [`TWINE_PASSWORD=pypi-${h}${v}`, v],
      ([h, v]) => [`twine upload -u __token__ -p pypi-${h}${v} dist/*`, v],
      ([h, v]) => [`[pypi]\nusername = __token__\npassword = pypi-${h}${v}`, v],
      ([h, v]) => [`uv publish --token pypi-${h}${v}`, v],
      ([h, v]) => [`the PyPI token pypi-${h}${v} is scoped to the project`, v]
    ]
  ),
  'google oauth client secret': kind('gcp', chars(B64URL, 28), [
    (v) => [`the web client's secret is GOCSPX-${v}, rotate it after the demo`, v],
    (v) => [`{"web": {"client_id": "1234-abc.apps.googleusercontent.com", "client_secret": "GOCSPX-${v}"}}`, v],
    (v) => [`GOOGLE_CLIENT_SECRET=GOCSPX-${v}`, v],
    (v) => [`--client-secret GOCSPX-${v}`, v]
  ]),
  'telegram bot token': kind('telegram', fc.tuple(fc.integer({min: 1e8, max: 9_999_999_999}), chars(B64URL, 33)), [
    ([id, v]) => [`TELEGRAM_BOT_TOKEN=${id}:AA${v}`, v],
    ([id, v]) => [`curl https://api.telegram.org/bot${id}:AA${v}/getMe`, v],
    ([id, v]) => [`the bot token is ${id}:AA${v} (from BotFather)`, v],
    ([id, v]) => [`bot = Bot(token="${id}:AA${v}")`, v]
  ]),
  'digitalocean token': kind('digitalocean', fc.tuple(fc.constantFrom('dop', 'doo', 'dor'), hex(64)), [
    ([p, v]) => [`DIGITALOCEAN_ACCESS_TOKEN=${p}_v1_${v}`, v],
    ([p, v]) => [`doctl auth init --access-token ${p}_v1_${v}`, v],
    ([p, v]) => [`token = "${p}_v1_${v}"`, v],
    ([p, v]) => [`used ${p}_v1_${v} for the droplet`, v]
  ]),
  'putty private key': kind('private-key', putty, [
    ({file, priv}) => [file, ...priv],
    ({file, priv}) => [`cat > deploy.ppk <<'EOF'\n${file}\nEOF`, ...priv]
  ]),
  'sendgrid key': kind('sendgrid', fc.tuple(chars(B64URL, 22), chars(B64URL, 43)), [
    ([a, b]) => [`the SendGrid key SG.${a}.${b} was rotated`, a, b],
    ([a, b]) => [`SENDGRID_API_KEY=SG.${a}.${b}`, a, b],
    ([a, b]) => [`{"sendgrid": {"apiKey": "SG.${a}.${b}"}}`, a, b]
  ]),
  'django secret key': kind('secret', chars(DJANGO, 50), [
    (v) => [`SECRET_KEY = '${v}'`, v],
    (v) => [`SECRET_KEY = "django-insecure-${v}"`, v],
    (v) => [`DJANGO_SECRET_KEY=${v}`, v],
    (v) => [`DJANGO_SECRET_KEY="${v}"`, v],
    (v) => [`secret_key: '${v}'`, v]
  ])
}

/** Sentences and fragments around a line in prose. */
const words = fc.lorem({maxCount: 6})

/** Where a note puts a line: a sentence, a fenced block, inline code, a list, a quote, a table, the autosave. */
export const CONTEXTS: Record<string, (line: string, before: string, after: string) => string> = {
  prose: (l, a, b) => `${a} ${l} ${b}.`,
  'code block': (l, a) => `${a}:\n\n\`\`\`sh\n${l}\n\`\`\`\n`,
  'inline code': (l, a, b) => `${a} \`${l}\` ${b}`,
  list: (l) => `- ${l}\n- next`,
  quote: (l) => `> ${l}`,
  table: (l, a) => `| ${a} | ${l} |`,
  'autosave command': (l) => `- \`${l.replace(/\s+/g, ' ')}\``,
  'autosave prompt': (l) => `- "${l.replace(/\s+/g, ' ')}"`
}

/** A planted credential of `arb` in one of the contexts, with prose around it. */
export const inContext = (arb: fc.Arbitrary<Planted>): fc.Arbitrary<Planted & {text: string; context: string}> =>
  fc
    .tuple(arb, fc.constantFrom(...Object.keys(CONTEXTS)), words, words)
    .map(([p, context, a, b]) => ({...p, context, text: CONTEXTS[context]!(p.line, a, b)}))

/** An ssh public key line with a real wire-format blob. */
const sshPublic = fc
  .tuple(fc.constantFrom(['ssh-ed25519', 32], ['ssh-rsa', 256], ['ecdsa-sha2-nistp256', 65]), bytes(256), user)
  .map(([[algo, n], raw, who]) => {
    const str = (b: Buffer): Buffer => Buffer.concat([Buffer.from([0, 0, (b.length >> 8) & 255, b.length & 255]), b])
    const blob = Buffer.concat([str(Buffer.from(algo as string)), str(raw.subarray(0, n as number))])
    return `${algo} ${blob.toString('base64')} ${who}@laptop`
  })

const pemLines = (n: number): fc.Arbitrary<string> =>
  bytes(n).map((b) =>
    b
      .toString('base64')
      .match(/.{1,64}/g)!
      .join('\n')
  )

/** Ordinary text that must come out of redaction unchanged. */
export const ORDINARY: Record<string, fc.Arbitrary<string>> = {
  'commit hash': fc
    .tuple(hex(40), fc.integer({min: 7, max: 12}))
    .chain(([h, n]) =>
      fc.constantFrom(
        `commit ${h}`,
        `git show ${h.slice(0, n)}`,
        `- git: branch \`main\`, commit \`${h.slice(0, 12)}\``,
        `"sha": "${h}"`,
        `key: ${h}`,
        `ref: ${h}`,
        `https://github.com/org/repo/commit/${h}`,
        `HEAD is now at ${h.slice(0, n)} fix the lock`,
        `git rebase --onto ${h} main`
      )
    ),
  'uuid not under a credential name': uuid.chain((u) =>
    fc.constantFrom(
      `session ${u} resumed`,
      `id: ${u}`,
      `"requestId": "${u}"`,
      `client_id=${u}`,
      `idempotencyKey: ${u}`,
      `X-Request-Id: ${u}`,
      `GET /v1/orders/${u}`,
      `tenant_id: ${u}`,
      `"key": "${u}"`,
      `partition_key = "${u}"`,
      `AZURE_CLIENT_ID=${u}`
    )
  ),
  'integrity string': fc
    .tuple(bytes(64), bytes(48), bytes(32))
    .chain(([a, b, c]) =>
      fc.constantFrom(
        `"integrity": "sha512-${a.toString('base64')}"`,
        `<script src="x.js" integrity="sha384-${b.toString('base64')}"></script>`,
        `integrity sha256-${c.toString('base64')}`
      )
    ),
  'lockfile hash': fc
    .tuple(hex(128), hex(64), hex(40), bytes(32))
    .chain(([h128, h64, h40, b]) =>
      fc.constantFrom(
        `  checksum: 10c0/${h128}`,
        `checksum = "${h64}"`,
        `golang.org/x/sys v0.28.0 h1:${b.toString('base64')}`,
        `{file = "pkg-1.0.whl", hash = "sha256:${h64}"}`,
        `"hashes": ["sha256:${h64}"]`,
        `  resolved "https://registry.yarnpkg.com/left-pad/-/left-pad-1.3.0.tgz#${h40}"`
      )
    ),
  digest: fc
    .tuple(hex(64), hex(32))
    .chain(([h64, h32]) =>
      fc.constantFrom(
        `digest: sha256:${h64}`,
        `ghcr.io/org/app@sha256:${h64}`,
        `${h64}  dist/app.tar.gz`,
        `md5: ${h32}`,
        `ETag: "${h32}"`,
        `"digest": "sha256:${h64}"`
      )
    ),
  'ssh public key': sshPublic.chain((k) =>
    fc.constantFrom(
      k,
      `github.com ${k.split(' ').slice(0, 2).join(' ')}`,
      `public_key = "${k}"`,
      `echo '${k}' >> ~/.ssh/authorized_keys`
    )
  ),
  'pem certificate or public key': fc
    .tuple(pemLines(600), pemLines(294))
    .chain(([cert, pub]) =>
      fc.constantFrom(
        `-----BEGIN CERTIFICATE-----\n${cert}\n-----END CERTIFICATE-----`,
        `-----BEGIN PUBLIC KEY-----\n${pub}\n-----END PUBLIC KEY-----`
      )
    ),
  'flags without a value': fc.constantFrom(
    'mysql -u root -p app_db',
    'curl -u "$API_USER:$API_PASS" https://api.example.org',
    'sshpass -e ssh deploy@host',
    'sshpass -p "$SSHPASS" ssh deploy@host',
    'Authorization: Bearer ${TOKEN}',
    'Authorization: Bearer <token>',
    'redis://:${REDIS_PASSWORD}@cache:6379',
    'use the Authorization: Basic header',
    'export HEROKU_API_KEY=$(heroku auth:token)'
  )
}
