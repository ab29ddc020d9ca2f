/**
 * Redaction (design.md §12): each rule Baton adds to secretlint's preset, the
 * allowlist, `<private>` spans, ordinary text left alone, and the property
 * that nothing changes outside a finding. Fake credentials are made at test
 * time (test/redact-corpus.ts).
 */
import {describe, expect, it} from 'vitest'
import fc from 'fast-check'
import {randomUUID, randomBytes} from 'node:crypto'
import {EXAMPLE_SECRETS, privateSpans, redactWith, ruleFindings} from '../src/core/redact/index.ts'
import {redact, redactBytes} from '../src/io/toolkit/redact.ts'
import {corpus, rand} from './redact-corpus.ts'

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
      `http://${'u'.repeat(100_000)}:${'p'.repeat(100_000)}`
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
