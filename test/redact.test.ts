/**
 * Redaction (design.md §12): each rule Baton adds to secretlint's preset, the
 * allowlist, `<private>` spans, ordinary text left alone, and the properties:
 * nothing changes outside a finding, every credential kind is gone whatever
 * its value and context, and ordinary text (commit hashes, UUIDs, integrity
 * strings, lockfile hashes, digests, public keys, certificates) comes out as
 * it went in. Fake credentials are made at test time (test/redact-corpus.ts,
 * test/redact-kinds.ts).
 */
import {describe, expect, it} from 'vitest'
import fc from 'fast-check'
import {randomUUID, randomBytes} from 'node:crypto'
import {EXAMPLE_SECRETS, privateSpans, redactWith, ruleFindings} from '../src/core/redact/index.ts'
import {redact, redactBytes} from '../src/io/toolkit/redact.ts'
import {secretlintFindings} from '../src/io/toolkit/secretlint.ts'
import {corpus, rand} from './redact-corpus.ts'
import {CONTEXTS, KINDS, ORDINARY, inContext} from './redact-kinds.ts'

const B32 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567'
const B64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/'
const kinds = (text: string): string[] => ruleFindings(text).map((f) => `${f.kind}:${text.slice(f.start, f.end)}`)

describe("Baton's own rules", () => {
  it('AWS access key ids, anywhere, and secret keys in assignments', () => {
    const id = `AKIA${rand(16, B32)}`
    const secret = rand(40, B64)
    expect(kinds(`the key ${id} was rotated`)).toEqual([`aws:${id}`])
    expect(kinds(`aws_secret_access_key = ${secret}`)).toContain(`aws:${secret}`)
    expect(kinds(`"AwsSecretKey": "${secret}"`)).toContain(`aws:${secret}`)
  })

  it('PEM and OpenSSH private key blocks, whole or cut short', () => {
    const body = `${rand(64, B64)}\n${rand(64, B64)}\n${rand(20, B64)}==`
    for (const type of [
      'RSA PRIVATE KEY',
      'PRIVATE KEY',
      'EC PRIVATE KEY',
      'OPENSSH PRIVATE KEY',
      'ENCRYPTED PRIVATE KEY'
    ]) {
      const block = `-----BEGIN ${type}-----\n${body}\n-----END ${type}-----`
      const r = redactWith(`key:\n${block}\nafter`)
      expect(r.text).toBe('key:\n[REDACTED:private-key]\nafter')
    }
    // A clipped command quoting a key: everything up to where the base64 stops.
    const clipped = redactWith(`\`echo "-----BEGIN OPENSSH PRIVATE KEY-----\\n${rand(60, B64)}\\n${rand(30, B64)}…\``)
    expect(clipped.text).toBe('`echo "[REDACTED:private-key]…`')
  })

  it('only the password of a connection URL', () => {
    const pass = rand(14)
    for (const url of [
      `postgres://app:${pass}@db:5432/x`,
      `redis://default:${pass}@cache.local`,
      `https://ci:${pass}@git.example.org/r.git`
    ]) {
      expect(redactWith(url).text).toBe(url.replace(pass, '[REDACTED:url-credentials]'))
    }
  })

  it('*_TOKEN, *_SECRET, *_KEY and PASSWORD assignments with high-entropy values', () => {
    const v = rand(24)
    for (const line of [
      `GITLAB_TOKEN=${v}`,
      `export CLIENT_SECRET="${v}"`,
      `stripe_key: '${v}'`,
      `PASSWORD=${v}`,
      `{"db_password": "${v}"}`,
      `--api-key=${v}`
    ]) {
      expect(redactWith(line).text, line).toBe(line.replace(v, '[REDACTED:secret]'))
    }
  })

  it('JWTs, whose first part is a JSON header', () => {
    const part = (o: object): string => Buffer.from(JSON.stringify(o)).toString('base64url')
    const jwt =
      `${part({alg: 'RS256', typ: 'JWT'})}.${part({sub: rand(10), exp: 2e9})}.` + randomBytes(40).toString('base64url')
    expect(redactWith(`token ${jwt} expired`).text).toBe('token [REDACTED:jwt] expired')
    // Three base64url parts that are not a JWT header: left alone.
    const fake = `eyJ${rand(20)}.eyJ${rand(20)}.${rand(20)}`
    expect(ruleFindings(fake).filter((f) => f.kind === 'jwt')).toEqual([])
  })

  it('the password of a URL with an empty user, or with an `@` in it, whole; the host stays', async () => {
    const [a, b] = [rand(10), rand(10)]
    expect(redactWith(`redis://:${a}@cache:6379/0`).text).toBe('redis://:[REDACTED:url-credentials]@cache:6379/0')
    expect(redactWith(`postgres://app:${a}@${b}@db:5432/x?ssl=1`).text).toBe(
      'postgres://app:[REDACTED:url-credentials]@db:5432/x?ssl=1'
    )
    // secretlint's connection-string finding, put on the password, takes all of it too.
    const url = `mongodb://app:${a}@${b}@cluster.example.net/db`
    const [found] = await secretlintFindings(url)
    expect(url.slice(found!.start, found!.end)).toBe(`${a}@${b}`)
  })

  it('tokens known by their shape, in prose as anywhere', () => {
    const b64url = `${B64.slice(0, 62)}-_`
    for (const [kind, value] of [
      ['gcp', `AIza${rand(35, b64url)}`],
      ['gcp', `GOCSPX-${rand(28, b64url)}`],
      ['pypi', `pypi-AgEIcHlwaS5vcmc${rand(120, b64url)}`],
      ['sendgrid', `SG.${rand(10)}-${rand(11)}.${rand(20)}-${rand(11)}-${rand(10)}`],
      ['digitalocean', `dop_v1_${randomBytes(32).toString('hex')}`],
      ['telegram', `7298434682:AA${rand(33, b64url)}`]
    ] as const) {
      expect(redactWith(`we used ${value} for it.`).text).toBe(`we used [REDACTED:${kind}] for it.`)
    }
    const bot = `123456789:AA${rand(33)}`
    expect(redactWith(`https://api.telegram.org/bot${bot}/getMe`).text).toBe(
      'https://api.telegram.org/bot[REDACTED:telegram]/getMe'
    )
  })

  it('passwords on command lines: curl -u, mysql -p, sshpass -p (the user stays; a variable is no password)', () => {
    const p = `${rand(8)}!^`
    for (const [line, out] of [
      [`curl -u deploy:${p} https://x.org`, 'curl -u deploy:[REDACTED:password] https://x.org'],
      [
        `curl -sS --user-agent ua --user 'ci:${p}' https://x.org`,
        "curl -sS --user-agent ua --user 'ci:[REDACTED:password]' https://x.org"
      ],
      [`mysql -h db -uroot -p${p} app`, 'mysql -h db -uroot -p[REDACTED:password] app'],
      [`mysqldump -u root -p"${p}" app`, 'mysqldump -u root -p"[REDACTED:password]" app'],
      [`sshpass -p '${p}' ssh deploy@host`, "sshpass -p '[REDACTED:password]' ssh deploy@host"],
      [`sshpass -v -p${p} scp a host:`, 'sshpass -v -p[REDACTED:password] scp a host:'],
      // `%NAME%` is a Windows variable; `%abc…` without its closing `%` is a password
      ['mysqladmin -p%hT5rW2qZ status', 'mysqladmin -p[REDACTED:password] status']
    ] as [string, string][]) {
      expect(redactWith(line).text).toBe(out)
    }
    for (const kept of ['mysql -u root -p app', 'curl -u "$U:$P" https://x.org', 'sshpass -p "$SSHPASS" ssh h']) {
      expect(redactWith(kept).text).toBe(kept)
    }
  })

  it('Authorization headers, Basic and Bearer with opaque tokens; a named token keeps its own kind', async () => {
    const opaque = rand(32, `${B64}-._~`)
    const pair = Buffer.from(`ci:${rand(12)}`).toString('base64')
    expect(redactWith(`-H "Authorization: Bearer ${opaque}"`).text).toBe(
      '-H "Authorization: Bearer [REDACTED:authorization]"'
    )
    expect(redactWith(`{"Authorization": "Basic ${pair}"}`).text).toBe(
      '{"Authorization": "Basic [REDACTED:authorization]"}'
    )
    expect(redactWith('Authorization: Bearer YOUR_ACCESS_TOKEN').findings).toEqual([])
    const ghp = `ghp_${rand(36)}`
    expect((await redact(`Authorization: token ${ghp}`)).counts).toEqual({github: 1})
  })

  it('the auth of a Docker config and an .npmrc (base64 of user:password), and a UUID under a credential name', () => {
    const pair = Buffer.from(`me:${rand(16)}`).toString('base64')
    expect(redactWith(`{"auths": {"ghcr.io": {"auth": "${pair}"}}}`).text).toBe(
      '{"auths": {"ghcr.io": {"auth": "[REDACTED:docker]"}}}'
    )
    expect(redactWith(`_auth=${pair}`).text).toBe('_auth=[REDACTED:npm]')
    expect(redactWith('auth: basic').findings).toEqual([])
    const id = randomUUID()
    expect(redactWith(`//registry.npmjs.org/:_authToken=${id}`).text).toBe(
      '//registry.npmjs.org/:_authToken=[REDACTED:npm]'
    )
    expect(redactWith(`HEROKU_API_KEY=${id}`).text).toBe('HEROKU_API_KEY=[REDACTED:heroku]')
    for (const kept of [`client_id=${id}`, `idempotencyKey: ${id}`, `"key": "${id}"`])
      expect(redactWith(kept).text).toBe(kept)
  })

  it('the signature of an Azure SAS URL, and only it', () => {
    const sig = encodeURIComponent(randomBytes(32).toString('base64'))
    const url = `https://acct.blob.core.windows.net/c/b.bak?sv=2022-11-02&sp=r&se=2027-01-01&sig=${sig}`
    expect(redactWith(url).text).toBe(url.replace(sig, '[REDACTED:azure]'))
  })

  it('PuTTY private keys, from the header to the MAC, also on one line', () => {
    const ppk = [
      'PuTTY-User-Key-File-3: ssh-ed25519',
      'Encryption: none',
      'Comment: deploy',
      'Public-Lines: 2',
      rand(64, B64),
      rand(20, B64),
      'Private-Lines: 1',
      rand(44, B64),
      `Private-MAC: ${randomBytes(32).toString('hex')}`
    ].join('\n')
    expect(redactWith(`key:\n${ppk}\nafter`).text).toBe('key:\n[REDACTED:private-key]\nafter')
    expect(redactWith(`\`echo '${ppk.replace(/\n/g, ' ')}'\``).text).toBe("`echo '[REDACTED:private-key]'`")
    expect(redactWith('PuTTY-User-Key-File-3 is the .ppk header').findings).toEqual([])
  })

  it('a quoted value with parentheses (Django SECRET_KEY) whole; a call in code is not a value', () => {
    const key = `${rand(20).toLowerCase()}(-_=+)${rand(10).toLowerCase()}!@#$%^&*`
    expect(redactWith(`SECRET_KEY = '${key}'`).text).toBe("SECRET_KEY = '[REDACTED:secret]'")
    expect(redactWith(`DJANGO_SECRET_KEY=${key}`).text).toBe('DJANGO_SECRET_KEY=[REDACTED:secret]')
    // Django's alphabet has 36 letters and digits out of 50: a key without a digit happens.
    const letters = '+ad=uhzhwxqbl(ejmm&s&&enc_uhx%sk#wjbu=p_lxvvvklt$#'
    expect(redactWith(`SECRET_KEY = '${letters}'`).text).toBe("SECRET_KEY = '[REDACTED:secret]'")
    for (const code of ['token = secrets.token_hex(32)', 'password: z.string().min(8),', 'f(API_KEY=getKey(a1, b2))']) {
      expect(redactWith(code).text).toBe(code)
    }
  })
})

