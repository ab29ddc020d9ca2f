import {createRequire as __batonRequire} from 'node:module';const require=__batonRequire(import.meta.url);

// src/core/redact/apply.ts
var replacementFor = (kind) => kind === "private" ? "" : `[REDACTED:${kind}]`;
function mergeFindings(findings) {
  let sorted = findings.filter((f) => f.end > f.start).sort((a, b) => a.start - b.start || b.end - a.end), merged = [];
  for (let f of sorted) {
    let last = merged.at(-1);
    last && f.start < last.end ? ((f.kind === "private" || last.kind !== "private" && better(f, last)) && (last.kind = f.kind), last.longest = Math.max(last.longest, f.end - f.start), last.end = Math.max(last.end, f.end)) : merged.push({ ...f, longest: f.end - f.start });
  }
  return merged.map(({ start, end, kind }) => ({ start, end, kind }));
}
var GENERIC = /* @__PURE__ */ new Set(["secret", "authorization"]), better = (f, than) => GENERIC.has(than.kind) && !GENERIC.has(f.kind) || GENERIC.has(f.kind) === GENERIC.has(than.kind) && f.end - f.start > than.longest;
function applyFindings(text, findings) {
  let merged = mergeFindings(findings), counts = {}, out = "", at = 0;
  for (let f of merged)
    out += text.slice(at, f.start) + replacementFor(f.kind), at = f.end, counts[f.kind] = (counts[f.kind] ?? 0) + 1;
  return { text: merged.length === 0 ? text : out + text.slice(at), findings: merged, counts };
}
function describeCounts(counts) {
  let entries = Object.entries(counts).sort(([a], [b]) => a.localeCompare(b)), total = entries.reduce((n, [, c]) => n + c, 0);
  return total === 0 ? "0" : `${total} (${entries.map(([k, c]) => `${k} ${c}`).join(", ")})`;
}

