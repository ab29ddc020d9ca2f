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
var better = (f, than) => than.kind === "secret" && f.kind !== "secret" || f.kind === "secret" == (than.kind === "secret") && f.end - f.start > than.longest;
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
  return /^(?:\$\{?[A-Za-z_]\w*\}?|\$\(.*\)|<[^>]*>|\{\{.*\}\}|%[A-Za-z_]\w*%?)$/.test(value) || /^(.)\1*$/.test(value) || /^(?:x+|\*+|\.+|-+)$/i.test(value) || /^(?:password|passwd|secret|token|changeme|redacted|example|dummy|null|none|undefined|true|false)$/i.test(value) || value.startsWith("[REDACTED:");
}
function entropy(value) {
  let seen = /* @__PURE__ */ new Map();
  for (let c of value) seen.set(c, (seen.get(c) ?? 0) + 1);
  let bits = 0;
  for (let n of seen.values()) bits -= n / value.length * Math.log2(n / value.length);
  return bits;
}
var UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
function looksSecret(value) {
  return value.length < 12 || isPlaceholder(value) || isExample(value) || UUID.test(value) || /^(?:[~.]?\/|[A-Za-z]:\\)/.test(value) || /^[a-z][a-z0-9+.-]*:\/\//i.test(value) || value.includes("/") && (/^[a-z0-9_./:-]+$/.test(value) || /\.[A-Za-z]{1,5}(?::\d+)*$/.test(value)) || /[()]/.test(value) || /^[A-Za-z]+(?:[._-][A-Za-z]+)*$/.test(value) || !/[0-9]/.test(value) || !/[A-Za-z]/.test(value) || /^[A-Za-z0-9]{1,8}(?:[-_.][A-Za-z0-9]{1,8}){2,}$/.test(value) ? !1 : entropy(value) >= 3;
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

// src/core/redact/rules.ts
var jwtHeader = (value) => {
  try {
    return /"(?:alg|typ)"\s*:/.test(Buffer.from(value.slice(0, value.indexOf(".")), "base64url").toString("utf8"));
  } catch {
    return !1;
  }
}, base64ish = (value) => /[0-9]/.test(value) && /[a-z]/.test(value) && /[A-Z]/.test(value), RULES = [
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
  // user:password@ in a URL: only the password is hidden, the user and host stay readable.
  {
    kind: "url-credentials",
    pattern: /\b[a-z][a-z0-9+.-]{0,30}:\/\/[^\s:/?#@'"`<>]{1,256}:(?<v>[^\s/?#@'"`<>]{1,256})@[^\s/?#@'"`<>]/dgi,
    accept: (v) => !isPlaceholder(v)
  },
  // NAME=value, NAME: value, "name": "value" for names ending in token/secret/key/password.
  {
    kind: "secret",
    pattern: new RegExp(
      [
        `(?<![A-Za-z0-9])["']?`,
        `(?<n>(?:[A-Za-z_][A-Za-z0-9_.-]{0,80}?)?(?:token|secret|key|password|passwd|pwd)s?)["']?`,
        `[ \\t]*(?:=|:)[ \\t]*(?<q>["']?)(?<v>[^\\s"'\`,;)\\]}]{1,4096})\\k<q>`
      ].join(""),
      "dgi"
    ),
    accept: looksSecret
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
  }
], PUBLIC_NAME = /(?:public|pub|sort|primary|foreign|partition|cache|idempotency|lookup|hot|short|sign_?in)[-_.]?key$/i;
function ruleFindings(text) {
  let found = [];
  for (let rule of RULES)
    for (let m of text.matchAll(rule.pattern)) {
      let value = m.groups?.v ?? m[0];
      if (m.groups?.n !== void 0 && PUBLIC_NAME.test(m.groups.n) || isExample(value) || rule.accept && !rule.accept(value)) continue;
      let [start, end] = m.indices?.groups?.v ?? [m.index, m.index + m[0].length];
      found.push({ start, end, kind: rule.kind });
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
  looksSecret,
  privateSpans,
  RULES,
  ruleFindings,
  redactWith
};