describe('long text without spaces', () => {
  // Before the repetitions were bounded, each of these took Baton's rules 10 to 60 s
  // (quadratic: every `_` or `.` started a scan to the end); now a linear scan.
  it('is scanned in one pass: dotted names, snake_case runs, many key headers', () => {
    for (const text of [
      'a_'.repeat(50_000),
      'a.'.repeat(50_000),
      'eyJabcdefghij.'.repeat(7_000),
      '-----BEGIN RSA PRIVATE KEY-----\n'.repeat(3_000),
      `http://${'u'.repeat(100_000)}:${'p'.repeat(100_000)}`,
      'x://u:'.repeat(30_000),
      'mysql '.repeat(30_000),
      `curl ${'x '.repeat(50_000)}`,
      'curl -u '.repeat(20_000),
      'PuTTY-User-Key-File-2: '.repeat(10_000),
      'Authorization: Bearer '.repeat(10_000),
      'sig='.repeat(50_000),
      '"auth": '.repeat(20_000)
    ]) {
      expect(ruleFindings(text)).toEqual([])
    }
  })
})

describe('allowlist and ordinary text', () => {
  it('keeps documented example keys', async () => {
    for (const example of EXAMPLE_SECRETS) {
      const text =
        'AWS_ACCESS_KEY_ID=AKIAIOSFODNN7EXAMPLE\n' +
        `aws_secret_access_key=wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY\nsample: ${example}\n`
      expect((await redact(text)).text).toBe(text)
    }
  })

  it('keeps placeholders in assignments and URLs', async () => {
    const text =
      'API_TOKEN=$API_TOKEN\nDB_PASSWORD=${DB_PASSWORD}\nSECRET_KEY=<your-secret-key>\n' +
      'postgres://user:password@localhost/db\nhttps://me:${TOKEN}@host/x\nPASSWORD=changeme\n'
    expect((await redact(text)).text).toBe(text)
  })

  it(
    'keeps commit hashes, UUIDs, session ids, paths, ' + 'short base64 in code and the words password and token',
    async () => {
      const sha = randomBytes(20).toString('hex')
      const text = [
        `## Active context`,
        `- git: branch \`main\`, commit \`${sha.slice(0, 12)}\`, full ${sha}`,
        `- session: ${randomUUID()} resumed ${randomUUID()}`,
        `- transcript: \`/home/dev/.claude/projects/-work-app/${randomUUID()}.jsonl\``,
        `- edited src/auth/password-reset.ts and C:\\Users\\dev\\token-store\\index.ts`,
        `const header = 'aGVsbG8gd29ybGQ=' // short base64 in code`,
        `const apiKey = process.env.API_KEY; const token = getToken(user.id)`,
        `password: z.string().min(8), key: 'src/core/redact/rules.ts:43', sort_key=created_at`,
        `public_key = ${rand(40)}`,
        `The password reset flow now sends a token that expires in 1 hour; the token key is rotated.`,
        `## Key decisions`,
        `Key: keep the lock. sha256: ${randomBytes(32).toString('hex')}`,
        `idempotencyKey: ${randomUUID()}`,
        'npm run build -- --cache-key=build-2024-11-27-linux-x64 && RELEASE_KEY=v1.2.3-rc.4 ./ship'
      ].join('\n')
      const r = await redact(text)
      expect(r.findings).toEqual([])
      expect(r.text).toBe(text)
    }
  )
})