// src/core/redact/allow.ts
var EXAMPLE_SECRETS = [
  "AKIAIOSFODNN7EXAMPLE",
  "AKIAI44QH8DHBEXAMPLE",
  "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY",
  "je7MtGbClwBF/2Zp9Utk/h3yCo8nvbEXAMPLEKEY",
  "SflKxwRJSMeKKF2QT4fwpMeJf36POk6yJV_adQssw5c"
];
function isExample(value) {
  return EXAMPLE_SECRETS.some((e) => value.includes(e)) || /EXAMPLE(?:KEY)?$/.test(value);
}
function isPlaceholder(value) {
  return /^(?:\$\{?[A-Za-z_]\w*\}?|\$\(.*\)|<[^>]*>|\{\{.*\}\}|%[A-Za-z_]\w*%)$/.test(value) || /^(.)\1*$/.test(value) || /^(?:x+|\*+|\.+|-+)$/i.test(value) || /^(?:password|passwd|secret|token|changeme|redacted|example|dummy|null|none|undefined|true|false)$/i.test(value) || value.startsWith("[REDACTED:");
}
function entropy(value) {
  let seen = /* @__PURE__ */ new Map();
  for (let c of value) seen.set(c, (seen.get(c) ?? 0) + 1);
  let bits = 0;
  for (let n of seen.values()) bits -= n / value.length * Math.log2(n / value.length);
  return bits;
}
var isUuid = (value) => /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(value), isCode = (value) => /^[A-Za-z_$][\w$]*(?:\.[\w$]+)*(?:\([\w$.,:\s'"]*\)?(?:\.[\w$]+)*)+;?$/.test(value);
function looksSecret(value) {
  return value.length < 12 || isPlaceholder(value) || isExample(value) || isUuid(value) || /^(?:[~.]?\/|[A-Za-z]:\\)/.test(value) || /^[a-z][a-z0-9+.-]*:\/\//i.test(value) || value.includes("/") && (/^[a-z0-9_./:-]+$/.test(value) || /\.[A-Za-z]{1,5}(?::\d+)*$/.test(value)) || isCode(value) || /^[A-Za-z]+(?:[._-][A-Za-z]+)*$/.test(value) || !/[A-Za-z]/.test(value) ? !1 : /[0-9]/.test(value) ? /^[A-Za-z0-9]{1,8}(?:[-_.][A-Za-z0-9]{1,8}){2,}$/.test(value) ? !1 : entropy(value) >= 3 : value.length >= 32 && /[^A-Za-z0-9._/-]/.test(value) && entropy(value) >= 4;
}

// src/core/redact/private.ts
function privateSpans(text) {
  let found = [], open = /<private>/gi, m;
  for (; (m = open.exec(text)) !== null; ) {
    let close = /<\/private>/gi;
    close.lastIndex = m.index + m[0].length;
    let end = close.exec(text), stop = end ? end.index + end[0].length : text.length;
    found.push({ start: m.index, end: stop, kind: "private" }), open.lastIndex = stop;
  }
  return found;
}

// src/core/redact/commands.ts
var VALUE = `(?:(?<q>["'])(?<v>[^\\n"']{1,256})\\k<q>|(?<w>[^\\s"'\`;|&)]{1,256}))`, args = (flag) => `(?:[ \\t]+(?!${flag})[^\\s|;&]{1,2048}){0,32}?[ \\t]+`, ASSIGN = "[ \\t]*[:=][ \\t]*", notPlaceholder = (value) => !isPlaceholder(value), basicPair = (value) => /^[\x20-\x7e]+:[\x20-\x7e]+$/.test(Buffer.from(value, "base64").toString("latin1")), opaque = (value) => !isPlaceholder(value) && (/[0-9]/.test(value) || value.length >= 16 && /[a-z]/.test(value) && /[A-Z]/.test(value)), COMMAND_RULES = [
  // curl -u user:password, --user 'user:password' (only the password is hidden).
  {
    kind: "password",
    pattern: new RegExp(
      `\\bcurl\\b${args("-u|--user[ \\t=]")}(?:-u|--user)[ \\t=]*(?:(?<q>["'])[^\\n"':]{0,256}:(?<v>[^\\n"']{1,256})\\k<q>|[^\\s"'\`:;|&]{0,256}:(?<w>[^\\s"'\`;|&)]{1,256}))`,
      "dg"
    ),
    accept: notPlaceholder
  },
  // mysql, mysqldump, mysqladmin…: -pPASSWORD (no space: `-p` alone prompts) and --password=PASSWORD.
  {
    kind: "password",
    pattern: new RegExp(`\\bmysql[a-z]{0,8}${args("-p|--password=")}(?:-p|--password=)${VALUE}`, "dg"),
    accept: notPlaceholder
  },
  // sshpass -p PASSWORD, -pPASSWORD (after flags such as -v).
  {
    kind: "password",
    pattern: new RegExp(`\\bsshpass(?:[ \\t]+-[A-Za-oq-z]\\S{0,64}){0,4}?[ \\t]+-p[ \\t]*${VALUE}`, "dg"),
    accept: notPlaceholder
  },
  // Authorization: Basic …, Bearer …, token … (HTTP headers in commands, dumps, JSON or YAML).
  {
    kind: "authorization",
    pattern: new RegExp(
      `(?<![A-Za-z0-9-])(?:proxy-)?authorization["']?${ASSIGN}["']?(?:basic|bearer|token)[ \\t]+(?<v>[A-Za-z0-9._~+/-]{8,4096}=*)(?![A-Za-z0-9._~+/=$-])`,
      "dgi"
    ),
    accept: opaque
  },
  // `"auth": "<base64 of user:password>"` (Docker's config.json) and `_auth=` (.npmrc).
  {
    kind: (name) => name === "_auth" ? "npm" : "docker",
    pattern: new RegExp(
      `(?<![A-Za-z0-9_-])["']?(?<n>_?auth)["']?${ASSIGN}["']?(?<v>[A-Za-z0-9+/]{8,4096}={0,2})(?![A-Za-z0-9+/=])`,
      "dg"
    ),
    accept: basicPair
  },
  // The signature of an Azure shared access signature (`sig=` in its URL or connection string), encoded or not.
  { kind: "azure", pattern: /(?<![A-Za-z0-9_])sig=(?<v>[A-Za-z0-9%+/]{20,256}={0,2})(?![A-Za-z0-9%+/=])/dg }
];

// src/core/redact/tokens.ts
var token = (kind, body, start = "(?<![A-Za-z0-9_-])") => ({
  kind,
  pattern: new RegExp(`${start}(?<v>${body})(?![A-Za-z0-9_-])`, "dg")
}), TOKEN_RULES = [
  // Google API keys (Maps, Firebase, …): `AIza` and 35 base64url characters.
  token("gcp", "AIza[0-9A-Za-z_-]{35}"),
  // Google OAuth client secrets since 2021: `GOCSPX-` and 28 characters.
  token("gcp", "GOCSPX-[0-9A-Za-z_-]{28}"),
  // PyPI API tokens: `pypi-` and a macaroon, whose base64url always starts `AgE` (pypi.org and test.pypi.org).
  token("pypi", "pypi-AgE[0-9A-Za-z_-]{50,4096}"),
  // SendGrid: `SG.`, 22 and 43 base64url characters (a `-` anywhere in either part).
  token("sendgrid", "SG\\.[0-9A-Za-z_-]{22}\\.[0-9A-Za-z_-]{43}"),
  // DigitalOcean personal access, OAuth and refresh tokens.
  token("digitalocean", "do[opr]_v1_[0-9a-f]{64}"),
  // Telegram bot tokens: the bot's numeric id, `:`, then `A` and 34 characters. In a Bot API URL it follows
  // `/bot`, so only a digit may not come before it.
  token("telegram", "[0-9]{8,10}:A[0-9A-Za-z_-]{34}", "(?<![0-9])")
];

// src/core/redact/rules.ts
var jwtHeader = (value) => {
  try {
    return /"(?:alg|typ)"\s*:/.test(Buffer.from(value.slice(0, value.indexOf(".")), "base64url").toString("utf8"));
  } catch {
    return !1;
  }
}, CREDENTIAL_NAME = /(?:token|secret|password|passwd|pwd|(?:api|access|auth|secret|private)[-_.]?key)s?$/i, DIGEST = /^(?:[0-9a-f]{40}|[0-9a-f]{64})$/i;
function assigned(value, name) {
  return isUuid(value) ? CREDENTIAL_NAME.test(name) : !(/^key$/i.test(name) && DIGEST.test(value)) && looksSecret(value);
}
var base64ish = (value) => /[0-9]/.test(value) && /[a-z]/.test(value) && /[A-Z]/.test(value), RULES = [
  // AWS access key ids (any context: the prefix and base32 alphabet are specific).
  { kind: "aws", pattern: /(?<![A-Za-z0-9])(?<v>(?:AKIA|ASIA|ABIA|ACCA|A3T[A-Z0-9])[A-Z2-7]{16})(?![A-Za-z0-9])/dg },
  // AWS secret keys: 40 base64 characters assigned to a name that says so.
  {
    kind: "aws",
    pattern: /aws_?secret(?:_?access)?_?key["']?\s*(?:=|:|\s)\s*["']?(?<v>[A-Za-z0-9/+]{40})(?![A-Za-z0-9/+=])/dgi,
    accept: base64ish
  },
  // PEM and OpenSSH private keys; a block cut short (a clipped command) up to where its base64 stops.
  // A header alone (no key after it) is prose about keys, not a key.
  {
    kind: "private-key",
    pattern: new RegExp(
      [
        "-----BEGIN (?<t>[A-Z0-9 ]*PRIVATE KEY(?: BLOCK)?)-----",
        "(?:(?:[^-]|-(?!----))*?-----END \\k<t>-----|(?:(?:\\s|\\\\n)*[A-Za-z0-9+/=]{8,})+)"
      ].join(""),
      "dg"
    )
  },
  // PuTTY private key files (.ppk): from the header to the private lines and their MAC. The header,
  // comment and public lines come first; the scan never passes the next header.
  {
    kind: "private-key",
    pattern: new RegExp(
      [
        "PuTTY-User-Key-File-[0-9]{1,2}:(?:(?!PuTTY-User-Key-File-|Private-Lines:)[\\s\\S]){0,4096}",
        "Private-Lines:[ \\t]*[0-9]{1,4}(?:(?:\\s|\\\\n){1,4}[A-Za-z0-9+/=]{4,4096}(?![A-Za-z0-9+/=:-]))+",
        "(?:(?:\\s|\\\\n){1,4}Private-MAC:[ \\t]*[0-9a-fA-F]{1,128})?"
      ].join(""),
      "dg"
    )
  },
  // user:password@ in a URL: only the password is hidden, the user and host stay readable. The user may be
  // empty (`redis://:password@`) and the password may hold an `@`: it runs to the last `@` before the host.
  {
    kind: "url-credentials",
    pattern: /\b[a-z][a-z0-9+.-]{0,30}:\/\/[^\s:/?#@'"`<>]{0,256}:(?<v>[^\s/?#'"`<>]{1,256})@[^\s/?#@'"`<>]/dgi,
    accept: (v) => !isPlaceholder(v)
  },
  // NAME=value, NAME: value, "name": "value" for names ending in token/secret/key/password. A quoted value
  // runs to its quote (`SECRET_KEY = 'a(b)c,d'`); a bare one to a space or `,;]}`.
  {
    kind: (name) => /heroku/i.test(name) ? "heroku" : /npm|^_auth/i.test(name) ? "npm" : "secret",
    pattern: new RegExp(
      [
        `(?<![A-Za-z0-9])["']?`,
        `(?<n>(?:[A-Za-z_][A-Za-z0-9_.-]{0,80}?)?(?:token|secret|key|password|passwd|pwd)s?)["']?`,
        `[ \\t]*(?:=|:)[ \\t]*(?:(?<q>["'])(?<v>[^\\s"'\`]{1,4096})\\k<q>|(?<w>[^\\s"'\`,;\\]}]{1,4096}))`
      ].join(""),
      "dgi"
    ),
    accept: assigned
  },
  // JSON Web Tokens: three base64url parts, the first two JSON objects.
  {
    kind: "jwt",
    pattern: new RegExp(
      [
        "(?<![A-Za-z0-9_-])(?<v>eyJ[A-Za-z0-9_-]{8,8192}\\.eyJ[A-Za-z0-9_-]{8,8192}\\.[A-Za-z0-9_-]{10,8192})",
        "(?![A-Za-z0-9_-])"
      ].join(""),
      "dg"
    ),
    accept: jwtHeader
  },
  ...TOKEN_RULES,
  ...COMMAND_RULES
], PUBLIC_NAME = /(?:public|pub|sort|primary|foreign|partition|cache|idempotency|lookup|hot|short|sign_?in)[-_.]?key$/i, unopened = (value) => value.endsWith(")") && value.split(")").length > value.split("(").length;
function ruleFindings(text) {
  let found = [];
  for (let rule of RULES)
    for (let m of text.matchAll(rule.pattern)) {
      let name = m.groups?.n ?? "";
      if (PUBLIC_NAME.test(name)) continue;
      let bare = m.indices?.groups?.w, [start, end] = m.indices?.groups?.v ?? bare ?? [m.index, m.index + m[0].length];
      bare && unopened(text.slice(start, end)) && end--;
      let value = text.slice(start, end);
      isExample(value) || rule.accept && !rule.accept(value, name) || found.push({ start, end, kind: typeof rule.kind == "string" ? rule.kind : rule.kind(name) });
    }
  return found;
}

// src/core/redact/redact.ts
var MARKER = /\[REDACTED:[a-z0-9-]+\]/g;
function redactWith(text, extra = []) {
  let markers = [...text.matchAll(MARKER)].map((m) => [m.index, m.index + m[0].length]), onMarker = (f) => markers.some(([s, e]) => f.start < e && s < f.end), allowed = (value) => isExample(value) || isPlaceholder(value), keep = (f) => f.kind === "private" || !(allowed(text.slice(f.start, f.end)) || onMarker(f));
  return applyFindings(text, [...privateSpans(text), ...ruleFindings(text), ...extra].filter(keep));
}

export {
  replacementFor,
  mergeFindings,
  applyFindings,
  describeCounts,
  EXAMPLE_SECRETS,
  isExample,
  isPlaceholder,
  entropy,
  isUuid,
  isCode,
  looksSecret,
  privateSpans,
  RULES,
  ruleFindings,
  redactWith
};