describe('<private> spans', () => {
  it('are removed, tags included, in any case; an unclosed one hides the rest', () => {
    expect(redactWith('a <private>x\ny</private> b <PRIVATE>z</Private>c').text).toBe('a  b c')
    expect(redactWith('keep <private>never closed\nsecret').text).toBe('keep ')
    expect(privateSpans('none here')).toEqual([])
  })
})

describe("every corpus credential, through secretlint and Baton's rules", () => {
  it('is replaced by its kind, and only it', async () => {
    for (const fake of corpus()) {
      const r = await redact(`before\n${fake.line}\nafter`)
      expect(r.text, fake.line).not.toContain(fake.secret)
      expect(Object.keys(r.counts), fake.line).toEqual([fake.kind])
      expect(r.text.startsWith('before\n') && r.text.endsWith('\nafter')).toBe(true)
    }
  })

  it('is found even after a secretlint-disable comment quoted in the note', async () => {
    const fake = corpus().find((f) => f.kind === 'slack')!
    const r = await redact(`// secretlint-disable\n${fake.line}\n<!-- secretlint-disable-next-line -->\n${fake.line}\n`)
    expect(r.text).not.toContain(fake.secret)
    expect(r.counts).toEqual({slack: 2})
  })

  it('is redacted in bytes that are not UTF-8, every other byte kept', async () => {
    const fake = corpus()[0]!
    const bytes = Buffer.concat([Buffer.from([0xff, 0xfe, 0x80]), Buffer.from(` ${fake.line} `), Buffer.from([0xc3])])
    const {bytes: out} = await redactBytes(bytes)
    expect(out.includes(fake.secret)).toBe(false)
    expect(out.subarray(0, 3)).toEqual(Buffer.from([0xff, 0xfe, 0x80]))
    expect(out.at(-1)).toBe(0xc3)
  })

  it('a second redaction changes nothing', async () => {
    const text = corpus()
      .map((f) => f.line)
      .join('\n')
    const once = await redact(text)
    const twice = await redact(once.text)
    expect(twice.findings).toEqual([])
    expect(twice.text).toBe(once.text)
  })
})

describe('property: redaction never changes text without a finding', () => {
  const pieces = fc.oneof(
    fc.string({unit: 'grapheme', maxLength: 40}),
    fc.constantFrom(
      'password',
      'token',
      ' = ',
      ': ',
      '://',
      '@',
      '\n',
      '<private>',
      '</private>',
      '-----BEGIN ',
      'KEY=',
      'eyJ',
      'AKIA'
    ),
    fc.string({unit: fc.constantFrom(...B64.split('')), minLength: 8, maxLength: 48})
  )
  it('outside its findings the output is the input, and with no finding it is the input', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(pieces, {maxLength: 12}), async (parts) => {
        const text = parts.join('')
        const r = await redact(text)
        if (r.findings.length === 0) return r.text === text
        // Rebuilt here from the input and the findings alone: no byte outside a finding moved.
        let expected = ''
        let at = 0
        for (const f of r.findings) {
          expect(f.start).toBeGreaterThanOrEqual(at)
          expected += text.slice(at, f.start) + (f.kind === 'private' ? '' : `[REDACTED:${f.kind}]`)
          at = f.end
        }
        expect(r.text).toBe(expected + text.slice(at))
        return true
      }),
      {numRuns: 300}
    )
  })

  it('a credential placed anywhere in random text is gone, and the text around it stays', async () => {
    const fakes = corpus().filter((f) => !f.line.includes('\n'))
    await fc.assert(
      fc.asyncProperty(
        fc.string({maxLength: 60}),
        fc.string({maxLength: 60}),
        fc.nat(fakes.length - 1),
        async (pre, post, i) => {
          const fake = fakes[i]!
          const r = await redact(`${pre}\n${fake.line}\n${post}`)
          expect(r.text).not.toContain(fake.secret)
          expect(r.text.startsWith(`${pre}\n`) || r.findings[0]!.start < pre.length).toBe(true)
        }
      ),
      {numRuns: 100}
    )
  })
})

describe('property: each credential kind is gone, whatever its value, its form and its context', () => {
  for (const [name, kind] of Object.entries(KINDS)) {
    it(name, async () => {
      await fc.assert(
        fc.asyncProperty(inContext(kind), async (p) => {
          const r = await redact(p.text)
          for (const secret of p.secrets) expect(r.text, `${p.context}: ${p.text}`).not.toContain(secret)
          expect(Object.keys(r.counts), p.text).toContain(p.kind)
        }),
        {numRuns: 120}
      )
    })
  }
})

describe('property: ordinary text comes out unchanged', () => {
  const ordinary = fc.oneof(...Object.values(ORDINARY))
  const placed = fc
    .tuple(ordinary, fc.constantFrom(...Object.keys(CONTEXTS)), fc.lorem({maxCount: 5}), fc.lorem({maxCount: 5}))
    .map(([line, context, a, b]) => CONTEXTS[context]!(line, a, b))
  for (const [name, arb] of Object.entries(ORDINARY)) {
    it(name, async () => {
      await fc.assert(
        fc.asyncProperty(arb, async (text) => {
          const r = await redact(text)
          expect(r.findings, text).toEqual([])
        }),
        {numRuns: 60}
      )
    })
  }
  it('several of them together, in any context', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(placed, {minLength: 1, maxLength: 6}), async (parts) => {
        const text = parts.join('\n')
        const r = await redact(text)
        expect(r.findings, text).toEqual([])
        expect(r.text).toBe(text)
      }),
      {numRuns: 150}
    )
  })
})
